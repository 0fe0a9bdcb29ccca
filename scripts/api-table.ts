/**
 * Rewrites the endpoint table of docs/API.md from the server's route table (`npm run docs:api`), so the documented
 * endpoints are always the real ones; http/api-doc.test.ts fails when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { apiTable } from '../apps/server/src/http/api-table';
import { ALL_ROUTES } from '../apps/server/src/routes';

const path = new URL('../docs/API.md', import.meta.url);
const doc = readFileSync(path, 'utf8');
const start = doc.indexOf('| method and path |');
const end = doc.indexOf('\n\n', start);
if (start < 0 || end < 0) throw new Error('docs/API.md has no endpoint table');
writeFileSync(path, `${doc.slice(0, start)}${apiTable(ALL_ROUTES)}${doc.slice(end)}`);
console.log(`docs/API.md: ${ALL_ROUTES.length} endpoints`);
