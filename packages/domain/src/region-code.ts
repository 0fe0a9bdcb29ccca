import { err, ok, type Result } from './result';

/**
 * Administrative division codes (domain-reference §8.1, §8.2): GB/T 2260 six-digit codes for province,
 * city (prefecture) and county; statistical codes extend them to 9 digits (town, GB/T 10114) and
 * 12 digits (village). Unit types are stored explicitly; nothing here infers them from digit ranges
 * beyond the level shapes below.
 */
export type RegionLevel = 'province' | 'city' | 'county' | 'town' | 'village';

/** Levels from the top down. */
export const REGION_LEVELS: readonly RegionLevel[] = ['province', 'city', 'county', 'town', 'village'];

/** Town type from the first of digits 7–9 (GB/T 10114). */
export type TownType = 'subdistrict' | 'town' | 'township' | 'combined';

type LevelRule = { expected: string; test: (code: string) => boolean };

const isProvincePrefix = (code: string): boolean => {
  const first2 = Number(code.slice(0, 2));
  return first2 >= 11 && first2 <= 82;
};

const LEVEL_RULES: Record<RegionLevel, LevelRule> = {
  province: {
    expected: '6 digits ending 0000, first two 11–82',
    test: (c) => /^\d{2}0000$/.test(c) && isProvincePrefix(c),
  },
  city: { expected: '6 digits ending 00 but not 0000', test: (c) => /^\d{4}00$/.test(c) && !c.endsWith('0000') },
  county: { expected: '6 digits not ending 00', test: (c) => /^\d{6}$/.test(c) && !c.endsWith('00') },
  town: { expected: '9 digits, last 3 not 000', test: (c) => /^\d{9}$/.test(c) && !c.endsWith('000') },
  village: { expected: '12 digits, last 3 not 000', test: (c) => /^\d{12}$/.test(c) && !c.endsWith('000') },
};

/** Checks the shape of a code for its level; returns the trimmed code. */
export function validateRegionCode(code: string, level: RegionLevel): Result<string> {
  const trimmed = code.trim();
  const rule = LEVEL_RULES[level];
  if (!rule.test(trimmed)) return err('REGION.CODE_FORMAT', { level, expected: rule.expected });
  return ok(trimmed);
}

/**
 * Digits 1–6 (the GB/T 2260 part) of a 6-, 9- or 12-digit code, else null. For a town directly under a
 * prefecture-level city without counties (e.g. 东莞 441900) this is the city's code.
 */
export function countyCodeOf(code: string): string | null {
  return /^\d{6}(?:\d{3}){0,2}$/.test(code) ? code.slice(0, 6) : null;
}

/**
 * Town type from a 9- or 12-digit code, per GB/T 10114: digit 7 is 0 sub-district (街道), 1 town (镇),
 * 2–3 township (乡), 4–5 combined government–enterprise unit (政企合一); anything else (or 000) is null.
 */
export function townTypeOf(townCode: string): TownType | null {
  if (!/^\d{9}(?:\d{3})?$/.test(townCode) || townCode.slice(6, 9) === '000') return null;
  switch (townCode.charAt(6)) {
    case '0':
      return 'subdistrict';
    case '1':
      return 'town';
    case '2':
    case '3':
      return 'township';
    case '4':
    case '5':
      return 'combined';
    default:
      return null;
  }
}
