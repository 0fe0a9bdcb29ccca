import { describe, expect, it } from 'vitest';
import { COLUMN_STORAGE_KEY, DEFAULT_HIDDEN, readHiddenColumns, writeHiddenColumns } from './column-prefs';

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('hazard list column settings', () => {
  it('hides the sector, listed and updated columns until the user chooses', () => {
    expect(readHiddenColumns(memory())).toEqual(['sector', 'listed', 'updatedAt']);
    expect(readHiddenColumns(undefined)).toEqual(DEFAULT_HIDDEN);
  });

  it('keeps the choice in storage and reads it back', () => {
    const store = memory();
    writeHiddenColumns(store, ['source', 'region']);
    expect(JSON.parse(store.data.get(COLUMN_STORAGE_KEY)!)).toEqual({ hidden: ['source', 'region'] });
    expect(readHiddenColumns(store)).toEqual(['source', 'region']);
  });

  it('never hides the number or title, and ignores unknown or malformed values', () => {
    expect(readHiddenColumns(memory({ [COLUMN_STORAGE_KEY]: '{"hidden":["number","title","nope","level"]}' }))).toEqual(
      ['level'],
    );
    expect(readHiddenColumns(memory({ [COLUMN_STORAGE_KEY]: 'not json' }))).toEqual(DEFAULT_HIDDEN);
    expect(readHiddenColumns(memory({ [COLUMN_STORAGE_KEY]: '{"hidden":"level"}' }))).toEqual(DEFAULT_HIDDEN);
  });

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(readHiddenColumns(broken)).toEqual(DEFAULT_HIDDEN);
    expect(() => writeHiddenColumns(broken, [])).not.toThrow();
  });
});
