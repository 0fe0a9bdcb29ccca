import { HAZARD_STATES } from '@redline/contracts';
import { HAZARD_WORKFLOW } from '@redline/domain';
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/api-client';
import { makeTestDeps } from '../../../test/deps';
import { createDatabase, dropDatabases, type FreshDatabase } from '../../../test/fresh-database';
import { type Database, openDatabase } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { buildApp } from '../../http/app';
import type { AppDeps } from '../../http/context';
import { accounts } from '../accounts/schema';
import { verifyAudit } from '../audit/verify-audit';
import { caseEvents, cases } from '../cases/schema';
import { sweepDeadlines } from '../cases/sweep-deadlines';
import { CASE_WORKFLOWS } from '../cases/workflows';
import { departments } from '../departments/schema';
import { enterprises } from '../enterprises/schema';
import { evidence } from '../evidence/schema';
import { notifications } from '../notifications/schema';
import { DEMO_PASSWORD, DEMO_TOWN_CODE, demoEnterpriseUscc, demoHazards } from './dataset';
import { loadDemo } from './load-demo';
import { demoMomentAt } from './load-hazards';

/**
 * The demo with its hazards, loaded the way `npm start` loads it on a fresh data folder: into an empty database of
 * its own (the demo's region codes and usernames are fixed), through loadDemo with the app's dependencies.
 */
let fresh: FreshDatabase;
let database: Database;
let deps: AppDeps;
let app: FastifyInstance;
let loaded: Awaited<ReturnType<typeof loadDemo>>;
const now = new Date();
type CaseRow = typeof cases.$inferSelect;
/** Demo hazard key → its case, matched by title and report time (the moment the plan gives it). */
const byKey = new Map<string, CaseRow>();
/** The hazards the demo's check runs reported (load-risks.ts): not in the hazard plan, linked to the register. */
let fromChecks: CaseRow[] = [];

const CLOSED = Object.entries(HAZARD_WORKFLOW.states)
  .filter(([, s]) => s.terminal)
  .map(([name]) => name);
const isOverdue = (row: CaseRow) =>
  !CLOSED.includes(row.state) && row.deadline !== null && row.deadline.getTime() < now.getTime();

beforeAll(async () => {
  fresh = await createDatabase('demo');
  database = openDatabase(fresh.url, 5);
  await migrateDatabase(database.pool);
  deps = makeTestDeps(database.db);
  loaded = await loadDemo(database.db, now, deps);
  app = await buildApp({ deps, pool: database.pool, logger: false, webDir: null });
  const rows = await database.db.select().from(cases).where(eq(cases.type, 'hazard'));
  fromChecks = rows.filter((r) => typeof r.fields.riskMeasureId === 'string');
  for (const h of demoHazards) {
    const created = demoMomentAt(now, h.reported).getTime();
    const found = rows.filter((r) => r.title === h.title && r.createdAt.getTime() === created);
    expect(found, h.key).toHaveLength(1);
    byKey.set(h.key, found[0]!);
  }
}, 120_000);

afterAll(async () => {
  await app?.close();
  await database?.close();
  if (fresh) await dropDatabases([fresh]);
});

const signIn = async (username: string) => {
  const client = new ApiClient(app);
  await client.signIn(username, DEMO_PASSWORD);
  return client;
};

describe('demo hazards loaded with the demo', () => {
  it('loads every planned hazard, and each ends as the plan says (state, cycle, level, listing, overdue)', () => {
    expect(loaded.hazards).toBe(demoHazards.length);
    expect(byKey.size).toBe(demoHazards.length);
    for (const h of demoHazards) {
      const row = byKey.get(h.key)!;
      expect(
        {
          state: row.state,
          cycle: row.cycle,
          level: row.level,
          listed: row.listedAt !== null,
          overdue: isOverdue(row),
          suspension: (row.fields.suspension as string | undefined) ?? null,
        },
        h.key,
      ).toEqual(h.outcome);
    }
  });

  it('has every state, and overdue hazards with their overdue events and notices after the sweep', async () => {
    const rows = [...byKey.values()];
    expect([...new Set(rows.map((r) => r.state))].sort()).toEqual([...HAZARD_STATES].sort());
    const overdue = rows.filter(isOverdue);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBe(demoHazards.filter((h) => h.outcome.overdue).length);
    for (const row of overdue) {
      const [events] = await database.db
        .select({ n: count() })
        .from(caseEvents)
        .where(and(eq(caseEvents.caseId, row.id), eq(caseEvents.kind, 'overdue')));
      expect(events!.n, row.number).toBeGreaterThan(0);
    }
    const [notices] = await database.db
      .select({ n: count() })
      .from(notifications)
      .where(eq(notifications.messageKey, 'NOTIFY.CASE_OVERDUE'));
    expect(notices!.n).toBeGreaterThan(0);
    // The history's sweeps ran on their days: reminders came before deadlines, escalations after them.
    const kinds = await database.db
      .select({ kind: caseEvents.kind, n: count() })
      .from(caseEvents)
      .groupBy(caseEvents.kind);
    const n = (kind: string) => kinds.find((k) => k.kind === kind)?.n ?? 0;
    expect(n('reminder')).toBeGreaterThan(0);
    expect(n('escalation')).toBeGreaterThan(0);
    // A further sweep at the load's time finds nothing new.
    const again = await sweepDeadlines(database.db, now, { workflows: CASE_WORKFLOWS });
    expect(again).toMatchObject({ skipped: false, reminders: 0, overdue: 0, escalations: 0, notifications: 0 });
  });

  it('records every report and transition as the demo account that took it, at its moment in the history', async () => {
    const [anonymous] = await database.db
      .select({ n: count() })
      .from(caseEvents)
      .where(
        and(
          sql`${caseEvents.kind} in ('created', 'transition')`,
          isNull(caseEvents.actorId),
          // The scheduler (no account) opens check runs; everything done to a hazard has its account.
          sql`${caseEvents.caseId} in (select id from cases where type <> 'risk_check')`,
        ),
      );
    expect(anonymous!.n).toBe(0);
    const oldest = Math.min(...[...byKey.values()].map((r) => r.createdAt.getTime()));
    expect((now.getTime() - oldest) / 86_400_000).toBeGreaterThan(60);
    expect((await verifyAudit(database.db)).ok).toBe(true);
  });

  it('lists major hazards under supervision for the safety office, and the inspector acts for its bureau', async () => {
    const safety = await signIn('safety');
    const listed = await safety.get('/api/v1/hazards?listed=true&level=major&pageSize=200');
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().total).toBe(demoHazards.filter((h) => h.outcome.listed).length);
    expect(listed.json().total).toBeGreaterThanOrEqual(2);

    const [inspector] = await database.db.select().from(accounts).where(eq(accounts.username, 'inspector'));
    const [bureau] = await database.db.select().from(departments).where(eq(departments.id, inspector!.departmentId!));
    expect(bureau).toMatchObject({ name: '泽州县应急管理局', regionCode: '140525' });
    const client = await signIn('inspector');
    const supervised = await client.get('/api/v1/hazards?pageSize=200');
    const mine = [...byKey.values()].filter((r) => r.supervisorUnit === `department:${bureau!.id}`);
    expect(mine.length).toBeGreaterThan(5);
    const seen = new Set(supervised.json().items.map((x: { id: string }) => x.id));
    for (const row of mine) expect(seen.has(row.id), row.number).toBe(true);
  });

  it('suspends the demo enterprise, with its resumption review pending within 10 days', async () => {
    const [enterprise] = await database.db.select().from(enterprises).where(eq(enterprises.uscc, demoEnterpriseUscc));
    expect(enterprise!.status).toBe('suspended');
    const hazard = demoHazards.find((h) => h.outcome.suspension === 'applied')!;
    const [review] = await database.db
      .select()
      .from(cases)
      .where(and(eq(cases.parentId, byKey.get(hazard.key)!.id), eq(cases.type, 'resumption_review')));
    expect(review).toMatchObject({ state: 'reviewing', enterpriseId: enterprise!.id });
    const days = (review!.deadline!.getTime() - now.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThanOrEqual(10);
  });

  it('gives the town account its work: every hazard of 巴公镇, the overdue ones, and notices', async () => {
    const town = await signIn('town');
    const all = await town.get('/api/v1/hazards?pageSize=200');
    expect(all.statusCode, all.body).toBe(200);
    const inTown = [...byKey.values(), ...fromChecks].filter((r) => r.regionPath.includes(`/${DEMO_TOWN_CODE}/`));
    expect(inTown.length).toBeGreaterThan(demoHazards.length / 2);
    expect(all.json().total).toBe(inTown.length);
    const overdue = await town.get('/api/v1/hazards?overdue=true&pageSize=200');
    expect(overdue.json().total).toBe(inTown.filter(isOverdue).length);
    expect(overdue.json().total).toBeGreaterThan(0);
    const awaiting = await town.get('/api/v1/hazards?state=awaiting_verification&pageSize=200');
    expect(awaiting.json().total).toBeGreaterThan(0);
    const unread = await town.get('/api/v1/notifications/unread-count');
    expect(unread.statusCode, unread.body).toBe(200);
    expect(unread.json().unread).toBeGreaterThan(0);
    // A written-off hazard reads as a genuine history: timeline with the people who acted, before and after photos.
    const withPhotos = demoHazards.find((h) => h.beforePhoto && h.outcome.state === 'written_off')!;
    const detail = await town.get(`/api/v1/hazards/${byKey.get(withPhotos.key)!.id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    const body = detail.json();
    expect(body.timeline.filter((e: { kind: string }) => e.kind !== 'created').length).toBeGreaterThanOrEqual(
      withPhotos.steps.length,
    );
    for (const event of body.timeline.filter((e: { kind: string }) => ['created', 'transition'].includes(e.kind))) {
      expect(event.actorName).toBeTruthy();
    }
    expect(body.evidence.map((e: { phase: string }) => e.phase)).toEqual(expect.arrayContaining(['before', 'after']));
  });

  it('keeps the photos small, attached to their cases, with files in the evidence store', async () => {
    // The site plans of the four-colour maps are evidence of no case (load-risk-map.ts).
    const plans = sql`${evidence.id} in (select evidence_id from risk_site_plans)`;
    const rows = await database.db.select().from(evidence).where(sql`not ${plans}`);
    const planned =
      demoHazards.filter((h) => h.beforePhoto).length +
      demoHazards.flatMap((h) => h.steps).filter((s) => s.afterPhoto).length;
    expect(rows).toHaveLength(planned);
    expect(new Set(rows.map((r) => r.sha256)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.caseId).not.toBeNull();
      expect(row.sizeBytes).toBeLessThan(20_000);
    }
    const file = await deps.evidenceStore.get(rows[0]!.storageKey);
    expect(file).not.toBeNull();
    file?.destroy();
  });
});

describe('demo risk registers loaded with the demo', () => {
  it('gives the enterprise account its register with a four-colour map, and a week of checks whose two faults are hazards of 巴公镇', async () => {
    expect(loaded.registers).toBeGreaterThanOrEqual(5);
    const [company] = await database.db.select().from(enterprises).where(eq(enterprises.uscc, demoEnterpriseUscc));
    const client = await signIn('enterprise');
    const register = (await client.get(`/api/v1/enterprises/${company!.id}/risk-register`)).json();
    expect(register.units.length).toBeGreaterThanOrEqual(5);
    const unitIds = new Set(register.units.map((u: { id: string }) => u.id));
    const map = (await client.get(`/api/v1/enterprises/${company!.id}/risk-map`)).json();
    expect(map.sitePlan).not.toBeNull();
    expect(map.areas.length).toBeGreaterThan(1);
    // Every unit lies in an area, and an area takes the highest colour of its units.
    expect(map.units.filter((u: { areaId: string | null }) => u.areaId === null)).toEqual([]);
    for (const area of map.areas) expect(area.level, area.name).not.toBeNull();
    // A week of runs: most recorded on time, some overdue; two findings reported as the company's self-inspection.
    const runs = await database.db
      .select({ state: cases.state, n: count() })
      .from(cases)
      .where(and(eq(cases.type, 'risk_check'), eq(cases.enterpriseId, company!.id)))
      .groupBy(cases.state);
    expect(runs.find((r) => r.state === 'recorded')!.n).toBeGreaterThan(100);
    const own = fromChecks.filter((h) => h.enterpriseId === company!.id);
    expect(own).toHaveLength(2);
    for (const hazard of own) {
      expect(hazard.source).toBe('self_inspection');
      expect(hazard.regionPath).toContain(`/${DEMO_TOWN_CODE}/`);
      expect(unitIds.has(hazard.fields.riskUnitId as string), hazard.number).toBe(true);
    }
    // The leader's overview counts the registers of 泽州县 and their check completion.
    const leader = await signIn('leader');
    const overview = await leader.get('/api/v1/risk-overview');
    expect(overview.statusCode, overview.body).toBe(200);
    const county = overview.json().rows.find((r: { regionCode: string }) => r.regionCode === '140525');
    const graded = Object.values(county.enterprises.byLevel as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(graded).toBe(loaded.registers);
    expect(county.checks.due).toBeGreaterThan(0);
    expect(county.hazards.checks).toBeGreaterThanOrEqual(2);
  });
});

describe('demo accidents loaded with the demo', () => {
  it('loads two years of accidents through the services, with the city’s indicators, so the cockpit has real figures', async () => {
    const [n] = await database.db.select({ n: count() }).from(cases).where(eq(cases.type, 'accident'));
    expect(loaded.accidents).toBeGreaterThan(40);
    expect(n!.n).toBe(loaded.accidents);
    const leader = await signIn('leader');
    const res = await leader.get('/api/v1/accident-statistics?regionCode=140500');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.current.accidents).toBeGreaterThan(0);
    expect(s.previous.accidents).toBeGreaterThan(0);
    expect(s.deathCap.cap).toBe(52);
    expect(s.deathCap.percent).toBe(Math.round((s.current.deaths * 1000) / 52) / 10);
    expect(s.rates.perGdp).not.toBeNull();
    expect(s.monthly).toHaveLength(12);
    const list = await leader.get('/api/v1/accidents?pageSize=100&state=closed');
    expect(list.json().total).toBeGreaterThan(0);
    const all = (await leader.get('/api/v1/accidents?pageSize=100')).json().items as Array<{ reportLate: boolean }>;
    expect(all.some((a) => a.reportLate)).toBe(true);
    expect(all.some((a) => !a.reportLate)).toBe(true);
  });
});
