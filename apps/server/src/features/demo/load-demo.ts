import { type TRole, type TScopeInput, ZEnterpriseCreate } from '@redline/contracts';
import { validateUscc } from '@redline/domain';
import { count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { AppDeps } from '../../http/context';
import { accounts, leaderAssignments } from '../accounts/schema';
import { insertAccount } from '../accounts/service';
import { type AuditWho, appendAudit } from '../audit/append-audit';
import { sweepDeadlines } from '../cases/sweep-deadlines';
import { CASE_WORKFLOWS } from '../cases/workflows';
import { insertDepartment } from '../departments/service';
import { enterprises } from '../enterprises/schema';
import { insertEnterprisesBulk } from '../enterprises/service';
import { toEnterpriseValues } from '../enterprises/values';
import { insertGrid } from '../grids/service';
import { regions as regionTable } from '../regions/schema';
import { insertRegion } from '../regions/service';
import { upsertSectorCatalogue } from '../sectors/service';
import {
  DEMO_PASSWORD,
  type DemoScope,
  demoAccounts,
  departments,
  generateEnterprises,
  grids,
  regions,
  sectorDuties,
} from './dataset';
import { loadDemoAccidents } from './load-accidents';
import { loadDemoHazards } from './load-hazards';
import { loadDemoRisks } from './load-risks';

export { DEMO_PASSWORD, demoAccounts };

/** True when the database holds no region yet: a first start loads the demo then (unless REDLINE_DEMO=0). */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(regionTable);
  return (row?.n ?? 0) === 0;
}

/**
 * Loads the demo city 晋城市 (deterministic): regions, grids, sectors, departments with the duty map, 500
 * enterprises and one account per role, through the same insert functions the API and the test factories use.
 * Given the app's dependencies (the evidence store for the photos), it then loads about three months of hazards
 * through the hazard services as the demo accounts (load-hazards.ts), and two years of accidents with the control
 * indicators (load-accidents.ts).
 */
export async function loadDemo(
  db: Db,
  now = new Date(),
  deps?: AppDeps,
): Promise<{ enterprises: number; accounts: number; hazards: number; accidents: number; registers: number }> {
  const who: AuditWho = { actorId: null, requestId: 'demo-load', now };
  await upsertSectorCatalogue(db, who);
  const list = generateEnterprises();
  await db.transaction(async (tx) => {
    for (const r of regions) {
      await insertRegion(
        tx,
        who,
        {
          code: r.code,
          name: r.name,
          level: r.level,
          parentCode: r.parentCode,
          isDevelopmentZone: r.isDevelopmentZone ?? false,
        },
        null,
      );
    }
    for (const g of grids) await insertGrid(tx, who, { code: g.code, name: g.name, villageCode: g.villageCode }, null);
    const departmentIds = new Map<string, string>();
    for (const d of departments) {
      const sectorCodes = sectorDuties.filter((s) => s.departmentKey === d.key).map((s) => s.sectorCode);
      const row = await insertDepartment(
        tx,
        who,
        { name: d.name, regionCode: d.regionCode, kind: d.kind, sectorCodes },
        null,
      );
      departmentIds.set(d.key, row.id);
    }
    // The demo's 500 enterprises go through the import's bulk path: checked like any row, inserted in batches.
    const paths = new Map(
      (await tx.select({ code: regionTable.code, path: regionTable.path }).from(regionTable)).map((r) => [
        r.code,
        r.path,
      ]),
    );
    const rows = list.map((e) => {
      const input = ZEnterpriseCreate.parse(e);
      const uscc = validateUscc(input.uscc);
      if (!uscc.ok) throw new Error(`demo enterprise ${e.name}: ${uscc.error.code}`);
      return toEnterpriseValues(input, uscc.value, paths.get(input.regionCode)!);
    });
    await insertEnterprisesBulk(tx, who, rows);
    const idOf = async (uscc: string) => {
      const [row] = await tx.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.uscc, uscc));
      return row!.id;
    };
    const scopeOf = async (s: DemoScope): Promise<TScopeInput> =>
      s.kind === 'enterprise' ? { kind: 'enterprise', enterpriseId: await idOf(s.enterpriseUscc) } : s;
    for (const a of demoAccounts) {
      const row = await insertAccount(
        tx,
        who,
        {
          username: a.username,
          displayName: a.displayName,
          mobile: a.mobile,
          roles: a.roles as TRole[],
          scope: await scopeOf(a.scope),
          departmentId: a.departmentKey ? departmentIds.get(a.departmentKey) : null,
          password: a.password,
        },
        null,
      );
      for (const l of a.leaderAssignments ?? []) {
        const ref = l.kind === 'enterprise' ? await idOf(l.ref) : l.ref;
        const [assignment] = await tx
          .insert(leaderAssignments)
          .values({ accountId: row.id, kind: l.kind, ref, relation: l.relation })
          .returning();
        await appendAudit(tx, who, {
          action: 'leader_assignment.create',
          entity: 'leader_assignment',
          entityId: assignment!.id,
          after: assignment,
        });
      }
    }
  });
  const [n] = await db
    .select({ n: count() })
    .from(accounts)
    .where(
      inArray(
        accounts.username,
        demoAccounts.map((a) => a.username),
      ),
    );
  const history = deps ? await loadHistories(db, deps, now) : { hazards: 0, registers: 0, accidents: 0 };
  return { enterprises: list.length, accounts: n?.n ?? 0, ...history };
}

/**
 * The hazards, then the registers (their check runs report hazards, numbered after the plan's and checked against
 * them for duplicates), and beside them the accidents, which share no row with either: two connections, so that one
 * history's queries run while Node builds the other's (the load is round trips, not work). Each history is its own
 * transaction, and each one's sweeps cover only the case types it makes; the audit chain is written at each commit.
 * Last, one deadline sweep of every type at `now`: the clocks of what is still open, overdue runs included.
 */
async function loadHistories(db: Db, deps: AppDeps, now: Date) {
  const [hazardsAndRegisters, accidents] = await Promise.allSettled([
    (async () => {
      const hazards = (await loadDemoHazards(db, deps, now)).hazards;
      const registers = (await loadDemoRisks(db, deps, now)).enterpriseIds.length;
      return { hazards, registers };
    })(),
    loadDemoAccidents(db, deps, now),
  ]);
  // Both settle before either failure is thrown, so nothing still writes when the caller gives up on the database.
  if (hazardsAndRegisters.status === 'rejected') throw hazardsAndRegisters.reason;
  if (accidents.status === 'rejected') throw accidents.reason;
  await sweepDeadlines(db, now, { workflows: CASE_WORKFLOWS });
  return { ...hazardsAndRegisters.value, accidents: accidents.value.accidents };
}
