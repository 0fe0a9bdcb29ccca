import type { Locale } from '@redline/contracts';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { accounts, leaderAssignments } from '../accounts/schema';
import { enterprises } from '../enterprises/schema';
import { regions } from '../regions/schema';
import { sectors } from '../sectors/schema';

export type AssignmentRow = typeof leaderAssignments.$inferSelect;
type Kind = AssignmentRow['kind'];

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Assignments whose account is visible through `accountScope`. */
export const selectAssignments = (db: Db | Tx, accountScope: SQL, filter?: SQL) =>
  db
    .select({ assignment: leaderAssignments })
    .from(leaderAssignments)
    .innerJoin(accounts, eq(accounts.id, leaderAssignments.accountId))
    .where(and(accountScope, filter));

/** Display names of the assignments' targets (sector in the caller's language, region, enterprise), by kind and ref. */
export async function refNamesOf(db: Db | Tx, rows: AssignmentRow[], locale: Locale): Promise<Map<string, string>> {
  const refs = (kind: Kind) => [...new Set(rows.filter((r) => r.kind === kind).map((r) => r.ref))];
  const sectorRefs = refs('sector');
  const regionRefs = refs('region');
  const enterpriseRefs = refs('enterprise').filter((ref) => UUID.test(ref));
  // Sequential: on a transaction's single connection, queries cannot overlap.
  const sectorRows = sectorRefs.length
    ? await db
        .select({ ref: sectors.code, zh: sectors.nameZh, en: sectors.nameEn })
        .from(sectors)
        .where(inArray(sectors.code, sectorRefs))
    : [];
  const regionRows = regionRefs.length
    ? await db.select({ ref: regions.code, name: regions.name }).from(regions).where(inArray(regions.code, regionRefs))
    : [];
  const enterpriseRows = enterpriseRefs.length
    ? await db
        .select({ ref: enterprises.id, name: enterprises.name })
        .from(enterprises)
        .where(inArray(enterprises.id, enterpriseRefs))
    : [];
  return new Map([
    ...sectorRows.map((s) => [`sector:${s.ref}`, locale === 'en' ? s.en : s.zh] as const),
    ...regionRows.map((r) => [`region:${r.ref}`, r.name] as const),
    ...enterpriseRows.map((e) => [`enterprise:${e.ref}`, e.name] as const),
  ]);
}
