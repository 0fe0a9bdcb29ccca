import { HAZARD_CLOCK_DEFAULTS, HAZARD_WORKFLOW } from '@redline/domain';
import {
  DEMO_COUNTY_CODE,
  DEMO_TOWN_CODE,
  demoAccounts,
  demoEnterprises,
  demoEnterpriseUscc,
  demoGridCodes,
} from './accounts';
import { departmentKey } from './departments';
import type { DemoEnterprise } from './enterprises';
import {
  FAMILY_OF_SECTOR,
  HAZARD_TEMPLATES,
  type HazardCategoryCode,
  type HazardTemplate,
  type HazardTypeCode,
  MAJOR_TEMPLATES,
  type MajorTemplate,
  REJECTED_TEMPLATES,
  type TemplateFamily,
} from './hazard-templates';
import { createRng, type Rng } from './prng';
import { DEMO_CITY_CODE, findRegion, grids } from './regions';

/** The demo accounts that act on hazards (usernames of dataset/accounts.ts). */
export type HazardActor = 'town' | 'grid' | 'enterprise' | 'inspector' | 'safety' | 'expert';
export type HazardSourceCode =
  | 'grid_patrol'
  | 'self_inspection'
  | 'department_inspection'
  | 'unannounced_inspection'
  | 'third_party'
  | 'campaign';
export type HazardStateCode =
  | 'reported'
  | 'transferred'
  | 'accepted'
  | 'rectifying'
  | 'awaiting_verification'
  | 'written_off'
  | 'rejected'
  | 'merged';

/**
 * A moment of the demo's history: whole days before the day of the load (1 = yesterday, always ≥ 1 so nothing lies
 * in the future) and the minute of that day, Asia/Shanghai local time.
 */
export interface DemoMoment {
  day: number;
  minute: number;
}

export interface DemoHazardStep extends DemoMoment {
  actor: HazardActor;
  transition: string;
  comment?: string;
  fields?: Record<string, unknown>;
  /** The transition's deadline in calendar days from the step (the end of that local day). */
  deadlineDays?: number;
  /** transfer: the demo department that takes the case over (dataset/departments.ts key). */
  transferToDepartment?: string;
  /** list_supervision: the region whose safety-committee office supervises (`region:<code>`). */
  listedRegion?: string;
  /** merge: the key of the surviving demo hazard. */
  mergeInto?: string;
  /** complete / apply_resumption: one generated after-photo. */
  afterPhoto?: boolean;
}

export interface DemoHazardPlace {
  enterpriseUscc?: string;
  gridCode?: string;
  regionCode?: string;
  sectorCode?: string;
  locationText?: string;
  lng?: number;
  lat?: number;
}

/** What a demo hazard looks like once every step has run (the tests compare the database with it). */
export interface DemoHazardOutcome {
  state: HazardStateCode;
  cycle: number;
  level: 'ordinary' | 'major' | null;
  listed: boolean;
  /** Open and past its deadline on the day of the load. */
  overdue: boolean;
  suspension: 'ordered' | 'applied' | 'approved' | null;
}

export interface DemoHazard {
  /** Stable key, `HZ-001`: steps refer to each other with it (merge). */
  key: string;
  title: string;
  description: string;
  category: HazardCategoryCode;
  hazardType: HazardTypeCode;
  source: HazardSourceCode;
  checkKind: 'daily' | 'comprehensive' | 'specialist' | 'expert_diagnosis';
  /** The reporter's view of the level (a major report carries its basis). */
  level?: 'major';
  determinationBasis?: { standard: string; article: string };
  reporter: HazardActor;
  place: DemoHazardPlace;
  reported: DemoMoment;
  /** One generated before-photo with the report. */
  beforePhoto: boolean;
  steps: DemoHazardStep[];
  outcome: DemoHazardOutcome;
}

export const DEMO_HAZARD_SEED = 20_260_303;

/** The department the demo inspector acts for, and the others a hazard may be transferred to. */
export const INSPECTOR_DEPARTMENT = departmentKey(DEMO_COUNTY_CODE, 'emergency_management');
const MARKET_REGULATION = departmentKey(DEMO_COUNTY_CODE, 'market_regulation');
const FIRE_RESCUE = departmentKey(DEMO_COUNTY_CODE, 'fire_rescue');
const ENERGY = departmentKey(DEMO_COUNTY_CODE, 'energy');
const HOUSING = departmentKey(DEMO_COUNTY_CODE, 'housing_construction');

const COUNTY_REGION = `region:${DEMO_COUNTY_CODE}`;
const CITY_REGION = `region:${DEMO_CITY_CODE}`;

/** The scopes of the demo's inspector and expert accounts: their hazards stay where they may see them. */
const scopeSectorsOf = (username: string): string[] => {
  const scope = demoAccounts.find((a) => a.username === username)?.scope;
  return scope?.kind === 'region' ? (scope.sectorCodes ?? []) : [];
};
const INSPECTOR_SECTORS = scopeSectorsOf('inspector');
const EXPERT_SECTORS = scopeSectorsOf('expert');

const WORK_START = 8 * 60 + 30;
const WORK_END = 17 * 60 + 30;

// ─── Outcome: the workflow replayed on the plan, with the clocks as the services set them ───────────────────────

type Clock = { kind: 'calendar'; dueDay: number } | { kind: 'working'; fromDay: number } | null;

/** Working-day clocks (acceptance, transfer, verification: 1–5 working days) are only used where the answer is sure. */
const RECENT_DAYS = 2;
const LONG_AGO_DAYS = 20;

function workingOverdue(fromDay: number, key: string): boolean {
  if (fromDay <= RECENT_DAYS) return false;
  if (fromDay >= LONG_AGO_DAYS) return true;
  throw new Error(
    `demo hazard ${key}: a working-day clock started ${fromDay} days ago is neither recent nor long over`,
  );
}

/**
 * Replays the steps through HAZARD_WORKFLOW (state, cycle, level, listing, suspension) and the deadline each sets
 * (calendar deadlines exactly; the default working-day clocks only when certainly running or certainly over), so the
 * plan's outcome is known before anything is loaded. Throws on a step the workflow does not allow from its state.
 */
export function replayHazard(h: Omit<DemoHazard, 'outcome'>): DemoHazardOutcome {
  let state: string = HAZARD_WORKFLOW.initial;
  let cycle = 1;
  let level: DemoHazardOutcome['level'] = h.level ?? null;
  let listed = false;
  let suspension: DemoHazardOutcome['suspension'] = null;
  let clock: Clock = { kind: 'working', fromDay: h.reported.day };
  let rectification: Clock = null;
  for (const step of h.steps) {
    const transition = HAZARD_WORKFLOW.transitions.find((candidate) => candidate.name === step.transition);
    if (!transition?.from.includes(state)) {
      throw new Error(`demo hazard ${h.key}: ${step.transition} is not allowed from ${state}`);
    }
    const to = transition.to ?? state;
    const given: Clock = step.deadlineDays ? { kind: 'calendar', dueDay: step.day - step.deadlineDays } : null;
    if (typeof step.fields?.level === 'string') level = step.fields.level as DemoHazardOutcome['level'];
    switch (step.transition) {
      case 'rectify_immediately':
        rectification = { kind: 'working', fromDay: step.day };
        clock = rectification;
        break;
      case 'rectify_by_deadline':
        rectification = given;
        clock = given;
        break;
      case 'fail_verification':
        clock = rectification;
        break;
      case 'list_supervision':
        listed = true;
        clock = given;
        break;
      case 'order_suspension':
        suspension = 'ordered';
        break;
      case 'apply_resumption':
        suspension = 'applied';
        clock = { kind: 'calendar', dueDay: step.day - HAZARD_CLOCK_DEFAULTS.review!.days };
        break;
      case 'approve_resumption':
        suspension = 'approved';
        break;
      case 'reopen':
        cycle += 1;
        clock = { kind: 'working', fromDay: step.day };
        break;
      default:
        clock = HAZARD_WORKFLOW.states[to]?.clock ? (given ?? { kind: 'working', fromDay: step.day }) : null;
    }
    if (HAZARD_WORKFLOW.states[to]?.terminal) clock = null;
    state = to;
  }
  const overdue =
    clock === null ? false : clock.kind === 'calendar' ? clock.dueDay >= 1 : workingOverdue(clock.fromDay, h.key);
  return { state: state as HazardStateCode, cycle, level, listed, overdue, suspension };
}

// ─── The plan ─────────────────────────────────────────────────────────────────────────────────────────────────────

type Party = { owner: HazardActor | null; supervisor: HazardActor };

/** Builds the demo hazards one recipe at a time, with the seeded generator for every choice. */
class Planner {
  readonly hazards: DemoHazard[] = [];
  private readonly used = new Set<string>();
  private readonly usedEnterprises = new Map<string, number>();

  constructor(readonly rng: Rng) {}

  /** A minute within working hours, later than `after` when on the same day. */
  private minuteAfter(day: number, previous: DemoMoment | undefined): number {
    const from = previous && previous.day === day ? previous.minute + 20 : WORK_START;
    const latest = Math.max(from, WORK_END - 60);
    return Math.min(from + this.rng.int(0, Math.max(0, latest - from)), 23 * 60 + 50);
  }

  /** Picks an enterprise matching `filter`, preferring the ones with the fewest hazards so far. */
  enterprise(filter: (enterprise: DemoEnterprise) => boolean): DemoEnterprise {
    const candidates = demoEnterprises.filter(filter);
    if (!candidates.length) throw new Error('no demo enterprise matches a hazard recipe');
    const fewest = Math.min(...candidates.map((e) => this.usedEnterprises.get(e.uscc) ?? 0));
    const chosen = this.rng.pick(candidates.filter((e) => (this.usedEnterprises.get(e.uscc) ?? 0) === fewest));
    this.usedEnterprises.set(chosen.uscc, fewest + 1);
    return chosen;
  }

  /** A template of the family not used yet at this place (templates repeat only when all are used). */
  template(family: TemplateFamily, placeKey: string): HazardTemplate {
    const list = HAZARD_TEMPLATES[family];
    const fresh = list.filter((candidate) => !this.used.has(`${placeKey}|${candidate.title}`));
    const chosen = this.rng.pick(fresh.length ? fresh : list);
    this.used.add(`${placeKey}|${chosen.title}`);
    return chosen;
  }

  funds(template: HazardTemplate): number {
    const [min, max] = template.funds;
    return Math.round((min + this.rng.next() * (max - min)) / 100) * 100;
  }

  add(
    spec: Omit<DemoHazard, 'key' | 'outcome' | 'reported' | 'steps'> & {
      reportedDay: number;
      steps: Array<Omit<DemoHazardStep, 'minute'>>;
    },
  ): string {
    const key = `HZ-${String(this.hazards.length + 1).padStart(3, '0')}`;
    const reported: DemoMoment = { day: spec.reportedDay, minute: this.minuteAfter(spec.reportedDay, undefined) };
    let previous: DemoMoment = reported;
    const steps = spec.steps.map((step) => {
      if (step.day > previous.day)
        throw new Error(`demo hazard ${key}: step ${step.transition} before its previous step`);
      const moment = { day: step.day, minute: this.minuteAfter(step.day, previous) };
      previous = moment;
      return { ...step, ...moment };
    });
    const { reportedDay: _, ...rest } = spec;
    const hazard = { ...rest, key, reported, steps };
    this.hazards.push({ ...hazard, outcome: replayHazard(hazard) });
    return key;
  }
}

const isOperating = (e: DemoEnterprise) => e.status === 'operating';
const familyOf = (e: DemoEnterprise): TemplateFamily | undefined => FAMILY_OF_SECTOR[e.sectorCodes[0] ?? ''];
const jitter = (rng: Rng, value: number) => Math.round((value + (rng.next() - 0.5) * 0.004) * 1e6) / 1e6;

function enterprisePlace(rng: Rng, e: DemoEnterprise, template: HazardTemplate, sectorCode?: string): DemoHazardPlace {
  return {
    enterpriseUscc: e.uscc,
    locationText: `${e.address} ${template.spot}`.slice(0, 200),
    lng: jitter(rng, e.lng),
    lat: jitter(rng, e.lat),
    ...(sectorCode ? { sectorCode } : {}),
  };
}

const fiveAssurances = (p: Planner, template: HazardTemplate, person: string) => ({
  measures: template.measures,
  responsiblePerson: person,
  funds: p.funds(template),
  contingencyPlan: '整改期间设置警戒区域和警示标志，安排专人监护，发现异常立即停止作业并撤离人员。',
});

const majorFields = (p: Planner, template: MajorTemplate, person: string) => ({
  ...fiveAssurances(p, template, person),
  ...template.report,
  ...template.plan,
});

const VERIFIED = ['现场复查，整改到位，同意销号。', '经复查整改措施落实，照片与现场一致，予以销号。'];
const FAILED = '复查发现整改不彻底，防护措施未固定，退回继续整改。';

/**
 * The demo's hazards: a deterministic history of about three months in 泽州县, most of it in 巴公镇 so that the demo's
 * town, grid and enterprise accounts have work, with every state of the workflow, about 15% overdue on the day of
 * the load, several major hazards (two or more under listed supervision), one enterprise suspended with its
 * resumption under review, and one hazard reopened into a second cycle.
 */
export function buildDemoHazards(seed = DEMO_HAZARD_SEED): DemoHazard[] {
  const rng = createRng(seed);
  const p = new Planner(rng);
  const demo = demoEnterprises.find((e) => e.uscc === demoEnterpriseUscc)!;
  const inTown = (e: DemoEnterprise) => e.regionCode === DEMO_TOWN_CODE;
  const inGrids = (e: DemoEnterprise) => e.gridCode !== null && demoGridCodes.includes(e.gridCode);
  const townOther = (e: DemoEnterprise) =>
    inTown(e) && isOperating(e) && e.uscc !== demo.uscc && familyOf(e) !== undefined;
  const hasSector = (sectors: string[]) => (e: DemoEnterprise) => e.sectorCodes.some((s) => sectors.includes(s));
  const elsewhere = (e: DemoEnterprise) =>
    e.regionCode.startsWith(DEMO_COUNTY_CODE) &&
    !inTown(e) &&
    isOperating(e) &&
    hasSector(INSPECTOR_SECTORS)(e) &&
    familyOf(e) !== undefined;
  const villages = ['200', '201', '202'].map((suffix) => `${DEMO_TOWN_CODE}${suffix}`);
  const town = findRegion(DEMO_TOWN_CODE)!;
  const gridVillage = (code: string) => grids.find((g) => g.code === code)!;
  const towns = { lng: 112.87, lat: 35.64 };

  const ownerPerson = demo.safetyManagerName;
  const TOWN_PERSON = '郭晓东';
  const GRID_PERSON = '牛丽娟';

  // ── The demo enterprise (its account rectifies; the town, or the county bureau for its own findings, decides) ──
  const onDemo = (
    reporter: HazardActor,
    source: HazardSourceCode,
    reportedDay: number,
    steps: (t: HazardTemplate, party: Party) => Array<Omit<DemoHazardStep, 'minute'>>,
    options: { beforePhoto?: boolean; template?: HazardTemplate } = {},
  ) => {
    const template = options.template ?? p.template('mine', demo.uscc);
    const party: Party = { owner: 'enterprise', supervisor: reporter === 'inspector' ? 'inspector' : 'town' };
    return p.add({
      title: template.title,
      description: template.description,
      category: template.category,
      hazardType: template.hazardType,
      source,
      checkKind: source === 'self_inspection' ? 'daily' : 'comprehensive',
      reporter,
      place: enterprisePlace(rng, demo, template),
      reportedDay,
      beforePhoto: options.beforePhoto ?? false,
      steps: steps(template, party),
    });
  };

  const accept = (actor: HazardActor, day: number): Omit<DemoHazardStep, 'minute'> => ({
    day,
    actor,
    transition: 'accept',
    fields: { level: 'ordinary' },
    comment: '经核实属一般事故隐患，予以受理。',
  });
  const immediately = (actor: HazardActor, day: number): Omit<DemoHazardStep, 'minute'> => ({
    day,
    actor,
    transition: 'rectify_immediately',
    comment: '现场立即整改。',
  });
  const byDeadline = (
    actor: HazardActor,
    day: number,
    deadlineDays: number,
    template: HazardTemplate,
    person: string,
  ): Omit<DemoHazardStep, 'minute'> => ({
    day,
    actor,
    transition: 'rectify_by_deadline',
    deadlineDays,
    fields: fiveAssurances(p, template, person),
    comment: '落实整改措施、责任、资金、时限和预案，限期整改。',
  });
  const complete = (actor: HazardActor, day: number, template: HazardTemplate): Omit<DemoHazardStep, 'minute'> => ({
    day,
    actor,
    transition: 'complete',
    comment: template.done,
    // What the rectification actually cost (for the statistics' funds spent), derived from the template, not the rng.
    fields: { fundsSpent: 200 + ((template.title.length * 1370 + day * 97) % 8000) },
    afterPhoto: true,
  });
  const verify = (actor: HazardActor, day: number): Omit<DemoHazardStep, 'minute'> => ({
    day,
    actor,
    transition: 'verify',
    comment: rng.pick(VERIFIED),
  });

  // Written off: immediately, by deadline, and after a failed verification.
  onDemo('enterprise', 'self_inspection', 84, (t, { owner, supervisor }) => [
    accept(supervisor, 83),
    immediately(owner!, 83),
    complete(owner!, 83, t),
    verify(supervisor, 82),
  ]);
  onDemo('enterprise', 'self_inspection', 64, (t, { owner, supervisor }) => [
    accept(supervisor, 63),
    byDeadline(owner!, 63, 10, t, ownerPerson),
    complete(owner!, 56, t),
    verify(supervisor, 54),
  ]);
  onDemo(
    'inspector',
    'department_inspection',
    70,
    (t, { owner, supervisor }) => [
      accept(supervisor, 70),
      byDeadline(owner!, 69, 15, t, ownerPerson),
      complete(owner!, 60, t),
      { day: 58, actor: supervisor, transition: 'fail_verification', comment: FAILED },
      complete(owner!, 57, t),
      verify(supervisor, 55),
    ],
    { beforePhoto: true },
  );
  onDemo('town', 'unannounced_inspection', 33, (t, { owner, supervisor }) => [
    accept(supervisor, 33),
    immediately(owner!, 32),
    complete(owner!, 32, t),
    verify(supervisor, 31),
  ]);
  onDemo('enterprise', 'self_inspection', 47, (t, { owner, supervisor }) => [
    accept(supervisor, 46),
    byDeadline(owner!, 46, 12, t, ownerPerson),
    complete(owner!, 40, t),
    verify(supervisor, 39),
  ]);
  // Awaiting verification: recently completed, and completed long ago but never verified (overdue).
  onDemo('enterprise', 'self_inspection', 9, (t, { owner, supervisor }) => [
    accept(supervisor, 8),
    byDeadline(owner!, 8, 15, t, ownerPerson),
    complete(owner!, 1, t),
  ]);
  onDemo('inspector', 'department_inspection', 45, (t, { owner, supervisor }) => [
    accept(supervisor, 45),
    byDeadline(owner!, 44, 14, t, ownerPerson),
    complete(owner!, 31, t),
  ]);
  // Rectifying: within the deadline, and past it.
  const within = onDemo('enterprise', 'self_inspection', 12, (t, { owner, supervisor }) => [
    accept(supervisor, 11),
    byDeadline(owner!, 11, 25, t, ownerPerson),
  ]);
  onDemo('town', 'campaign', 52, (t, { owner, supervisor }) => [
    accept(supervisor, 51),
    byDeadline(owner!, 51, 20, t, ownerPerson),
  ]);
  // Accepted, and just reported.
  onDemo('enterprise', 'self_inspection', 2, (_t, { supervisor }) => [accept(supervisor, 1)]);
  onDemo('enterprise', 'self_inspection', 1, () => []);
  // Major: accepted with its basis, plan and report, listed by the city's safety office for the county, suspended;
  // the enterprise has applied for resumption and the on-site review is pending.
  {
    const m = MAJOR_TEMPLATES.openPitSlope;
    onDemo(
      'inspector',
      'department_inspection',
      36,
      (_t, { owner, supervisor }) => [
        {
          day: 35,
          actor: supervisor,
          transition: 'accept',
          fields: { level: 'major', determinationBasis: m.basis },
          comment: '依据《金属非金属矿山重大事故隐患判定标准》判定为重大事故隐患。',
        },
        {
          day: 34,
          actor: owner!,
          transition: 'rectify_by_deadline',
          deadlineDays: 60,
          fields: majorFields(p, m, demo.principalName),
          comment: '已制定重大事故隐患治理方案并报送。',
        },
        {
          day: 31,
          actor: 'safety',
          transition: 'list_supervision',
          listedRegion: COUNTY_REGION,
          deadlineDays: 45,
          comment: '市安委办挂牌督办，由泽州县安委办负责督促整改。',
        },
        {
          day: 30,
          actor: supervisor,
          transition: 'order_suspension',
          comment: '依据《安全生产法》责令停产停业整顿，整改验收合格前不得恢复生产。',
        },
        {
          day: 3,
          actor: owner!,
          transition: 'apply_resumption',
          comment: '已按方案完成削坡和台阶恢复，第三方评估合格，申请恢复生产。',
          afterPhoto: true,
        },
      ],
      { beforePhoto: true, template: m },
    );
  }
  // Rejected, merged, and reopened into a second cycle.
  {
    const r = REJECTED_TEMPLATES[0]!;
    p.add({
      title: r.title,
      description: r.description,
      category: 'unsafe_condition',
      hazardType: 'other',
      source: 'grid_patrol',
      checkKind: 'daily',
      reporter: 'town',
      place: { enterpriseUscc: demo.uscc },
      reportedDay: 27,
      beforePhoto: false,
      steps: [{ day: 26, actor: 'town', transition: 'reject', comment: r.reason }],
    });
  }
  {
    const target = p.hazards.find((h) => h.key === within)!;
    p.add({
      title: `${target.title}（复报）`,
      description: target.description,
      category: target.category,
      hazardType: target.hazardType,
      source: 'unannounced_inspection',
      checkKind: 'comprehensive',
      reporter: 'town',
      place: { ...target.place },
      reportedDay: 11,
      beforePhoto: false,
      steps: [
        {
          day: 10,
          actor: 'town',
          transition: 'merge',
          mergeInto: within,
          comment: '与企业自查上报的同一隐患重复，合并处理。',
        },
      ],
    });
  }
  onDemo('town', 'unannounced_inspection', 58, (t, { owner, supervisor }) => [
    accept(supervisor, 58),
    immediately(owner!, 57),
    complete(owner!, 57, t),
    verify(supervisor, 56),
    { day: 9, actor: supervisor, transition: 'reopen', comment: '回头看复查发现问题反弹，重新启动整改。' },
    accept(supervisor, 8),
    byDeadline(owner!, 8, 20, t, ownerPerson),
  ]);

  // ── Public places in the grid worker's two grids (the grid owns them, the town decides) ──
  const onGrid = (
    reportedDay: number,
    steps: (t: HazardTemplate) => Array<Omit<DemoHazardStep, 'minute'>>,
    options: { beforePhoto?: boolean; n?: number } = {},
  ) => {
    const gridCode = demoGridCodes[(options.n ?? p.hazards.length) % demoGridCodes.length]!;
    const template = p.template('public', 'grid');
    return p.add({
      title: template.title,
      description: template.description,
      category: template.category,
      hazardType: template.hazardType,
      source: 'grid_patrol',
      checkKind: 'daily',
      reporter: 'grid',
      place: {
        gridCode,
        locationText: `${town.name}${findRegion(gridVillage(gridCode).villageCode)!.name}${template.spot}`,
        lng: jitter(rng, towns.lng),
        lat: jitter(rng, towns.lat),
      },
      reportedDay,
      beforePhoto: options.beforePhoto ?? false,
      steps: steps(template),
    });
  };
  for (const day of [86, 74, 61, 40, 22, 15]) {
    onGrid(
      day,
      (t) => [accept('town', day), immediately('grid', day), complete('grid', day - 1, t), verify('town', day - 2)],
      {
        beforePhoto: day === 86,
      },
    );
  }
  onGrid(50, (t) => [
    accept('town', 49),
    byDeadline('town', 49, 7, t, GRID_PERSON),
    complete('grid', 45, t),
    verify('town', 44),
  ]);
  onGrid(28, (t) => [
    accept('town', 28),
    byDeadline('town', 27, 10, t, GRID_PERSON),
    complete('grid', 21, t),
    verify('town', 20),
  ]);
  onGrid(5, (t) => [accept('town', 4), immediately('grid', 4), complete('grid', 2, t)]);
  const gridTarget = onGrid(3, (t) => [accept('town', 3), immediately('grid', 2), complete('grid', 1, t)]);
  onGrid(2, () => [accept('town', 1), immediately('grid', 1)]);
  onGrid(35, (t) => [accept('town', 34), byDeadline('town', 34, 10, t, GRID_PERSON)], { beforePhoto: true });
  onGrid(1, () => []);
  onGrid(24, () => []);
  {
    const r = REJECTED_TEMPLATES[3]!;
    p.add({
      title: r.title,
      description: r.description,
      category: 'unsafe_condition',
      hazardType: 'other',
      source: 'grid_patrol',
      checkKind: 'daily',
      reporter: 'grid',
      place: { gridCode: demoGridCodes[0]!, locationText: `${town.name}巴公社区东侧` },
      reportedDay: 18,
      beforePhoto: false,
      steps: [{ day: 17, actor: 'town', transition: 'reject', comment: r.reason }],
    });
  }
  {
    const target = p.hazards.find((h) => h.key === gridTarget)!;
    p.add({
      title: target.title,
      description: `${target.description}（居民再次反映）`,
      category: target.category,
      hazardType: target.hazardType,
      source: 'grid_patrol',
      checkKind: 'daily',
      reporter: 'grid',
      place: { ...target.place },
      reportedDay: 2,
      beforePhoto: false,
      steps: [
        { day: 1, actor: 'town', transition: 'merge', mergeInto: gridTarget, comment: '与已受理隐患重复，合并处理。' },
      ],
    });
  }
  // The one enterprise inside the grids: the grid worker reports, the town orders rectification.
  {
    const e = p.enterprise((x) => inGrids(x) && isOperating(x) && familyOf(x) !== undefined);
    for (const [day, steps] of [
      [15, (t: HazardTemplate) => [accept('town', 14), byDeadline('town', 14, 30, t, e.safetyManagerName)]],
      [2, () => []],
    ] as const) {
      const template = p.template(familyOf(e)!, e.uscc);
      p.add({
        title: template.title,
        description: template.description,
        category: template.category,
        hazardType: template.hazardType,
        source: 'grid_patrol',
        checkKind: 'daily',
        reporter: 'grid',
        // The grid's village: a grid worker's report lies in its grids' villages (the enterprise is registered at
        // town level).
        place: { ...enterprisePlace(rng, e, template), regionCode: gridVillage(e.gridCode!).villageCode },
        reportedDay: day,
        beforePhoto: false,
        steps: steps(template),
      });
    }
  }

  // ── Public places the town government owns (no grid): the town's office both owns and decides ──
  const onTownPlace = (reportedDay: number, steps: (t: HazardTemplate) => Array<Omit<DemoHazardStep, 'minute'>>) => {
    const regionCode = villages[p.hazards.length % villages.length]!;
    const template = p.template('public', 'town');
    return p.add({
      title: template.title,
      description: template.description,
      category: template.category,
      hazardType: template.hazardType,
      source: 'campaign',
      checkKind: 'specialist',
      reporter: 'town',
      place: {
        regionCode,
        locationText: `${findRegion(regionCode)!.name}${template.spot}`,
        lng: jitter(rng, towns.lng),
        lat: jitter(rng, towns.lat),
      },
      reportedDay,
      beforePhoto: false,
      steps: steps(template),
    });
  };
  onTownPlace(81, (t) => [accept('town', 81), immediately('town', 81), complete('town', 80, t), verify('town', 79)]);
  onTownPlace(68, (t) => [
    accept('town', 68),
    byDeadline('town', 67, 15, t, TOWN_PERSON),
    complete('town', 55, t),
    verify('town', 54),
  ]);
  onTownPlace(47, (t) => [accept('town', 47), immediately('town', 47), complete('town', 46, t), verify('town', 45)]);
  onTownPlace(26, (t) => [
    accept('town', 26),
    byDeadline('town', 26, 10, t, TOWN_PERSON),
    complete('town', 19, t),
    verify('town', 18),
  ]);
  onTownPlace(10, (t) => [accept('town', 10), byDeadline('town', 9, 14, t, TOWN_PERSON), complete('town', 1, t)]);
  onTownPlace(40, (t) => [accept('town', 40), byDeadline('town', 39, 15, t, TOWN_PERSON)]);
  onTownPlace(6, (t) => [accept('town', 6), byDeadline('town', 5, 30, t, TOWN_PERSON)]);

  // ── Other enterprises of 巴公镇 (no account of theirs in the demo: the town orders, departments take over) ──
  const onTownEnterprise = (
    reporter: HazardActor,
    source: HazardSourceCode,
    reportedDay: number,
    filter: (e: DemoEnterprise) => boolean,
    steps: (t: HazardTemplate, e: DemoEnterprise) => Array<Omit<DemoHazardStep, 'minute'>>,
    options: { family?: TemplateFamily; sectorCode?: string; beforePhoto?: boolean } = {},
  ) => {
    const e = p.enterprise((x) => townOther(x) && filter(x));
    const template = p.template(options.family ?? familyOf(e)!, e.uscc);
    return p.add({
      title: template.title,
      description: template.description,
      category: template.category,
      hazardType: template.hazardType,
      source,
      checkKind: reporter === 'expert' ? 'expert_diagnosis' : source === 'campaign' ? 'specialist' : 'daily',
      reporter,
      place: enterprisePlace(rng, e, template, options.sectorCode),
      reportedDay,
      beforePhoto: options.beforePhoto ?? false,
      steps: steps(template, e),
    });
  };
  const any = () => true;
  const transfer = (actor: HazardActor, day: number, department: string, why: string) => ({
    day,
    actor,
    transition: 'transfer',
    transferToDepartment: department,
    comment: why,
  });
  onTownEnterprise('town', 'unannounced_inspection', 1, any, () => []);
  onTownEnterprise('expert', 'third_party', 2, hasSector(EXPERT_SECTORS), () => []);
  onTownEnterprise('town', 'campaign', 3, any, () => [accept('town', 2)]);
  onTownEnterprise('town', 'unannounced_inspection', 2, any, () => [accept('town', 1)]);
  onTownEnterprise('town', 'campaign', 30, any, () => [accept('town', 29)]);
  const townTarget = onTownEnterprise('town', 'campaign', 9, any, (t, e) => [
    accept('town', 9),
    byDeadline('town', 8, 20, t, e.safetyManagerName),
  ]);
  for (const [day, days] of [
    [25, 40],
    [16, 30],
    [5, 21],
  ] as const) {
    onTownEnterprise('town', 'unannounced_inspection', day, any, (t, e) => [
      accept('town', day),
      byDeadline('town', day - 1, days, t, e.safetyManagerName),
    ]);
  }
  for (const [day, days] of [
    [43, 15],
    [60, 30],
  ] as const) {
    onTownEnterprise(
      'town',
      'campaign',
      day,
      any,
      (t, e) => [accept('town', day - 1), byDeadline('town', day - 1, days, t, e.safetyManagerName)],
      { beforePhoto: day === 43 },
    );
  }
  onTownEnterprise(
    'town',
    'unannounced_inspection',
    2,
    hasSector(['special_equipment']),
    () => [transfer('town', 1, MARKET_REGULATION, '属特种设备安全问题，移交县市场监督管理局处理。')],
    { family: 'equipment', sectorCode: 'special_equipment' },
  );
  onTownEnterprise('town', 'campaign', 2, hasSector(['coal_mine']), () => [
    transfer('town', 2, ENERGY, '属煤矿企业，由县能源局负责监管，移交处理。'),
  ]);
  onTownEnterprise('town', 'unannounced_inspection', 2, hasSector(['construction']), () => [
    transfer('town', 1, HOUSING, '属房屋建筑施工安全，移交县住房和城乡建设局。'),
  ]);
  onTownEnterprise('town', 'campaign', 20, hasSector(['hazardous_chemicals']), (t, e) => [
    transfer('town', 19, INSPECTOR_DEPARTMENT, '属危险化学品企业，移交县应急管理局。'),
    accept('inspector', 18),
    byDeadline('inspector', 18, 30, t, e.safetyManagerName),
  ]);
  onTownEnterprise('town', 'campaign', 55, hasSector(['metallurgy']), (t, e) => [
    transfer('town', 54, INSPECTOR_DEPARTMENT, '属冶金企业，移交县应急管理局。'),
    accept('inspector', 53),
    byDeadline('inspector', 53, 30, t, e.safetyManagerName),
  ]);
  {
    const r = REJECTED_TEMPLATES[2]!;
    const e = p.enterprise((x) => townOther(x) && hasSector(EXPERT_SECTORS)(x));
    p.add({
      title: r.title,
      description: r.description,
      category: 'unsafe_condition',
      hazardType: 'equipment',
      source: 'third_party',
      checkKind: 'expert_diagnosis',
      reporter: 'expert',
      place: { enterpriseUscc: e.uscc },
      reportedDay: 40,
      beforePhoto: false,
      steps: [{ day: 38, actor: 'town', transition: 'reject', comment: r.reason }],
    });
  }
  {
    const r = REJECTED_TEMPLATES[1]!;
    const e = p.enterprise(townOther);
    p.add({
      title: r.title,
      description: r.description,
      category: 'unsafe_condition',
      hazardType: 'other',
      source: 'unannounced_inspection',
      checkKind: 'daily',
      reporter: 'town',
      place: { enterpriseUscc: e.uscc },
      reportedDay: 14,
      beforePhoto: false,
      steps: [{ day: 13, actor: 'town', transition: 'reject', comment: r.reason }],
    });
  }
  {
    const target = p.hazards.find((h) => h.key === townTarget)!;
    p.add({
      title: target.title,
      description: target.description,
      category: target.category,
      hazardType: target.hazardType,
      source: 'campaign',
      checkKind: 'specialist',
      reporter: 'town',
      place: { ...target.place },
      reportedDay: 8,
      beforePhoto: false,
      steps: [{ day: 7, actor: 'town', transition: 'merge', mergeInto: townTarget, comment: '重复上报，合并处理。' }],
    });
  }
  // Majors of 巴公镇: the expert's finding at a coking plant, transferred to the county bureau, listed by the city;
  // a ferroalloy plant's confined spaces, past its deadline; an entertainment venue, transferred to the fire brigade.
  {
    const m = MAJOR_TEMPLATES.cokeGasDetection;
    const e = p.enterprise((x) => townOther(x) && hasSector(['hazardous_chemicals'])(x));
    p.add({
      title: m.title,
      description: m.description,
      category: m.category,
      hazardType: m.hazardType,
      source: 'third_party',
      checkKind: 'expert_diagnosis',
      level: 'major',
      determinationBasis: m.basis,
      reporter: 'expert',
      place: enterprisePlace(rng, e, m),
      reportedDay: 25,
      beforePhoto: true,
      steps: [
        transfer(
          'town',
          24,
          INSPECTOR_DEPARTMENT,
          '专家诊断发现疑似重大事故隐患，属危险化学品企业，移交县应急管理局。',
        ),
        {
          day: 22,
          actor: 'inspector',
          transition: 'accept',
          fields: { level: 'major', determinationBasis: m.basis },
          comment: '依据《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准》判定为重大事故隐患。',
        },
        {
          day: 21,
          actor: 'inspector',
          transition: 'rectify_by_deadline',
          deadlineDays: 60,
          fields: majorFields(p, m, e.principalName),
          comment: '企业已报送治理方案，限期整改。',
        },
        {
          day: 18,
          actor: 'safety',
          transition: 'list_supervision',
          listedRegion: CITY_REGION,
          deadlineDays: 50,
          comment: '市安委办挂牌督办。',
        },
      ],
    });
  }
  {
    const m = MAJOR_TEMPLATES.confinedSpace;
    const e = p.enterprise((x) => townOther(x) && hasSector(['metallurgy'])(x));
    p.add({
      title: m.title,
      description: m.description,
      category: m.category,
      hazardType: m.hazardType,
      source: 'department_inspection',
      checkKind: 'specialist',
      reporter: 'inspector',
      place: enterprisePlace(rng, e, m),
      reportedDay: 75,
      beforePhoto: true,
      steps: [
        {
          day: 74,
          actor: 'inspector',
          transition: 'accept',
          fields: { level: 'major', determinationBasis: m.basis },
          comment: '依据《工贸企业重大事故隐患判定标准》判定为重大事故隐患。',
        },
        {
          day: 73,
          actor: 'inspector',
          transition: 'rectify_by_deadline',
          deadlineDays: 45,
          fields: majorFields(p, m, e.principalName),
          comment: '责令限期整改。',
        },
      ],
    });
  }
  {
    const m = MAJOR_TEMPLATES.venueExits;
    const e = p.enterprise((x) => townOther(x) && hasSector(['crowded_places'])(x));
    p.add({
      title: m.title,
      description: m.description,
      category: m.category,
      hazardType: m.hazardType,
      source: 'unannounced_inspection',
      checkKind: 'specialist',
      level: 'major',
      determinationBasis: m.basis,
      reporter: 'town',
      place: enterprisePlace(rng, e, m),
      reportedDay: 2,
      beforePhoto: false,
      steps: [transfer('town', 1, FIRE_RESCUE, '属消防安全重大隐患，移交县消防救援大队处理。')],
    });
  }

  // ── The county bureau's own inspections in the other towns of 泽州县 ──
  const onCounty = (
    reportedDay: number,
    steps: (t: HazardTemplate, e: DemoEnterprise) => Array<Omit<DemoHazardStep, 'minute'>>,
    options: {
      filter?: (e: DemoEnterprise) => boolean;
      family?: TemplateFamily;
      sectorCode?: string;
      beforePhoto?: boolean;
    } = {},
  ) => {
    const e = p.enterprise((x) => elsewhere(x) && (options.filter?.(x) ?? true));
    const template = p.template(options.family ?? familyOf(e)!, e.uscc);
    return p.add({
      title: template.title,
      description: template.description,
      category: template.category,
      hazardType: template.hazardType,
      source: 'department_inspection',
      checkKind: 'comprehensive',
      reporter: 'inspector',
      place: enterprisePlace(rng, e, template, options.sectorCode),
      reportedDay,
      beforePhoto: options.beforePhoto ?? false,
      steps: steps(template, e),
    });
  };
  onCounty(1, () => []);
  onCounty(2, () => []);
  onCounty(3, () => [accept('inspector', 2)]);
  onCounty(2, () => [accept('inspector', 1)]);
  for (const [day, days] of [
    [6, 15],
    [13, 30],
    [24, 45],
    [38, 60],
    [17, 20],
  ] as const) {
    onCounty(day, (t, e) => [accept('inspector', day), byDeadline('inspector', day, days, t, e.safetyManagerName)], {
      beforePhoto: day === 13,
    });
  }
  for (const [day, days] of [
    [46, 30],
    [66, 20],
  ] as const) {
    onCounty(day, (t, e) => [accept('inspector', day), byDeadline('inspector', day - 1, days, t, e.safetyManagerName)]);
  }
  onCounty(33, () => [transfer('inspector', 32, MARKET_REGULATION, '属特种设备，移交县市场监督管理局。')], {
    filter: hasSector(['special_equipment']),
    family: 'equipment',
    sectorCode: 'special_equipment',
  });
  {
    const m = MAJOR_TEMPLATES.undergroundExits;
    const e = p.enterprise((x) => elsewhere(x) && hasSector(['non_coal_mine'])(x));
    p.add({
      title: m.title,
      description: m.description,
      category: m.category,
      hazardType: m.hazardType,
      source: 'department_inspection',
      checkKind: 'specialist',
      reporter: 'inspector',
      place: enterprisePlace(rng, e, m),
      reportedDay: 48,
      beforePhoto: false,
      steps: [
        {
          day: 47,
          actor: 'inspector',
          transition: 'accept',
          fields: { level: 'major', determinationBasis: m.basis },
          comment: '依据《金属非金属矿山重大事故隐患判定标准》判定为重大事故隐患。',
        },
        {
          day: 46,
          actor: 'inspector',
          transition: 'rectify_by_deadline',
          deadlineDays: 90,
          fields: majorFields(p, m, e.principalName),
          comment: '责令井下停止生产，限期整改。',
        },
        {
          day: 40,
          actor: 'safety',
          transition: 'list_supervision',
          listedRegion: COUNTY_REGION,
          deadlineDays: 60,
          comment: '市安委办挂牌督办，泽州县安委办负责督促。',
        },
      ],
    });
  }
  {
    const m = MAJOR_TEMPLATES.explosionProof;
    const e = p.enterprise((x) => elsewhere(x) && hasSector(['hazardous_chemicals'])(x));
    p.add({
      title: m.title,
      description: m.description,
      category: m.category,
      hazardType: m.hazardType,
      source: 'department_inspection',
      checkKind: 'specialist',
      reporter: 'inspector',
      place: enterprisePlace(rng, e, m),
      reportedDay: 2,
      beforePhoto: false,
      steps: [
        {
          day: 1,
          actor: 'inspector',
          transition: 'accept',
          fields: { level: 'major', determinationBasis: m.basis },
          comment: '依据《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准》判定为重大事故隐患。',
        },
      ],
    });
  }
  return p.hazards;
}

/** The demo's hazards with the default seed. */
export const demoHazards: ReadonlyArray<DemoHazard> = buildDemoHazards();
