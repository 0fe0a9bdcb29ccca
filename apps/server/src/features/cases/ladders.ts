import { type TEscalationLadder, type TEscalationLadderPut, ZLadder } from '@redline/contracts';
import { DEFAULT_LADDER, isWithinPath, type Ladder, validateLadder } from '@redline/domain';
import { and, asc, eq, inArray, isNull, not, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { AppError, invalid, notFound, outOfScope } from '../../http/errors';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { pathCodes } from '../departments/nearest-duties';
import { findRegion } from '../regions/repo';
import { regions } from '../regions/schema';
import type { Actor } from '../scope/actor';
import { scopeOf, underPath } from '../scope/filters';
import { errorCodeOf } from './calendars';
import { escalationLadders } from './schema';
import { CASE_WORKFLOWS } from './workflows';

type LadderRow = typeof escalationLadders.$inferSelect;

/** A stored ladder that still passes the checks (rows are written through `putEscalationLadder`; this guards edits). */
function parseLadder(value: unknown): Ladder | undefined {
  const shape = ZLadder.safeParse(value);
  if (!shape.success) return undefined;
  const checked = validateLadder(shape.data);
  return checked.ok ? checked.value : undefined;
}

/**
 * The ladders of the case types swept, read once per sweep (a handful of rows), and the rule that picks one per
 * case: the ladder of the nearest region at or above the case's region, else the type's default (region null), else
 * `fallback` (DEFAULT_LADDER). Picking walks the case's region path from the bottom up, so a sweep over any number of
 * cases costs one query and a few map lookups per case.
 */
export class LadderIndex {
  private readonly byRegion = new Map<string, Ladder>();
  private readonly byType = new Map<string, Ladder>();

  constructor(
    rows: ReadonlyArray<Pick<LadderRow, 'caseType' | 'regionCode' | 'ladder'>>,
    private readonly fallback: Ladder = DEFAULT_LADDER,
  ) {
    for (const row of rows) {
      const ladder = parseLadder(row.ladder);
      if (!ladder) continue;
      if (row.regionCode === null) this.byType.set(row.caseType, ladder);
      else this.byRegion.set(`${row.caseType}\u0000${row.regionCode}`, ladder);
    }
  }

  pick(caseType: string, regionPath: string): Ladder {
    const codes = pathCodes(regionPath);
    for (let i = codes.length - 1; i >= 0; i--) {
      const ladder = this.byRegion.get(`${caseType}\u0000${codes[i]}`);
      if (ladder) return ladder;
    }
    return this.byType.get(caseType) ?? this.fallback;
  }

  /** Every ladder a case of these types may run on: the sweep reads candidates up to the longest reminder. */
  all(): Ladder[] {
    return [this.fallback, ...this.byType.values(), ...this.byRegion.values()];
  }
}

export async function loadLadderIndex(db: Db | Tx, caseTypes: string[], fallback?: Ladder): Promise<LadderIndex> {
  const rows = caseTypes.length
    ? await db
        .select({
          caseType: escalationLadders.caseType,
          regionCode: escalationLadders.regionCode,
          ladder: escalationLadders.ladder,
        })
        .from(escalationLadders)
        .where(inArray(escalationLadders.caseType, caseTypes))
    : [];
  return new LadderIndex(rows, fallback);
}

// ---------------------------------------------------------------------------------------------------------------------
// Administration: GET / PUT / DELETE /escalation-ladders

const selectLadders = (db: Db | Tx) =>
  db
    .select({ row: escalationLadders, regionName: regions.name })
    .from(escalationLadders)
    .leftJoin(regions, eq(regions.code, escalationLadders.regionCode));

const present = ({ row, regionName }: { row: LadderRow; regionName: string | null }): TEscalationLadder => ({
  id: row.id,
  caseType: row.caseType,
  regionCode: row.regionCode,
  regionName,
  ladder: row.ladder as Ladder,
  updatedAt: row.updatedAt.toISOString(),
});

/** The region path an account's region scope starts at; other scopes (grids, enterprise) write no ladder. */
const scopePathOf = (actor: Actor) => (actor.scope.kind === 'region' ? actor.scope.regionPath : undefined);

/**
 * A type's default applies in every region, so only an account whose scope covers every region may set it (the
 * command line's system actor, or an administrator at the root of the region tree).
 */
async function coversEveryRegion(tx: Db | Tx, actor: Actor): Promise<boolean> {
  const path = scopePathOf(actor);
  if (path === undefined) return false;
  const [outside] = await tx
    .select({ code: regions.code })
    .from(regions)
    .where(not(underPath(regions.path, path)))
    .limit(1);
  return !outside;
}

/**
 * The ladders that bear on the caller's regions: the types' defaults, those of regions in scope, and those of the
 * regions above the scope (they apply inside it until a nearer one is set).
 */
function visibleLadders(actor: Actor): SQL {
  const path = scopePathOf(actor);
  const regional = path
    ? or(underPath(escalationLadders.regionPath, path), sql`${path} like ${escalationLadders.regionPath} || '%'`)
    : sql`false`;
  return or(isNull(escalationLadders.regionCode), regional)!;
}

export async function listEscalationLadders(ctx: Ctx, query: { caseType?: string }) {
  const rows = await selectLadders(ctx.db)
    .where(and(visibleLadders(ctx.actor), query.caseType ? eq(escalationLadders.caseType, query.caseType) : undefined))
    .orderBy(
      asc(escalationLadders.caseType),
      sql`${escalationLadders.regionPath} nulls first`,
      asc(escalationLadders.id),
    );
  return rows.map(present);
}

/** The ladder's own rule violations as the error code, with the field problem at the offending days. */
function ladderError(code: string, index: number): AppError {
  const where =
    code === 'LADDER.REMINDER_DAYS'
      ? `ladder.reminders.${index}.before.days`
      : `ladder.steps.${index}.afterOverdue.days`;
  const params = { index: index + 1 };
  return new AppError(errorCodeOf(code), params, [{ path: where, code, params }]);
}

/**
 * Sets the ladder of a case type in a region in scope (403 outside), or the type's default (regionCode null). The
 * type must be one the clock runs for (CASE_WORKFLOWS); the ladder passes `validateLadder` (400 LADDER.*).
 * One row per (type, region): a second PUT replaces it. Audited with before and after.
 */
export async function putEscalationLadder(ctx: Ctx, body: TEscalationLadderPut) {
  if (!Object.hasOwn(CASE_WORKFLOWS, body.caseType)) {
    throw invalid({ path: 'caseType', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  }
  const checked = validateLadder(body.ladder);
  if (!checked.ok) throw ladderError(checked.error.code, Number(checked.error.params?.index ?? 0));
  const id = await ctx.db.transaction(async (tx) => {
    let regionPath: string | null = null;
    if (body.regionCode === null) {
      if (!(await coversEveryRegion(tx, ctx.actor))) throw outOfScope();
    } else {
      const region = await findRegion(tx, body.regionCode);
      if (!region) throw invalid({ path: 'regionCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
      if (!(await findRegion(tx, region.code, scopeOf.regions(ctx.actor)))) throw outOfScope();
      regionPath = region.path;
    }
    const [before] = await tx
      .select()
      .from(escalationLadders)
      .where(
        and(
          eq(escalationLadders.caseType, body.caseType),
          body.regionCode === null
            ? isNull(escalationLadders.regionCode)
            : eq(escalationLadders.regionCode, body.regionCode),
        ),
      )
      .for('update');
    // The unique index is on (case_type, coalesce(region_code, '')): the upsert names that expression.
    const { rows } = await tx.execute<LadderRow & { id: string }>(sql`
      insert into escalation_ladders (case_type, region_code, region_path, ladder, created_at, updated_at)
      values (${body.caseType}, ${body.regionCode}, ${regionPath}, ${JSON.stringify(body.ladder)}::jsonb,
              ${ctx.now}, ${ctx.now})
      on conflict (case_type, coalesce(region_code, ''))
      do update set ladder = excluded.ladder, region_path = excluded.region_path, updated_at = excluded.updated_at
      returning id`);
    const id = rows[0]!.id;
    await appendAudit(tx, whoOf(ctx), {
      action: 'escalation_ladder.put',
      entity: 'escalation_ladder',
      entityId: id,
      before: before ?? null,
      after: { caseType: body.caseType, regionCode: body.regionCode, regionPath, ladder: body.ladder },
    });
    return id;
  });
  const [row] = await selectLadders(ctx.db).where(eq(escalationLadders.id, id));
  return present(row!);
}

/**
 * Removes a ladder: the cases there fall back to the next region up, the type's default, or DEFAULT_LADDER. A ladder
 * the caller cannot see is 404; one it sees but may not change (a region above its scope, a type default without
 * whole-tree scope) is 403.
 */
export async function deleteEscalationLadder(ctx: Ctx, id: string) {
  await ctx.db.transaction(async (tx) => {
    const [found] = await tx
      .select()
      .from(escalationLadders)
      .where(and(eq(escalationLadders.id, id), visibleLadders(ctx.actor)))
      .for('update');
    if (!found) throw notFound();
    const path = scopePathOf(ctx.actor);
    const writable =
      found.regionPath === null
        ? await coversEveryRegion(tx, ctx.actor)
        : path !== undefined && isWithinPath(found.regionPath, path);
    if (!writable) throw outOfScope();
    await tx.delete(escalationLadders).where(eq(escalationLadders.id, id));
    await appendAudit(tx, whoOf(ctx), {
      action: 'escalation_ladder.delete',
      entity: 'escalation_ladder',
      entityId: id,
      before: found,
    });
  });
}
