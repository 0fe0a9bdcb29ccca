import { describe, expect, it } from 'vitest';
import { applyFilterChanges, filtersFromParams, switchTab, tabOf } from './department-query';

const params = (query: string) => new URLSearchParams(query);

describe('filtersFromParams', () => {
  it('reads the filters named as the API query', () => {
    expect(filtersFromParams(params('regionCode=140525&sectorCode=coal_mine&q=应急&page=2&pageSize=50'))).toEqual({
      q: '应急',
      regionCode: '140525',
      sectorCode: 'coal_mine',
      page: 2,
      pageSize: 50,
    });
  });

  it('drops malformed values and falls back to the first page of 20', () => {
    expect(filtersFromParams(params('regionCode=1405&sectorCode=Coal%20Mine&q=%20%20&page=-1&pageSize=x'))).toEqual({
      q: undefined,
      regionCode: undefined,
      sectorCode: undefined,
      page: 1,
      pageSize: 20,
    });
  });

  it('caps the page size at the API maximum', () => {
    expect(filtersFromParams(params('pageSize=5000')).pageSize).toBe(200);
  });
});

describe('applyFilterChanges', () => {
  it('sets and removes parameters and goes back to page 1 on a filter change', () => {
    const next = applyFilterChanges(params('q=a&page=3&tab=list'), { q: undefined, sectorCode: 'fireworks' });
    expect(next.toString()).toBe('tab=list&sectorCode=fireworks');
  });

  it('keeps the filters when only the page changes, and leaves the default page size out', () => {
    expect(applyFilterChanges(params('q=a'), { page: 2, pageSize: 20 }).toString()).toBe('q=a&page=2');
  });
});

describe('tabs', () => {
  it('knows the duty map tab and treats anything else as the list', () => {
    expect(tabOf(params('tab=duties'))).toBe('duties');
    expect(tabOf(params('tab=other'))).toBe('list');
    expect(tabOf(params(''))).toBe('list');
  });

  it('keeps only the region when switching tabs', () => {
    expect(switchTab(params('regionCode=140525&q=a&page=2'), 'duties').toString()).toBe('tab=duties&regionCode=140525');
    expect(switchTab(params('tab=duties&regionCode=140525'), 'list').toString()).toBe('regionCode=140525');
    expect(switchTab(params('q=a'), 'list').toString()).toBe('');
  });
});
