import { describe, expect, it } from 'vitest';
import { lastDays, percentOf, periodFromParams } from './period';

describe('the overview period', () => {
  it('defaults to the last 30 days, today included', () => {
    expect(lastDays(30, '2026-03-10')).toEqual({ from: '2026-02-09', to: '2026-03-10' });
    expect(periodFromParams(new URLSearchParams(), '2026-03-10')).toEqual({ from: '2026-02-09', to: '2026-03-10' });
  });

  it('takes a well-formed period from the URL and ignores one out of order', () => {
    const ok = new URLSearchParams({ from: '2026-01-01', to: '2026-01-31' });
    expect(periodFromParams(ok, '2026-03-10')).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    const backwards = new URLSearchParams({ from: '2026-02-01', to: '2026-01-31' });
    expect(periodFromParams(backwards, '2026-03-10').to).toBe('2026-03-10');
  });

  it('shows a rate as a percentage with one decimal, none as null', () => {
    expect(percentOf(1 / 3)).toBe('33.3');
    expect(percentOf(1)).toBe('100');
    expect(percentOf(0)).toBe('0');
    expect(percentOf(null)).toBeNull();
  });
});
