import { OPEN_STATES } from '../hazards/codes';
import { applyFilterChanges, type HazardFilters } from '../hazards/hazard-query';

/** The figures of an enterprise's hazard summary, each a plain filter of the hazard list. */
export const ENTERPRISE_FIGURES = ['open', 'overdue', 'majorOpen'] as const;
export type EnterpriseFigure = (typeof ENTERPRISE_FIGURES)[number];

/** An enterprise id is a UUID; anything else shows the not-found page without asking the server. */
export const isEnterpriseId = (id: string | undefined): id is string =>
  typeof id === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/**
 * The hazard list filters (the query of GET /api/v1/hazards) behind a figure: open = a state that can still move by
 * work; overdue = open with its deadline passed (the server's `overdue=true`); major open = open and major.
 */
export function figureFilters(enterpriseId: string, figure: EnterpriseFigure): Partial<HazardFilters> {
  switch (figure) {
    case 'open':
      return { enterpriseId, state: [...OPEN_STATES] };
    case 'overdue':
      return { enterpriseId, overdue: true };
    case 'majorOpen':
      return { enterpriseId, level: 'major', state: [...OPEN_STATES] };
  }
}

/** The hazard list page showing exactly these filters (`/hazards?enterpriseId=…&state=…`). */
export function hazardsHref(filters: Partial<HazardFilters>): string {
  const query = applyFilterChanges(new URLSearchParams(), filters).toString();
  return query ? `/hazards?${query}` : '/hazards';
}

/** The report form with the enterprise already chosen. */
export const reportHref = (enterpriseId: string) => `/hazards/new?enterpriseId=${encodeURIComponent(enterpriseId)}`;

/** The enterprise's own page. */
export const enterpriseHref = (enterpriseId: string) => `/enterprises/${encodeURIComponent(enterpriseId)}`;
