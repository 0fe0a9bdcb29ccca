import { ERROR_STATUS, type ErrorCode } from '@redline/contracts';
import type { DomainError } from '@redline/domain';
import { AppError } from '../../http/errors';

const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_STATUS, code);

/**
 * A case rule violation as the server's one error. A stale version answers 409 with the case's current state and
 * version in the details, so the client can reload and decide again.
 */
export function caseError(error: DomainError, current: { state: string; version: number }): AppError {
  if (!isErrorCode(error.code)) return new AppError('INTERNAL');
  const extra = error.code === 'CASE.STALE_VERSION' ? { state: current.state, version: current.version } : undefined;
  return new AppError(error.code, error.params ?? {}, [], extra);
}
