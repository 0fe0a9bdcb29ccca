import { describe, expect, it } from 'vitest';
import { withQuery } from './api-client';

describe('withQuery', () => {
  it('leaves out empty values, since the API refuses malformed parameters', () => {
    expect(withQuery('/api/v1/enterprises', { q: '', status: undefined, regionCode: null, page: 2 })).toBe(
      '/api/v1/enterprises?page=2',
    );
  });

  it('encodes text and booleans', () => {
    expect(withQuery('/api/v1/regions', { roots: true, q: '泽州 县' })).toBe(
      '/api/v1/regions?roots=true&q=%E6%B3%BD%E5%B7%9E+%E5%8E%BF',
    );
    expect(withQuery('/api/v1/regions', {})).toBe('/api/v1/regions');
  });
});
