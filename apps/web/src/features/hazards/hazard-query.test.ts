import { HAZARD_STATES } from '@redline/contracts';
import { describe, expect, it } from 'vitest';
import { isCaseId, mayReport, OPEN_STATES, parseUnitKey, STATE_ORDER } from './codes';
import { activeFilterCount, apiQueryOf, applyFilterChanges, filtersFromParams } from './hazard-query';

const params = (text: string) => new URLSearchParams(text);

describe('filtersFromParams: the page URL is the query of GET /api/v1/hazards', () => {
  it('reads every filter of the list', () => {
    const f = filtersFromParams(
      params(
        'q=配电箱&regionCode=140525108&sectorCode=non_coal_mine&level=major&state=reported,rectifying&source=grid_patrol' +
          '&enterpriseId=076e9f1c-5d4e-465a-abb8-fbcb095052e8&overdue=true&listed=false&from=2026-01-01&to=2026-11-22' +
          '&sort=-deadline&page=3&pageSize=50',
      ),
    );
    expect(f).toEqual({
      q: '配电箱',
      regionCode: '140525108',
      sectorCode: 'non_coal_mine',
      level: 'major',
      state: ['reported', 'rectifying'],
      source: 'grid_patrol',
      enterpriseId: '076e9f1c-5d4e-465a-abb8-fbcb095052e8',
      overdue: true,
      listed: false,
      from: '2026-01-01',
      to: '2026-11-22',
      sort: '-deadline',
      page: 3,
      pageSize: 50,
    });
  });

  it('defaults to the first page of 20, newest first', () => {
    expect(filtersFromParams(params(''))).toEqual({ page: 1, pageSize: 20 });
  });

  it('drops malformed values instead of sending a query the API refuses', () => {
    const f = filtersFromParams(
      params(
        'regionCode=14&level=huge&state=reported,nonsense&source=x&enterpriseId=abc&overdue=maybe&from=2026/01/01' +
          '&sort=title&page=0&pageSize=1000&sectorCode=Coal',
      ),
    );
    expect(f).toEqual({ state: ['reported'], page: 1, pageSize: 200 });
  });

  it('keeps a link from the cockpit as it is (overdue in a region)', () => {
    const f = filtersFromParams(params('overdue=true&regionCode=140525'));
    expect(apiQueryOf(f)).toMatchObject({ overdue: true, regionCode: '140525', page: 1, pageSize: 20 });
  });
});

describe('apiQueryOf', () => {
  it('joins the states with commas and leaves paging out for the export', () => {
    const q = apiQueryOf({ state: ['reported', 'accepted'], overdue: false, page: 2, pageSize: 20 }, { paging: false });
    expect(q.state).toBe('reported,accepted');
    expect(q.overdue).toBe(false);
    expect('page' in q).toBe(false);
    expect('pageSize' in q).toBe(false);
  });
});

describe('applyFilterChanges', () => {
  it('goes back to page 1 when a filter changes, and removes cleared filters', () => {
    const next = applyFilterChanges(params('level=major&page=4&other=kept'), { level: undefined, overdue: true });
    expect(next.toString()).toBe('other=kept&overdue=true');
  });

  it('keeps the filters when only the page changes', () => {
    expect(applyFilterChanges(params('level=major'), { page: 2 }).toString()).toBe('level=major&page=2');
  });

  it('writes a list of states as one comma-separated parameter, and leaves the default page size out', () => {
    const next = applyFilterChanges(params('pageSize=50'), { state: ['reported', 'accepted'], pageSize: 20 });
    expect(next.toString()).toBe('state=reported%2Caccepted');
  });
});

describe('activeFilterCount', () => {
  it('counts filters, not sorting or paging', () => {
    expect(activeFilterCount(filtersFromParams(params('sort=number&page=2')))).toBe(0);
    expect(activeFilterCount(filtersFromParams(params('overdue=false&state=merged')))).toBe(2);
  });
});

describe('codes', () => {
  it('lists the states of the contracts, open ones first', () => {
    expect([...STATE_ORDER].sort()).toEqual([...HAZARD_STATES].sort());
    expect(OPEN_STATES).toEqual(['reported', 'transferred', 'accepted', 'rectifying', 'awaiting_verification']);
  });

  it('recognises case ids and unit keys', () => {
    expect(isCaseId('076e9f1c-5d4e-465a-abb8-fbcb095052e8')).toBe(true);
    expect(isCaseId('YH-140525-2026-000075')).toBe(false);
    expect(parseUnitKey('region:140525108')).toEqual({ kind: 'region', id: '140525108' });
    expect(parseUnitKey('grid:140525108202-01')).toEqual({ kind: 'grid', id: '140525108202-01' });
    expect(parseUnitKey('people:1')).toBeNull();
  });

  it('lets the roles of POST /hazards report, and not leaders or administrators', () => {
    expect(mayReport(['grid_worker'])).toBe(true);
    expect(mayReport(['enterprise_user'])).toBe(true);
    expect(mayReport(['leader'])).toBe(false);
    expect(mayReport(['admin'])).toBe(false);
  });
});
