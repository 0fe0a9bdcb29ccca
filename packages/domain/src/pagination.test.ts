import { describe, expect, it } from 'vitest';
import { clampPage, DEFAULT_PAGE_OPTIONS } from './pagination';

describe('clampPage', () => {
  it('defaults to page 1 of 20', () => {
    expect(DEFAULT_PAGE_OPTIONS).toEqual({ defaultSize: 20, maxSize: 200 });
    expect(clampPage({})).toEqual({ page: 1, pageSize: 20, offset: 0 });
  });

  it('computes the offset', () => {
    expect(clampPage({ page: 3, pageSize: 50 })).toEqual({ page: 3, pageSize: 50, offset: 100 });
  });

  it('accepts 200 and caps 201 at 200', () => {
    expect(clampPage({ pageSize: 200 }).pageSize).toBe(200);
    expect(clampPage({ pageSize: 201 }).pageSize).toBe(200);
  });

  it('raises page and pageSize below 1 to 1', () => {
    expect(clampPage({ page: 0, pageSize: 0 })).toEqual({ page: 1, pageSize: 1, offset: 0 });
    expect(clampPage({ page: -5, pageSize: -5 })).toEqual({ page: 1, pageSize: 1, offset: 0 });
  });

  it('floors fractions and ignores NaN and infinities', () => {
    expect(clampPage({ page: 2.9, pageSize: 10.5 })).toEqual({ page: 2, pageSize: 10, offset: 10 });
    expect(clampPage({ page: Number.NaN, pageSize: Number.NaN })).toEqual({ page: 1, pageSize: 20, offset: 0 });
    expect(clampPage({ page: Number.POSITIVE_INFINITY })).toEqual({ page: 1, pageSize: 20, offset: 0 });
  });

  it('keeps the offset a safe integer for huge pages', () => {
    const { offset } = clampPage({ page: Number.MAX_SAFE_INTEGER, pageSize: 200 });
    expect(Number.isSafeInteger(offset)).toBe(true);
  });

  it('honours custom options', () => {
    expect(clampPage({ page: 2 }, { defaultSize: 10, maxSize: 50 })).toEqual({ page: 2, pageSize: 10, offset: 10 });
    expect(clampPage({ pageSize: 99 }, { defaultSize: 10, maxSize: 50 }).pageSize).toBe(50);
  });
});
