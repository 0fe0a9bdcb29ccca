import { ACCIDENT_CATEGORIES, ACCIDENT_SECTORS, type AccidentSector } from '@redline/domain';
import { createRng } from './prng';
import { CITY_ROW, COUNTY_ROWS } from './region-table';

/**
 * The demo city's accidents: last year in full and this year to the load's day, drawn from a fixed seed, so the
 * cockpit's indicators, the ledger and the trend show figures of a plausible size for a city of 2.2 million — about
 * 40 accidents a year, mostly road traffic, most with one death, a few 较大 — and this year slightly better than last.
 */
export type DemoAccident = {
  key: string;
  /** Days before the load's local day, and minute of that day. */
  day: number;
  minute: number;
  /** Minutes after the accident when the county learned of it (more than 60: the county step is late). */
  learnedAfter: number;
  townCode: string;
  townName: string;
  sector: AccidentSector;
  categoryCode: keyof typeof ACCIDENT_CATEGORIES;
  industryCode: string | null;
  deaths: number;
  missing: number;
  seriousInjuries: number;
  minorInjuries: number;
  directLossCny: number;
  /** Minutes after learning when each higher level got the report (more than 120: late). */
  stepMinutes: number[];
  /** A death among the injured reported later (days after the accident), within the window. */
  supplement: { afterDays: number; deaths: number } | null;
  /** Whether the investigation has run to its end by the load's day (accidents older than about 75 days). */
  investigated: boolean;
};

/** Share of accidents per sector (road traffic dominates, as in the statistical bulletins) and how they happen. */
const SECTOR_MIX: ReadonlyArray<{
  sector: AccidentSector;
  weight: number;
  categories: Array<keyof typeof ACCIDENT_CATEGORIES>;
  industry: string | null;
}> = [
  { sector: 'road_traffic', weight: 44, categories: ['02'], industry: 'G54' },
  { sector: 'construction', weight: 15, categories: ['09', '10', '01', '04'], industry: 'E47' },
  { sector: 'industry_trade', weight: 14, categories: ['03', '05', '04', '07'], industry: 'C31' },
  { sector: 'coal_mine', weight: 10, categories: ['11', '02', '15', '12'], industry: 'B06' },
  { sector: 'fire', weight: 8, categories: ['08'], industry: null },
  { sector: 'non_coal_mine', weight: 5, categories: ['11', '10', '13'], industry: 'B10' },
  { sector: 'hazardous_chemicals', weight: 4, categories: ['19', '18'], industry: 'C26' },
];

const YEAR_ACCIDENTS = 40;
const DAY_MS = 86_400_000;

/** The demo's accidents for a load on `today` (a local date): last year's and this year's to `today`. */
export function generateDemoAccidents(today: string): DemoAccident[] {
  const rng = createRng(20_260_305);
  const year = Number(today.slice(0, 4));
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const lastYearStart = Date.parse(`${year - 1}-01-01T00:00:00Z`);
  const towns = COUNTY_ROWS.flatMap((c) => c.towns.map((t) => ({ code: t.code, name: t.name })));
  const out: DemoAccident[] = [];
  // This year runs about 15 % better than last: fewer accidents per day.
  const spans = [
    { from: lastYearStart, to: Date.parse(`${year}-01-01T00:00:00Z`), perYear: YEAR_ACCIDENTS },
    { from: Date.parse(`${year}-01-01T00:00:00Z`), to: todayMs + DAY_MS, perYear: Math.round(YEAR_ACCIDENTS * 0.85) },
  ];
  for (const span of spans) {
    const days = Math.round((span.to - span.from) / DAY_MS);
    const count = Math.round((span.perYear * days) / 365);
    for (let i = 0; i < count; i++) {
      const dayMs = span.from + Math.floor(rng.next() * days) * DAY_MS;
      const day = Math.round((todayMs - dayMs) / DAY_MS);
      const mix = rng.weighted(SECTOR_MIX, (m) => m.weight);
      const town = rng.pick(towns);
      const severe = rng.chance(0.06); // a 较大 accident now and then
      const deaths = severe ? rng.int(3, 4) : rng.chance(0.85) ? 1 : rng.chance(0.5) ? 2 : 0;
      const seriousInjuries = deaths === 0 ? rng.int(1, 3) : rng.chance(0.3) ? rng.int(1, 2) : 0;
      const minute = day === 0 ? rng.int(0, 8 * 60) : rng.int(6 * 60, 22 * 60);
      out.push({
        key: '',
        day,
        minute,
        learnedAfter: rng.chance(0.1) ? rng.int(61, 150) : rng.int(15, 55),
        townCode: town.code,
        townName: town.name,
        sector: mix.sector,
        categoryCode: rng.pick(mix.categories),
        industryCode: mix.industry,
        deaths,
        missing: 0,
        seriousInjuries,
        minorInjuries: rng.int(0, 4),
        directLossCny: rng.int(20, 400) * 10_000 + (severe ? 3_000_000 : 0),
        stepMinutes: [rng.chance(0.08) ? rng.int(121, 200) : rng.int(30, 110), rng.int(30, 110), rng.int(20, 90)],
        supplement: seriousInjuries > 0 && rng.chance(0.25) ? { afterDays: rng.int(1, 5), deaths: 1 } : null,
        investigated: day > 75,
      });
    }
  }
  out.sort((a, b) => b.day - a.day || a.minute - b.minute);
  return out.map((a, i) => ({ ...a, key: `SG-${String(i + 1).padStart(3, '0')}` }));
}

/** Caps and denominators of the demo city and its counties per year (GDP in 亿元, coal output in million tonnes). */
export function demoIndicators(year: number) {
  const counties = COUNTY_ROWS.filter((c) => !c.isDevelopmentZone);
  const share = 1 / counties.length;
  const city = {
    regionCode: CITY_ROW.code,
    year,
    deathCap: 52,
    sectorCaps: { road_traffic: 26, coal_mine: 6, construction: 8, industry_trade: 7 } as Partial<
      Record<AccidentSector, number>
    >,
    gdpYi: 1980 + (year - 2025) * 60,
    employees: 412_000,
    motorVehicles: 712_000 + (year - 2025) * 30_000,
    coalOutputMt: 112,
  };
  return [
    city,
    ...counties.map((c) => ({
      regionCode: c.code,
      year,
      deathCap: Math.max(4, Math.round(city.deathCap * share)),
      sectorCaps: { road_traffic: Math.max(2, Math.round(26 * share)) } as Partial<Record<AccidentSector, number>>,
      gdpYi: Math.round(city.gdpYi * share),
      employees: Math.round(city.employees * share),
      motorVehicles: Math.round(city.motorVehicles * share),
      coalOutputMt: Math.round(city.coalOutputMt * share * 10) / 10,
    })),
  ];
}

export const demoAccidentTitle = (a: DemoAccident, date: string): string => {
  const [, m, d] = date.split('-').map(Number);
  const what = a.sector === 'road_traffic' ? '道路交通' : ACCIDENT_CATEGORIES[a.categoryCode].zh;
  return `${a.townName}“${m}·${d}”${what}事故`;
};

export const demoSectorName = (s: AccidentSector) => ACCIDENT_SECTORS[s].zh;
