import { err, ok, type Result } from '../result';

/** Accident grades of Decree 493 Art. 3, lowest first (一般, 较大, 重大, 特别重大). */
export const ACCIDENT_GRADES = ['ordinary', 'large', 'major', 'extraordinary'] as const;
export type AccidentGrade = (typeof ACCIDENT_GRADES)[number];

const rank = (g: AccidentGrade) => ACCIDENT_GRADES.indexOf(g);
export const higherGrade = (a: AccidentGrade, b: AccidentGrade): AccidentGrade => (rank(a) >= rank(b) ? a : b);
export const gradeAtLeast = (g: AccidentGrade, floor: AccidentGrade): boolean => rank(g) >= rank(floor);

/**
 * Lower bounds of 较大, 重大, 特别重大 per criterion (Art. 3). "以上" includes the number and "以下" excludes it
 * (Art. 3 para 3), so each bound belongs to the higher grade: 3 deaths is 较大, 10 is 重大, 30 is 特别重大.
 */
const BOUNDS = {
  deaths: [3, 10, 30],
  seriousInjuries: [10, 50, 100],
  directLossCny: [10_000_000, 50_000_000, 100_000_000],
} as const;

const gradeBy = (value: number, bounds: readonly [number, number, number]): AccidentGrade =>
  value >= bounds[2] ? 'extraordinary' : value >= bounds[1] ? 'major' : value >= bounds[0] ? 'large' : 'ordinary';

/** Road-traffic and fire accidents count missing persons as dead after 7 days; every other accident after 30. */
const SHORT_WINDOW_SECTORS = ['road_traffic', 'fire'];
const DAY_MS = 86_400_000;

/**
 * Days after the accident when missing persons count as deaths, which is also the window for supplementary reports of
 * casualty changes (Decree 493 Art. 13; 2013 rule 安监总政法〔2013〕115号 Art. 3): 7 for road traffic and fire, else 30.
 */
export const casualtyWindowDays = (sector: string | null): number =>
  sector !== null && SHORT_WINDOW_SECTORS.includes(sector) ? 7 : 30;

/** The instant the casualty window closes: the accident's moment plus 7 or 30 days. */
export const casualtyWindowEnd = (occurredAt: Date, sector: string | null): Date =>
  new Date(occurredAt.getTime() + casualtyWindowDays(sector) * DAY_MS);

export type Casualties = {
  deaths: number;
  missing: number;
  /** 重伤, including acute industrial poisoning (急性工业中毒). */
  seriousInjuries: number;
  minorInjuries: number;
  /** Direct economic loss in CNY (GB 6721). */
  directLossCny: number;
};

export type GradeInput = Casualties & { occurredAt: Date; sector: string | null };

export type Grading = {
  grade: AccidentGrade;
  /** The grade each criterion gives on its own; the accident takes the highest. */
  byCriterion: { deaths: AccidentGrade; seriousInjuries: AccidentGrade; directLoss: AccidentGrade };
  /** Deaths as counted at the as-of date: the dead, plus the missing once the window has closed. */
  countedDeaths: number;
  missingCountedAsDead: boolean;
};

/** Far above any accident on record, and within what the database stores: larger is a typing error. */
export const MAX_CASUALTY_COUNT = 1_000_000;
export const MAX_DIRECT_LOSS_CNY = 1_000_000_000_000;

/** Checks a report's numbers: whole counts 0–1,000,000 and a loss 0–1e12 CNY (at most to the fen). */
export function checkCasualties(c: Casualties): Result<Casualties> {
  for (const field of ['deaths', 'missing', 'seriousInjuries', 'minorInjuries'] as const) {
    const n = c[field];
    if (!Number.isInteger(n) || n < 0 || n > MAX_CASUALTY_COUNT) {
      return err('ACCIDENT.COUNT_INVALID', { field, value: String(n) });
    }
  }
  const loss = c.directLossCny;
  const fen = loss * 100;
  if (!Number.isFinite(loss) || loss < 0 || loss > MAX_DIRECT_LOSS_CNY || Math.abs(fen - Math.round(fen)) > 1e-6) {
    return err('ACCIDENT.LOSS_INVALID', { value: String(loss) });
  }
  return ok(c);
}

/**
 * The grade of an accident as of a date (Decree 493 Art. 3; 2013 rule Art. 3): each of deaths, serious injuries and
 * direct loss graded on its own, the highest wins; the missing count as dead once 30 days (7 for road traffic and
 * fire) have passed since the accident, so the same report can grade higher later.
 */
export function gradeAccident(input: GradeInput, asOf: Date): Grading {
  const missingCountedAsDead = asOf.getTime() >= casualtyWindowEnd(input.occurredAt, input.sector).getTime();
  const countedDeaths = input.deaths + (missingCountedAsDead ? input.missing : 0);
  const byCriterion = {
    deaths: gradeBy(countedDeaths, BOUNDS.deaths),
    seriousInjuries: gradeBy(input.seriousInjuries, BOUNDS.seriousInjuries),
    directLoss: gradeBy(input.directLossCny, BOUNDS.directLossCny),
  };
  const grade = [byCriterion.deaths, byCriterion.seriousInjuries, byCriterion.directLoss].reduce(higherGrade);
  return { grade, byCriterion, countedDeaths, missingCountedAsDead };
}
