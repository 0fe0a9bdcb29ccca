import { endOfLocalDate, localDateOf, parseLocalDate, shiftLocalDate, startOfLocalDate } from '../calendar/local-date';

/**
 * Hazard statistics: the counts come from the database (see docs/HAZARDS-EXPORT.md for the SQL of each), the rates
 * and the money rounding are decided here, once.
 *
 * Counts of a group over a period [from, to] (local dates, Asia/Shanghai, both inclusive) at the instant `now`:
 * - `reported`: hazards reported (created) in the period, whatever became of them.
 * - `found`: of those, the ones that are hazards: not rejected as "not a hazard" and not merged into another (a
 *   duplicate is counted once, on the hazard it was merged into).
 * - `foundRectified`: of `found`, those written off at least once by `now` (a write-off event on their timeline; a
 *   later reopen does not undo the write-off that happened).
 * - `rectified`: hazards with a write-off event in the period (counted once per hazard even when written off twice).
 * - `rectifiedOnTime`: of `rectified`, those whose rectification was completed (the last move into
 *   awaiting_verification before the period's last write-off) at or before the deadline then in force.
 * - `overdueNow`, `majorOpen`, `majorListed`: open hazards at `now`, whatever the period (snapshots).
 * - `fundsPlanned`, `fundsSpent`: sums (CNY) over `found`.
 */
export type HazardCounts = {
  reported: number;
  found: number;
  foundRectified: number;
  rectified: number;
  rectifiedOnTime: number;
  /** Null where a snapshot does not apply (the month rows of a by-month table). */
  overdueNow: number | null;
  fundsPlanned: number;
  fundsSpent: number;
  majorOpen: number | null;
  majorListed: number | null;
};

export type HazardFigures = HazardCounts & {
  /** foundRectified ÷ found; null when nothing was found. */
  rectificationRate: number | null;
  /** rectifiedOnTime ÷ rectified; null when nothing was rectified. */
  onTimeRate: number | null;
};

/** Digits a rate keeps: 4 decimals of the fraction, i.e. a percentage with 2 decimals (66.67 %). */
export const RATE_DECIMALS = 4;

/**
 * A ratio of two counts as a fraction from 0 to 1, rounded half up to 4 decimals (2/3 → 0.6667, 1/32 → 0.0313).
 * Division by zero is not 0 % and not 100 %: it answers null ("no basis"), shown as "—".
 * Throws RangeError for counts that are not whole numbers ≥ 0 or a part larger than its whole.
 */
export function rateOf(part: number, whole: number): number | null {
  for (const n of [part, whole]) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`a count must be a whole number ≥ 0, got ${n}`);
  }
  if (part > whole) throw new RangeError(`part ${part} exceeds whole ${whole}`);
  if (whole === 0) return null;
  // One division, correctly rounded: an exact half (k + 0.5) is representable, so Math.round rounds it up.
  return Math.round((part * 10 ** RATE_DECIMALS) / whole) / 10 ** RATE_DECIMALS;
}

/** A rate as the percentage text of tables and exports: 0.6667 → "66.67%", null → "—". */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  return `${(rate * 100).toFixed(RATE_DECIMALS - 2)}%`;
}

/** Money in CNY to the fen (2 decimals), half up; sums come from numeric SQL and are exact before this. */
export function roundMoney(amount: number): number {
  if (!Number.isFinite(amount)) throw new RangeError(`not an amount: ${amount}`);
  const abs = Math.abs(amount);
  // Shift by the decimal text, not by multiplying (1.005 * 100 is 100.49999…, "1.005e2" is 100.5).
  const cents = String(abs).includes('e') ? Math.round(abs * 100) : Math.round(Number(`${abs}e2`));
  return amount < 0 && cents !== 0 ? -cents / 100 : cents / 100;
}

/** The figures of a group: its counts, money rounded to the fen, and the two rates. */
export function hazardFigures(counts: HazardCounts): HazardFigures {
  return {
    ...counts,
    fundsPlanned: roundMoney(counts.fundsPlanned),
    fundsSpent: roundMoney(counts.fundsSpent),
    rectificationRate: rateOf(counts.foundRectified, counts.found),
    onTimeRate: rateOf(counts.rectifiedOnTime, counts.rectified),
  };
}

/** Counts of a group with nothing in it (snapshots 0, or null where they do not apply). */
export function emptyCounts(snapshots = true): HazardCounts {
  const snapshot = snapshots ? 0 : null;
  return {
    reported: 0,
    found: 0,
    foundRectified: 0,
    rectified: 0,
    rectifiedOnTime: 0,
    overdueNow: snapshot,
    fundsPlanned: 0,
    fundsSpent: 0,
    majorOpen: snapshot,
    majorListed: snapshot,
  };
}

/** Sums counts (e.g. the rows of a table into its total); a snapshot is null if it is null in every row. */
export function addCounts(rows: HazardCounts[]): HazardCounts {
  const total = emptyCounts(false);
  const addSnapshot = (a: number | null, b: number | null) => (a === null && b === null ? null : (a ?? 0) + (b ?? 0));
  for (const r of rows) {
    total.reported += r.reported;
    total.found += r.found;
    total.foundRectified += r.foundRectified;
    total.rectified += r.rectified;
    total.rectifiedOnTime += r.rectifiedOnTime;
    total.fundsPlanned += r.fundsPlanned;
    total.fundsSpent += r.fundsSpent;
    total.overdueNow = addSnapshot(total.overdueNow, r.overdueNow);
    total.majorOpen = addSnapshot(total.majorOpen, r.majorOpen);
    total.majorListed = addSnapshot(total.majorListed, r.majorListed);
  }
  return total;
}

/** A statistics period: two local dates and the instants they span (from 00:00 to 23:59:59.999, Asia/Shanghai). */
export type StatisticsPeriod = { from: string; to: string; start: Date; end: Date };

/** The period of two local dates; `from` defaults to 1 January of `to`'s year, `to` to today (at `now`). */
export function periodOf(now: Date, from?: string, to?: string): StatisticsPeriod {
  const end = to ?? localDateOf(now);
  const start = from ?? `${end.slice(0, 4)}-01-01`;
  if (parseLocalDate(start) === null || parseLocalDate(end) === null) throw new RangeError('not a YYYY-MM-DD date');
  if (start > end) throw new RangeError(`the period starts (${start}) after it ends (${end})`);
  return { from: start, to: end, start: startOfLocalDate(start), end: endOfLocalDate(end) };
}

/** The months (`YYYY-MM`) a period touches, in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month++;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** The months a by-month table may have at most (ten years). */
export const MAX_STATISTICS_MONTHS = 120;

/** Quarter q (1–4) of a year as a period of local dates: Q3 2026 = 2026-07-01 … 2026-09-30. */
export function quarterDates(year: number, quarter: number): { from: string; to: string } {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`not a year: ${year}`);
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new RangeError(`not a quarter: ${quarter}`);
  const firstMonth = (quarter - 1) * 3 + 1;
  const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(firstMonth + 3).padStart(2, '0')}-01`;
  return { from, to: shiftLocalDate(next, -1) };
}

/**
 * When the quarterly statistical analysis table is due (Decree 16 Art. 14, domain-reference §2.4: "下一季度15日前").
 * UNCONFIRMED reading, as §2.4 notes: the 15th of the first month of the next quarter (15 Apr, 15 Jul, 15 Oct,
 * 15 Jan); local governments may set other cut-offs. The annual table is due by 31 January (`annualReportDue`).
 */
export function quarterlyReportDue(year: number, quarter: number): string {
  const { to } = quarterDates(year, quarter);
  return `${shiftLocalDate(to, 1).slice(0, 7)}-15`;
}

/** The annual table is due by 31 January of the next year (Decree 16 Art. 14: 下一年1月31日前). */
export function annualReportDue(year: number): string {
  return `${year + 1}-01-31`;
}
