import { describe, expect, it } from 'vitest';
import { CASE_NUMBER_PREFIXES, caseNumberYear, formatCaseNumber, parseCaseNumber } from './case-number';

const createdAt = new Date('2026-03-02T02:00:00.000Z');
const input = { prefix: 'YH', countyCode: '140525', createdAt, sequence: 123 };

describe('formatCaseNumber', () => {
  it('formats prefix, county code, year and a 6-digit sequence', () => {
    expect(CASE_NUMBER_PREFIXES.hazard).toBe('YH');
    expect(formatCaseNumber(input)).toEqual({ ok: true, value: 'YH-140525-2026-000123' });
    expect(formatCaseNumber({ ...input, sequence: 1 })).toEqual({ ok: true, value: 'YH-140525-2026-000001' });
    expect(formatCaseNumber({ ...input, sequence: 999_999 })).toEqual({ ok: true, value: 'YH-140525-2026-999999' });
  });

  it('takes the year in Asia/Shanghai: 31 Dec 2025 16:30 UTC is already 2026 there', () => {
    const newYear = new Date('2025-12-31T16:30:00.000Z');
    expect(caseNumberYear(newYear)).toBe(2026);
    expect(caseNumberYear(newYear, 'UTC')).toBe(2025);
    expect(formatCaseNumber({ ...input, createdAt: newYear })).toEqual({ ok: true, value: 'YH-140525-2026-000123' });
    expect(caseNumberYear(new Date('2025-12-31T15:59:59.999Z'))).toBe(2025);
  });

  it.each([
    [{ prefix: 'yh' }, 'CASE.NUMBER_PREFIX'],
    [{ prefix: 'Y' }, 'CASE.NUMBER_PREFIX'],
    [{ prefix: 'YHABC' }, 'CASE.NUMBER_PREFIX'],
    [{ countyCode: '14052' }, 'CASE.NUMBER_COUNTY_CODE'],
    [{ countyCode: '140525001' }, 'CASE.NUMBER_COUNTY_CODE'],
    [{ sequence: 0 }, 'CASE.NUMBER_SEQUENCE'],
    [{ sequence: 1_000_000 }, 'CASE.NUMBER_SEQUENCE'],
    [{ sequence: 1.5 }, 'CASE.NUMBER_SEQUENCE'],
  ])('rejects %j with %s', (change, code) => {
    const result = formatCaseNumber({ ...input, ...change });
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });
});

describe('parseCaseNumber', () => {
  it('reads the parts back', () => {
    expect(parseCaseNumber('YH-140525-2026-000123')).toEqual({
      ok: true,
      value: { prefix: 'YH', countyCode: '140525', year: 2026, sequence: 123 },
    });
  });

  it('tolerates surrounding spaces and lower case', () => {
    expect(parseCaseNumber('  yh-140525-2026-000123 ')).toEqual(parseCaseNumber('YH-140525-2026-000123'));
  });

  it('round-trips with formatCaseNumber', () => {
    for (const sequence of [1, 42, 123_456, 999_999]) {
      const formatted = formatCaseNumber({ ...input, sequence });
      if (!formatted.ok) throw new Error(formatted.error.code);
      expect(parseCaseNumber(formatted.value)).toEqual({
        ok: true,
        value: { prefix: 'YH', countyCode: '140525', year: 2026, sequence },
      });
    }
  });

  it.each([
    'YH-140525-2026-123',
    'YH-140525-26-000123',
    'YH_140525_2026_000123',
    'YH-140525-2026-000000',
    '1H-140525-2026-000123',
    'YH-140525-2026-0001234',
    '',
  ])('rejects %j with CASE.NUMBER_FORMAT', (text) => {
    expect(parseCaseNumber(text)).toEqual({ ok: false, error: { code: 'CASE.NUMBER_FORMAT' } });
  });
});
