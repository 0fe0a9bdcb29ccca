import type { ErrorCode, MessageParams } from '@redline/contracts';
import type { DomainError } from '@redline/domain';

/** A problem with one input field; its message is rendered in the caller's language by the error handler. */
export type FieldProblem = { path: string; code: string; params?: MessageParams };

/** The one error class: a stable code from the contracts table, message parameters and optional details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: MessageParams = {},
    readonly problems: FieldProblem[] = [],
    readonly extra?: Record<string, unknown>,
  ) {
    super(code);
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('AUTH.FORBIDDEN');
export const outOfScope = () => new AppError('SCOPE.OUT_OF_SCOPE');

/** Rejects the request with field-level problems (400 REQUEST.VALIDATION). */
export const invalid = (...problems: FieldProblem[]) => new AppError('REQUEST.VALIDATION', {}, problems);

/** Region levels and expectations in domain errors are shown as words, not as identifiers. */
const PARAM_KEYS: Record<string, string> = { level: 'level', parentLevel: 'level' };

/** Turns a domain rule violation on a field into a field problem. */
export function fromDomain(path: string, error: DomainError): FieldProblem {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(error.params ?? {})) {
    const prefix = PARAM_KEYS[name];
    params[name] = prefix ? `@${prefix}.${value}` : value;
  }
  if (error.code === 'REGION.CODE_FORMAT' && error.params?.level) params.expected = `@expected.${error.params.level}`;
  return { path, code: error.code, params };
}
