import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config';
import { smtpSettingsOf } from './smtp';

function configError(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('SMTP configuration', () => {
  it('is off by default and when SMTP_URL is empty', () => {
    expect(smtpSettingsOf(loadConfig({}))).toBeNull();
    expect(smtpSettingsOf(loadConfig({ SMTP_URL: '', SMTP_FROM: '' }))).toBeNull();
    expect(smtpSettingsOf({})).toBeNull();
  });

  it('reads SMTP_URL and SMTP_FROM', () => {
    const config = loadConfig({
      SMTP_URL: 'smtp://user:pa%40ss@mail.example.gov.cn:587',
      SMTP_FROM: '红线 <redline@example.gov.cn>',
    });
    expect(smtpSettingsOf(config)).toEqual({
      url: 'smtp://user:pa%40ss@mail.example.gov.cn:587',
      from: '红线 <redline@example.gov.cn>',
    });
    expect(smtpSettingsOf(loadConfig({ SMTP_URL: 'smtps://mail.example.gov.cn', SMTP_FROM: 'a@b.cn' }))).not.toBeNull();
  });

  it('refuses a URL that is not smtp(s) without echoing it, and a URL without a sender', () => {
    const message = configError({ SMTP_URL: 'http://user:secretpass@mail.example.gov.cn', SMTP_FROM: 'a@b.cn' });
    expect(message).toContain('SMTP_URL');
    expect(message).not.toContain('secretpass');
    expect(configError({ SMTP_URL: 'smtp://user:secretpass@mail.example.gov.cn' })).toMatch(
      /^Invalid environment variable SMTP_FROM: is required when SMTP_URL is set$/,
    );
  });
});
