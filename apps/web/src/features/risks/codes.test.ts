import { describe, expect, it } from 'vitest';
import { registerMessages, translateUi } from '../../app/i18n/catalogue';
import { riskMessages } from '../../app/i18n/messages/risks';
import { scheduleWords } from './codes';

registerMessages(riskMessages);
const zh = (key: string, params?: Record<string, string | number>) => translateUi('zh-CN', key, params);
const en = (key: string, params?: Record<string, string | number>) => translateUi('en', key, params);

describe('scheduleWords', () => {
  it('says a check cycle as people say it', () => {
    expect(scheduleWords({ cycle: 'shift', every: 1, days: 'all' }, zh)).toBe('每班');
    expect(scheduleWords({ cycle: 'shift', every: 1, days: 'all' }, en)).toBe('every shift');
    expect(scheduleWords({ cycle: 'shift', every: 1, days: 'all', shiftHours: 8 }, zh)).toBe('每班（8 小时一班）');
    expect(scheduleWords({ cycle: 'hour', every: 2, days: 'all' }, en)).toBe('every 2 hours');
    expect(scheduleWords({ cycle: 'month', every: 6, days: 'all' }, zh)).toBe('每 6 个月');
  });

  it('adds working days and hours', () => {
    expect(scheduleWords({ cycle: 'day', every: 1, days: 'working', workStart: '08:30', workEnd: '17:30' }, zh)).toBe(
      '每天（工作日），08:30–17:30',
    );
    // Working days mean nothing to a monthly check.
    expect(scheduleWords({ cycle: 'month', every: 1, days: 'working' }, zh)).toBe('每月');
  });

  it('has no words for no schedule or a malformed one', () => {
    expect(scheduleWords(null, zh)).toBeNull();
    expect(scheduleWords({ cycle: 'fortnight', every: 1 }, zh)).toBeNull();
  });
});
