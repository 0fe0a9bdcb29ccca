import { describe, expect, it } from 'vitest';
import { containsPattern, prefixPattern } from './like';

describe('LIKE patterns for search text', () => {
  it('escapes wildcards and the escape character', () => {
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
    expect(prefixPattern('9114_')).toBe('9114\\_%');
  });
});
