import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys recursively and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('is independent of key insertion order', () => {
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('drops undefined, function and symbol properties', () => {
    expect(canonicalJson({ a: undefined, b: () => 1, c: Symbol('s'), d: null })).toBe('{"d":null}');
  });

  it('writes unrepresentable array items as null, like JSON.stringify', () => {
    expect(canonicalJson([undefined, () => 1, Number.NaN, 1])).toBe('[null,null,null,1]');
  });

  it('writes Dates as ISO strings', () => {
    expect(canonicalJson({ at: new Date('2025-03-01T08:00:00.000Z') })).toBe('{"at":"2025-03-01T08:00:00.000Z"}');
  });

  it.each([
    [null, 'null'],
    [true, 'true'],
    [0, '0'],
    [-1.5, '-1.5'],
    [Number.POSITIVE_INFINITY, 'null'],
    ['安全 "quoted"\n', '"安全 \\"quoted\\"\\n"'],
    [[], '[]'],
    [{}, '{}'],
    [undefined, 'null'],
  ])('serialises %j', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('round-trips through JSON.parse to an equal value', () => {
    const value = { x: [1, 'two', { three: 3 }], y: { nested: { deep: true } }, z: null };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });

  it('gives the same string after a JSON round trip (as through a jsonb column)', () => {
    const value = { b: [1, { d: 'x', c: 2 }], a: 'y' };
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
  });

  it('allows shared (non-cyclic) references', () => {
    const shared = { k: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"k":1},"b":{"k":1}}');
  });

  it('throws on cycles and BigInt', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(TypeError);
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
  });
});
