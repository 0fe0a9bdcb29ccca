import { translate } from '@redline/contracts';
import { findStandard } from '@redline/domain';
import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { departments } from '../departments/schema';
import { enterprises } from '../enterprises/schema';
import { grids, regions } from '../regions/schema';

const SHANGHAI_MS = 8 * 3_600_000;

/** `YYYY-MM-DD HH:mm` in Asia/Shanghai (UTC+8 all year), '' for none. */
export function formatDateTime(instant: Date | string | null | undefined): string {
  if (!instant) return '';
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) return '';
  return new Date(ms + SHANGHAI_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** `YYYY-MM-DD` in Asia/Shanghai, '' for none. */
export const formatDate = (instant: Date | string | null | undefined) => formatDateTime(instant).slice(0, 10);

/** A code's zh-CN label from the catalogue (`hazard.state.written_off` → 已销号); '' for none, the code if unknown. */
export function labelOf(list: string, code: unknown): string {
  if (code === null || code === undefined || code === '') return '';
  const key = `hazard.${list}.${String(code)}`;
  const label = translate('zh-CN', key);
  return label === key ? String(code) : label;
}

export const RECTIFICATION_MODE_LABELS: Record<string, string> = { immediate: '立即整改', by_deadline: '限期整改' };

/** The determination basis as people cite it: 《standard title》 article. */
export function basisText(basis: unknown): string {
  if (!basis || typeof basis !== 'object') return '';
  const { standard, article } = basis as { standard?: string; article?: string };
  if (!standard) return '';
  const title = findStandard(standard)?.title ?? standard;
  return article ? `${title} ${article}` : title;
}

/**
 * Names of units (`region:<code>` → the region's name + 安委办, `department:<id>`, `enterprise:<id>`, `grid:<code>`),
 * looked up in one query per kind; an unknown key stays as it is.
 */
export async function unitNames(db: Db | Tx, keys: Array<string | null | undefined>): Promise<Map<string, string>> {
  const byKind = new Map<string, Set<string>>();
  for (const key of keys) {
    if (!key) continue;
    const at = key.indexOf(':');
    const kind = key.slice(0, at);
    if (!byKind.has(kind)) byKind.set(kind, new Set());
    byKind.get(kind)!.add(key.slice(at + 1));
  }
  const names = new Map<string, string>();
  const refs = (kind: string) => [...(byKind.get(kind) ?? [])];
  const uuids = (kind: string) => refs(kind).filter((r) => /^[0-9a-f-]{36}$/.test(r));
  if (refs('region').length) {
    for (const r of await db
      .select({ code: regions.code, name: regions.name })
      .from(regions)
      .where(inArray(regions.code, refs('region')))) {
      names.set(`region:${r.code}`, `${r.name}安委办`);
    }
  }
  if (uuids('department').length) {
    for (const d of await db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(inArray(departments.id, uuids('department')))) {
      names.set(`department:${d.id}`, d.name);
    }
  }
  if (uuids('enterprise').length) {
    for (const e of await db
      .select({ id: enterprises.id, name: enterprises.name })
      .from(enterprises)
      .where(inArray(enterprises.id, uuids('enterprise')))) {
      names.set(`enterprise:${e.id}`, e.name);
    }
  }
  if (refs('grid').length) {
    for (const g of await db
      .select({ code: grids.code, name: grids.name })
      .from(grids)
      .where(inArray(grids.code, refs('grid')))) {
      names.set(`grid:${g.code}`, g.name);
    }
  }
  return names;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/** A download's Content-Disposition: an ASCII name for old clients and the Chinese name (RFC 6266 / 5987). */
export const attachment = (ascii: string, utf8: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(utf8)}`;
