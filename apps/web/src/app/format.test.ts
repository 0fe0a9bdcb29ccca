import { describe, expect, it } from 'vitest';
import { formatDateTime, orDash } from './format';

describe('formatDateTime', () => {
  it('shows Beijing time, 24 h, whatever the offset of the input', () => {
    expect(formatDateTime('2026-11-22T01:30:00.000Z')).toBe('2026-11-22 09:30');
    expect(formatDateTime('2026-11-22T23:05:00.000+08:00')).toBe('2026-11-22 23:05');
    expect(formatDateTime('2026-12-31T16:00:00Z')).toBe('2027-01-01 00:00');
  });

  it('shows a dash for a missing time and the raw text for an unreadable one', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});

describe('orDash', () => {
  it('keeps zero and text, dashes what is missing', () => {
    expect(orDash(0)).toBe('0');
    expect(orDash('泽州县')).toBe('泽州县');
    expect(orDash('')).toBe('—');
    expect(orDash(null)).toBe('—');
  });
});
