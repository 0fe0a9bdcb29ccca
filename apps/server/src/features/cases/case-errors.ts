import { ERROR_STATUS, type ErrorCode } from '@redline/contracts';
import type { DomainError } from '@redline/domain';
import { fieldLabel } from '../../http/error-handler';
import { AppError } from '../../http/errors';

const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_STATUS, code);

const labelled = (names: string) =>
  names
    .split(',')
    .map((name) => fieldLabel(`fields.${name}`))
    .join(',');

/**
 * A case rule violation as the server's one error. A stale version answers 409 with the case's current state and
 * version in the details, so the client can reload and decide again. Missing fields are named by their labels in the
 * message and listed one by one in the details (`fields.<name>`, VALIDATION.REQUIRED), for messages beside the fields.
 */
export function caseError(error: DomainError, current: { state: string; version: number }): AppError {
  if (!isErrorCode(error.code)) return new AppError('INTERNAL');
  const params = { ...error.params };
  if (typeof params.fields === 'string') params.fields = labelled(params.fields);
  if (typeof params.field === 'string') params.field = labelled(params.field);
  const problems =
    error.code === 'CASE.FIELDS_REQUIRED' && typeof error.params?.fields === 'string'
      ? error.params.fields.split(',').map((name) => ({ path: `fields.${name}`, code: 'VALIDATION.REQUIRED' }))
      : [];
  const extra = error.code === 'CASE.STALE_VERSION' ? { state: current.state, version: current.version } : undefined;
  return new AppError(error.code, params, problems, extra);
}
