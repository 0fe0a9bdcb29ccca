import path from 'node:path';
import { z } from 'zod';

const ZLogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
const zFlag = (fallback: boolean) =>
  z
    .enum(['0', '1', 'true', 'false', 'yes', 'no'])
    .optional()
    .transform((v) => (v === undefined ? fallback : ['1', 'true', 'yes'].includes(v)));

/** Every setting Redline reads from the environment, validated once at start. Documented in README.md. */
export const ZEnv = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  REDLINE_DATA_DIR: z.string().min(1).default('./data'),
  REDLINE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: ZLogLevel.default('info'),
  REDLINE_DEMO: zFlag(true),
  REDLINE_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  REDLINE_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  REDLINE_LOCKOUT_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  REDLINE_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  REDLINE_PASSWORD_MIN_LENGTH: z.coerce.number().int().min(8).max(64).default(8),
  REDLINE_PASSWORD_MIN_CLASSES: z.coerce.number().int().min(1).max(4).default(3),
  REDLINE_SECURE_COOKIES: zFlag(false),
  /** The deadline sweep, webhook and email jobs every minute inside `redline serve`; `off` when `redline worker` runs them. */
  REDLINE_SCHEDULER: z
    .enum(['on', 'off', '1', '0', 'true', 'false', 'yes', 'no'])
    .optional()
    .transform((v) => v === undefined || ['on', '1', 'true', 'yes'].includes(v)),
  /**
   * Evidence photos go to an S3-compatible store (AWS S3, MinIO, OSS, COS…) when EVIDENCE_S3_ENDPOINT is set, else
   * under <REDLINE_DATA_DIR>/evidence. Path-style URLs: <endpoint>/<bucket>/<key>.
   */
  EVIDENCE_S3_ENDPOINT: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  EVIDENCE_S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name (3–63 of a-z 0-9 . -)')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** The signing region; us-east-1 when unset (what MinIO and most S3-compatible servers expect). */
  EVIDENCE_S3_REGION: z
    .string()
    .trim()
    .min(1)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  EVIDENCE_S3_ACCESS_KEY_ID: z
    .string()
    .trim()
    .min(1)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  EVIDENCE_S3_SECRET_ACCESS_KEY: z
    .string()
    .min(1)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Email notifications are off unless set: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/?#]/, 'must start with smtp:// or smtps:// followed by a host')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** The sender of notification email, e.g. `红线 <redline@example.gov.cn>`; required with SMTP_URL. */
  SMTP_FROM: z
    .string()
    .trim()
    .min(3)
    .max(200)
    .optional()
    .or(z.literal('').transform(() => undefined)),
});
export type Env = z.infer<typeof ZEnv>;

export type Config = Env & { dataDir: string };

export class ConfigError extends Error {}

const SECRET_VARIABLES = new Set([
  'REDLINE_SECRET',
  'DATABASE_URL',
  'SMTP_URL',
  'EVIDENCE_S3_ACCESS_KEY_ID',
  'EVIDENCE_S3_SECRET_ACCESS_KEY',
]);

/** Reads and checks the environment; a bad value throws one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    // Secrets and connection strings (which carry passwords) are never echoed.
    const value = SECRET_VARIABLES.has(name) ? undefined : env[name];
    throw new ConfigError(
      `Invalid environment variable ${name}${value === undefined ? '' : `=${JSON.stringify(value)}`}: ${issue.message}`,
    );
  }
  // An S3 evidence store needs all four; naming the first missing one says what to add.
  if (parsed.data.EVIDENCE_S3_ENDPOINT) {
    for (const name of ['EVIDENCE_S3_BUCKET', 'EVIDENCE_S3_ACCESS_KEY_ID', 'EVIDENCE_S3_SECRET_ACCESS_KEY'] as const) {
      if (!parsed.data[name]) {
        throw new ConfigError(`Invalid environment variable ${name}: is required when EVIDENCE_S3_ENDPOINT is set`);
      }
    }
  }
  // Email needs a sender as well as a server.
  if (parsed.data.SMTP_URL && !parsed.data.SMTP_FROM) {
    throw new ConfigError('Invalid environment variable SMTP_FROM: is required when SMTP_URL is set');
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.REDLINE_DATA_DIR) };
}
