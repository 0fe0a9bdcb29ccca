import type { TCheckRecord, TCheckRecorded, TCheckRun } from '@redline/contracts';
import { api } from '../../app/api-client';

export type RunState = 'due' | 'recorded';
/** A record as the form builds it: the server fills its defaults (no photos, no comment). */
export type RecordBody = Omit<TCheckRecord, 'items'> & {
  items: Array<Omit<TCheckRecord['items'][number], 'evidenceIds'> & { evidenceIds?: string[] }>;
};

export const checkKeys = {
  all: ['risk-checks'] as const,
  list: (enterpriseId: string, state: RunState) => ['risk-checks', enterpriseId, state] as const,
};

/** GET /enterprises/:id/risk-checks: the due runs by deadline, or the latest recorded ones. */
export const listRuns = (enterpriseId: string, state: RunState, signal?: AbortSignal) =>
  api.get<TCheckRun[]>(`/api/v1/enterprises/${encodeURIComponent(enterpriseId)}/risk-checks`, { state }, signal);

/** POST /risk-checks/:id/record with the version the form was opened on (409 when someone recorded it meanwhile). */
export const recordRun = (runId: string, body: RecordBody) =>
  api.post<TCheckRecorded>(`/api/v1/risk-checks/${encodeURIComponent(runId)}/record`, body);

/** Who records checks: the enterprise's own accounts and administrators (departments read). */
export const mayRecord = (roles: readonly string[]) => roles.includes('enterprise_user') || roles.includes('admin');
