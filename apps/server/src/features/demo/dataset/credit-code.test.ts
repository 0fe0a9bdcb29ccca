import { describe, expect, it } from 'vitest';
import { makeEnterpriseUscc, organisationCodeCheck } from './credit-code';
import { createRng } from './prng';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100 check, recomputed here independently of the domain package. */
function expectedCheck(first17: string): string {
  const sum = [...first17].reduce((acc, char, i) => acc + CHARSET.indexOf(char) * (WEIGHTS[i] ?? 0), 0);
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

describe('organisationCodeCheck (GB 11714)', () => {
  it('matches the published sample 91350100M000100Y43 (organisation code M000100Y-4)', () => {
    expect(organisationCodeCheck('M000100Y')).toBe('4');
    expect(expectedCheck('91350100M000100Y4')).toBe('3');
  });

  it('maps 10 to X and 11 to 0', () => {
    expect(organisationCodeCheck('00000030')).toBe('X'); // 3 × 4 = 12 ≡ 1 (mod 11), 11 − 1 = 10
    expect(organisationCodeCheck('00000000')).toBe('0'); // 0, 11 − 0 = 11
  });
});

describe('makeEnterpriseUscc', () => {
  it('builds 18 characters: 91, the county code, a 9-character body and a valid check character', () => {
    const rng = createRng(5);
    for (let i = 0; i < 200; i++) {
      const uscc = makeEnterpriseUscc('140525', rng);
      expect(uscc).toMatch(/^91140525[0-9A-HJ-NPQRTUWXY]{10}$/);
      expect(uscc.charAt(17)).toBe(expectedCheck(uscc.slice(0, 17)));
      expect(uscc.charAt(16)).toBe(organisationCodeCheck(uscc.slice(8, 16)));
    }
  });
});
