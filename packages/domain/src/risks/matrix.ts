import { err, ok, type Result } from '../result';
import type { Scored } from './lec';
import { DEFAULT_MATRIX_THRESHOLDS, levelOf, type RiskThresholds } from './levels';

export type MatrixInput = { likelihood: number; severity: number };

/** R = L × S on the 5 × 5 risk matrix (风险矩阵法, §4.3): each of likelihood and severity a whole number 1–5. */
export function scoreMatrix(
  input: MatrixInput,
  thresholds: RiskThresholds = DEFAULT_MATRIX_THRESHOLDS,
): Result<Scored> {
  for (const factor of ['likelihood', 'severity'] as const) {
    const v = input[factor];
    if (!Number.isInteger(v) || v < 1 || v > 5) {
      return err('RISK.FACTOR_NOT_IN_TABLE', { factor, value: String(v), allowed: '1,2,3,4,5' });
    }
  }
  const score = input.likelihood * input.severity;
  return ok({ score, level: levelOf(score, thresholds) });
}
