/** One line of the results table: a figure, the ceiling measured beside it in the same run, and the budget. */
export type Row = {
  /** Key of the row in baseline.json. */
  id: string;
  what: string;
  figure: number;
  unit: string;
  /** Other figures of the row (p99 of a throughput row, counts of a sweep), for the table's reader. */
  detail?: string;
  ceilingWhat: string;
  ceiling: number | null;
  ceilingUnit: string;
  /** figure ÷ ceiling or ceiling ÷ figure, whichever the budget speaks of; `better` tells its direction. */
  ratio: number | null;
  better: 'higher' | 'lower';
  budget: string;
  pass: boolean;
  /** Wrong answers or counts: the suite fails on them whatever the timings. */
  failures: string[];
};

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
