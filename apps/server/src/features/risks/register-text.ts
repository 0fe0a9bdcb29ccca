import {
  ACCIDENT_CATEGORIES,
  type AccidentCategory,
  type CheckCycle,
  type ControlLevel,
  MEASURE_CLASS_NAMES,
  type MeasureClass,
  type RiskLevel,
} from '@redline/domain';

/**
 * The words of the register ledger (风险分级管控清单) as a spreadsheet holds them, both ways: what the export writes and
 * what the import reads back (the same words, plus a few common variants).
 */

export const KIND_NAMES = { facility: '设备设施', activity: '作业活动' } as const;
export const METHOD_NAMES = { lec: 'LEC', matrix: 'LS' } as const;
export const LEVEL_NAMES: Record<RiskLevel, string> = {
  major: '重大风险',
  large: '较大风险',
  ordinary: '一般风险',
  low: '低风险',
};
export const CONTROL_LEVEL_NAMES: Record<ControlLevel, string> = {
  company: '公司级',
  workshop: '车间（部门）级',
  team: '班组级',
  post: '岗位级',
};

const lookup = <T extends string>(pairs: Array<[T, readonly string[]]>) => {
  const words = new Map<string, T>();
  for (const [value, list] of pairs) for (const w of [value, ...list]) words.set(w.toLowerCase(), value);
  return (text: string): T | undefined => words.get(text.replace(/\s+/g, '').toLowerCase());
};

export const kindOf = lookup<'facility' | 'activity'>([
  ['facility', ['设备设施', '设备', '设施']],
  ['activity', ['作业活动', '作业', '活动']],
]);
export const methodOf = lookup<'lec' | 'matrix'>([
  ['lec', ['LEC', 'LEC法', '作业条件危险性评价法']],
  ['matrix', ['LS', 'LS法', '风险矩阵', '风险矩阵法', '风险矩阵（LS）']],
]);
export const classifyOf = lookup<MeasureClass>(
  (Object.entries(MEASURE_CLASS_NAMES) as Array<[MeasureClass, { zh: string; en: string }]>).map(([code, n]) => [
    code,
    [n.zh, `${n.zh}措施`, n.en],
  ]),
);

/** GB 6441 categories as their names (`火灾、其他爆炸`). */
export const accidentNames = (codes: readonly string[]) =>
  codes.map((c) => ACCIDENT_CATEGORIES[c as AccidentCategory]?.zh ?? c).join('、');
const ACCIDENT_WORDS = lookup<AccidentCategory>(
  (Object.entries(ACCIDENT_CATEGORIES) as Array<[AccidentCategory, { zh: string; en: string }]>).map(([code, n]) => [
    code,
    [n.zh, n.en, `${code}${n.zh}`],
  ]),
);
/** A GB 6441 category by its name, its code (`08`, `8`) or both (`08 火灾`). */
export const accidentOf = (text: string) => ACCIDENT_WORDS(/^\d$/.test(text) ? `0${text}` : text);

/** A list cell: items separated by 、 , ， ; ； or line breaks. */
export const splitList = (text: string) =>
  text
    .split(/[、,，;；\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
/** Hazard factors read one per line (or ；): a factor's own wording may hold 、 and ，. */
export const splitLines = (text: string) =>
  text
    .split(/[\n;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export type ScheduleText = {
  cycle: CheckCycle;
  every: number;
  days: 'all' | 'working';
  workStart?: string;
  workEnd?: string;
  shiftHours?: number;
};

const CYCLE_WORDS: Record<CheckCycle, string> = {
  hour: '小时',
  shift: '班',
  day: '天',
  week: '周',
  month: '月',
  quarter: '季度',
  year: '年',
};
const cycleOf = lookup<CheckCycle>([
  ['hour', ['小时', '时', 'h']],
  ['shift', ['班', '班次']],
  ['day', ['天', '日']],
  ['week', ['周', '星期']],
  ['month', ['月', '个月']],
  ['quarter', ['季度', '季', '个季度']],
  ['year', ['年']],
]);

/** `每班（8 小时一班）`, `每 2 小时（07:00-18:00）`, `每天（工作日，08:30-17:30）`, `每 6 个月`. */
export function scheduleText(s: ScheduleText | null | undefined): string {
  if (!s) return '';
  const unit = (s.cycle === 'month' || s.cycle === 'quarter') && s.every > 1 ? `个${CYCLE_WORDS[s.cycle]}` : '';
  const head = s.every === 1 ? `每${CYCLE_WORDS[s.cycle]}` : `每 ${s.every} ${unit || CYCLE_WORDS[s.cycle]}`;
  const extras = [
    ...(s.cycle === 'shift' ? [`${s.shiftHours ?? 8} 小时一班`] : []),
    ...(s.days === 'working' ? ['工作日'] : []),
    ...(s.workStart || s.workEnd ? [`${s.workStart ?? '00:00'}-${s.workEnd ?? '24:00'}`] : []),
  ];
  return extras.length ? `${head}（${extras.join('，')}）` : head;
}

const HEAD = /^每\s*(\d+)?\s*(个)?\s*(小时|时|班次|班|天|日|周|星期|个月|月|季度|季|年)$/;
const HOURS = /^(\d{1,2}:\d{2})\s*[-–—~～至到]\s*(\d{1,2}:\d{2})$/;
const SHIFT = /^(\d+(?:\.\d+)?)\s*小时(?:一班|\/班|每班)?$/;
const pad = (hhmm: string) => hhmm.padStart(5, '0');

/**
 * Reads a cycle as scheduleText writes it (and `每日`, `每季`, `每半年`, `每 2 周`…); null for an empty cell and
 * undefined when it cannot be read. The schedule's own rules (working hours, shift length) are checked by checkSlots.
 */
export function parseScheduleText(text: string): ScheduleText | null | undefined {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const m = /^([^（(]+?)\s*(?:[（(](.*)[）)])?$/.exec(trimmed.replace(/^每半年/, '每 6 个月'));
  const head = m ? HEAD.exec(m[1]!.trim()) : null;
  if (!m || !head) return undefined;
  const cycle = cycleOf(head[3]!)!;
  const schedule: ScheduleText = { cycle, every: Number(head[1] ?? 1), days: 'all' };
  for (const extra of (m[2] ?? '').split(/[，,、；;]/).map((x) => x.trim())) {
    if (!extra || extra === '全部日期' || extra === '每天') continue;
    const hours = HOURS.exec(extra);
    const shift = SHIFT.exec(extra);
    if (extra === '工作日' || extra === '仅工作日') schedule.days = 'working';
    else if (hours) {
      schedule.workStart = pad(hours[1]!);
      schedule.workEnd = pad(hours[2]!);
    } else if (shift && cycle === 'shift') schedule.shiftHours = Number(shift[1]);
    else return undefined;
  }
  if (cycle === 'shift' && schedule.shiftHours === undefined) schedule.shiftHours = 8;
  return schedule;
}
