import { err, ok, type Result } from '../result';
import { DEFAULT_LEC_THRESHOLDS, levelOf, type RiskLevel, type RiskThresholds } from './levels';

/** LEC tables of §4.2: the only values each factor may take. */
export const LEC_L = [10, 6, 3, 1, 0.5, 0.2, 0.1] as const;
export const LEC_E = [10, 6, 3, 2, 1, 0.5] as const;
export const LEC_C = [100, 40, 15, 7, 3, 1] as const;

export type LecInput = { l: number; e: number; c: number };
export type Scored = { score: number; level: RiskLevel };

/** D = L × E × C (作业条件危险性评价法), each factor from its table, graded by the thresholds (default §4.2). */
export function scoreLec(input: LecInput, thresholds: RiskThresholds = DEFAULT_LEC_THRESHOLDS): Result<Scored> {
  const tables = { l: LEC_L, e: LEC_E, c: LEC_C } as const;
  for (const factor of ['l', 'e', 'c'] as const) {
    if (!(tables[factor] as readonly number[]).includes(input[factor])) {
      return err('RISK.FACTOR_NOT_IN_TABLE', {
        factor,
        value: String(input[factor]),
        allowed: tables[factor].join(','),
      });
    }
  }
  // Scores are products of table values with at most one decimal: round away floating-point noise (0.1 × 6 × 15 = 9).
  const score = Math.round(input.l * input.e * input.c * 100) / 100;
  return ok({ score, level: levelOf(score, thresholds) });
}
