import { describe, expect, it } from 'vitest';
import { formatCny, mayReportAccident, maySeeAccidents } from './codes';

describe('formatCny', () => {
  it('writes yuan with thousands separators and at most two decimals', () => {
    expect(formatCny(12_345_678)).toBe('12,345,678');
    expect(formatCny(1_000.5)).toBe('1,000.5');
    expect(formatCny(0.125)).toBe('0.13');
    expect(formatCny(null)).toBe('—');
  });
});

describe('who sees and reports accidents', () => {
  it('lets the office, inspectors and admins report, and leaders only see (POST /accidents roles)', () => {
    for (const role of ['safety_office', 'inspector', 'admin']) expect(mayReportAccident([role])).toBe(true);
    expect(mayReportAccident(['leader'])).toBe(false);
    expect(maySeeAccidents(['leader'])).toBe(true);
    expect(maySeeAccidents(['town_officer'])).toBe(true); // the accidents of its town, read-only
    for (const role of ['grid_worker', 'enterprise_user', 'expert']) {
      expect(maySeeAccidents([role])).toBe(false);
    }
  });
});
