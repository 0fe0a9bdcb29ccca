import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  apiQueryOf,
  applyFilterChanges,
  DEFAULT_PAGE_SIZE,
  exportHref,
  filtersFromParams,
} from './accident-query';

const read = (query: string) => filtersFromParams(new URLSearchParams(query));

describe('filtersFromParams', () => {
  it('reads every filter of the ledger under the API names', () => {
    expect(
      read(
        'q=SG-140525&regionCode=140525&sector=coal_mine&grade=large&categoryCode=09&state=open&from=2026-01-01&to=2026-03-31&sort=-deaths&page=3&pageSize=50',
      ),
    ).toEqual({
      q: 'SG-140525',
      regionCode: '140525',
      sector: 'coal_mine',
      grade: 'large',
      categoryCode: '09',
      state: 'open',
      from: '2026-01-01',
      to: '2026-03-31',
      sort: '-deaths',
      page: 3,
      pageSize: 50,
    });
  });

  it('drops malformed values rather than sending a query the API refuses', () => {
    expect(
      read(
        'regionCode=14052&sector=mines&grade=serious&categoryCode=21&state=pending&from=2026-1-1&sort=-title&page=0',
      ),
    ).toEqual({
      q: undefined,
      regionCode: undefined,
      sector: undefined,
      grade: undefined,
      categoryCode: undefined,
      state: undefined,
      from: undefined,
      to: undefined,
      sort: undefined,
      page: 1,
      pageSize: DEFAULT_PAGE_SIZE,
    });
  });

  it('caps the page size at 200 and the search text at 100 characters', () => {
    const f = read(`pageSize=5000&q=${'事'.repeat(150)}`);
    expect(f.pageSize).toBe(200);
    expect(f.q).toHaveLength(100);
  });
});

describe('apiQueryOf and the URL', () => {
  it('round-trips: filters written to the URL read back the same', () => {
    const changes = { grade: 'major' as const, sector: 'fire', from: '2026-02-01', q: '火灾' };
    const params = applyFilterChanges(new URLSearchParams(), changes);
    expect(read(params.toString())).toMatchObject(changes);
  });

  it('goes back to page 1 when a filter changes, keeps the page when only it changes', () => {
    const prev = new URLSearchParams('page=4&grade=large');
    expect(applyFilterChanges(prev, { sector: 'fire' }).get('page')).toBeNull();
    expect(applyFilterChanges(prev, { page: 5 }).get('page')).toBe('5');
  });

  it('removes cleared filters and the default page size, keeps parameters it does not know', () => {
    const prev = new URLSearchParams('grade=large&pageSize=50&tab=x');
    const next = applyFilterChanges(prev, { grade: undefined, pageSize: DEFAULT_PAGE_SIZE });
    expect(next.toString()).toBe('tab=x');
  });

  it('sends paging to the list and leaves it out of the export', () => {
    const f = read('grade=large&page=2');
    expect(apiQueryOf(f)).toMatchObject({ grade: 'large', page: 2, pageSize: DEFAULT_PAGE_SIZE });
    expect(apiQueryOf(f, { paging: false })).not.toHaveProperty('page');
    expect(exportHref(f)).toBe('/api/v1/accidents/export.xlsx?grade=large');
    expect(exportHref(read(''))).toBe('/api/v1/accidents/export.xlsx');
    expect(exportHref(read('regionCode=140525&from=2026-01-01&to=2026-01-31&sort=-deaths'))).toBe(
      '/api/v1/accidents/export.xlsx?regionCode=140525&from=2026-01-01&to=2026-01-31&sort=-deaths',
    );
  });

  it('counts the filters in use, not sort or paging', () => {
    expect(activeFilterCount(read('sort=-deaths&page=2'))).toBe(0);
    expect(activeFilterCount(read('grade=large&state=closed&from=2026-01-01'))).toBe(3);
  });
});
