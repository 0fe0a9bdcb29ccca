import { type Assessment, assess, type RiskSettings } from '@redline/domain';
import { type FieldProblem, invalid } from '../../http/errors';

/**
 * Grades an event's assessment under the grading in force at the enterprise's region (settings.ts, riskSettingsFor),
 * or explains which factor is outside its table (the field named, e.g. `inherent.l`).
 */
export function graded(path: 'inherent' | 'residual', a: Assessment, settings: RiskSettings) {
  const result = assess(a, settings);
  if (result.ok) return result.value;
  const { factor, ...params } = result.error.params ?? {};
  const problem: FieldProblem = { path: `${path}.${String(factor)}`, code: result.error.code, params };
  throw invalid(problem);
}

/** Both assessments at once under the region's settings, every problem answered together. */
export function gradeBoth(inherent: Assessment, residual: Assessment | null | undefined, settings: RiskSettings) {
  const problems: FieldProblem[] = [];
  const attempt = (path: 'inherent' | 'residual', a: Assessment) => {
    try {
      return graded(path, a, settings);
    } catch (error) {
      problems.push(...((error as { problems?: FieldProblem[] }).problems ?? []));
      return null;
    }
  };
  const i = attempt('inherent', inherent);
  const r = residual ? attempt('residual', residual) : null;
  if (problems.length) throw invalid(...problems);
  return { inherent: i!, residual: r };
}
