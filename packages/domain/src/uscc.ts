import { err, ok, type Result } from './result';

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015 (domain-reference §8.3).
 * 18 characters from digits and upper-case letters without I, O, Z, S, V; the 18th is an
 * ISO 7064 MOD 31-3 style check character over the first 17.
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const USCC_LENGTH = 18;

/** Weights for positions 1–17: 3^(i−1) mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Check character for the first 17 characters. Throws only on programmer error (bad length or charset). */
export function computeUsccCheckChar(first17: string): string {
  if (first17.length !== WEIGHTS.length) {
    throw new RangeError(`computeUsccCheckChar needs 17 characters, got ${first17.length}`);
  }
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) {
    const value = USCC_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) {
      throw new RangeError(`computeUsccCheckChar: character ${JSON.stringify(first17.charAt(i))} at ${i + 1}`);
    }
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** Appends the check character to a 17-character prefix. */
export function makeUscc(prefix17: string): string {
  return prefix17 + computeUsccCheckChar(prefix17);
}

/** Validates a USCC and returns it normalised (trimmed, upper-cased). */
export function validateUscc(input: string): Result<string> {
  const code = input.trim().toUpperCase();
  if (code === '') return err('USCC.REQUIRED');
  if (code.length !== USCC_LENGTH) return err('USCC.LENGTH', { length: code.length });
  for (let i = 0; i < code.length; i++) {
    const char = code.charAt(i);
    if (!USCC_CHARSET.includes(char)) return err('USCC.CHARSET', { position: i + 1, char });
  }
  const expected = computeUsccCheckChar(code.slice(0, 17));
  const actual = code.charAt(17);
  if (expected !== actual) return err('USCC.CHECK_MISMATCH', { expected, actual });
  return ok(code);
}
