import { describe, expect, it } from 'vitest';
import { periodFromParams, presetPeriod, todayLocal, trendPeriod } from './period';

describe('cockpit period', () => {
  it('defaults to this year, to today in Beijing time', () => {
    // 2026-12-31 17:00 UTC is already 1 January 2027 in Beijing.
    const today = todayLocal(new Date('2026-12-31T17:00:00Z'));
    expect(today).toBe('2027-01-01');
    expect(periodFromParams(new URLSearchParams(''), today)).toEqual({ from: '2027-01-01', to: '2027-01-01' });
    expect(periodFromParams(new URLSearchParams('from=2026-03-01&to=2026-02-01'), '2026-11-22')).toEqual({
      from: '2026-01-01',
      to: '2026-11-22',
    });
    expect(periodFromParams(new URLSearchParams('from=2026-03-01&to=2026-06-30'), '2026-11-22')).toEqual({
      from: '2026-03-01',
      to: '2026-06-30',
    });
  });

  it('presets and the twelve-month trend window', () => {
    expect(presetPeriod('thisQuarter', '2026-11-22')).toEqual({ from: '2026-10-01', to: '2026-11-22' });
    expect(presetPeriod('thisMonth', '2026-11-22')).toEqual({ from: '2026-11-01', to: '2026-11-22' });
    expect(presetPeriod('last12Months', '2026-11-22')).toEqual({ from: '2025-12-01', to: '2026-11-22' });
    expect(trendPeriod('2026-03-15')).toEqual({ from: '2025-04-01', to: '2026-03-15' });
  });
});
