import type {
  Locale,
  TDepartment,
  TEnterprise,
  TEvidence,
  TEvidencePhase,
  THazard,
  THazardReport,
  TPage,
} from '@redline/contracts';
import { api } from '../../app/api-client';
import { ApiError } from '../../app/api-error';
import { downloadFile } from '../../app/download';
import { translateUi } from '../../app/i18n/catalogue';
import { apiQueryOf, type HazardFilters } from './hazard-query';

/** What an action (transition) offered by GET /hazards/:id requires; see docs/CASE-KERNEL.md "Workflows as data". */
export type Requirement = {
  kind: 'comment' | 'evidence' | 'fields' | 'fieldValue' | 'fieldNot' | 'deadline' | 'futureDeadline';
  phase?: TEvidencePhase;
  min?: number;
  fields?: string[];
  field?: string;
  oneOf?: Array<string | number | boolean>;
  values?: Array<string | number | boolean>;
  when?: Record<string, string | number | boolean>;
};

export type HazardAction = { name: string; to: string; requires: Requirement[] };

export type TimelineEvent = {
  id: string;
  cycle: number;
  at: string;
  kind: string;
  transition: string | null;
  fromState: string | null;
  toState: string | null;
  comment: string | null;
  data: Record<string, unknown>;
  actorId: string | null;
  actorName: string | null;
};

/** GET /hazards/:id (ZHazardDetail): the hazard, its timeline, evidence, links and the caller's actions. */
export type HazardDetail = THazard & {
  relations: string[];
  actions: HazardAction[];
  timeline: TimelineEvent[];
  evidence: TEvidence[];
  linkedCases: Array<{ id: string; number: string; type: string; state: string; deadline: string | null }>;
  mergedHere: Array<{ id: string; number: string; title: string }>;
};

export type DuplicateSuggestion = {
  id: string;
  number: string;
  title: string;
  state: string;
  score: number;
  distanceMetres: number | null;
  sameEnterprise: boolean;
  createdAt: string;
};

export type HazardStandard = {
  code: string;
  title: string;
  sectorCodes: string[];
  criteria: Array<{ article: string; zh: string; en: string }>;
};

export type SectorDuty = { regionCode: string; sectorCode: string; departmentId: string; departmentName: string };

export type TransitionBody = {
  transition: string;
  version: number;
  comment?: string;
  fields: Record<string, unknown>;
  deadline?: string;
  evidenceIds: string[];
};

export const hazardKeys = {
  all: ['hazards'] as const,
  list: (filters: HazardFilters) => ['hazards', 'list', filters] as const,
  one: (id: string) => ['hazards', 'one', id] as const,
  duplicates: (query: Record<string, unknown>) => ['hazards', 'duplicates', query] as const,
  search: (q: string) => ['hazards', 'search', q] as const,
  standards: (sector: string | null) => ['hazard-standards', sector] as const,
  departments: ['departments', 'all'] as const,
  duties: (regionCode: string) => ['sector-duties', regionCode] as const,
  enterpriseSearch: (q: string) => ['enterprises', 'search', q] as const,
};

export const listHazards = (filters: HazardFilters, signal?: AbortSignal) =>
  api.get<TPage<THazard>>('/api/v1/hazards', apiQueryOf(filters), signal);

/** Open hazards matching a text (number or title): the merge target search. */
export const searchOpenHazards = (q: string, signal?: AbortSignal) =>
  api.get<TPage<THazard>>(
    '/api/v1/hazards',
    { q, state: 'reported,transferred,accepted,rectifying,awaiting_verification', pageSize: 20 },
    signal,
  );

export const getHazard = (id: string, signal?: AbortSignal) =>
  api.get<HazardDetail>(`/api/v1/hazards/${encodeURIComponent(id)}`, {}, signal);

export const postTransition = (id: string, body: TransitionBody) =>
  api.post<HazardDetail>(`/api/v1/hazards/${encodeURIComponent(id)}/transitions`, body);

export type ReportBody = Omit<THazardReport, 'evidenceIds'> & { evidenceIds: string[] };
export const reportHazard = (body: ReportBody) =>
  api.post<{ hazard: THazard; duplicates: DuplicateSuggestion[] }>('/api/v1/hazards', body);

export const findDuplicates = (
  query: { title: string; enterpriseId?: string; lng?: number; lat?: number },
  signal?: AbortSignal,
) => api.get<DuplicateSuggestion[]>('/api/v1/hazards/duplicates', query, signal);

export const listHazardStandards = (sector: string | null, signal?: AbortSignal) =>
  api.get<HazardStandard[]>('/api/v1/hazard-standards', { sector }, signal);

export const listDepartments = (signal?: AbortSignal) =>
  api.get<TPage<TDepartment>>('/api/v1/departments', { pageSize: 200 }, signal);

export const getDepartment = (id: string, signal?: AbortSignal) =>
  api.get<TDepartment>(`/api/v1/departments/${encodeURIComponent(id)}`, {}, signal);

/** Who supervises each sector for a region: the departments above a town, which a town account cannot list. */
export const listSectorDuties = (regionCode: string, signal?: AbortSignal) =>
  api.get<SectorDuty[]>('/api/v1/sector-duties', { regionCode }, signal);

export const searchEnterprises = (q: string, signal?: AbortSignal) =>
  api.get<TPage<TEnterprise>>('/api/v1/enterprises', { q: q || undefined, pageSize: 20, sort: 'name' }, signal);

/** Headers of a write that is not JSON (the session's CSRF token, the interface language). */
function writeHeaders(csrfToken: string | null, locale: Locale): Record<string, string> {
  return { Accept: 'application/json', 'Accept-Language': locale, ...(csrfToken ? { 'X-CSRF-Token': csrfToken } : {}) };
}

async function failure(response: Response, locale: Locale): Promise<ApiError> {
  const payload = await response.json().catch(() => undefined);
  return ApiError.fromResponse(response.status, payload, translateUi(locale, 'error.unexpected'));
}

/**
 * POST /evidence: one photo as multipart form data (`phase`, then `file`). A refusal (415 not an image, 413 too
 * large) comes back as an ApiError with the server's message in the caller's language.
 */
export async function uploadEvidence(
  file: File,
  phase: TEvidencePhase,
  { csrfToken, locale, signal }: { csrfToken: string | null; locale: Locale; signal?: AbortSignal },
): Promise<TEvidence> {
  const form = new FormData();
  form.append('phase', phase);
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/v1/evidence', {
      method: 'POST',
      body: form,
      headers: writeHeaders(csrfToken, locale),
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, { code: 'NETWORK', message: translateUi(locale, 'error.network') });
  }
  if (!response.ok) throw await failure(response, locale);
  return (await response.json()) as TEvidence;
}

/**
 * GET /hazards/export.xlsx|csv with the list's query (without paging), saved as the file the server names. A refusal
 * (e.g. 400 HAZARD.EXPORT_TOO_LARGE) is thrown as an ApiError so the page can show its message.
 */
export async function downloadExport(format: 'xlsx' | 'csv', filters: HazardFilters, locale: Locale): Promise<void> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(apiQueryOf(filters, { paging: false }))) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  await downloadFile(`/api/v1/hazards/export.${format}${query ? `?${query}` : ''}`, locale, `hazards.${format}`);
}
