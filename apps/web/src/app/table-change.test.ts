import { describe, expect, it } from 'vitest';
import { listPlaceChange } from './table-change';

const place = { page: 3, pageSize: 20, sort: '-createdAt' };

describe('listPlaceChange', () => {
  it('a new or cleared sort wins over paging', () => {
    expect(listPlaceChange({ current: 3, pageSize: 20 }, { columnKey: 'deadline', order: 'ascend' }, place)).toEqual({
      sort: 'deadline',
    });
    expect(listPlaceChange({ current: 3, pageSize: 20 }, { columnKey: 'number', order: 'descend' }, place)).toEqual({
      sort: '-number',
    });
    expect(listPlaceChange({ current: 3, pageSize: 20 }, { columnKey: 'createdAt', order: null }, place)).toEqual({
      sort: undefined,
    });
  });

  it('then a page size, then a page', () => {
    const same = { columnKey: 'createdAt', order: 'descend' } as const;
    expect(listPlaceChange({ current: 3, pageSize: 50 }, same, place)).toEqual({ pageSize: 50 });
    expect(listPlaceChange({ current: 4, pageSize: 20 }, [same], place)).toEqual({ page: 4 });
    expect(listPlaceChange({}, [], { page: 2, pageSize: 20 })).toEqual({ page: 1 });
  });
});
