import type { AccidentGrade } from './grade';
import { gradeAtLeast } from './grade';

/**
 * A share as a percentage with one decimal, half up (3,158 of 3,324 → 95.0; 12 of a cap of 18 → 66.7). A share may
 * exceed 100 (deaths above their cap). Null when there is no basis (a whole of 0).
 */
export function percentOf(part: number, whole: number): number | null {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || part < 0 || whole < 0) {
    throw new RangeError(`a share needs two numbers ≥ 0, got ${part} and ${whole}`);
  }
  if (whole === 0) return null;
  return roundHalfUp((part * 100) / whole, 1);
}

/** Change from last year in percent, one decimal (5 accidents against 10 → −50.0); null when last year was 0. */
export function changePercent(current: number, previous: number): number | null {
  if (!Number.isFinite(current) || !Number.isFinite(previous) || current < 0 || previous < 0) {
    throw new RangeError(`a change needs two numbers ≥ 0, got ${current} and ${previous}`);
  }
  if (previous === 0) return null;
  return roundHalfUp(((current - previous) * 100) / previous, 1);
}

/** Half away from zero at `decimals`, computed on the decimal text (so 0.05 → 0.1 and −0.05 → −0.1). */
function roundHalfUp(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  const shifted = Math.round(Number(`${Math.abs(value)}e${decimals}`));
  const result = Number(`${shifted}e-${decimals}`) * sign;
  return result === 0 ? 0 : result;
}

/** The denominators of a region's year (domain-reference.md §5). Null where not known. */
export type Denominators = {
  /** GDP in 亿元 (100 million CNY). */
  gdpYi: number | null;
  /** Employees of industry, mining, commerce and trade (工矿商贸). */
  employees: number | null;
  motorVehicles: number | null;
  /** Raw coal output in million tonnes. */
  coalOutputMt: number | null;
};

export type DeathsBySector = { total: number; industryMiningTrade: number; roadTraffic: number; coalMine: number };

export type Rates = {
  /** 亿元GDP生产安全事故死亡率: all deaths ÷ GDP in 亿元. */
  perGdp: number | null;
  /** 工矿商贸十万从业人员死亡率: 工矿商贸 deaths ÷ employees × 100,000. */
  per100kEmployees: number | null;
  /** 道路交通万车死亡率: road-traffic deaths ÷ motor vehicles × 10,000. */
  per10kVehicles: number | null;
  /** 煤矿百万吨死亡率: coal-mine deaths ÷ raw coal output in million tonnes. */
  perMillionTonnesCoal: number | null;
};

const RATE_DECIMALS = 3;
const rate = (deaths: number, denominator: number | null, scale: number) =>
  denominator && denominator > 0 ? roundHalfUp((deaths * scale) / denominator, RATE_DECIMALS) : null;

/** The four rates of the statistical bulletins (§5), to three decimals; null where the denominator is missing. */
export function rates(deaths: DeathsBySector, d: Denominators): Rates {
  return {
    perGdp: rate(deaths.total, d.gdpYi, 1),
    per100kEmployees: rate(deaths.industryMiningTrade, d.employees, 100_000),
    per10kVehicles: rate(deaths.roadTraffic, d.motorVehicles, 10_000),
    perMillionTonnesCoal: rate(deaths.coalMine, d.coalOutputMt, 1),
  };
}

/** Warned when a cap's share reaches the threshold (80 % by default). */
export const DEFAULT_WARNING_PERCENT = 80;
/** Compared exactly, not on the rounded share: 79.95 % is under an 80 % threshold. A cap of 0 warns at any death. */
export const capWarning = (deaths: number, cap: number, thresholdPercent = DEFAULT_WARNING_PERCENT): boolean =>
  cap === 0 ? deaths > 0 : deaths * 100 >= thresholdPercent * cap;

/**
 * One-vote veto (一票否决) rules are local assessment practice, not national law (§5), so they are data: an accident
 * of at least a grade (in the listed sectors, or any), or deaths above the cap.
 */
export type VetoRule =
  | { kind: 'accident_grade'; atLeast: AccidentGrade; sectors?: readonly string[] }
  | { kind: 'deaths_over_cap' };

export type VetoFacts = {
  accidents: ReadonlyArray<{ grade: AccidentGrade; sector: string | null }>;
  deaths: number;
  cap: number | null;
};

/** The rules a region's year triggers. */
export function vetoesTriggered(rules: readonly VetoRule[], facts: VetoFacts): VetoRule[] {
  return rules.filter((rule) => {
    if (rule.kind === 'deaths_over_cap') return facts.cap !== null && facts.deaths > facts.cap;
    return facts.accidents.some(
      (a) =>
        gradeAtLeast(a.grade, rule.atLeast) &&
        (!rule.sectors?.length || (a.sector !== null && rule.sectors.includes(a.sector))),
    );
  });
}
