import { describe, expect, it } from 'vitest';
import { jsonDiff } from './json-diff';

describe('jsonDiff', () => {
  it('lists only changed top-level keys', () => {
    expect(jsonDiff({ a: 1, b: 'x', c: true }, { a: 2, b: 'x', c: true })).toEqual({ a: { from: 1, to: 2 } });
  });

  it('returns an empty object when nothing changed', () => {
    expect(jsonDiff({ a: 1, n: { x: [1, 2] } }, { n: { x: [1, 2] }, a: 1 })).toEqual({});
  });

  it('treats a null or undefined before as created', () => {
    const expected = { a: { from: null, to: 1 }, b: { from: null, to: 'x' } };
    expect(jsonDiff(null, { a: 1, b: 'x' })).toEqual(expected);
    expect(jsonDiff(undefined, { a: 1, b: 'x' })).toEqual(expected);
  });

  it('treats a null after as deleted', () => {
    expect(jsonDiff({ a: 1, b: null }, null)).toEqual({ a: { from: 1, to: null } });
  });

  it('reports added and removed keys with null on the missing side', () => {
    expect(jsonDiff({ a: 1 }, { b: 2 })).toEqual({ a: { from: 1, to: null }, b: { from: null, to: 2 } });
  });

  it('compares nested values by content, reporting the whole top-level value', () => {
    const before = { meta: { tags: ['a'], level: 1 } };
    const after = { meta: { level: 1, tags: ['a', 'b'] } };
    expect(jsonDiff(before, after)).toEqual({ meta: { from: before.meta, to: after.meta } });
  });

  it('compares Dates by instant', () => {
    const at = '2025-03-01T08:00:00.000Z';
    expect(jsonDiff({ at: new Date(at) }, { at: new Date(at) })).toEqual({});
    expect(Object.keys(jsonDiff({ at: new Date(at) }, { at: new Date('2025-03-02T08:00:00.000Z') }))).toEqual(['at']);
  });

  it('treats undefined and a missing key as null', () => {
    expect(jsonDiff({ a: undefined }, { a: null })).toEqual({});
    expect(jsonDiff({}, { a: null })).toEqual({});
  });

  it('returns nothing when both sides are null', () => {
    expect(jsonDiff(null, null)).toEqual({});
  });
});
