import { err, ok, type Result } from './result';

/**
 * Password rules in the practice of classified protection level 3 (等保三级): a minimum length and a mix of
 * character classes (lower, upper, digit, symbol). Any character outside A–Z, a–z, 0–9 counts as a symbol.
 */
export type PasswordPolicy = { minLength: number; minClasses: number };

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 8, minClasses: 3 };

/** Upper bound on length, in characters (code points); keeps hashing cost bounded. */
export const MAX_PASSWORD_LENGTH = 128;

/** Usernames shorter than this are not searched for inside the password (a one-letter name would ban most). */
const MIN_USERNAME_TO_MATCH = 3;

const CLASS_PATTERNS = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/] as const;

/** Number of character classes (lower, upper, digit, symbol) present in a password. */
export function countPasswordClasses(password: string): number {
  return CLASS_PATTERNS.filter((pattern) => pattern.test(password)).length;
}

/** Checks a new password against the policy; the username, when given, must not appear in it (any case). */
export function checkPassword(
  password: string,
  policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY,
  context: { username?: string } = {},
): Result<true> {
  const length = [...password].length;
  if (length < policy.minLength) return err('PASSWORD.TOO_SHORT', { min: policy.minLength });
  if (length > MAX_PASSWORD_LENGTH) return err('PASSWORD.TOO_LONG', { max: MAX_PASSWORD_LENGTH });
  if (countPasswordClasses(password) < policy.minClasses) {
    return err('PASSWORD.TOO_FEW_CLASSES', { min: policy.minClasses });
  }
  const username = context.username?.trim().toLowerCase() ?? '';
  if (username.length >= MIN_USERNAME_TO_MATCH && password.toLowerCase().includes(username)) {
    return err('PASSWORD.CONTAINS_USERNAME');
  }
  return ok(true);
}
