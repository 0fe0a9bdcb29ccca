import { describe, expect, it } from 'vitest';
import { filtersFromParams } from '../hazards/hazard-query';
import {
  ENTERPRISE_FIGURES,
  enterpriseHref,
  figureFilters,
  hazardsHref,
  isEnterpriseId,
  reportHref,
} from './enterprise-links';

const ID = '076e9f1c-5d4e-465a-abb8-fbcb095052e8';
const OPEN = ['reported', 'transferred', 'accepted', 'rectifying', 'awaiting_verification'];

/** What the hazard list page reads back from a link's query. */
const listFiltersOf = (href: string) => filtersFromParams(new URL(href, 'http://x').searchParams);

describe('isEnterpriseId', () => {
  it('accepts a UUID in either case and refuses anything else', () => {
    expect(isEnterpriseId(ID)).toBe(true);
    expect(isEnterpriseId(ID.toUpperCase())).toBe(true);
    expect(isEnterpriseId(undefined)).toBe(false);
    expect(isEnterpriseId('new')).toBe(false);
    expect(isEnterpriseId(`${ID}0`)).toBe(false);
  });
});

describe('figure links: each figure opens the hazard list filtered to exactly what it counts', () => {
  it('open hazards are the enterprise’s hazards in an open state', () => {
    const href = hazardsHref(figureFilters(ID, 'open'));
    expect(href.startsWith('/hazards?')).toBe(true);
    expect(listFiltersOf(href)).toMatchObject({ enterpriseId: ID, state: OPEN, overdue: undefined, level: undefined });
  });

  it('overdue hazards use the list’s overdue filter, which already means open', () => {
    expect(listFiltersOf(hazardsHref(figureFilters(ID, 'overdue')))).toMatchObject({
      enterpriseId: ID,
      overdue: true,
      state: undefined,
    });
  });

  it('open major hazards add the level to the open states', () => {
    expect(listFiltersOf(hazardsHref(figureFilters(ID, 'majorOpen')))).toMatchObject({
      enterpriseId: ID,
      level: 'major',
      state: OPEN,
    });
  });

  it('every figure names the enterprise and opens page 1', () => {
    for (const figure of ENTERPRISE_FIGURES) {
      const f = listFiltersOf(hazardsHref(figureFilters(ID, figure)));
      expect(f.enterpriseId).toBe(ID);
      expect(f.page).toBe(1);
    }
  });

  it('all of the enterprise’s hazards is the list with only the enterprise filter', () => {
    expect(hazardsHref({ enterpriseId: ID })).toBe(`/hazards?enterpriseId=${ID}`);
    expect(hazardsHref({})).toBe('/hazards');
  });
});

describe('page links', () => {
  it('the report form and the enterprise page carry the id', () => {
    expect(reportHref(ID)).toBe(`/hazards/new?enterpriseId=${ID}`);
    expect(enterpriseHref(ID)).toBe(`/enterprises/${ID}`);
  });
});
