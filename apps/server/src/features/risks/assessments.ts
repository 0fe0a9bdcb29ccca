import { type Assessment, assess, DEFAULT_RISK_SETTINGS } from '@redline/domain';
import { type FieldProblem, invalid } from '../../http/errors';

/**
 * Grades an event's assessment, or explains which factor is outside its table (the field named, e.g.
 * `inherent.l`). Region settings come with the risk settings screen; the defaults of §4 apply until then.
 */
export function graded(path: 'inherent' | 'residual', a: Assessment) {
  const result = assess(a, DEFAULT_RISK_SETTINGS);
  if (result.ok) return result.value;
  const { factor, ...params } = result.error.params ?? {};
  const problem: FieldProblem = { path: `${path}.${String(factor)}`, code: result.error.code, params };
  throw invalid(problem);
}

/** Both assessments at once, every problem answered together. */
export function gradeBoth(inherent: Assessment, residual: Assessment | null | undefined) {
  const problems: FieldProblem[] = [];
  const attempt = (path: 'inherent' | 'residual', a: Assessment) => {
    try {
      return graded(path, a);
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
