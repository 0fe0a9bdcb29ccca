import { describe, expect, it } from 'vitest';
import { checkDeterminationBasis, findStandard, HAZARD_STANDARDS, standardsForSector } from './standards';

// domain-reference §3, "Major-hazard determination standards (重大事故隐患判定标准): seed list".

describe('HAZARD_STANDARDS (domain-reference §3 rows 1–14)', () => {
  it('holds the 14 standards of §3 that have criteria, with unique codes', () => {
    const codes = HAZARD_STANDARDS.map((s) => s.code);
    expect(codes).toHaveLength(14);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9_]{1,63}$/);
  });

  it('gives every standard at least three criteria (issue 3 §2), each labelled once and worded in zh-CN and en', () => {
    for (const standard of HAZARD_STANDARDS) {
      expect(standard.criteria.length, standard.code).toBeGreaterThanOrEqual(3);
      const articles = standard.criteria.map((c) => c.article);
      expect(new Set(articles).size, standard.code).toBe(articles.length);
      for (const criterion of standard.criteria) {
        expect(criterion.zh, `${standard.code} ${criterion.article}`).toMatch(/\p{Script=Han}/u);
        expect(criterion.en.length, `${standard.code} ${criterion.article}`).toBeGreaterThan(5);
      }
    }
  });

  it('keeps titles in 《》, dates as YYYY-MM-DD where in force, and at least one sector each', () => {
    for (const standard of HAZARD_STANDARDS) {
      expect(standard.title, standard.code).toMatch(/^《.+》$/);
      if (standard.inForce !== null) expect(standard.inForce, standard.code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (standard.issued !== null) expect(standard.issued, standard.code).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(standard.sectorCodes.length, standard.code).toBeGreaterThan(0);
    }
  });

  it('carries the document numbers and in-force dates §3 gives', () => {
    expect(findStandard('industry_trade_2023')).toMatchObject({
      title: '《工贸企业重大事故隐患判定标准》',
      documentNumber: '应急管理部令第10号',
      inForce: '2023-05-15',
    });
    expect(findStandard('coal_mine_2020')).toMatchObject({
      documentNumber: '应急管理部令第4号',
      inForce: '2021-01-01',
    });
    expect(findStandard('metal_nonmetal_mine_2022')).toMatchObject({
      documentNumber: '矿安〔2022〕88号',
      inForce: '2022-09-01',
    });
    expect(findStandard('fire_gb35181_2025')).toMatchObject({ documentNumber: 'GB 35181-2025', inForce: '2025-11-01' });
    expect(findStandard('road_transport_2023')).toMatchObject({ documentNumber: null, inForce: '2023-10-01' });
    // Rows 4 and 5 are one document.
    expect(findStandard('hazardous_chemicals_2017')?.documentNumber).toBe(
      findStandard('fireworks_2017')?.documentNumber,
    );
  });

  it('marks as unconfirmed what §3 marks UNCONFIRMED', () => {
    expect(findStandard('urban_gas_2023')?.unconfirmed?.fields).toContain('documentNumber');
    expect(findStandard('road_transport_2023')?.unconfirmed?.fields).toContain('documentNumber');
    expect(findStandard('highway_operation_2023')?.unconfirmed?.fields).toContain('documentNumber');
    expect(findStandard('special_equipment_gb45067_2024')?.unconfirmed?.fields).toEqual(
      expect.arrayContaining(['issued', 'inForce']),
    );
    expect(findStandard('building_municipal_2022')?.unconfirmed?.fields).toContain('edition');
    const fireworks = findStandard('fireworks_2017')!;
    expect(fireworks.criteria.filter((c) => c.unconfirmed).map((c) => c.article)).toEqual(['示例4', '示例5']);
    // A confirmed standard carries no such note.
    expect(findStandard('coal_mine_2020')?.unconfirmed).toBeUndefined();
  });

  it('leaves out rows 15 (水利) and 16 (渔业船舶), which §3 found no text or criteria for', () => {
    expect(standardsForSector('fishing_vessels')).toEqual([]);
    expect(HAZARD_STANDARDS.some((s) => s.title.includes('水利'))).toBe(false);
  });

  it('has every defersTo naming a standard of the catalogue', () => {
    for (const standard of HAZARD_STANDARDS) {
      for (const code of standard.defersTo ?? [])
        expect(findStandard(code), `${standard.code} → ${code}`).toBeDefined();
    }
  });
});

describe('checkDeterminationBasis', () => {
  it('accepts a standard and one of its articles, and returns both', () => {
    const result = checkDeterminationBasis({ standard: 'coal_mine_2020', article: '示例2' });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.standard.code).toBe('coal_mine_2020');
      expect(result.value.criterion.zh).toBe('瓦斯超限作业');
    }
  });

  it('answers HAZARD.UNKNOWN_STANDARD for a code outside the catalogue', () => {
    expect(checkDeterminationBasis({ standard: 'water_works_2023', article: '示例1' })).toEqual({
      ok: false,
      error: { code: 'HAZARD.UNKNOWN_STANDARD', params: { standard: 'water_works_2023' } },
    });
  });

  it('answers HAZARD.UNKNOWN_ARTICLE for an article the standard does not have', () => {
    expect(checkDeterminationBasis({ standard: 'highway_operation_2023', article: '示例4' })).toEqual({
      ok: false,
      error: { code: 'HAZARD.UNKNOWN_ARTICLE', params: { standard: 'highway_operation_2023', article: '示例4' } },
    });
    // An article of another standard is not enough.
    expect(checkDeterminationBasis({ standard: 'coal_mine_2020', article: '第五条·示例1' }).ok).toBe(false);
    expect(checkDeterminationBasis({ standard: 'urban_gas_2023', article: '第五条·示例1' }).ok).toBe(true);
  });
});

describe('standardsForSector', () => {
  it('finds a sector’s own standard, e.g. coal mines (§3 row 2) and nothing else', () => {
    expect(standardsForSector('coal_mine').map((s) => s.code)).toEqual(['coal_mine_2020']);
  });

  it('finds the 工贸 standard from each 工贸 sub-sector (§3 row 1 lists eight)', () => {
    for (const sector of ['metallurgy', 'non_ferrous', 'building_materials', 'machinery']) {
      expect(standardsForSector(sector)[0]?.code, sector).toBe('industry_trade_2023');
    }
    for (const sector of ['light_industry', 'textiles', 'tobacco', 'commerce', 'industry_trade']) {
      expect(standardsForSector(sector)[0]?.code, sector).toBe('industry_trade_2023');
    }
  });

  it('offers the prevailing hazchem, fire, gas and special-equipment standards to 工贸 and 电力 (§3 cross-sector rule)', () => {
    // In catalogue order (§3 rows 4, 7, 8, 12).
    const prevailing = [
      'hazardous_chemicals_2017',
      'urban_gas_2023',
      'fire_gb35181_2025',
      'special_equipment_gb45067_2024',
    ];
    expect(standardsForSector('machinery').map((s) => s.code)).toEqual(['industry_trade_2023', ...prevailing]);
    expect(standardsForSector('electric_power').map((s) => s.code)).toEqual(['electric_power_2022', ...prevailing]);
    // Only those two standards state the rule: a coal or hazchem hazard is not offered the others.
    expect(standardsForSector('hazardous_chemicals').map((s) => s.code)).toEqual(['hazardous_chemicals_2017']);
  });

  it('lists several standards for a sector that several cover, in catalogue order', () => {
    expect(standardsForSector('construction').map((s) => s.code)).toEqual([
      'building_municipal_2022',
      'highway_waterway_construction_2025',
    ]);
    expect(standardsForSector('road_transport').map((s) => s.code)).toEqual([
      'road_transport_2023',
      'highway_operation_2023',
    ]);
  });

  it('answers an empty list for an unknown sector', () => {
    expect(standardsForSector('no_such_sector')).toEqual([]);
  });
});
