import { computeUsccCheckChar, USCC_CHARSET } from '@redline/domain';
import type { Rng } from './prng';

/** GB 11714 organisation-code weights for its 8 body characters. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Value of an organisation-code character: digits 0–9, letters A=10 … Z=35. */
function orgValue(char: string): number {
  return /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55;
}

/** GB 11714 check character of an 8-character organisation-code body (mod 11; 10 → X, 11 → 0). */
export function organisationCodeCheck(body8: string): string {
  let sum = 0;
  for (let i = 0; i < ORG_WEIGHTS.length; i++) sum += orgValue(body8.charAt(i)) * (ORG_WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  return check === 11 ? '0' : String(check);
}

/**
 * A fictitious enterprise credit code (GB 32100): `91` (market regulation, enterprise) + the county code +
 * a 9-character organisation code + the check character. About half the bodies are the post-2015 `MA…`
 * style, the rest the older all-digit style; each ends with its GB 11714 check so it looks like the real thing.
 */
export function makeEnterpriseUscc(countyCode: string, rng: Rng): string {
  const body8 = rng.chance(0.5) ? `MA${rng.chars(USCC_CHARSET, 6)}` : rng.chars('0123456789', 8);
  const first17 = `91${countyCode}${body8}${organisationCodeCheck(body8)}`;
  return first17 + computeUsccCheckChar(first17);
}
