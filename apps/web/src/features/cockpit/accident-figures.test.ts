import { describe, expect, it } from 'vitest';
import {
  accidentListHref,
  CAP_COLOURS,
  CHANGE_COLOURS,
  capBarPercent,
  capStatus,
  changeMagnitude,
  changeTone,
  formatChange,
  formatLossWan,
  formatPercent,
  formatRateValue,
  monthRange,
  sameDaysLastYear,
  yearToDate,
} from './accident-figures';

describe('year-on-year change', () => {
  it('colours a rise red and a fall green: more accidents is worse', () => {
    expect(changeTone(12.5)).toBe('up');
    expect(changeTone(-50)).toBe('down');
    expect(changeTone(0)).toBe('flat');
    expect(CHANGE_COLOURS[changeTone(12.5)]).toBe('#cf1322');
    expect(CHANGE_COLOURS[changeTone(-50)]).toBe('#389e0d');
    expect(CHANGE_COLOURS[changeTone(0)]).toBeUndefined();
  });

  it('has no change, and no colour, when last year had none (changePercent is null)', () => {
    expect(changeTone(null)).toBe('none');
    expect(CHANGE_COLOURS.none).toBeUndefined();
    expect(formatChange(null)).toBe('—');
    expect(changeMagnitude(null)).toBe('—');
  });

  it('shows one decimal, with the sign in tables and without it after 上升/下降', () => {
    expect(formatChange(12.5)).toBe('+12.5%');
    expect(formatChange(-50)).toBe('-50.0%');
    expect(formatChange(0)).toBe('0.0%');
    expect(changeMagnitude(-33.3)).toBe('33.3%');
    expect(changeMagnitude(200)).toBe('200.0%');
  });
});

describe('death cap progress', () => {
  it('is normal below the warning threshold, orange from it, red only above the cap', () => {
    expect(capStatus({ cap: 18, warning: false }, 12)).toBe('normal');
    expect(capStatus({ cap: 18, warning: true }, 15)).toBe('warning');
    // Exactly the cap is reached, not exceeded: the cap reads "not more than".
    expect(capStatus({ cap: 18, warning: true }, 18)).toBe('warning');
    expect(capStatus({ cap: 18, warning: true }, 19)).toBe('exceeded');
    expect(CAP_COLOURS.warning).toBe('#d46b08');
    expect(CAP_COLOURS.exceeded).toBe('#cf1322');
  });

  it('has no status without a cap, and a cap of 0 is exceeded by the first death', () => {
    expect(capStatus({ cap: null, warning: false }, 3)).toBe('none');
    expect(capStatus({ cap: 0, warning: false }, 0)).toBe('normal');
    expect(capStatus({ cap: 0, warning: false }, 1)).toBe('exceeded');
  });

  it('fills the bar up to the share, a full bar when exceeded, and prints the share itself', () => {
    expect(capBarPercent(66.7, 'normal')).toBe(66.7);
    expect(capBarPercent(null, 'normal')).toBe(0);
    expect(capBarPercent(133.3, 'exceeded')).toBe(100);
    expect(capBarPercent(null, 'exceeded')).toBe(100);
    expect(formatPercent(133.3)).toBe('133.3%');
    expect(formatPercent(80)).toBe('80.0%');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('rates and amounts', () => {
  it('shows a rate to three decimals, and null when its denominator is missing', () => {
    expect(formatRateValue(0.0123)).toBe('0.012');
    expect(formatRateValue(1.5)).toBe('1.500');
    expect(formatRateValue(0)).toBe('0.000');
    expect(formatRateValue(null)).toBeNull();
  });

  it('shows direct loss in 万元 with two decimals', () => {
    expect(formatLossWan(12_345_600)).toBe('1,234.56');
    expect(formatLossWan(0)).toBe('0.00');
  });
});

describe('accident list links', () => {
  it('opens /accidents with the figure’s region, sector and period', () => {
    expect(accidentListHref({ regionCode: '140500', ...yearToDate('2026-11-22') })).toBe(
      '/accidents?regionCode=140500&from=2026-01-01&to=2026-11-22',
    );
    expect(accidentListHref({ regionCode: '140525', sector: 'coal_mine', from: '2026-01-01', to: '2026-03-31' })).toBe(
      '/accidents?regionCode=140525&sector=coal_mine&from=2026-01-01&to=2026-03-31',
    );
  });

  it('counts a month up to the as-of date, and nothing of a month not yet begun', () => {
    expect(monthRange('2026-02', '2026-11-22')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2024-02', '2024-12-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2026-11', '2026-11-22')).toEqual({ from: '2026-11-01', to: '2026-11-22' });
    expect(monthRange('2026-12', '2026-11-22')).toBeNull();
  });

  it('compares with the same days of last year, 29 February falling back to the 28th', () => {
    expect(sameDaysLastYear('2026-11-22')).toEqual({ from: '2025-01-01', to: '2025-11-22' });
    expect(sameDaysLastYear('2028-02-29')).toEqual({ from: '2027-01-01', to: '2027-02-28' });
  });
});
