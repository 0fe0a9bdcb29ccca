import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const SECRET = 'x'.repeat(32);

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has the documented defaults for an empty environment', () => {
    // toEqual: an unset optional (DATABASE_URL, REDLINE_SECRET) may be absent or undefined, nothing else may differ.
    expect(loadConfig({})).toEqual({
      PORT: 8080,
      HOST: '0.0.0.0',
      DATABASE_URL: undefined,
      REDLINE_DATA_DIR: './data',
      REDLINE_SECRET: undefined,
      LOG_LEVEL: 'info',
      REDLINE_DEMO: true,
      REDLINE_SESSION_IDLE_MINUTES: 30,
      REDLINE_SESSION_MAX_HOURS: 12,
      REDLINE_LOCKOUT_FAILURES: 5,
      REDLINE_LOCKOUT_MINUTES: 15,
      REDLINE_PASSWORD_MIN_LENGTH: 8,
      REDLINE_PASSWORD_MIN_CLASSES: 3,
      REDLINE_SECURE_COOKIES: false,
      REDLINE_SCHEDULER: true,
      dataDir: path.resolve('data'),
    });
  });

  it('runs the scheduler in the server unless REDLINE_SCHEDULER is off, and refuses another value', () => {
    expect(loadConfig({}).REDLINE_SCHEDULER).toBe(true);
    expect(loadConfig({ REDLINE_SCHEDULER: 'off' }).REDLINE_SCHEDULER).toBe(false);
    expect(loadConfig({ REDLINE_SCHEDULER: '0' }).REDLINE_SCHEDULER).toBe(false);
    expect(loadConfig({ REDLINE_SCHEDULER: 'on' }).REDLINE_SCHEDULER).toBe(true);
    expect(configError({ REDLINE_SCHEDULER: 'sometimes' }).message).toContain('REDLINE_SCHEDULER');
  });

  it('reads good values, and treats an empty DATABASE_URL as none', () => {
    const config = loadConfig({
      PORT: '9090',
      DATABASE_URL: 'postgresql://u@db:5432/redline',
      REDLINE_DATA_DIR: '/srv/redline',
      REDLINE_SECRET: SECRET,
      LOG_LEVEL: 'debug',
      REDLINE_DEMO: '0',
      REDLINE_SECURE_COOKIES: 'yes',
    });
    expect(config).toMatchObject({
      PORT: 9090,
      DATABASE_URL: 'postgresql://u@db:5432/redline',
      dataDir: '/srv/redline',
      REDLINE_SECRET: SECRET,
      LOG_LEVEL: 'debug',
      REDLINE_DEMO: false,
      REDLINE_SECURE_COOKIES: true,
    });
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(loadConfig({ REDLINE_DEMO: 'false' }).REDLINE_DEMO).toBe(false);
    expect(loadConfig({ REDLINE_DEMO: '1' }).REDLINE_DEMO).toBe(true);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '0'],
    ['LOG_LEVEL', 'loud'],
    ['REDLINE_DEMO', 'maybe'],
    ['REDLINE_SESSION_IDLE_MINUTES', '-5'],
    ['REDLINE_PASSWORD_MIN_LENGTH', '4'],
  ])('refuses %s=%s with one line naming the variable and its value', (name, value) => {
    const { message } = configError({ [name]: value });
    expect(message).not.toContain('\n');
    expect(message).toContain(`Invalid environment variable ${name}=${JSON.stringify(value)}:`);
  });

  it('refuses a REDLINE_SECRET shorter than 32 characters with one line naming it', () => {
    const { message } = configError({ REDLINE_SECRET: 'short-secret' });
    expect(message).not.toContain('\n');
    expect(message).toContain('REDLINE_SECRET');
    expect(message).toContain('at least 32 characters');
    expect(message).not.toContain('short-secret');
  });

  it('names a bad DATABASE_URL without echoing it (it may carry a password)', () => {
    const { message } = configError({ DATABASE_URL: 'mysql://root:hunter2@db/x' });
    expect(message).toBe('Invalid environment variable DATABASE_URL: must start with postgres:// or postgresql://');
  });

  it('names the first bad variable when several are bad', () => {
    const { message } = configError({ PORT: '8080', LOG_LEVEL: 'loud', REDLINE_DEMO: 'maybe' });
    expect(message).toMatch(/^Invalid environment variable (LOG_LEVEL|REDLINE_DEMO)=/);
  });
});
