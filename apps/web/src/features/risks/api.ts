import type {
  TRiskArchived,
  TRiskComment,
  TRiskCommentInput,
  TRiskEventInput,
  TRiskEventPatch,
  TRiskMeasureInput,
  TRiskMeasurePatch,
  TRiskRegister,
  TRiskUnitInput,
  TRiskUnitPatch,
} from '@redline/contracts';
import type { LibrarySectorCode } from '@redline/domain';
import { api, apiRequest } from '../../app/api-client';

export type RiskUnit = TRiskRegister['units'][number];
export type RiskEvent = RiskUnit['events'][number];
export type RiskMeasure = RiskEvent['measures'][number];

export const riskKeys = {
  register: (enterpriseId: string) => ['risks', 'register', enterpriseId] as const,
  comments: (enterpriseId: string) => ['risks', 'comments', enterpriseId] as const,
};

const enterprisePath = (id: string) => `/api/v1/enterprises/${encodeURIComponent(id)}`;
const rowPath = (kind: 'risk-units' | 'risk-events' | 'risk-measures', id: string) =>
  `/api/v1/${kind}/${encodeURIComponent(id)}`;
type Created = { id: string };

export const getRegister = (enterpriseId: string, signal?: AbortSignal) =>
  api.get<TRiskRegister>(`${enterprisePath(enterpriseId)}/risk-register`, {}, signal);

export const createUnit = (enterpriseId: string, body: TRiskUnitInput) =>
  api.post<Created>(`${enterprisePath(enterpriseId)}/risk-units`, body);
export const createEvent = (unitId: string, body: TRiskEventInput) =>
  api.post<Created>(`${rowPath('risk-units', unitId)}/events`, body);
export const createMeasure = (eventId: string, body: TRiskMeasureInput) =>
  api.post<Created>(`${rowPath('risk-events', eventId)}/measures`, body);

export const updateUnit = (id: string, body: TRiskUnitPatch) => api.patch<Created>(rowPath('risk-units', id), body);
export const updateEvent = (id: string, body: TRiskEventPatch) => api.patch<Created>(rowPath('risk-events', id), body);
export const updateMeasure = (id: string, body: TRiskMeasurePatch) =>
  api.patch<Created>(rowPath('risk-measures', id), body);

/** DELETE archives: the row leaves the register, and the due check runs of its measures are withdrawn. */
export const archiveRow = (kind: 'risk-units' | 'risk-events' | 'risk-measures', id: string) =>
  apiRequest<TRiskArchived>(rowPath(kind, id), { method: 'DELETE' });

export const copyLibrary = (enterpriseId: string, sector: LibrarySectorCode) =>
  api.post<{ units: number; events: number; measures: number }>(
    `${enterprisePath(enterpriseId)}/risk-register/library`,
    {
      sector,
    },
  );

export const listComments = (enterpriseId: string, signal?: AbortSignal) =>
  api.get<TRiskComment[]>(`${enterprisePath(enterpriseId)}/risk-comments`, {}, signal);
export const addComment = (enterpriseId: string, body: TRiskCommentInput) =>
  api.post<Created>(`${enterprisePath(enterpriseId)}/risk-comments`, body);
