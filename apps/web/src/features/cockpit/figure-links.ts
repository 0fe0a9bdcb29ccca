/**
 * Where each figure of the cockpit leads: the hazard list (`/hazards?…`, whose parameters are those of GET /hazards)
 * when the figure is a plain list query, else the drill-down `/hazards/figures?…`, which lists GET
 * /hazards/statistics/items. The definitions are docs/HAZARDS-EXPORT.md §1 "Figures": each link lists exactly the
 * hazards the figure counts.
 */

export const MEASURES = [
  'reported',
  'found',
  'foundRectified',
  'rectified',
  'rectifiedOnTime',
  'overdueNow',
  'majorOpen',
  'majorListed',
] as const;
export type Measure = (typeof MEASURES)[number];
export const GROUPINGS = ['region', 'sector', 'level', 'source', 'month'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** States a hazard can still move out of by work ("open" in the statistics). */
export const OPEN_STATES = ['reported', 'transferred', 'accepted', 'rectifying', 'awaiting_verification'] as const;
/** `found`: reported in the period, neither rejected nor merged. */
export const FOUND_STATES = [...OPEN_STATES, 'written_off'] as const;

/** The statistics query the figure comes from (the period and the filters). */
export type FigureBase = {
  from: string;
  to: string;
  regionCode?: string | undefined;
  sectorCode?: string | undefined;
  level?: string | undefined;
  source?: string | undefined;
  enterpriseId?: string | undefined;
};

/**
 * Which row the figure is in: the totals (undefined), or a row of a grouping with its key. `key: null` is a "not
 * set" row (未标注); `self` the hazards placed on the region itself (本级).
 */
export type FigureRow = { groupBy: Grouping; key: string | null; self?: boolean | undefined };

const FILTER_KEYS = ['regionCode', 'sectorCode', 'level', 'source', 'enterpriseId'] as const;

function query(entries: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) params.set(key, value);
  return params.toString();
}

/** A row as a list filter: `regionCode`, `sectorCode`, `level` or `source`; null when the list cannot express it. */
function rowFilter(row: FigureRow): Record<string, string> | null {
  if (row.key === null || row.self) return null;
  switch (row.groupBy) {
    case 'region':
      return { regionCode: row.key };
    case 'sector':
      return { sectorCode: row.key };
    case 'level':
      return { level: row.key };
    case 'source':
      return { source: row.key };
    case 'month':
      return null;
  }
}

/**
 * The list query that reproduces a figure, or null when only the drill-down can (timeline figures such as
 * `foundRectified`, month rows, "not set" and 本级 rows).
 */
export function listQueryOf(measure: Measure, base: FigureBase, row?: FigureRow): Record<string, string> | null {
  const filters: Record<string, string | undefined> = {};
  for (const key of FILTER_KEYS) filters[key] = base[key];
  if (row) {
    const extra = rowFilter(row);
    if (!extra) return null;
    Object.assign(filters, extra);
  }
  const period = { from: base.from, to: base.to };
  const clean = (q: Record<string, string | undefined>) =>
    Object.fromEntries(Object.entries(q).filter((e): e is [string, string] => e[1] !== undefined));
  switch (measure) {
    case 'reported':
      return clean({ ...filters, ...period });
    case 'found':
      return clean({ ...filters, ...period, state: FOUND_STATES.join(',') });
    case 'overdueNow':
      return clean({ ...filters, overdue: 'true' });
    case 'majorOpen':
    case 'majorListed':
      // A level filter or level row other than major counts none; the drill-down answers that exactly (empty).
      if (filters.level !== undefined && filters.level !== 'major') return null;
      return clean({
        ...filters,
        level: 'major',
        state: OPEN_STATES.join(','),
        listed: measure === 'majorListed' ? 'true' : undefined,
      });
    default:
      return null;
  }
}

/** The drill-down query (GET /hazards/statistics/items without paging) for a figure. */
export function itemsQueryOf(measure: Measure, base: FigureBase, row?: FigureRow): Record<string, string> {
  const q: Record<string, string | undefined> = { measure, from: base.from, to: base.to };
  for (const key of FILTER_KEYS) q[key] = base[key];
  if (row) {
    q.groupBy = row.groupBy;
    if (row.key === null) q.groupIsNull = 'true';
    else q.group = row.self ? '' : row.key;
  }
  return Object.fromEntries(Object.entries(q).filter((e): e is [string, string] => e[1] !== undefined));
}

/** The page a figure opens: the hazard list when it can show exactly these hazards, else the drill-down. */
export function figureHref(measure: Measure, base: FigureBase, row?: FigureRow): string {
  const list = listQueryOf(measure, base, row);
  if (list) return `/hazards?${query(list)}`;
  return `/hazards/figures?${query(itemsQueryOf(measure, base, row))}`;
}

/** Reads a drill-down page's parameters back into the statistics items query; null when the link is unusable. */
export function itemsQueryFromParams(params: URLSearchParams): {
  measure: Measure;
  base: FigureBase;
  row?: FigureRow;
} | null {
  const measure = MEASURES.find((m) => m === params.get('measure'));
  const from = params.get('from');
  const to = params.get('to');
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (!measure || !from || !to || !date.test(from) || !date.test(to)) return null;
  const base: FigureBase = { from, to };
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) base[key] = value;
  }
  const groupBy = GROUPINGS.find((g) => g === params.get('groupBy'));
  if (!groupBy) return params.has('group') || params.has('groupIsNull') ? null : { measure, base };
  if (params.get('groupIsNull') === 'true') return { measure, base, row: { groupBy, key: null } };
  const group = params.get('group');
  if (group === null) return null;
  return {
    measure,
    base,
    row: group === '' ? { groupBy, key: base.regionCode ?? '', self: true } : { groupBy, key: group },
  };
}
