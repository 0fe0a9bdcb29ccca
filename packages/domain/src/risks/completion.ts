/**
 * Check runs of a period whose deadline has passed, as the regional overview counts them: recorded by the deadline
 * (on time), recorded after it (late), or still due (overdue).
 */
export type CheckRunCounts = { onTime: number; late: number; overdue: number };

export type CheckCompletion = CheckRunCounts & {
  /** Runs whose deadline has passed: the denominator. */
  due: number;
  /** On time / due, from 0 to 1; null when no run was due (nothing to complete is not 0 % nor 100 %). */
  rate: number | null;
};

/**
 * Completion of check runs (docs/decisions/005-risk-checks.md): a run recorded at its deadline exactly is on time, one
 * recorded a moment later is late and does not count as completed, and a run still due after its deadline is overdue.
 */
export function checkCompletion(counts: CheckRunCounts): CheckCompletion {
  const due = counts.onTime + counts.late + counts.overdue;
  return { ...counts, due, rate: due === 0 ? null : counts.onTime / due };
}

/** A run is on time when recorded at or before its deadline. */
export const recordedOnTime = (recordedAt: Date, deadline: Date): boolean => recordedAt.getTime() <= deadline.getTime();
