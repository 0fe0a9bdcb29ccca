import type { TAccidentStatistics } from '@redline/contracts';
import { changePercent } from '@redline/domain';
import { and, asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Ctx } from '../../http/context';
import { formatDateTime } from '../hazard-reports/format';
import { regions } from '../regions/schema';
import { scopeOf } from '../scope/filters';
import { headerCell, mergedLine, sectorName, THIN, zh } from './export';
import { accidentStatistics, sameDayLastYear } from './statistics';

type Veto = TAccidentStatistics['vetoes'][number];

/** A one-vote-veto rule in words: "煤矿、危险化学品发生较大事故及以上", "死亡人数超过控制指标". */
export function vetoText(rule: Veto): string {
  if (rule.kind === 'deaths_over_cap') return '死亡人数超过控制指标';
  const grade = zh(`accident.grade.${rule.atLeast}`);
  const sectors = rule.sectors?.length ? rule.sectors.map(sectorName).join('、') : '';
  return `${sectors}发生${grade}及以上`;
}

type Kind = 'text' | 'count' | 'money' | 'percent' | 'rate';
type Value = string | number | null;
/** A figure of one row: the region's statistics, or the "本级" remainder (counts only). */
type Row = { code: string; name: string; values: Value[]; bold?: boolean };

/** The table's columns: group heading (merged over its columns), heading, kind, and the value from the statistics. */
const COLUMNS: Array<{
  group: string;
  header: string;
  width: number;
  kind: Kind;
  of: (s: TAccidentStatistics) => Value;
}> = [
  { group: '本年累计', header: '事故起数', width: 9, kind: 'count', of: (s) => s.current.accidents },
  { group: '本年累计', header: '死亡人数', width: 9, kind: 'count', of: (s) => s.current.deaths },
  { group: '本年累计', header: '直接经济损失（元）', width: 16, kind: 'money', of: (s) => s.current.directLossCny },
  { group: '去年同期', header: '事故起数', width: 9, kind: 'count', of: (s) => s.previous.accidents },
  { group: '去年同期', header: '死亡人数', width: 9, kind: 'count', of: (s) => s.previous.deaths },
  { group: '去年同期', header: '直接经济损失（元）', width: 16, kind: 'money', of: (s) => s.previous.directLossCny },
  { group: '同比增减（%）', header: '事故起数', width: 9, kind: 'percent', of: (s) => s.change.accidents },
  { group: '同比增减（%）', header: '死亡人数', width: 9, kind: 'percent', of: (s) => s.change.deaths },
  { group: '同比增减（%）', header: '直接经济损失', width: 10, kind: 'percent', of: (s) => s.change.directLossCny },
  { group: '死亡人数控制指标', header: '全年控制指标', width: 10, kind: 'count', of: (s) => s.deathCap.cap },
  { group: '死亡人数控制指标', header: '已用（%）', width: 9, kind: 'percent', of: (s) => s.deathCap.percent },
  {
    group: '死亡人数控制指标',
    header: '预警',
    width: 7,
    kind: 'text',
    of: (s) => (s.deathCap.cap === null ? '—' : s.deathCap.warning ? '是' : '否'),
  },
  { group: '四项相对指标', header: '亿元GDP死亡率', width: 11, kind: 'rate', of: (s) => s.rates.perGdp },
  {
    group: '四项相对指标',
    header: '工矿商贸十万从业人员死亡率',
    width: 14,
    kind: 'rate',
    of: (s) => s.rates.per100kEmployees,
  },
  { group: '四项相对指标', header: '道路交通万车死亡率', width: 11, kind: 'rate', of: (s) => s.rates.per10kVehicles },
  {
    group: '四项相对指标',
    header: '煤矿百万吨死亡率',
    width: 11,
    kind: 'rate',
    of: (s) => s.rates.perMillionTonnesCoal,
  },
  {
    group: '一票否决',
    header: '一票否决',
    width: 26,
    kind: 'text',
    of: (s) => (s.vetoes.length ? s.vetoes.map(vetoText).join('；') : '否'),
  },
];

const FORMATS: Record<Kind, string | undefined> = {
  text: undefined,
  count: '0',
  money: '#,##0.00',
  percent: '0.0',
  rate: '0.000',
};

/** The "本级" row: accidents on the region itself, not in a child (what the total has beyond the children). */
function ownRow(total: TAccidentStatistics, children: TAccidentStatistics[]): Row | undefined {
  const sum = (pick: (s: TAccidentStatistics) => number) => pick(total) - children.reduce((n, s) => n + pick(s), 0);
  const now = [sum((s) => s.current.accidents), sum((s) => s.current.deaths), sum((s) => s.current.directLossCny)];
  const before = [
    sum((s) => s.previous.accidents),
    sum((s) => s.previous.deaths),
    sum((s) => s.previous.directLossCny),
  ];
  if ([...now, ...before].every((v) => Math.abs(v) < 0.005)) return undefined;
  const money = (v: number) => Math.round(v * 100) / 100;
  const values: Value[] = [
    now[0]!,
    now[1]!,
    money(now[2]!),
    before[0]!,
    before[1]!,
    money(before[2]!),
    changePercent(now[0]!, before[0]!),
    changePercent(now[1]!, before[1]!),
    changePercent(Math.max(0, money(now[2]!)), Math.max(0, money(before[2]!))),
    ...COLUMNS.slice(9).map(() => '—'),
  ];
  return { code: total.region.code, name: `${total.region.name}（本级）`, values };
}

/** One statistics per direct subordinate region (in the caller's scope), by code, and the region's own. */
async function statisticsOf(ctx: Ctx, query: { regionCode?: string; asOf?: string }) {
  const total = await accidentStatistics(ctx, query);
  const children = await ctx.db
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.parentCode, total.region.code), scopeOf.regions(ctx.actor)))
    .orderBy(asc(regions.code));
  const rows: TAccidentStatistics[] = [];
  for (const child of children) rows.push(await accidentStatistics(ctx, { regionCode: child.code, asOf: total.asOf }));
  return { total, children: rows };
}

const NOTES: Array<[string, string]> = [
  [
    '统计期间',
    '本年1月1日至统计截止日（含），按事故发生时间（北京时间）计；去年同期为去年1月1日至去年同一日（2月29日对应2月28日）。',
  ],
  [
    '口径',
    '各项数字为截至统计截止日（不晚于制表时）最近一次补报后的数字；补报期（30日，道路交通、火灾7日）届满的下落不明人员计入死亡。',
  ],
  ['同比增减', '（本年累计 − 去年同期）÷ 去年同期 × 100，保留一位小数；去年同期为 0 时记“—”。'],
  [
    '控制指标',
    '死亡人数 ÷ 全年死亡人数控制指标 × 100，保留一位小数；达到预警阈值（各区划设置，默认80%）记“是”；未下达控制指标记“—”。',
  ],
  [
    '四项相对指标',
    '亿元GDP死亡率 = 全部死亡人数 ÷ GDP（亿元）；工矿商贸十万从业人员死亡率 = 工矿商贸死亡人数 ÷ 从业人员 × 10万；道路交通万车死亡率 = 道路交通死亡人数 ÷ 机动车保有量 × 1万；煤矿百万吨死亡率 = 煤矿死亡人数 ÷ 原煤产量（百万吨）。分母为本年数，保留三位小数；分母未填报记“—”。',
  ],
  ['一票否决', '按各区划设置的一票否决规则（地方考核规定，非国家法定）列出本年已触发的规则；未触发记“否”。'],
  ['本级', '事故直接登记在本区划（不在任何下级区划）时单列“本级”行，故各下级区划与本级之和等于合计。'],
  ['合计', '合计行即本区划整体的统计（控制指标、相对指标和一票否决按本区划的指标与规则计算，不是下级之和）。'],
];

/**
 * The control-indicator table (控制指标完成情况表) of a region's year to `asOf` as .xlsx: one row per direct
 * subordinate region, a "本级" row when accidents sit on the region itself, and the region as the total row —
 * each from accidentStatistics (so each figure equals GET /accident-statistics for that region).
 */
export async function exportIndicators(
  ctx: Ctx,
  query: { regionCode?: string; asOf?: string },
): Promise<{ file: Buffer; name: string; asOf: string }> {
  const { total, children } = await statisticsOf(ctx, query);
  const rows: Row[] = children.map((s) => ({
    code: s.region.code,
    name: s.region.name,
    values: COLUMNS.map((c) => c.of(s)),
  }));
  const own = ownRow(total, children);
  if (own) rows.push(own);
  rows.push({
    code: total.region.code,
    name: `${total.region.name}（合计）`,
    values: COLUMNS.map((c) => c.of(total)),
    bold: true,
  });

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Redline 红线';
  workbook.created = ctx.now;
  const width = COLUMNS.length + 2;
  const sheet = workbook.addWorksheet('控制指标完成情况', {
    views: [{ state: 'frozen', ySplit: 4, xSplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 12 }, { width: 18 }, ...COLUMNS.map((c) => ({ width: c.width }))];
  mergedLine(sheet, 1, `${total.region.name}生产安全事故控制指标完成情况表`, width, { bold: true, size: 16 });
  sheet.getRow(1).height = 28;
  mergedLine(
    sheet,
    2,
    `统计期间：${total.year}-01-01 至 ${total.asOf}（去年同期 ${total.year - 1}-01-01 至 ${sameDayLastYear(total.asOf)}）　　制表时间：${formatDateTime(ctx.now)}（北京时间）`,
    width,
  );
  // Two header rows: the groups merged over their columns, then each column; 区划代码 and 区划 span both.
  for (const [i, text] of ['区划代码', '区划'].entries()) {
    sheet.mergeCells(3, i + 1, 4, i + 1);
    headerCell(sheet.getCell(3, i + 1), text);
  }
  let start = 0;
  while (start < COLUMNS.length) {
    const group = COLUMNS[start]!.group;
    let end = start;
    while (end + 1 < COLUMNS.length && COLUMNS[end + 1]!.group === group) end++;
    const [from, to] = [start + 3, end + 3];
    if (group === COLUMNS[start]!.header && from === to) {
      sheet.mergeCells(3, from, 4, from);
      headerCell(sheet.getCell(3, from), group);
    } else {
      if (to > from) sheet.mergeCells(3, from, 3, to);
      headerCell(sheet.getCell(3, from), group);
      for (let c = start; c <= end; c++) headerCell(sheet.getCell(4, c + 3), COLUMNS[c]!.header);
    }
    start = end + 1;
  }
  sheet.getRow(4).height = 42;
  rows.forEach((r, i) => {
    const row = sheet.getRow(5 + i);
    [r.code, r.name, ...r.values].forEach((v, c) => {
      const cell = row.getCell(c + 1);
      const kind: Kind = c < 2 ? 'text' : COLUMNS[c - 2]!.kind;
      cell.value = v === null ? '—' : v;
      cell.border = THIN;
      const format = FORMATS[kind];
      if (format && typeof v === 'number') cell.numFmt = format;
      cell.alignment = { horizontal: c < 2 || c === width - 1 ? 'left' : 'center', vertical: 'middle', wrapText: true };
      if (r.bold) cell.font = { bold: true };
    });
  });

  const notes = workbook.addWorksheet('填报说明');
  notes.columns = [{ width: 14 }, { width: 100 }];
  headerCell(notes.getCell(1, 1), '项目');
  headerCell(notes.getCell(1, 2), '说明');
  NOTES.forEach(([k, v], i) => {
    notes.getCell(2 + i, 1).value = k;
    notes.getCell(2 + i, 2).value = v;
    notes.getCell(2 + i, 2).alignment = { wrapText: true, vertical: 'top' };
  });
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  return { file, name: `${total.region.name}生产安全事故控制指标完成情况表-${total.asOf}.xlsx`, asOf: total.asOf };
}
