import type { AnyRoute } from './route';

/** The markdown endpoint table of docs/API.md: method and path, who may call it, and the route's summary. */
export function apiTable(routes: AnyRoute[]): string {
  const who = (r: AnyRoute) =>
    r.access === 'public' ? 'anyone' : r.access.length === 0 ? 'any signed-in account' : r.access.join(', ');
  const rows = routes.map((r) => `| \`${r.method} ${r.url}\` | ${who(r)} | ${r.summary} |`);
  return ['| method and path | who may call | what |', '|---|---|---|', ...rows].join('\n');
}
