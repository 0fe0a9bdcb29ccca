import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download';

describe('fileNameOf: the export file name from Content-Disposition', () => {
  it('prefers the UTF-8 name the server gives (隐患清单-YYYYMMDD)', () => {
    const header =
      'attachment; filename="hazards-20261122.csv"; filename*=UTF-8\'\'%E9%9A%90%E6%82%A3%E6%B8%85%E5%8D%95-20261122.csv';
    expect(fileNameOf(header, 'x.csv')).toBe('隐患清单-20261122.csv');
  });

  it('falls back to the ASCII name, then to the given name', () => {
    expect(fileNameOf('attachment; filename="hazards-20261122.xlsx"', 'x.xlsx')).toBe('hazards-20261122.xlsx');
    expect(fileNameOf("attachment; filename*=UTF-8''%E0%A4%A", 'x.csv')).toBe('x.csv');
    expect(fileNameOf(null, 'hazards.csv')).toBe('hazards.csv');
  });
});
