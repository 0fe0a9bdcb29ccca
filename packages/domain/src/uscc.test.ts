import { describe, expect, it } from 'vitest';
import { computeUsccCheckChar, makeUscc, USCC_CHARSET, validateUscc } from './uscc';

// Published codes; each was checked against the MOD 31 algorithm before being written here.
const VALID_CODES = ['91350100M000100Y43', '91110000100011743X', '91440300708461136T', '914403001922038216'];

describe('computeUsccCheckChar (GB 32100-2015 §8.3 of domain-reference)', () => {
  it('uses the 31-character set without I, O, Z, S, V', () => {
    expect(USCC_CHARSET).toHaveLength(31);
    for (const forbidden of 'IOZSV') expect(USCC_CHARSET).not.toContain(forbidden);
  });

  it.each(VALID_CODES)('computes the published check character of %s', (code) => {
    expect(computeUsccCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it('maps a check value of 31 to 0 (weighted sum divisible by 31)', () => {
    // 9×1 + 1×3 + 3×9 + 5×27 + 0×19 + 1×26 + F(15)×28 = 620 = 31 × 20, so (31 − 0) mod 31 = 0.
    const prefix = '9135010000000000F';
    const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    const sum = [...prefix].reduce((acc, ch, i) => acc + USCC_CHARSET.indexOf(ch) * (weights[i] ?? 0), 0);
    expect(sum % 31).toBe(0);
    expect(computeUsccCheckChar(prefix)).toBe('0');
  });

  it('throws on a programmer error: wrong length', () => {
    expect(() => computeUsccCheckChar('91350100M000100Y')).toThrow(RangeError);
    expect(() => computeUsccCheckChar('91350100M000100Y43')).toThrow(RangeError);
  });

  it('throws on a programmer error: character outside the set', () => {
    expect(() => computeUsccCheckChar('91350100I000100Y4')).toThrow(RangeError);
    expect(() => computeUsccCheckChar('91350100m000100Y4')).toThrow(RangeError);
  });
});

describe('makeUscc (GB 32100-2015 §8.3 of domain-reference)', () => {
  it('appends the check character', () => {
    expect(makeUscc('91350100M000100Y4')).toBe('91350100M000100Y43');
  });

  it('produces codes that validate', () => {
    const code = makeUscc('92140521MA0K12345');
    expect(code).toHaveLength(18);
    expect(validateUscc(code)).toEqual({ ok: true, value: code });
  });
});

describe('validateUscc (GB 32100-2015 §8.3 of domain-reference)', () => {
  it.each(VALID_CODES)('accepts %s', (code) => {
    expect(validateUscc(code)).toEqual({ ok: true, value: code });
  });

  it('normalises lower-case input and surrounding spaces', () => {
    expect(validateUscc('  91350100m000100y43\t')).toEqual({ ok: true, value: '91350100M000100Y43' });
  });

  it.each(['', '   '])('requires a value (%j)', (input) => {
    expect(validateUscc(input)).toEqual({ ok: false, error: { code: 'USCC.REQUIRED' } });
  });

  it('rejects 17 characters', () => {
    expect(validateUscc('91350100M000100Y4')).toEqual({
      ok: false,
      error: { code: 'USCC.LENGTH', params: { length: 17 } },
    });
  });

  it('rejects 19 characters', () => {
    expect(validateUscc('91350100M000100Y430')).toEqual({
      ok: false,
      error: { code: 'USCC.LENGTH', params: { length: 19 } },
    });
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the forbidden letter %s with its position', (letter) => {
    const code = `91350100${letter}000100Y43`;
    expect(validateUscc(code)).toEqual({
      ok: false,
      error: { code: 'USCC.CHARSET', params: { position: 9, char: letter } },
    });
  });

  it('reports a forbidden lower-case letter as upper-case after normalising', () => {
    expect(validateUscc('91350100M000100Y4o')).toEqual({
      ok: false,
      error: { code: 'USCC.CHARSET', params: { position: 18, char: 'O' } },
    });
  });

  it('rejects an inner space as a character outside the set', () => {
    expect(validateUscc('9135010 M000100Y43')).toEqual({
      ok: false,
      error: { code: 'USCC.CHARSET', params: { position: 8, char: ' ' } },
    });
  });

  it('reports a wrong check character with expected and actual', () => {
    expect(validateUscc('91350100M000100Y44')).toEqual({
      ok: false,
      error: { code: 'USCC.CHECK_MISMATCH', params: { expected: '3', actual: '4' } },
    });
  });

  it('detects every single changed character in positions 1–17', () => {
    const code = '91350100M000100Y43';
    let detected = 0;
    for (let i = 0; i < 17; i++) {
      for (const replacement of USCC_CHARSET) {
        if (replacement === code.charAt(i)) continue;
        const changed = code.slice(0, i) + replacement + code.slice(i + 1);
        const result = validateUscc(changed);
        expect(result.ok ? null : result.error.code).toBe('USCC.CHECK_MISMATCH');
        detected++;
      }
    }
    expect(detected).toBe(17 * 30);
  });
});
