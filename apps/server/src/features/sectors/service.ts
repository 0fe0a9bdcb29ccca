import { asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import type { Ctx } from '../../http/context';
import { AppError, invalid, notFound } from '../../http/errors';
import { type AuditWho, appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { SECTOR_CATALOGUE } from './catalogue';
import { presentSector } from './present';
import { sectors } from './schema';

type SectorCreate = { code: string; nameZh: string; nameEn: string; parentCode: string | null; sortOrder: number };
type SectorUpdate = { nameZh?: string; nameEn?: string; sortOrder?: number; active?: boolean };

/** The whole catalogue (small reference data), in display order. */
export async function listSectors(ctx: Ctx) {
  const rows = await ctx.db.select().from(sectors).orderBy(asc(sectors.sortOrder), asc(sectors.code));
  return rows.map(presentSector);
}

const findSector = async (db: Db | Tx, code: string) =>
  (await db.select().from(sectors).where(eq(sectors.code, code)))[0];

export async function createSector(ctx: Ctx, input: SectorCreate) {
  const row = await ctx.db.transaction(async (tx) => {
    if (input.parentCode) {
      const parent = await findSector(tx, input.parentCode);
      if (!parent) {
        // `parentCode` is labelled as a parent region elsewhere; here it is a parent sector.
        throw invalid({
          path: 'parentCode',
          code: 'VALIDATION.UNKNOWN_REFERENCE',
          params: { field: '@field.parentSector' },
        });
      }
      if (parent.parentCode) throw invalid({ path: 'parentCode', code: 'SECTOR.PARENT_NOT_TOP_LEVEL' });
    }
    const values = { ...input, active: true, createdAt: ctx.now, updatedAt: ctx.now };
    let inserted: typeof sectors.$inferSelect | undefined;
    try {
      [inserted] = await tx.insert(sectors).values(values).returning();
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT.DUPLICATE', { field: '@field.code' });
      throw error;
    }
    await appendAudit(tx, whoOf(ctx), {
      action: 'sector.create',
      entity: 'sector',
      entityId: input.code,
      after: inserted,
    });
    return inserted!;
  });
  return presentSector(row);
}

export async function updateSector(ctx: Ctx, code: string, patch: SectorUpdate) {
  const row = await ctx.db.transaction(async (tx) => {
    const before = await findSector(tx, code);
    if (!before) throw notFound();
    const [after] = await tx
      .update(sectors)
      .set({ ...patch, updatedAt: ctx.now })
      .where(eq(sectors.code, code))
      .returning();
    await appendAudit(tx, whoOf(ctx), { action: 'sector.update', entity: 'sector', entityId: code, before, after });
    return after!;
  });
  return presentSector(row);
}

/**
 * Inserts the catalogue rows that are missing (parents first, as the catalogue lists them) and audits each one it
 * inserted, in one transaction. Rows already present, edited or not, are left alone, so a second call inserts
 * nothing; ON CONFLICT DO NOTHING keeps concurrent callers (parallel test files) from colliding.
 */
export async function upsertSectorCatalogue(db: Db, who: AuditWho): Promise<number> {
  const codes = SECTOR_CATALOGUE.map((s) => s.code);
  const present = await db.select({ code: sectors.code }).from(sectors).where(inArray(sectors.code, codes));
  if (present.length === codes.length) return 0;
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(sectors)
      .values(
        SECTOR_CATALOGUE.map((s) => ({
          code: s.code,
          nameZh: s.nameZh,
          nameEn: s.nameEn,
          parentCode: s.parentCode ?? null,
          sortOrder: s.sortOrder,
          createdAt: who.now,
          updatedAt: who.now,
        })),
      )
      .onConflictDoNothing({ target: sectors.code })
      .returning();
    const byCode = new Map(inserted.map((row) => [row.code, row]));
    for (const code of codes) {
      const row = byCode.get(code);
      if (row) await appendAudit(tx, who, { action: 'sector.create', entity: 'sector', entityId: code, after: row });
    }
    return inserted.length;
  });
}
