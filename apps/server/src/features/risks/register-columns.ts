import { type TRiskRegister, translate } from '@redline/contracts';
import {
  type ControlLevel,
  controllingLevels,
  MEASURE_CLASS_NAMES,
  type MeasureClass,
  type RiskLevel,
} from '@redline/domain';
import type { Column } from '../imports/columns';
import {
  accidentNames,
  CONTROL_LEVEL_NAMES,
  KIND_NAMES,
  LEVEL_NAMES,
  METHOD_NAMES,
  type ScheduleText,
  scheduleText,
} from './register-text';

type Unit = TRiskRegister['units'][number];
type Event = Unit['events'][number];
type Measure = Event['measures'][number];
/** One line of the ledger: a measure with its event and unit, or an event without measures, or a bare unit. */
export type LedgerRow = {
  unit: Unit;
  event: Event | null;
  measure: Measure | null;
  /** Who controls the event at the level it counts at (§4.4): that level's and every level below. */
  controlLevels: readonly ControlLevel[];
};
type Cell = string | number | null;

/** A column of the register ledger: the export writes `value`; the import reads its cells by `key`. */
export type RegisterColumn = Column & { width: number; value: (r: LedgerRow, index: number) => Cell };

type Graded = NonNullable<Event['residual']>;
const factor = (a: Graded | null | undefined, key: string): Cell => {
  const v = a?.assessment[key];
  return typeof v === 'number' ? v : null;
};
const ofMethod = (a: Graded | null | undefined, method: 'lec' | 'matrix', key: string) =>
  a?.assessment.method === method ? factor(a, key) : null;
const levelText = (a: Graded | null | undefined) => (a ? LEVEL_NAMES[a.level] : '');
const methodText = (a: Graded | null | undefined) =>
  a ? METHOD_NAMES[a.assessment.method as keyof typeof METHOD_NAMES] : '';

const column = (
  key: string,
  width: number,
  value: RegisterColumn['value'],
  example: string,
  zh: string,
  en: string,
  extra: Partial<Column> = {},
): RegisterColumn => ({
  key,
  header: translate('zh-CN', `riskRegister.column.${key}`),
  field: key,
  width,
  value,
  example,
  note: { 'zh-CN': zh, en },
  ...extra,
});

const DERIVED = { zh: '系统按评价表计算，导入时不读取', en: 'Computed by the system; ignored on import' };

/**
 * The register as a 风险分级管控清单, one row per measure, in this order. The export writes every column; the import
 * reads them back (derived ones — 序号, risk values and levels, control levels — are recomputed), so an exported file
 * imports unchanged. Headers are stable: a column is never renamed; new ones go at the end.
 */
export const REGISTER_COLUMNS: RegisterColumn[] = [
  column('seq', 6, (_r, i) => i + 1, '1', '可空，导入时不读取', 'Optional; ignored on import'),
  column('objectName', 16, (r) => r.unit.objectName, '储罐区', '最多 100 字', 'At most 100 characters', {
    required: true,
  }),
  column(
    'unitName',
    18,
    (r) => r.unit.name,
    '1 号甲醇储罐',
    '同一对象下同名的行属于同一单元',
    'Rows with the same object and unit name form one unit',
    { required: true },
  ),
  column(
    'kind',
    10,
    (r) => KIND_NAMES[r.unit.kind],
    '设备设施',
    '设备设施或作业活动',
    'facility (设备设施) or activity (作业活动)',
    {
      required: true,
    },
  ),
  column('department', 12, (r) => r.unit.department ?? '', '储运部', '可空', 'Optional'),
  column('responsiblePerson', 10, (r) => r.unit.responsiblePerson ?? '', '王五', '可空', 'Optional'),
  column('locationText', 14, (r) => r.unit.locationText ?? '', '罐区东侧', '可空', 'Optional'),
  column(
    'hazardFactors',
    30,
    (r) => r.unit.hazardFactors.join('\n'),
    '化学性因素：易燃液体泄漏',
    '可空；每行（或用“；”分隔）一项',
    'Optional; one per line (or separated by ；)',
  ),
  column(
    'accidentTypes',
    18,
    (r) => accidentNames(r.unit.accidentTypes),
    '火灾、其他爆炸',
    '可空；GB 6441 事故类别名称（或代码 01–20），用“、”分隔',
    'Optional; GB 6441 category names (or codes 01–20) separated by 、',
  ),
  column(
    'eventName',
    24,
    (r) => r.event?.name ?? '',
    '储罐冒罐泄漏引发火灾爆炸',
    '可空（只登记单元）；同一单元下同名的行属于同一事件',
    'Optional (a unit alone); rows with the same unit and event name form one event',
  ),
  column(
    'method',
    9,
    (r) => methodText(r.event?.inherent),
    'LEC',
    'LEC（作业条件危险性评价法，填 L、E、C）或 LS（风险矩阵，填 L、S）',
    'LEC (fill L, E, C) or LS (risk matrix: fill L and S)',
  ),
  column(
    'l',
    9,
    (r) => factor(r.event?.inherent, r.event?.inherent.assessment.method === 'lec' ? 'l' : 'likelihood'),
    '6',
    'LEC：10、6、3、1、0.5、0.2、0.1；LS：1–5',
    'LEC: 10, 6, 3, 1, 0.5, 0.2, 0.1; LS: 1–5',
  ),
  column(
    'e',
    9,
    (r) => ofMethod(r.event?.inherent, 'lec', 'e'),
    '6',
    'LEC：10、6、3、2、1、0.5',
    'LEC: 10, 6, 3, 2, 1, 0.5',
  ),
  column(
    'c',
    9,
    (r) => ofMethod(r.event?.inherent, 'lec', 'c'),
    '15',
    'LEC：100、40、15、7、3、1',
    'LEC: 100, 40, 15, 7, 3, 1',
  ),
  column('s', 9, (r) => ofMethod(r.event?.inherent, 'matrix', 'severity'), '', 'LS：1–5', 'LS: 1–5'),
  column('inherentScore', 10, (r) => r.event?.inherent.score ?? null, '540', DERIVED.zh, DERIVED.en),
  column('inherentLevel', 10, (r) => levelText(r.event?.inherent), '重大风险', DERIVED.zh, DERIVED.en),
  column(
    'classify',
    10,
    (r) => (r.measure ? (MEASURE_CLASS_NAMES[r.measure.classify as MeasureClass]?.zh ?? r.measure.classify) : ''),
    '工程技术',
    '工程技术、管理、培训教育、个体防护、应急处置',
    'Engineering, management, training, PPE or emergency (工程技术、管理、培训教育、个体防护、应急处置)',
  ),
  column(
    'measure',
    30,
    (r) => r.measure?.description ?? '',
    '储罐设高液位报警和联锁切断',
    '可空（事件暂无措施）；最多 500 字',
    'Optional (an event without measures); at most 500 characters',
  ),
  column(
    'residualMethod',
    9,
    (r) => methodText(r.event?.residual),
    'LEC',
    '可空（未评价残余风险）；同“评价方法”',
    'Optional (no residual assessment); as 评价方法',
  ),
  column(
    'residualL',
    9,
    (r) => factor(r.event?.residual, r.event?.residual?.assessment.method === 'lec' ? 'l' : 'likelihood'),
    '1',
    '同 L',
    'As L',
  ),
  column('residualE', 9, (r) => ofMethod(r.event?.residual, 'lec', 'e'), '6', '同 E', 'As E'),
  column('residualC', 9, (r) => ofMethod(r.event?.residual, 'lec', 'c'), '15', '同 C', 'As C'),
  column('residualS', 9, (r) => ofMethod(r.event?.residual, 'matrix', 'severity'), '', '同 S', 'As S'),
  column('residualScore', 10, (r) => r.event?.residual?.score ?? null, '90', DERIVED.zh, DERIVED.en),
  column('residualLevel', 10, (r) => levelText(r.event?.residual), '一般风险', DERIVED.zh, DERIVED.en),
  column(
    'controlLevels',
    16,
    (r) => r.controlLevels.map((l) => CONTROL_LEVEL_NAMES[l]).join('、'),
    '班组级、岗位级',
    DERIVED.zh,
    DERIVED.en,
  ),
  column(
    'checkContent',
    30,
    (r) => r.measure?.checkContent ?? '',
    '液位计、高液位报警和联锁是否完好投用',
    '可空；最多 500 字',
    'Optional; at most 500 characters',
  ),
  column(
    'cycle',
    16,
    (r) => scheduleText(r.measure?.schedule as ScheduleText | null),
    '每班（8 小时一班）',
    '可空（不排查）；如 每 2 小时、每班（8 小时一班）、每天（工作日，08:30-17:30）、每周、每月、每季度、每 6 个月、每年',
    'Optional; e.g. 每 2 小时, 每班（8 小时一班）, 每天（工作日，08:30-17:30）, 每周, 每月, 每季度, 每年',
  ),
  column(
    'post',
    12,
    (r) => r.measure?.post ?? '',
    '罐区操作工',
    '可空；负责检查的岗位',
    'Optional; the post that checks',
  ),
];

/** The ledger's rows in register order: each measure, each event without measures, each unit without events. */
export function ledgerRowsOf(register: TRiskRegister, mapping: Record<RiskLevel, ControlLevel>): LedgerRow[] {
  return register.units.flatMap((unit): LedgerRow[] =>
    unit.events.length
      ? unit.events.flatMap((event): LedgerRow[] => {
          const controlLevels = controllingLevels(event.level, mapping);
          return event.measures.length
            ? event.measures.map((measure) => ({ unit, event, measure, controlLevels }))
            : [{ unit, event, measure: null, controlLevels }];
        })
      : [{ unit, event: null, measure: null, controlLevels: [] }],
  );
}
