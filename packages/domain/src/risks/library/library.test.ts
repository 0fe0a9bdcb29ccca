import { describe, expect, it } from 'vitest';
import { isAccidentCategory } from '../../accidents/categories';
import { CHINA_HOLIDAYS_2026 } from '../../calendar/china-holidays';
import { type Assessment, assess, DEFAULT_RISK_SETTINGS } from '../assess';
import { scoreLec } from '../lec';
import { RISK_LEVELS, type RiskLevel } from '../levels';
import { scoreMatrix } from '../matrix';
import { checkSlots } from '../schedule';
import { LIBRARY_SCHEDULES, type LibraryAssessment, RISK_LIBRARY } from '.';

const units = RISK_LIBRARY.flatMap((s) => s.units.map((u) => ({ sector: s, ...u })));
const events = units.flatMap((u) => u.events.map((e) => ({ unit: u, ...e })));
const measures = events.flatMap((e) => e.measures.map((m) => ({ event: e, ...m })));

/** Scored with the core functions directly (§4.2 LEC, §4.3 matrix), not through assess(). */
const score = (a: LibraryAssessment) => (a.method === 'lec' ? scoreLec(a) : scoreMatrix(a));
const levelOf = (a: LibraryAssessment): RiskLevel => {
  const r = score(a);
  if (!r.ok) throw new Error(r.error.code);
  return r.value.level;
};

describe('risk library', () => {
  it('covers the four sectors, each with at least five units, of both kinds', () => {
    expect(RISK_LIBRARY.map((s) => s.code)).toEqual([
      'hazardous_chemicals_storage',
      'metal_smelting',
      'building_construction',
      'aggregate_quarry',
    ]);
    for (const sector of RISK_LIBRARY) {
      expect(sector.units.length, sector.code).toBeGreaterThanOrEqual(5);
      expect(new Set(sector.units.map((u) => u.kind)), sector.code).toEqual(new Set(['facility', 'activity']));
    }
  });

  it('groups units under analysis objects (§4.5), several units sharing one object in each sector', () => {
    for (const sector of RISK_LIBRARY) {
      const objects = new Set(sector.units.map((u) => u.objectZh));
      for (const u of sector.units) expect(u.objectZh.trim().length, u.key).toBeGreaterThan(0);
      expect(objects.size, sector.code).toBeGreaterThan(1);
      expect(objects.size, sector.code).toBeLessThan(sector.units.length);
    }
  });

  it('gives every unit 2–4 events and every event 2–4 measures', () => {
    for (const u of units) expect([2, 3, 4], u.key).toContain(u.events.length);
    for (const e of events) expect([2, 3, 4], e.key).toContain(e.measures.length);
  });

  it('uses keys unique across the whole library, each nested under its parent', () => {
    const keys = [...units, ...events, ...measures].map((x) => x.key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const prefix = {
      hazardous_chemicals_storage: 'hcs-',
      metal_smelting: 'ms-',
      building_construction: 'bc-',
      aggregate_quarry: 'aq-',
    };
    for (const u of units) expect(u.key, u.key).toMatch(new RegExp(`^${prefix[u.sector.code]}[a-z0-9]+(-[a-z0-9]+)*$`));
    for (const e of events) expect(e.key.startsWith(`${e.unit.key}-`), e.key).toBe(true);
    for (const m of measures) expect(m.key.startsWith(`${m.event.key}-`), m.key).toBe(true);
  });

  it('names only GB 6441 accident categories 01–20, each at most once per unit', () => {
    for (const u of units) {
      expect(u.accidentTypes.length, u.key).toBeGreaterThan(0);
      expect(
        u.accidentTypes.filter((c) => !isAccidentCategory(c)),
        u.key,
      ).toEqual([]);
      expect(new Set(u.accidentTypes).size, u.key).toBe(u.accidentTypes.length);
    }
  });

  it('words hazard factors after the GB/T 13861 classification', () => {
    const category =
      /^(物理性因素|化学性因素|生物性因素|心理、生理性因素|行为性因素|环境因素|管理因素)：\p{Script=Han}/u;
    for (const u of units) {
      expect(u.hazardFactors.length, u.key).toBeGreaterThanOrEqual(3);
      for (const f of u.hazardFactors) expect(f, u.key).toMatch(category);
    }
  });

  it('scores every assessment with the LEC tables (§4.2) or the 5 × 5 matrix (§4.3)', () => {
    for (const e of events) {
      const direct = score(e.assessment);
      expect(direct.ok, e.key).toBe(true);
      const asAssessment: Assessment = e.assessment;
      expect(assess(asAssessment), e.key).toMatchObject(direct);
    }
  });

  it('spreads inherent risks over all four colours (§4.1)', () => {
    const levels = new Set(events.map((e) => levelOf(e.assessment)));
    expect([...levels].sort()).toEqual([...RISK_LEVELS].sort());
  });

  it('gives every red or orange event at least one engineering measure', () => {
    // Hierarchy of controls: a major or relatively large risk is not left to rules and protective gear alone.
    const high = events.filter((e) => ['major', 'large'].includes(levelOf(e.assessment)));
    expect(high.length).toBeGreaterThan(0);
    for (const e of high)
      expect(
        e.measures.map((m) => m.classify),
        e.key,
      ).toContain('engineering');
  });

  it('gives every measure a check content, a post and a schedule with runs in a month', () => {
    for (const m of measures) {
      expect(m.checkContent, m.key).toMatch(/\p{Script=Han}/u);
      expect(m.checkContent, m.key).not.toBe(m.descriptionZh);
      expect(m.post, m.key).toMatch(/^\p{Script=Han}+$/u);
      const r = checkSlots({ ...m.schedule, start: '2026-03-01' }, '2026-03-01', '2026-03-31', [CHINA_HOLIDAYS_2026]);
      expect(r.ok && r.value.length > 0, m.key).toBe(true);
    }
  });

  it('runs the library cycles as often as their names say over March 2026', () => {
    const count = (s: (typeof LIBRARY_SCHEDULES)[keyof typeof LIBRARY_SCHEDULES]) => {
      const r = checkSlots({ ...s, start: '2026-03-01' }, '2026-03-01', '2026-03-31', [CHINA_HOLIDAYS_2026]);
      return r.ok ? r.value.length : -1;
    };
    expect(count(LIBRARY_SCHEDULES.every2Hours)).toBe(12 * 31);
    expect(count(LIBRARY_SCHEDULES.perShift)).toBe(3 * 31);
    expect(count(LIBRARY_SCHEDULES.daily)).toBe(31);
    expect(count(LIBRARY_SCHEDULES.dailyBeforeWork)).toBe(31);
    expect(count(LIBRARY_SCHEDULES.workingDays)).toBe(22); // March 2026: 22 weekdays, no holiday
    expect(count(LIBRARY_SCHEDULES.weekly)).toBe(5);
    expect(count(LIBRARY_SCHEDULES.monthly)).toBe(1);
    expect(count(LIBRARY_SCHEDULES.halfYearly)).toBe(1);
  });

  it('points at existing supervision sectors', () => {
    // Hard-coded from SECTOR_CATALOGUE in apps/server/src/features/sectors/catalogue.ts (the domain may not import it).
    const catalogue = [
      'coal_mine',
      'non_coal_mine',
      'hazardous_chemicals',
      'fireworks',
      'urban_gas',
      'fire_safety',
      'road_transport',
      'waterway_transport',
      'construction',
      'special_equipment',
      'industry_trade',
      'metallurgy',
      'non_ferrous',
      'building_materials',
      'machinery',
      'light_industry',
      'textiles',
      'tobacco',
      'commerce',
      'crowded_places',
      'tourist_sites',
      'school_bus',
      'forest_fire',
      'civil_explosives',
      'electric_power',
      'fishing_vessels',
      'agricultural_machinery',
    ];
    for (const s of RISK_LIBRARY) expect(catalogue, s.code).toContain(s.supervisionSector);
  });

  it('cites only standards on the verified list', () => {
    // GB 16423 《金属非金属矿山安全规程》 (2020 edition, covers open-pit quarries but not river or sea sand) and GB 6722
    // 《爆破安全规程》 (2014): both numbers and titles checked against the published standards' cover pages.
    const verified = ['GB 30871', 'GB 50493', 'GB 6222', 'JGJ 130', 'JGJ 46', 'GB 16423', 'GB 6722'];
    const texts = [
      ...units.flatMap((u) => [u.nameZh, ...u.hazardFactors]),
      ...events.map((e) => e.nameZh),
      ...measures.flatMap((m) => [m.descriptionZh, m.checkContent]),
    ];
    const cited = texts.flatMap((t) => t.match(/\b(?:GB|GB\/T|JGJ|AQ|DB\d*\/T)\s*\d+/g) ?? []);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((c) => !verified.includes(c))).toEqual([]);
  });

  it('grades a library assessment with the enterprise settings of assess()', () => {
    const a: Assessment = events.find((e) => e.key === 'bc-formwork-collapse')!.assessment; // 4 × 5 = 20
    expect(assess(a)).toMatchObject({ ok: true, value: { score: 20, level: 'major', colour: 'red' } });
    const matrix = { major: 20, large: 15, ordinary: 9, boundary: 'below' } as const;
    const settings = { ...DEFAULT_RISK_SETTINGS, matrix };
    expect(assess(a, settings)).toMatchObject({ ok: true, value: { score: 20, level: 'large', colour: 'orange' } });
  });
});
