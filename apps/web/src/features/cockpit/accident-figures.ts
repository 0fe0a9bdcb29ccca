/**
 * How the cockpit shows the accident statistics (GET /accident-statistics): the year-on-year change, the share of a
 * death cap, the four rates, and the accident-list link behind each figure. Pure, so the rules are unit-tested.
 */

/** Up is bad (more accidents, deaths or loss than last year), down is good; `none` when last year had none. */
export type ChangeTone = 'up' | 'down' | 'flat' | 'none';

export const changeTone = (change: number | null): ChangeTone =>
  change === null ? 'none' : change > 0 ? 'up' : change < 0 ? 'down' : 'flat';

/** Red for a rise, green for a fall (as in the statistical bulletins' colour convention for accidents). */
export const CHANGE_COLOURS: Record<ChangeTone, string | undefined> = {
  up: '#cf1322',
  down: '#389e0d',
  flat: undefined,
  none: undefined,
};

/** The size of a change as shown after 上升/下降: one decimal, no sign (−50 → "50.0%"); "—" when null. */
export const changeMagnitude = (change: number | null): string =>
  change === null ? '—' : `${Math.abs(change).toFixed(1)}%`;

/** A change with its sign, for tables (12.5 → "+12.5%", −50 → "-50.0%", 0 → "0.0%", null → "—"). */
export const formatChange = (change: number | null): string =>
  change === null ? '—' : `${change > 0 ? '+' : change < 0 ? '-' : ''}${Math.abs(change).toFixed(1)}%`;

/**
 * The state of a cap: `exceeded` when the deaths are above it, `warning` once their share reaches the region's warning
 * threshold (the server's flag, domain capWarning), `normal` below it, `none` without a cap. Exactly the cap is a
 * warning, not an excess: the cap is "not more than" (the deaths_over_cap veto, too, counts only deaths above it). A
 * cap of 0 has no share but is exceeded by the first death.
 */
export type CapStatus = 'none' | 'normal' | 'warning' | 'exceeded';

export function capStatus(share: { cap: number | null; warning: boolean }, deaths: number): CapStatus {
  if (share.cap === null) return 'none';
  if (deaths > share.cap) return 'exceeded';
  return share.warning ? 'warning' : 'normal';
}

export const CAP_COLOURS: Record<CapStatus, string> = {
  none: '#8c8c8c',
  normal: '#1d5bd8',
  warning: '#d46b08',
  exceeded: '#cf1322',
};

/** The bar's length: the share, at most a full bar (the text beside it says by how much a cap is exceeded). */
export const capBarPercent = (percent: number | null, status: CapStatus): number =>
  status === 'exceeded' ? 100 : percent === null ? 0 : Math.min(100, percent);

/** A share as text with one decimal ("66.7%"); "—" without a basis. */
export const formatPercent = (percent: number | null): string => (percent === null ? '—' : `${percent.toFixed(1)}%`);

/** A rate as the server rounds it (three decimals); null when its denominator is not set. */
export const formatRateValue = (rate: number | null): string | null => (rate === null ? null : rate.toFixed(3));

const wan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Direct loss in 万元 (10,000 CNY) with two decimals: 12,345,600 CNY → "1,234.56". */
export const formatLossWan = (cny: number): string => wan.format(cny / 10_000);

/** The four rates of the bulletins, in the order the cockpit shows them. */
export const RATE_KEYS = ['perGdp', 'per100kEmployees', 'per10kVehicles', 'perMillionTonnesCoal'] as const;
export type RateKey = (typeof RATE_KEYS)[number];

/** The accident list's filters (the query of GET /accidents, also the `/accidents` page URL). */
export type AccidentListLink = {
  regionCode: string;
  from: string;
  to: string;
  sector?: string | undefined;
  grade?: string | undefined;
};

/** The accident list page showing exactly the accidents a figure counts. */
export function accidentListHref(link: AccidentListLink): string {
  const params = new URLSearchParams();
  for (const key of ['regionCode', 'sector', 'grade', 'from', 'to'] as const) {
    const value = link[key];
    if (value) params.set(key, value);
  }
  return `/accidents?${params.toString()}`;
}

/** The year to date the statistics count: 1 January of the as-of date's year to that date. */
export const yearToDate = (asOf: string) => ({ from: `${asOf.slice(0, 4)}-01-01`, to: asOf });

/** The same days of the year before (1 January to the same date; 29 February falls back to the 28th). */
export function sameDaysLastYear(asOf: string) {
  const year = Number(asOf.slice(0, 4)) - 1;
  const monthDay = asOf.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const to = monthDay === '02-29' && !leap ? `${year}-02-28` : `${year}-${monthDay}`;
  return { from: `${year}-01-01`, to };
}

/**
 * The days of a month (`YYYY-MM`) counted up to `limit` (a local date): the whole month, or the month to `limit` when
 * it ends within it; null when the month starts after `limit` (nothing counted yet).
 */
export function monthRange(month: string, limit: string): { from: string; to: string } | null {
  const from = `${month}-01`;
  if (from > limit) return null;
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const end = `${month}-${String(lastDay).padStart(2, '0')}`;
  return { from, to: end < limit ? end : limit };
}
