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
});
export type Env = z.infer<typeof ZEnv>;

export type Config = Env & { dataDir: string };

export class ConfigError extends Error {}

const SECRET_VARIABLES = new Set(['REDLINE_SECRET', 'DATABASE_URL']);

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
  return { ...parsed.data, dataDir: path.resolve(parsed.data.REDLINE_DATA_DIR) };
}
