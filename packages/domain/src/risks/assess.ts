import { type DomainError, err, ok, type Result } from '../result';
import { scoreLec } from './lec';
import {
  type ControlLevel,
  controllingLevels,
  DEFAULT_CONTROL_MAPPING,
  DEFAULT_LEC_THRESHOLDS,
  DEFAULT_MATRIX_THRESHOLDS,
  RISK_COLOURS,
  type RiskLevel,
  type RiskThresholds,
  thresholdProblem,
} from './levels';
import { scoreMatrix } from './matrix';

/** An assessment of a risk event: LEC (§4.2) or the 5 × 5 matrix (§4.3), with the factors chosen. */
export type Assessment =
  | { method: 'lec'; l: number; e: number; c: number }
  | { method: 'matrix'; likelihood: number; severity: number };

/** A region's (or enterprise's) grading: thresholds per method and who controls each level. */
export type RiskSettings = {
  lec: RiskThresholds;
  matrix: RiskThresholds;
  controlMapping: Record<RiskLevel, ControlLevel>;
};

export const DEFAULT_RISK_SETTINGS: RiskSettings = {
  lec: DEFAULT_LEC_THRESHOLDS,
  matrix: DEFAULT_MATRIX_THRESHOLDS,
  controlMapping: DEFAULT_CONTROL_MAPPING,
};

export type Assessed = {
  score: number;
  level: RiskLevel;
  colour: (typeof RISK_COLOURS)[RiskLevel];
  /** The level that controls it and every level below (§4.4). */
  controlLevels: ControlLevel[];
};

/** Scores and grades an assessment under the settings; an inherent and a residual assessment are graded alike. */
export function assess(a: Assessment, settings: RiskSettings = DEFAULT_RISK_SETTINGS): Result<Assessed> {
  const scored = a.method === 'lec' ? scoreLec(a, settings.lec) : scoreMatrix(a, settings.matrix);
  if (!scored.ok) return scored;
  const { score, level } = scored.value;
  return ok({
    score,
    level,
    colour: RISK_COLOURS[level],
    controlLevels: controllingLevels(level, settings.controlMapping),
  });
}

/** Every threshold problem of the settings, per method: the method and the threshold named (see thresholdProblem). */
export function riskSettingsProblems(settings: RiskSettings): DomainError[] {
  return (['lec', 'matrix'] as const).flatMap((method) => {
    const field = thresholdProblem(settings[method]);
    return field ? [{ code: 'RISK.THRESHOLDS_INVALID', params: { method, field } }] : [];
  });
}

/** Settings a region may save: thresholds that fall strictly for both methods (the first problem otherwise). */
export function checkRiskSettings(settings: RiskSettings): Result<RiskSettings> {
  const [problem] = riskSettingsProblems(settings);
  return problem ? err(problem.code, problem.params) : ok(settings);
}
