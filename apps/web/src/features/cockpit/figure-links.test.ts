import { describe, expect, it } from 'vitest';
import { figureHref, itemsQueryFromParams, itemsQueryOf, listQueryOf } from './figure-links';

const base = { from: '2026-01-01', to: '2026-11-22' };
const params = (href: string) => new URL(href, 'http://x').searchParams;

describe('figureHref: every figure opens exactly its hazards (docs/HAZARDS-EXPORT.md §1)', () => {
  it('plain list figures open the hazard list with the same query', () => {
    expect(figureHref('found', base)).toBe(
      '/hazards?from=2026-01-01&to=2026-11-22&state=reported%2Ctransferred%2Caccepted%2Crectifying%2Cawaiting_verification%2Cwritten_off',
    );
    // Snapshot figures ignore the period: any report date counts.
    expect(figureHref('overdueNow', { ...base, regionCode: '140525' })).toBe('/hazards?regionCode=140525&overdue=true');
    expect(listQueryOf('majorListed', base)).toEqual({
      level: 'major',
      state: 'reported,transferred,accepted,rectifying,awaiting_verification',
      listed: 'true',
    });
  });

  it('a row of a grouping adds its key as the list filter', () => {
    expect(listQueryOf('overdueNow', base, { groupBy: 'region', key: '140525108' })).toEqual({
      regionCode: '140525108',
      overdue: 'true',
    });
    expect(listQueryOf('found', base, { groupBy: 'sector', key: 'metallurgy' })).toMatchObject({
      sectorCode: 'metallurgy',
      from: '2026-01-01',
    });
  });

  it('timeline figures, month rows, "not set" rows and 本级 rows open the drill-down', () => {
    expect(figureHref('foundRectified', base)).toBe(
      '/hazards/figures?measure=foundRectified&from=2026-01-01&to=2026-11-22',
    );
    expect(listQueryOf('found', base, { groupBy: 'month', key: '2026-10' })).toBeNull();
    expect(itemsQueryOf('found', base, { groupBy: 'sector', key: null })).toEqual({
      measure: 'found',
      ...base,
      groupBy: 'sector',
      groupIsNull: 'true',
    });
    const self = figureHref(
      'found',
      { ...base, regionCode: '140525' },
      { groupBy: 'region', key: '140525', self: true },
    );
    expect(params(self).get('group')).toBe('');
    // A level row other than major has no open major hazards: the drill-down answers that (empty) exactly.
    expect(listQueryOf('majorOpen', base, { groupBy: 'level', key: 'ordinary' })).toBeNull();
  });

  it('reads a drill-down link back, and refuses an incomplete one', () => {
    const href = figureHref('rectified', { ...base, regionCode: '140525' }, { groupBy: 'region', key: '140525108' });
    expect(itemsQueryFromParams(params(href))).toEqual({
      measure: 'rectified',
      base: { ...base, regionCode: '140525' },
      row: { groupBy: 'region', key: '140525108' },
    });
    const self = figureHref(
      'found',
      { ...base, regionCode: '140525' },
      { groupBy: 'region', key: '140525', self: true },
    );
    expect(itemsQueryOf('found', { ...base, regionCode: '140525' }, itemsQueryFromParams(params(self))?.row)).toEqual(
      Object.fromEntries(params(self)),
    );
    expect(itemsQueryFromParams(params('/hazards/figures?measure=found'))).toBeNull();
    expect(itemsQueryFromParams(params('/hazards/figures?measure=colour&from=2026-01-01&to=2026-02-01'))).toBeNull();
    expect(
      itemsQueryFromParams(params('/hazards/figures?measure=found&from=2026-01-01&to=2026-02-01&group=x')),
    ).toBeNull();
  });
});
