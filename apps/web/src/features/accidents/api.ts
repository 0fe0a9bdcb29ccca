import type {
  Locale,
  TAccident,
  TAccidentDetail,
  TAccidentReport,
  TAccidentSupplement,
  TInvestigationTransition,
  TPage,
  TReportStepTransition,
} from '@redline/contracts';
import { api } from '../../app/api-client';
import { downloadFile } from '../../app/download';
import { type AccidentFilters, apiQueryOf, exportHref } from './accident-query';

/** What a transition offered by the investigation requires (the workflow's `requires`, see CASE-KERNEL.md). */
export type Requirement = { kind: string; fields?: string[]; field?: string; oneOf?: unknown[]; min?: number };
export type InvestigationAction = { name: string; to: string; requires: Requirement[] };

/** One event of the accident's history (the accident, its report steps and its investigation, oldest first). */
export type AccidentEvent = {
  id: string;
  at: string;
  kind: string;
  transition: string | null;
  fromState: string | null;
  toState: string | null;
  comment: string | null;
  data: Record<string, unknown>;
  actorName: string | null;
  caseId: string | null;
  caseNumber: string | null;
};

export type ReportStep = TAccidentDetail['reportSteps'][number];
export type CasualtyVersion = TAccidentDetail['versions'][number];
export type Investigation = NonNullable<TAccidentDetail['investigationDetail']>;

/** Bodies as the form builds them; the server fills its defaults (zod `.default`), so those may be left out. */
export type StepTransitionBody = Omit<TReportStepTransition, 'evidenceIds'> & { evidenceIds?: string[] };
export type InvestigationTransitionBody = Omit<TInvestigationTransition, 'fields' | 'evidenceIds'> & {
  fields: TInvestigationTransition['fields'];
  evidenceIds?: string[];
};

export const accidentKeys = {
  all: ['accidents'] as const,
  list: (filters: AccidentFilters) => ['accidents', 'list', filters] as const,
  one: (id: string, asOf: string | null) => ['accidents', 'one', id, asOf] as const,
  oneAll: (id: string) => ['accidents', 'one', id] as const,
};

const path = (id: string) => `/api/v1/accidents/${encodeURIComponent(id)}`;

export const listAccidents = (filters: AccidentFilters, signal?: AbortSignal) =>
  api.get<TPage<TAccident>>('/api/v1/accidents', apiQueryOf(filters), signal);

/** The accident with its casualties and grade as of a local date (end of that day, Beijing) or now. */
export const getAccident = (id: string, asOf: string | null, signal?: AbortSignal) =>
  api.get<TAccidentDetail>(path(id), { asOf }, signal);

export const reportAccident = (body: TAccidentReport) => api.post<TAccidentDetail>('/api/v1/accidents', body);

export const supplementAccident = (id: string, body: TAccidentSupplement) =>
  api.post<TAccidentDetail>(`${path(id)}/supplements`, body);

export const transitionReportStep = (id: string, stepId: string, body: StepTransitionBody) =>
  api.post<TAccidentDetail>(`${path(id)}/report-steps/${encodeURIComponent(stepId)}/transitions`, body);

export const transitionInvestigation = (id: string, body: InvestigationTransitionBody) =>
  api.post<TAccidentDetail>(`${path(id)}/investigation/transitions`, body);

/**
 * GET /accidents/export.xlsx with the ledger's filters (without paging), saved as the file the server names. A
 * refusal (e.g. ACCIDENT.EXPORT_TOO_LARGE) is thrown as an ApiError so the page can show its message.
 */
export async function downloadAccidentExport(filters: AccidentFilters, locale: Locale): Promise<void> {
  await downloadFile(exportHref(filters), locale, 'accidents.xlsx');
}
