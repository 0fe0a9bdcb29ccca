import crypto from 'node:crypto';
import argon2 from 'argon2';

/** A random token for a cookie or an API token: 32 bytes, base64url. */
export const newToken = (bytes = 32) => crypto.randomBytes(bytes).toString('base64url');

/** Session and API tokens are stored as a keyed hash, so a database dump cannot be replayed as a login. */
export const tokenHash = (secret: string, token: string) =>
  crypto.createHmac('sha256', secret).update(token).digest('hex');

export const sha256Hex = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/** argon2id with OWASP's baseline cost (19 MiB, 2 passes). */
const ARGON2 = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export const hashPassword = (password: string) => argon2.hash(password, ARGON2);
export const verifyPassword = async (hash: string, password: string) => {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
};
/** Spent on unknown accounts too, so timing does not reveal which account names exist. */
let dummyHash: Promise<string> | undefined;
export const burnPasswordCheck = async (password: string) => {
  dummyHash ??= hashPassword(newToken());
  await verifyPassword(await dummyHash, password);
  return false;
};
