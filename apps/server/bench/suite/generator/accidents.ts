import { ACCIDENT_CATEGORY_CODES, ACCIDENT_SECTOR_CODES, ACCIDENT_SECTORS } from '@redline/domain';
import type pg from 'pg';
import type { Scale } from '../scale';
import { type CopyTimer, copyRows } from './copy';
import { CASE_COLUMNS, EVENT_COLUMNS, nextNumber, type Sequences } from './hazards';
import type { Places } from './places';
import type { Prng } from './prng';

const DAY = 86_400_000;

/**
 * Accidents of three years: the accident case (open while its follow-up runs, then closed), its facts row and the
 * casualty figures as first reported, mostly no deaths, as a province's accident register is.
 */
export async function generateAccidents(
  pool: pg.Pool,
  timer: CopyTimer,
  scale: Scale,
  rng: Prng,
  places: Places,
  sequences: Sequences,
  now: number,
): Promise<void> {
  const caseRows: unknown[][] = [];
  const eventRows: unknown[][] = [];
  const facts: unknown[][] = [];
  const versions: unknown[][] = [];
  for (let i = 0; i < scale.accidents; i++) {
    const id = rng.uuid();
    const townIndex = rng.int(0, places.towns.length - 1);
    const town = places.towns[townIndex]!;
    const county = town.countyCode;
    const occurred = now - rng.between(DAY, 3 * 365 * DAY);
    const learned = occurred + rng.between(600_000, 3_600_000);
    const sector = rng.pick(ACCIDENT_SECTOR_CODES);
    const deaths = rng.chance(0.08) ? rng.int(1, 3) : 0;
    const closed = occurred < now - 60 * DAY || rng.chance(0.5);
    const number = nextNumber(sequences, 'SG', county, learned);
    const iso = (ms: number) => new Date(ms).toISOString();
    caseRows.push([
      id,
      'accident',
      number,
      `${town.code}一般生产安全事故${i}`,
      town.code,
      town.path,
      null,
      null,
      ACCIDENT_SECTORS[sector].supervisionSector,
      null,
      `region:${county}`,
      closed ? 'closed' : 'open',
      closed ? 2 : 1,
      'ordinary',
      null,
      null,
      1,
      { briefCourse: '作业过程中发生事故' },
      null,
      110.5 + rng.next() * 3,
      34.6 + rng.next() * 5.5,
      null,
      null,
      null,
      iso(learned),
      iso(closed ? learned + 30 * DAY : learned),
    ]);
    eventRows.push([id, 1, iso(learned), 'created', null, null, 'open', null, { number }, null]);
    if (closed) {
      eventRows.push([id, 1, iso(learned + 30 * DAY), 'transition', 'close', 'open', 'closed', null, {}, null]);
    }
    facts.push([id, iso(occurred), iso(learned), sector, rng.pick(ACCIDENT_CATEGORY_CODES), town.path]);
    versions.push([
      id,
      1,
      iso(learned),
      deaths,
      0,
      rng.chance(0.1) ? 1 : 0,
      rng.int(0, 3),
      rng.int(0, 500_000),
      iso(learned),
    ]);
  }
  await copyRows(pool, timer, 'cases', CASE_COLUMNS, caseRows);
  await copyRows(pool, timer, 'case_events', EVENT_COLUMNS, eventRows);
  await copyRows(
    pool,
    timer,
    'accidents',
    ['case_id', 'occurred_at', 'learned_at', 'sector', 'category_code', 'region_path'],
    facts,
  );
  await copyRows(
    pool,
    timer,
    'accident_versions',
    [
      'case_id',
      'seq',
      'effective_at',
      'deaths',
      'missing',
      'serious_injuries',
      'minor_injuries',
      'direct_loss_cny',
      'created_at',
    ],
    versions,
  );
}
