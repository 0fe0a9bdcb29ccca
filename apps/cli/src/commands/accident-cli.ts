import fs from 'node:fs';
import path from 'node:path';
import { type Locale, translate, ZAccidentListQuery } from '@redline/contracts';
import { accounts } from '@redline/server/features/accounts/schema';
import { cases } from '@redline/server/features/cases/schema';
import { formatDateTime } from '@redline/server/features/hazard-reports/format';
import { actorOf } from '@redline/server/features/scope/resolve-scope';
import { notFound } from '@redline/server/http/errors';
import type { Runtime } from '@redline/server/runtime';
import { and, eq, sql } from 'drizzle-orm';
import { out, UsageError } from '../command';
import { cliCtx } from '../runtime';

// Shared by the `accidents` and `indicators` commands: who acts, which accident, how times, numbers and tables read.

/** The option every accident command takes: act as a named account (its roles, scope and name in the audit trail). */
export const AS_OPTION = { as: { type: 'string' } } as const;
export const AS_USAGE = '[--as USERNAME]';

/**
 * The command's context: the system actor (every region, audited as no account), or with `--as` the named account —
 * its roles and data scope apply as if it had signed in, and the audit trail names it.
 */
export async function actorCtx(rt: Runtime, username: string | undefined) {
  const ctx = cliCtx(rt);
  if (!username) return ctx;
  const [account] = await rt.database.db
    .select()
    .from(accounts)
    .where(eq(sql`lower(${accounts.username})`, username.toLowerCase()));
  if (!account) throw new Error(`no account named ${username}`);
  if (account.status !== 'active') throw new Error(`the account ${username} is disabled`);
  return { ...ctx, actor: await actorOf(rt.database.db, account, 'token') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An accident's id from its id or its number (SG-…); 404 NOT_FOUND when there is none. */
export async function accidentId(rt: Runtime, ref: string): Promise<string> {
  if (UUID.test(ref)) return ref.toLowerCase();
  const [row] = await rt.database.db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.number, ref), eq(cases.type, 'accident')));
  if (!row) throw notFound();
  return row.id;
}

/**
 * A time as given on the command line: `YYYY-MM-DD HH:mm[:ss]` or `YYYY-MM-DDTHH:mm` in Beijing time, or ISO 8601
 * with an offset; answered as ISO 8601 in UTC (what the contracts take).
 */
export function instantArg(name: string, value: string): string {
  const local = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(value.trim());
  const iso = local ? `${local[1]}T${local[2]}+08:00` : value.trim();
  const at = new Date(iso);
  if (!/[+-]\d{2}:?\d{2}$|Z$/.test(iso) || Number.isNaN(at.getTime())) {
    throw new UsageError(`${name} must be a time like 2026-03-05 14:20 (Beijing time) or 2026-03-05T06:20:00Z`);
  }
  return at.toISOString();
}

/** A number option, or undefined when not given; `none` (where allowed) is null. */
export function numberArg(name: string, value: string | undefined, allowNone = false): number | null | undefined {
  if (value === undefined) return undefined;
  if (allowNone && value === 'none') return null;
  const n = Number(value.replaceAll(',', ''));
  if (value.trim() === '' || !Number.isFinite(n)) {
    throw new UsageError(`${name} must be a number${allowNone ? ' (or none)' : ''}, got "${value}"`);
  }
  return n;
}

/** A JSON file's contents; a missing or malformed file is wrong usage, said in one line. */
export function readJson(file: string): unknown {
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved)) throw new UsageError(`no such file: ${resolved}`);
  try {
    return JSON.parse(fs.readFileSync(resolved, 'utf8'));
  } catch (error) {
    throw new UsageError(`${resolved} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The text of a catalogue key in the terminal's language (zh-CN when LANG is zh_*). */
export const label = (locale: Locale, key: string, params?: Record<string, string | number>) =>
  translate(locale, key, params);

/** A pair of texts, zh-CN first, picked by locale. */
export const say = (locale: Locale, zh: string, en: string) => (locale === 'zh-CN' ? zh : en);

export const when = (instant: Date | string | null | undefined) => formatDateTime(instant) || '—';

/** Columns a terminal shows as two cells wide: CJK, Hangul, full-width forms. */
const wide = (code: number) =>
  (code >= 0x1100 && code <= 0x115f) ||
  (code >= 0x2e80 && code <= 0xa4cf) ||
  (code >= 0xac00 && code <= 0xd7a3) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xfe30 && code <= 0xfe4f) ||
  (code >= 0xff00 && code <= 0xff60) ||
  (code >= 0xffe0 && code <= 0xffe6);

export const displayWidth = (text: string) => [...text].reduce((n, ch) => n + (wide(ch.codePointAt(0)!) ? 2 : 1), 0);

/** Prints rows under a header, columns padded to their display width (Chinese counts double), numbers right-aligned. */
export function printTable(header: string[], rows: Array<Array<string | number>>) {
  const cells = [header, ...rows.map((r) => r.map((v) => String(v)))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ''))));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  for (const row of cells) {
    const line = row.map((v, i) => {
      const gap = ' '.repeat(widths[i]! - displayWidth(v));
      return numeric[i] ? gap + v : v + gap;
    });
    out(line.join('  ').trimEnd());
  }
}

/** The filter options of `accidents list` and `accidents export`, checked as GET /accidents checks its query. */
export const FILTER_OPTIONS = {
  region: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  grade: { type: 'string' },
  sector: { type: 'string' },
  category: { type: 'string' },
  state: { type: 'string' },
  q: { type: 'string' },
  sort: { type: 'string' },
} as const;

export function listQuery(values: Record<string, string | boolean | undefined>, page?: string, limit?: string) {
  const parsed = ZAccidentListQuery.safeParse({
    regionCode: values.region,
    from: values.from,
    to: values.to,
    grade: values.grade,
    sector: values.sector,
    categoryCode: values.category,
    state: values.state,
    q: values.q,
    sort: values.sort,
    ...(page ? { page } : {}),
    ...(limit ? { pageSize: limit } : {}),
  });
  if (!parsed.success) {
    const names: Record<string, string> = { regionCode: 'region', categoryCode: 'category', pageSize: 'limit' };
    const wrong = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))].map(
      (p) => `--${names[p] ?? p}`,
    );
    throw new UsageError(`invalid ${wrong.join(', ')}`);
  }
  return parsed.data;
}
