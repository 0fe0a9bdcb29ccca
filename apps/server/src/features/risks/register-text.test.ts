import { LIBRARY_SCHEDULES } from '@redline/domain';
import { describe, expect, it } from 'vitest';
import { accidentNames, accidentOf, parseScheduleText, scheduleText } from './register-text';

describe('the check cycle as the ledger writes it', () => {
  it('writes every library schedule so that it reads back the same', () => {
    for (const schedule of Object.values(LIBRARY_SCHEDULES)) {
      const text = scheduleText(schedule);
      const read = parseScheduleText(text);
      expect(read, text).toEqual({ ...schedule, ...(schedule.cycle === 'shift' ? { shiftHours: 8 } : {}) });
    }
    expect(scheduleText(LIBRARY_SCHEDULES.perShift)).toBe('每班（8 小时一班）');
    expect(scheduleText(LIBRARY_SCHEDULES.every2Hours)).toBe('每 2 小时');
    expect(scheduleText(LIBRARY_SCHEDULES.workingDays)).toBe('每天（工作日，08:30-17:30）');
    expect(scheduleText(LIBRARY_SCHEDULES.halfYearly)).toBe('每 6 个月');
  });

  it('reads the usual variants, and nothing it cannot read', () => {
    expect(parseScheduleText('每日')).toEqual({ cycle: 'day', every: 1, days: 'all' });
    expect(parseScheduleText('每季')).toEqual({ cycle: 'quarter', every: 1, days: 'all' });
    expect(parseScheduleText('每半年')).toEqual({ cycle: 'month', every: 6, days: 'all' });
    expect(parseScheduleText('每2周')).toEqual({ cycle: 'week', every: 2, days: 'all' });
    expect(parseScheduleText('每 2 小时(7:00~18:00)')).toEqual({
      cycle: 'hour',
      every: 2,
      days: 'all',
      workStart: '07:00',
      workEnd: '18:00',
    });
    expect(parseScheduleText('每班（12 小时一班）')).toMatchObject({ cycle: 'shift', shiftHours: 12 });
    expect(parseScheduleText('')).toBeNull();
    for (const bad of ['经常', '每两天', '每天（夜间）', '2 小时']) expect(parseScheduleText(bad), bad).toBeUndefined();
  });
});

describe('GB 6441 accident categories by name (domain-reference.md §1.2)', () => {
  it('writes names and reads names, codes or both', () => {
    expect(accidentNames(['08', '19'])).toBe('火灾、中毒和窒息');
    expect(['火灾', '08', '8', '08 火灾', 'Fire'].map(accidentOf)).toEqual(['08', '08', '08', '08', '08']);
    expect(accidentOf('爆炸')).toBeUndefined();
  });
});
