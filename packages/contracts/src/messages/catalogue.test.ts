import { describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../errors';
import { MESSAGES, translate } from './all';

describe('message catalogue', () => {
  it('has a zh-CN and an English text for every error code', () => {
    for (const code of Object.keys(ERROR_STATUS)) {
      expect(MESSAGES[code]?.['zh-CN'], code).toBeTruthy();
      expect(MESSAGES[code]?.en, code).toBeTruthy();
    }
  });

  it('renders `@key` parameters as labels, and `@a,@b` as a list in the language’s way', () => {
    expect(translate('zh-CN', 'CASE.FIELDS_REQUIRED', { fields: '@field.measures,@field.funds' })).toBe(
      '请填写：整改措施、整改资金（元）。',
    );
    expect(translate('en', 'CASE.FIELDS_REQUIRED', { fields: '@field.measures,@field.funds' })).toBe(
      'Required: Measures, Funds (CNY).',
    );
    expect(translate('en', 'CASE.FIELDS_REQUIRED', { fields: '@no.such.key' })).toBe('Required: no.such.key.');
    expect(translate('zh-CN', 'CASE.FIELDS_REQUIRED', { fields: 'plain,text' })).toBe('请填写：plain,text。');
  });
});
