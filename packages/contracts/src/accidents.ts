import {
  ACCIDENT_CATEGORY_CODES,
  ACCIDENT_GRADES,
  ACCIDENT_SECTOR_CODES,
  FOUR_NO_LETS_GO,
  REPORT_IRREGULARITIES,
  REPORT_LEVELS,
} from '@redline/domain';
import { z } from 'zod';
import { ZId, ZPageQuery, zOptionalText, zSort, zText } from './common';
import { ZIndustryCode } from './enterprises';
import { ZLocalDate } from './hazards';
import { ZRegionCode } from './regions';

export const ZAccidentGrade = z.enum(ACCIDENT_GRADES);
export const ZAccidentSector = z.enum(ACCIDENT_SECTOR_CODES);
export const ZAccidentCategory = z.enum(ACCIDENT_CATEGORY_CODES as [string, ...string[]]);
export const ZReportLevel = z.enum(REPORT_LEVELS);
export const ZReportIrregularity = z.enum(REPORT_IRREGULARITIES);
export const ACCIDENT_STATES = ['open', 'closed'] as const;
export const REPORT_STEP_STATES = ['due', 'reported'] as const;
export const INVESTIGATION_STATES = ['investigating', 'report_submitted', 'approved', 'closed'] as const;

/** An instant given to the minute or finer, with its offset (e.g. 2026-03-05T14:20+08:00). */
const ZInstant = z.union([z.iso.datetime({ offset: true }), z.iso.datetime({ offset: true, precision: -1 })]);

/** Counts and loss as reported; the server checks them (ACCIDENT.COUNT_INVALID, ACCIDENT.LOSS_INVALID). */
export const casualtyShape = {
  deaths: z.number(),
  missing: z.number(),
  /** 重伤, including acute industrial poisoning. */
  seriousInjuries: z.number(),
  minorInjuries: z.number(),
  /** Direct economic loss in CNY (preliminary estimate at first report). */
  directLossCny: z.number(),
};

/** The six items of an accident report (Decree 493 Art. 12), item 4's figures being the casualty numbers. */
export const ACCIDENT_REPORT_ITEMS = [
  'unitOverview',
  'sceneSituation',
  'briefCourse',
  'casualtyNote',
  'measuresTaken',
  'otherMatters',
] as const;

export const ZAccidentReport = z.strictObject({
  title: zText(100),
  occurredAt: ZInstant,
  /** When the county-level department learned of it: the unit's report reaching the county (Art. 9). */
  learnedAt: ZInstant,
  locationText: zText(200),
  regionCode: ZRegionCode,
  enterpriseId: ZId.nullish(),
  sector: ZAccidentSector,
  categoryCode: ZAccidentCategory,
  industryCode: ZIndustryCode.nullish(),
  ...casualtyShape,
  unitOverview: zOptionalText(2000),
  sceneSituation: zText(2000),
  briefCourse: zText(2000),
  casualtyNote: zOptionalText(2000),
  measuresTaken: zText(2000),
  otherMatters: zOptionalText(2000),
  reporterName: zText(64),
  reporterUnit: zOptionalText(128),
  reporterPhone: zOptionalText(32),
  lng: z.number().min(73).max(136).nullish(),
  lat: z.number().min(3).max(54).nullish(),
});
export type TAccidentReport = z.infer<typeof ZAccidentReport>;

/** A supplementary report (补报, Art. 13): the casualty figures as they now stand, within the casualty window. */
export const ZAccidentSupplement = z.strictObject({
  version: z.number().int().min(1),
  ...casualtyShape,
  note: zText(2000),
});
export type TAccidentSupplement = z.infer<typeof ZAccidentSupplement>;

export const ZReportStepTransition = z.strictObject({
  transition: z.enum(['report', 'mark_irregularity']),
  version: z.number().int().min(1),
  /** When the report reached the level (defaults to now; not in the future, not before the accident). */
  reportedAt: ZInstant.optional(),
  /** To whom and how it was reported (e.g. 市应急管理局值班室，电话). */
  recipient: zOptionalText(200),
  irregularity: ZReportIrregularity.optional(),
  comment: zOptionalText(2000),
  evidenceIds: z.array(ZId).max(9).default([]),
});
export type TReportStepTransition = z.infer<typeof ZReportStepTransition>;

export const ZNoLetsGo = z.strictObject(
  Object.fromEntries(FOUR_NO_LETS_GO.map((item) => [item, z.boolean().optional()])) as Record<
    (typeof FOUR_NO_LETS_GO)[number],
    z.ZodOptional<z.ZodBoolean>
  >,
);

export const ZInvestigationFields = z.strictObject({
  teamLeader: zOptionalText(64),
  teamMembers: z.array(zText(64)).max(50).nullish(),
  extensionDays: z.number().nullish(),
  extensionApprovedBy: zOptionalText(128),
  appraisalDays: z.number().nullish(),
  unitOverview: zOptionalText(4000),
  courseAndRescue: zOptionalText(4000),
  casualtiesAndLoss: zOptionalText(4000),
  causeAndNature: zOptionalText(4000),
  responsibility: zOptionalText(4000),
  preventionMeasures: zOptionalText(4000),
  approvalDocument: zOptionalText(128),
  noLetsGo: ZNoLetsGo.nullish(),
});

export const ZInvestigationTransition = z.strictObject({
  transition: zText(40),
  version: z.number().int().min(1),
  comment: zOptionalText(2000),
  fields: ZInvestigationFields.default({}),
  evidenceIds: z.array(ZId).max(9).default([]),
});
export type TInvestigationTransition = z.infer<typeof ZInvestigationTransition>;

export const ACCIDENT_SORT_FIELDS = ['occurredAt', 'number', 'deaths'] as const;
export const ZAccidentListQuery = ZPageQuery.extend({
  sort: zSort(ACCIDENT_SORT_FIELDS),
  q: zOptionalText(100),
  regionCode: ZRegionCode.optional(),
  sector: ZAccidentSector.optional(),
  grade: ZAccidentGrade.optional(),
  categoryCode: ZAccidentCategory.optional(),
  state: z.enum(ACCIDENT_STATES).optional(),
  /** Occurred on or after / on or before these local dates. */
  from: ZLocalDate.optional(),
  to: ZLocalDate.optional(),
});
export type TAccidentListQuery = z.infer<typeof ZAccidentListQuery>;

/** As of a local date (end of that day in Asia/Shanghai) or an instant; now when omitted. */
export const ZAsOfQuery = z.strictObject({ asOf: z.union([ZLocalDate, ZInstant]).optional() });

const ZCasualties = z.object({
  deaths: z.number().int(),
  missing: z.number().int(),
  seriousInjuries: z.number().int(),
  minorInjuries: z.number().int(),
  directLossCny: z.number(),
});

export const ZAccident = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  state: z.enum(ACCIDENT_STATES),
  version: z.number().int(),
  occurredAt: z.string(),
  learnedAt: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  locationText: z.string().nullable(),
  enterprise: z.object({ id: z.string(), name: z.string(), uscc: z.string() }).nullable(),
  sector: ZAccidentSector,
  categoryCode: z.string(),
  industryCode: z.string().nullable(),
  /** The figures as of `asOf`: the last supplementary report made by then. */
  casualties: ZCasualties,
  grade: ZAccidentGrade,
  byCriterion: z.object({ deaths: ZAccidentGrade, seriousInjuries: ZAccidentGrade, directLoss: ZAccidentGrade }),
  countedDeaths: z.number().int(),
  missingCountedAsDead: z.boolean(),
  /** The end of the window for supplementary reports, when the missing count as dead (30 days, 7 road/fire). */
  casualtyWindowEnd: z.string(),
  /** Any step of the reporting chain late (迟报), and the irregularities an investigator found. */
  reportLate: z.boolean(),
  irregularities: z.array(ZReportIrregularity),
  investigation: z.object({ id: z.string(), state: z.string(), deadline: z.string().nullable() }).nullable(),
  asOf: z.string(),
  createdAt: z.string(),
});
export type TAccident = z.infer<typeof ZAccident>;

export const ZReportStep = z.object({
  id: z.string(),
  number: z.string(),
  level: ZReportLevel,
  state: z.enum(REPORT_STEP_STATES),
  version: z.number().int(),
  deadline: z.string(),
  reportedAt: z.string().nullable(),
  recipient: z.string().nullable(),
  late: z.boolean(),
  irregularities: z.array(
    z.object({ kind: ZReportIrregularity, comment: z.string(), at: z.string(), actorName: z.string().nullable() }),
  ),
  actions: z.array(z.string()),
});

export const ZCasualtyVersion = ZCasualties.extend({
  seq: z.number().int(),
  effectiveAt: z.string(),
  note: z.string().nullable(),
  actorName: z.string().nullable(),
  /** The grade these figures give at the moment they were reported. */
  grade: ZAccidentGrade,
});

export const ZInvestigation = z.object({
  id: z.string(),
  number: z.string(),
  state: z.enum(INVESTIGATION_STATES),
  version: z.number().int(),
  level: ZReportLevel,
  deadline: z.string().nullable(),
  overdue: z.boolean(),
  limits: z.object({ reportDays: z.number(), maxExtensionDays: z.number(), approvalDays: z.number() }),
  fields: z.record(z.string(), z.unknown()),
  openNoLetsGo: z.array(z.string()),
  actions: z.array(z.object({ name: z.string(), to: z.string(), requires: z.array(z.unknown()) })),
});

export const ZAccidentDetail = ZAccident.extend({
  fields: z.record(z.string(), z.unknown()),
  reportSteps: z.array(ZReportStep),
  versions: z.array(ZCasualtyVersion),
  investigationDetail: ZInvestigation.nullable(),
  actions: z.array(z.string()),
  timeline: z.array(z.unknown()),
});
export type TAccidentDetail = z.infer<typeof ZAccidentDetail>;

const count = z.number().int().min(0).max(10_000_000);
const amount = z.number().min(0).max(1e9);

/** A region's year: death caps and the denominators of the four rates (§5). */
export const ZControlIndicatorsInput = z.strictObject({
  deathCap: count.nullish(),
  sectorCaps: z.partialRecord(ZAccidentSector, count).default({}),
  gdpYi: amount.nullish(),
  employees: count.nullish(),
  motorVehicles: count.nullish(),
  coalOutputMt: amount.nullish(),
});
export type TControlIndicatorsInput = z.infer<typeof ZControlIndicatorsInput>;
export const ZControlIndicatorParams = z.strictObject({
  regionCode: ZRegionCode,
  year: z.coerce.number().int().min(2000).max(2100),
});
export const ZControlIndicators = ZControlIndicatorsInput.extend({
  regionCode: z.string(),
  year: z.number().int(),
  updatedAt: z.string().nullable(),
});

/**
 * A region may shorten Decree 493's limits (e.g. to the 2013 rule's), never lengthen them: the report within 60 days,
 * extensions at most 60 (Art. 29), the approval within 15 days, 30 for 特别重大 (Art. 32).
 */
const zLimits = (approvalDays: number) =>
  z.strictObject({
    reportDays: z.number().int().min(1).max(60),
    maxExtensionDays: z.number().int().min(0).max(60),
    approvalDays: z.number().int().min(1).max(approvalDays),
  });
export const ZInvestigationLimits = zLimits(30);
export const ZVetoRule = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('accident_grade'),
    atLeast: ZAccidentGrade,
    sectors: z.array(ZAccidentSector).max(20).optional(),
  }),
  z.strictObject({ kind: z.literal('deaths_over_cap') }),
]);
/** A region's accident settings; a region without its own uses the nearest region above, then the defaults. */
export const ZAccidentSettingsInput = z.strictObject({
  warningPercent: z.number().int().min(1).max(100),
  investigationLimits: z
    .strictObject({
      ordinary: zLimits(15).optional(),
      large: zLimits(15).optional(),
      major: zLimits(15).optional(),
      extraordinary: zLimits(30).optional(),
    })
    .default({}),
  vetoRules: z.array(ZVetoRule).max(20).default([]),
});
export const ZAccidentSettings = z.object({
  regionCode: z.string().nullable(),
  warningPercent: z.number(),
  investigationLimits: z.record(ZAccidentGrade, ZInvestigationLimits),
  vetoRules: z.array(ZVetoRule),
  /** The region whose settings apply (null: the defaults). */
  from: z.string().nullable(),
});
export const ZRegionParams = z.strictObject({ regionCode: ZRegionCode });

export const ZAccidentStatisticsQuery = z.strictObject({
  regionCode: ZRegionCode.optional(),
  /** The last day counted (local date); today when omitted. The year is this day's year. */
  asOf: ZLocalDate.optional(),
});

const ZTotals = z.object({
  accidents: z.number().int(),
  deaths: z.number().int(),
  seriousInjuries: z.number().int(),
  directLossCny: z.number(),
  byGrade: z.record(ZAccidentGrade, z.number().int()),
});

export const ZAccidentStatistics = z.object({
  region: z.object({ code: z.string(), name: z.string() }),
  year: z.number().int(),
  asOf: z.string(),
  current: ZTotals,
  /** The same days of the year before (1 January to the same date). */
  previous: ZTotals,
  change: z.object({
    accidents: z.number().nullable(),
    deaths: z.number().nullable(),
    directLossCny: z.number().nullable(),
  }),
  indicators: ZControlIndicators.nullable(),
  warningPercent: z.number(),
  deathCap: z.object({ cap: z.number().nullable(), percent: z.number().nullable(), warning: z.boolean() }),
  bySector: z.array(
    z.object({
      sector: ZAccidentSector,
      accidents: z.number().int(),
      deaths: z.number().int(),
      cap: z.number().nullable(),
      percent: z.number().nullable(),
      warning: z.boolean(),
    }),
  ),
  rates: z.object({
    perGdp: z.number().nullable(),
    per100kEmployees: z.number().nullable(),
    per10kVehicles: z.number().nullable(),
    perMillionTonnesCoal: z.number().nullable(),
  }),
  vetoes: z.array(ZVetoRule),
  /**
   * The supervision sectors the caller's scope is limited to, or null: when set, only those sectors' accidents are
   * counted, while the caps and denominators are the whole region's, so shares and rates understate.
   */
  sectorScope: z.array(z.string()).nullable(),
  monthly: z.array(
    z.object({
      month: z.string(),
      accidents: z.number().int(),
      deaths: z.number().int(),
      previousAccidents: z.number().int(),
      previousDeaths: z.number().int(),
    }),
  ),
});
export type TAccidentStatistics = z.infer<typeof ZAccidentStatistics>;
