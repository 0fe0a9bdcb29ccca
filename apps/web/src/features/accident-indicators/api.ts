import type { Locale, TAccidentStatistics, TControlIndicatorsInput } from '@redline/contracts';
import type { AccidentGrade } from '@redline/domain';
import { api, apiRequest } from '../../app/api-client';
import { downloadFile } from '../../app/download';

/** ZControlIndicators: a region's year of caps and denominators. */
export type TControlIndicators = NonNullable<TAccidentStatistics['indicators']>;
/** ZVetoRule: one one-vote-veto rule (一票否决). */
export type TVetoRule = TAccidentStatistics['vetoes'][number];
export type TInvestigationLimits = { reportDays: number; maxExtensionDays: number; approvalDays: number };
/** ZAccidentSettingsInput. */
export type TAccidentSettingsInput = {
  warningPercent: number;
  investigationLimits: Partial<Record<AccidentGrade, TInvestigationLimits>>;
  vetoRules: TVetoRule[];
};
/** ZAccidentSettings: the settings that apply to a region, and the region they come from (null: the defaults). */
export type TAccidentSettings = TAccidentSettingsInput & { regionCode: string | null; from: string | null };

/** The accident statistics of a region's year to date (the cockpit's 事故与控制指标). */
export type StatisticsQuery = { regionCode?: string | undefined; asOf: string };

/**
 * Query keys. Saving a region's caps or settings changes the statistics of that region and of the regions above it
 * (and its settings are inherited below it), so a save drops every cached statistics and settings answer.
 */
export const accidentIndicatorKeys = {
  statistics: (q: StatisticsQuery) => ['accident-statistics', q] as const,
  allStatistics: ['accident-statistics'] as const,
  indicators: (regionCode: string, year: number) => ['control-indicators', regionCode, year] as const,
  settings: (regionCode: string) => ['accident-settings', regionCode] as const,
  allSettings: ['accident-settings'] as const,
};

const region = (code: string) => encodeURIComponent(code);

/** GET /accident-statistics?regionCode&asOf. */
export const getAccidentStatistics = (q: StatisticsQuery, signal?: AbortSignal) =>
  api.get<TAccidentStatistics>('/api/v1/accident-statistics', { ...q }, signal);

/** GET /control-indicators/:regionCode/:year (null figures where nothing was set). */
export const getControlIndicators = (regionCode: string, year: number, signal?: AbortSignal) =>
  api.get<TControlIndicators>(`/api/v1/control-indicators/${region(regionCode)}/${year}`, {}, signal);

/** PUT /control-indicators/:regionCode/:year: admin and safety_office. */
export const putControlIndicators = (regionCode: string, year: number, body: TControlIndicatorsInput) =>
  apiRequest<TControlIndicators>(`/api/v1/control-indicators/${region(regionCode)}/${year}`, { method: 'PUT', body });

/** GET /accident-settings/:regionCode: the region's own settings or those it inherits (`from`). */
export const getAccidentSettings = (regionCode: string, signal?: AbortSignal) =>
  api.get<TAccidentSettings>(`/api/v1/accident-settings/${region(regionCode)}`, {}, signal);

/** PUT /accident-settings/:regionCode: admin and safety_office. */
export const putAccidentSettings = (regionCode: string, body: TAccidentSettingsInput) =>
  apiRequest<TAccidentSettings>(`/api/v1/accident-settings/${region(regionCode)}`, { method: 'PUT', body });

/** Roles that may change caps, denominators and settings (the others read them). */
export const mayEditIndicators = (roles: readonly string[]) =>
  roles.includes('admin') || roles.includes('safety_office');

/**
 * GET /accident-statistics/export.xlsx with the cockpit's query, saved under the name the server gives. A refusal is
 * thrown as an ApiError so the page can show the server's message.
 */
export async function downloadIndicatorTable(q: StatisticsQuery, locale: Locale): Promise<void> {
  const params = new URLSearchParams({ asOf: q.asOf });
  if (q.regionCode) params.set('regionCode', q.regionCode);
  await downloadFile(
    `/api/v1/accident-statistics/export.xlsx?${params.toString()}`,
    locale,
    `indicators-${q.asOf}.xlsx`,
  );
}
