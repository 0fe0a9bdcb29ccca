import { RISK_LIBRARY } from '@redline/domain';
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { AppDeps, Ctx } from '../../http/context';
import { accounts } from '../accounts/schema';
import { cases } from '../cases/schema';
import { enterprises } from '../enterprises/schema';
import { openCheckRuns } from '../risks/open-runs';
import { recordCheck } from '../risks/record-check';
import { copyLibrary } from '../risks/write';
import { actorOf } from '../scope/resolve-scope';
import { createRng, DEMO_COUNTY_CODE, demoEnterpriseUscc } from './dataset';
import { loadDemoRiskMap } from './load-risk-map';

const DAY = 86_400_000;
/** Days of check history of the `enterprise` account's company: its runs opened and mostly recorded. */
export const DEMO_RISK_HISTORY_DAYS = 7;
/** Enterprises per library sector with a register, besides the `enterprise` account's own. */
const PER_SECTOR = 2;

/** A library meant for part of its supervision sector: the aggregates quarry library is not an iron mine's (GB/T 4754). */
const LIBRARY_INDUSTRY: Partial<Record<string, string>> = { aggregate_quarry: 'B101' };

/** What the demo register loader chose, for the map and the tests. */
export type DemoRegisters = { enterpriseIds: string[]; runs: number; recorded: number; hazards: number };

/**
 * Loads risk registers (风险分级管控清单) into the demo city: the `enterprise` account's company copies its sector's
 * starter library a week ago (as its own account), and the first enterprises of the demo county in each library sector
 * theirs this morning (as the administrator who keeps registers for them); then, day by day, the
 * scheduler opens each day's check runs and the enterprises record them — most on time, some late, a few missed (they
 * go overdue at the final sweep), and a few with an item not ok, which becomes a self-inspection hazard in the town
 * office's to-do. Each register gets its four-colour map (load-risk-map.ts). Through the services, each write at its
 * moment; deterministic. One transaction, as the hazards' (load-hazards.ts): all or nothing, and one commit instead of
 * several hundred (each service's own transaction becomes a savepoint inside it).
 */
export async function loadDemoRisks(db: Db, deps: AppDeps, now: Date): Promise<DemoRegisters> {
  return db.transaction((tx) => loadRegisters(tx as unknown as Db, deps, now));
}

async function loadRegisters(db: Db, deps: AppDeps, now: Date): Promise<DemoRegisters> {
  const rng = createRng(6006);
  const actorNamed = async (username: string) => {
    const [account] = await db.select().from(accounts).where(eq(accounts.username, username));
    if (!account) throw new Error(`demo registers need the demo account ${username}`);
    return actorOf(db, account, 'session');
  };
  const actors = { enterprise: await actorNamed('enterprise'), admin: await actorNamed('admin') };
  const ctxAt = (at: Date, as: keyof typeof actors): Ctx => ({
    db,
    deps,
    actor: actors[as],
    requestId: 'demo-load',
    now: at,
    locale: 'zh-CN',
  });
  const chosen = await chooseEnterprises(db);
  // The company adopted its register a week ago; the others this morning (so the start stays quick: a week of runs
  // of every register would be thousands of cases).
  const weekAgo = new Date(now.getTime() - DEMO_RISK_HISTORY_DAYS * DAY);
  const thisMorning = new Date(Math.min(now.getTime(), endOfLocalDay(now.getTime()) - (24 * 60 - 1) * 60_000));
  for (const { id, sector, own } of chosen) {
    await copyLibrary(ctxAt(own ? weekAgo : thisMorning, own ? 'enterprise' : 'admin'), id, sector);
  }

  // Each register's four-colour map: a generated site plan with one area per analysis object.
  for (const { id } of chosen) await loadDemoRiskMap(db, deps, id, now);
  const ids = chosen.map((c) => c.id);
  const ownId = chosen.find((c) => c.own)?.id;
  let recorded = 0;
  let hazards = 0;
  let faultsLeft = 2; // the company's own runs that find something
  for (let d = DEMO_RISK_HISTORY_DAYS; d >= 0; d--) {
    const at = new Date(Math.min(now.getTime(), endOfLocalDay(now.getTime() - d * DAY)));
    await openCheckRuns(db, at);
    const due = await db
      .select({
        id: cases.id,
        version: cases.version,
        enterpriseId: cases.enterpriseId,
        title: cases.title,
        fields: cases.fields,
      })
      .from(cases)
      .where(
        and(
          eq(cases.type, 'risk_check'),
          eq(cases.state, 'due'),
          inArray(cases.enterpriseId, ids),
          lte(cases.deadline, at),
        ),
      )
      .orderBy(asc(cases.deadline), asc(cases.number));
    for (const run of due) {
      const start = new Date(`${String(run.fields.slotStart)}:00+08:00`).getTime();
      const end = new Date(`${String(run.fields.slotEnd)}:00+08:00`).getTime();
      const roll = rng.next();
      if (roll < 0.05) continue; // missed: overdue at the sweep
      const late = roll < 0.1;
      const recordedAt = late ? Math.min(end + 2 * 3_600_000, now.getTime()) : start + (end - start) * 0.4;
      const own = run.enterpriseId === ownId;
      const fault = (own && faultsLeft > 0 && d >= 1 && d <= 3 && rng.chance(0.2)) || (!own && rng.chance(0.004));
      if (own && fault) faultsLeft--;
      const items = run.title
        .split(/[；;]/)
        .map((s) => s.trim())
        .filter(Boolean)
        .slice(0, 5);
      const list = (items.length ? items : ['按检查内容逐项检查']).map((item, i) => ({
        item: item.slice(0, 200),
        ok: !(fault && i === 0),
        ...(fault && i === 0 ? { finding: `${item.slice(0, 60)}不符合要求`, note: '检查中发现，已拍照留存' } : {}),
        evidenceIds: [],
      }));
      const result = await recordCheck(ctxAt(new Date(recordedAt), own ? 'enterprise' : 'admin'), run.id, {
        version: run.version,
        items: list,
        comment: late ? '补录：当班未及时填写检查记录' : undefined,
      });
      recorded++;
      hazards += result.hazards.length;
    }
  }
  return { enterpriseIds: ids, runs: await countRuns(db, ids), recorded, hazards };
}

/** The end of the local (Asia/Shanghai) day of an instant. */
const endOfLocalDay = (ms: number) => {
  const local = new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
  return new Date(`${local}T23:59:00+08:00`).getTime();
};

/** The `enterprise` account's company (if its sector has a library) and the first few per library sector. */
async function chooseEnterprises(db: Db) {
  const all = await db
    .select({
      id: enterprises.id,
      uscc: enterprises.uscc,
      sectors: enterprises.sectorCodes,
      industry: enterprises.industryCode,
      path: enterprises.regionPath,
    })
    .from(enterprises)
    .orderBy(asc(enterprises.uscc));
  const inCounty = all.filter((e) => e.path.includes(`/${DEMO_COUNTY_CODE}/`));
  const fits = (e: (typeof all)[number], sector: (typeof RISK_LIBRARY)[number]) =>
    e.sectors[0] === sector.supervisionSector && (e.industry ?? '').startsWith(LIBRARY_INDUSTRY[sector.code] ?? '');
  const chosen: Array<{ id: string; sector: string; own: boolean }> = [];
  const own = all.find((e) => e.uscc === demoEnterpriseUscc);
  const ownSector = own && RISK_LIBRARY.find((s) => fits(own, s))?.code;
  if (own && ownSector) chosen.push({ id: own.id, sector: ownSector, own: true });
  for (const sector of RISK_LIBRARY) {
    const candidates = inCounty.filter((e) => fits(e, sector) && !chosen.some((c) => c.id === e.id));
    for (const e of candidates.slice(0, PER_SECTOR)) chosen.push({ id: e.id, sector: sector.code, own: false });
  }
  return chosen;
}

async function countRuns(db: Db, ids: string[]) {
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.type, 'risk_check'), inArray(cases.enterpriseId, ids)));
  return rows.length;
}
