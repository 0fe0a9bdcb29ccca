import type { AccidentCategory } from '../../accidents/categories';
import type { LEC_C, LEC_E, LEC_L } from '../lec';
import type { CheckSchedule } from '../schedule';

/**
 * The starter library (风险辨识参考库) an enterprise copies into its register, in the hierarchy of domain-reference.md
 * §4.5: risk unit (安全风险分析单元) → risk event (安全风险事件) → control measure (管控措施) → check task (隐患排查任务).
 */
export const LIBRARY_SECTOR_CODES = [
  'hazardous_chemicals_storage',
  'metal_smelting',
  'building_construction',
  'aggregate_quarry',
] as const;
export type LibrarySectorCode = (typeof LIBRARY_SECTOR_CODES)[number];

/** 设备设施 (a facility, checked as it stands) or 作业活动 (an activity, checked while it is done). */
export type RiskUnitKind = 'facility' | 'activity';

/** Measure classification (§4.5 `classify1`): 工程技术, 管理, 培训教育, 个体防护, 应急处置. */
export const MEASURE_CLASSES = ['engineering', 'management', 'training', 'ppe', 'emergency'] as const;
export type MeasureClass = (typeof MEASURE_CLASSES)[number];
export const MEASURE_CLASS_NAMES: Record<MeasureClass, { zh: string; en: string }> = {
  engineering: { zh: '工程技术', en: 'Engineering' },
  management: { zh: '管理', en: 'Management' },
  training: { zh: '培训教育', en: 'Training' },
  ppe: { zh: '个体防护', en: 'Personal protective equipment' },
  emergency: { zh: '应急处置', en: 'Emergency response' },
};

type MatrixFactor = 1 | 2 | 3 | 4 | 5;

/** A typical inherent (固有) risk: LEC factors from the §4.2 tables, or likelihood × severity on the §4.3 matrix. */
export type LibraryAssessment =
  | { method: 'lec'; l: (typeof LEC_L)[number]; e: (typeof LEC_E)[number]; c: (typeof LEC_C)[number] }
  | { method: 'matrix'; likelihood: MatrixFactor; severity: MatrixFactor };

/** A check task's cycle without its first day: the enterprise starts it on the day it adopts the measure. */
export type LibrarySchedule = Readonly<Omit<CheckSchedule, 'start'>>;

export type LibraryMeasure = {
  /** Stable key, the event's key plus a suffix. */
  key: string;
  descriptionZh: string;
  classify: MeasureClass;
  /** 排查内容: what the person checking looks at. */
  checkContent: string;
  schedule: LibrarySchedule;
  /** 岗位 responsible for the check. */
  post: string;
};

export type LibraryEvent = {
  key: string;
  nameZh: string;
  assessment: LibraryAssessment;
  measures: readonly LibraryMeasure[];
};

export type LibraryUnit = {
  /** Stable key, e.g. `hcs-tank-farm`. */
  key: string;
  /** 安全风险分析对象: the area, installation or kind of work the unit belongs to (one area of the four-colour map). */
  objectZh: string;
  nameZh: string;
  kind: RiskUnitKind;
  /** 危险有害因素, worded after the GB/T 13861 classification (物理性/化学性/行为性/环境/管理因素). */
  hazardFactors: readonly string[];
  /** GB 6441 accident categories the unit can lead to. */
  accidentTypes: readonly AccidentCategory[];
  events: readonly LibraryEvent[];
};

export type LibrarySector = {
  code: LibrarySectorCode;
  nameZh: string;
  nameEn: string;
  /** A code of the supervision sector catalogue (apps/server/src/features/sectors/catalogue.ts). */
  supervisionSector: string;
  units: readonly LibraryUnit[];
};

/** Check cycles the library uses; shifts are three 8-hour shifts round the clock. */
export const LIBRARY_SCHEDULES = {
  every2Hours: { cycle: 'hour', every: 2, days: 'all' },
  perShift: { cycle: 'shift', every: 1, days: 'all', shiftHours: 8 },
  daily: { cycle: 'day', every: 1, days: 'all' },
  /** Every day before work starts on a construction site (sites work weekends too). */
  dailyBeforeWork: { cycle: 'day', every: 1, days: 'all', workStart: '07:00', workEnd: '18:00' },
  /** Office days of managers (安全员、设备员). */
  workingDays: { cycle: 'day', every: 1, days: 'working', workStart: '08:30', workEnd: '17:30' },
  weekly: { cycle: 'week', every: 1, days: 'all' },
  monthly: { cycle: 'month', every: 1, days: 'all' },
  quarterly: { cycle: 'quarter', every: 1, days: 'all' },
  halfYearly: { cycle: 'month', every: 6, days: 'all' },
  yearly: { cycle: 'year', every: 1, days: 'all' },
} as const satisfies Record<string, LibrarySchedule>;
