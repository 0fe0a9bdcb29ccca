import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_ROUTES } from '../routes';
import { apiTable } from './api-table';

describe('docs/API.md', () => {
  it('lists exactly the endpoints of the route table (run `npm run docs:api` after changing routes)', () => {
    const doc = readFileSync(new URL('../../../../docs/API.md', import.meta.url), 'utf8');
    expect(doc).toContain(apiTable(ALL_ROUTES));
  });
});
