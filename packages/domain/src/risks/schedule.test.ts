import { describe, expect, it } from 'vitest';
import { CHINA_HOLIDAYS_2026 } from '../calendar/china-holidays';
import { type CheckSchedule, checkSlots } from './schedule';

const slots = (s: Partial<CheckSchedule>, from: string, to: string) => {
  const r = checkSlots({ cycle: 'day', every: 1, start: from, days: 'all', ...s }, from, to, [CHINA_HOLIDAYS_2026]);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};
const starts = (list: Array<{ start: string }>) => list.map((x) => x.start);

describe('check schedules', () => {
  it('keeps the start’s day of the month, or the month’s last day (31 Jan → 28 Feb → 31 Mar)', () => {
    expect(slots({ cycle: 'month', start: '2026-01-31' }, '2026-01-01', '2026-05-31')).toEqual([
      { start: '2026-01-31T00:00', end: '2026-02-28T00:00' },
      { start: '2026-02-28T00:00', end: '2026-03-31T00:00' },
      { start: '2026-03-31T00:00', end: '2026-04-30T00:00' },
      { start: '2026-04-30T00:00', end: '2026-05-31T00:00' },
      { start: '2026-05-31T00:00', end: '2026-06-30T00:00' },
    ]);
  });

  it('knows leap years: 29 Feb in 2028, 28 Feb in 2027; a yearly check from 29 Feb 2024 falls on 28 Feb', () => {
    expect(starts(slots({ cycle: 'month', start: '2028-01-30' }, '2028-02-01', '2028-03-01'))).toEqual([
      '2028-02-29T00:00',
    ]);
    expect(starts(slots({ cycle: 'month', start: '2027-01-30' }, '2027-02-01', '2027-03-01'))).toEqual([
      '2027-02-28T00:00',
    ]);
    expect(starts(slots({ cycle: 'year', start: '2024-02-29' }, '2024-01-01', '2028-12-31'))).toEqual([
      '2024-02-29T00:00',
      '2025-02-28T00:00',
      '2026-02-28T00:00',
      '2027-02-28T00:00',
      '2028-02-29T00:00',
    ]);
  });

  it('runs quarterly, weekly and every n days from the start', () => {
    expect(starts(slots({ cycle: 'quarter', start: '2025-11-30' }, '2026-01-01', '2026-12-31'))).toEqual([
      '2026-02-28T00:00',
      '2026-05-30T00:00',
      '2026-08-30T00:00',
      '2026-11-30T00:00',
    ]);
    expect(slots({ cycle: 'week', every: 2, start: '2026-03-02' }, '2026-03-10', '2026-04-10')).toEqual([
      { start: '2026-03-16T00:00', end: '2026-03-30T00:00' },
      { start: '2026-03-30T00:00', end: '2026-04-13T00:00' },
    ]);
    expect(starts(slots({ cycle: 'day', every: 3, start: '2026-03-01' }, '2026-03-05', '2026-03-12'))).toEqual([
      '2026-03-07T00:00',
      '2026-03-10T00:00',
    ]);
  });

  it('skips the official holidays and takes the adjusted working weekend when only working days count', () => {
    // 2026 Spring Festival: 15–23 Feb off; Saturday 14 Feb and Saturday 28 Feb are working days (国办发明电〔2025〕7号).
    const days = starts(slots({ cycle: 'day', days: 'working', start: '2026-02-13' }, '2026-02-13', '2026-02-28'));
    expect(days).toEqual([
      '2026-02-13T00:00',
      '2026-02-14T00:00',
      '2026-02-24T00:00',
      '2026-02-25T00:00',
      '2026-02-26T00:00',
      '2026-02-27T00:00',
      '2026-02-28T00:00',
    ]);
  });

  it('runs hourly and per shift inside the working hours', () => {
    expect(
      slots({ cycle: 'hour', every: 2, workStart: '08:00', workEnd: '13:00' }, '2026-03-02', '2026-03-02'),
    ).toEqual([
      { start: '2026-03-02T08:00', end: '2026-03-02T10:00' },
      { start: '2026-03-02T10:00', end: '2026-03-02T12:00' },
      { start: '2026-03-02T12:00', end: '2026-03-02T13:00' },
    ]);
    expect(slots({ cycle: 'shift', shiftHours: 8 }, '2026-03-02', '2026-03-02')).toEqual([
      { start: '2026-03-02T00:00', end: '2026-03-02T08:00' },
      { start: '2026-03-02T08:00', end: '2026-03-02T16:00' },
      { start: '2026-03-02T16:00', end: '2026-03-03T00:00' },
    ]);
  });

  it('refuses bad schedules and endless ones', () => {
    const bad = (s: Partial<CheckSchedule>) =>
      checkSlots({ cycle: 'day', every: 1, start: '2026-03-01', days: 'all', ...s }, '2026-03-01', '2026-03-31');
    expect(bad({ every: 0 })).toMatchObject({ error: { code: 'RISK.SCHEDULE_INVALID', params: { field: 'every' } } });
    expect(bad({ start: '2026-02-30' })).toMatchObject({ error: { params: { field: 'start' } } });
    expect(bad({ workStart: '18:00', workEnd: '08:00' })).toMatchObject({ error: { params: { field: 'workHours' } } });
    const hourly = checkSlots(
      { cycle: 'hour', every: 1, start: '2026-01-01', days: 'all' },
      '2026-01-01',
      '2027-12-31',
    );
    expect(hourly).toMatchObject({ ok: false, error: { code: 'RISK.SCHEDULE_TOO_MANY' } });
  });
});
