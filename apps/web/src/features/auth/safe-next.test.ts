import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path inside the app, with its query', () => {
    expect(safeNext('/enterprises?status=operating')).toBe('/enterprises?status=operating');
  });

  it.each([null, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'regions', '/sign-in?next=/x'])(
    'sends %j to the workbench',
    (next) => {
      expect(safeNext(next)).toBe('/workbench');
    },
  );
});
