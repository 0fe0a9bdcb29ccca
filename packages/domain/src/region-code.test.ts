import { describe, expect, it } from 'vitest';
import { countyCodeOf, REGION_LEVELS, type RegionLevel, townTypeOf, validateRegionCode } from './region-code';

const formatError = (code: string, level: RegionLevel) => {
  const result = validateRegionCode(code, level);
  return result.ok ? null : result.error;
};

describe('REGION_LEVELS', () => {
  it('lists levels from the top down', () => {
    expect(REGION_LEVELS).toEqual(['province', 'city', 'county', 'town', 'village']);
  });
});

describe('validateRegionCode (GB/T 2260 §8.1 of domain-reference)', () => {
  it.each([
    ['110000', 'province'],
    ['820000', 'province'],
    ['140500', 'city'],
    ['419001', 'county'],
    ['140521', 'county'],
    ['110101', 'county'],
  ] as const)('accepts %s as %s', (code, level) => {
    expect(validateRegionCode(code, level)).toEqual({ ok: true, value: code });
  });

  it('trims surrounding spaces', () => {
    expect(validateRegionCode(' 140000 ', 'province')).toEqual({ ok: true, value: '140000' });
  });

  it.each(['100000', '830000', '000000', '140100', '140521', '14000', '1400000', '14000a'])(
    'rejects %s as a province',
    (code) => {
      expect(formatError(code, 'province')).toEqual({
        code: 'REGION.CODE_FORMAT',
        params: { level: 'province', expected: '6 digits ending 0000, first two 11–82' },
      });
    },
  );

  it.each(['140000', '140521', '14050', '1405000'])('rejects %s as a city', (code) => {
    expect(formatError(code, 'city')?.code).toBe('REGION.CODE_FORMAT');
  });

  it.each(['140500', '140000', '14052', '1405211', '14052x'])('rejects %s as a county', (code) => {
    expect(formatError(code, 'county')?.code).toBe('REGION.CODE_FORMAT');
  });
});

describe('validateRegionCode (statistical codes §8.2 of domain-reference)', () => {
  it.each([
    ['140521001', 'town'],
    ['441900003', 'town'],
    ['220581102001', 'village'],
    ['220581102200', 'village'],
  ] as const)('accepts %s as %s', (code, level) => {
    expect(validateRegionCode(code, level)).toEqual({ ok: true, value: code });
  });

  it.each(['140521000', '14052100', '1405210010', '140521001000'])('rejects %s as a town', (code) => {
    expect(formatError(code, 'town')).toEqual({
      code: 'REGION.CODE_FORMAT',
      params: { level: 'town', expected: '9 digits, last 3 not 000' },
    });
  });

  it.each(['220581102000', '22058110200', '2205811020011', '140521001'])('rejects %s as a village', (code) => {
    expect(formatError(code, 'village')?.code).toBe('REGION.CODE_FORMAT');
  });
});

describe('countyCodeOf (§8.2 of domain-reference: digits 1–6 are the GB/T 2260 code)', () => {
  it.each([
    ['140521', '140521'],
    ['140521100', '140521'],
    ['220581102200', '220581'],
  ])('takes digits 1–6 of %s', (code, county) => {
    expect(countyCodeOf(code)).toBe(county);
  });

  it.each(['', '14052', '1405211', '14052110', '14052110020', '1405211002001', '14052a'])(
    'returns null for %j',
    (code) => {
      expect(countyCodeOf(code)).toBeNull();
    },
  );
});

describe('townTypeOf (GB/T 10114, §8.2 of domain-reference)', () => {
  it.each([
    ['140521001', 'subdistrict'],
    ['140521099', 'subdistrict'],
    ['140521100', 'town'],
    ['140521199', 'town'],
    ['140521200', 'township'],
    ['140521399', 'township'],
    ['140521400', 'combined'],
    ['140521599', 'combined'],
    ['220581102200', 'town'],
  ])('classifies %s as %s', (code, type) => {
    expect(townTypeOf(code)).toBe(type);
  });

  it.each(['140521000', '140521600', '140521999', '140521', '1405211000', '14052110a'])(
    'returns null for %s',
    (code) => {
      expect(townTypeOf(code)).toBeNull();
    },
  );
});
