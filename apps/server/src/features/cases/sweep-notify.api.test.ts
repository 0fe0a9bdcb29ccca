import type { TAccountCreate, TRole, TScopeInput } from '@redline/contracts';
import { HAZARD_WORKFLOW } from '@redline/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  makeAccount,
  makeEnterprise,
  makeTree,
  systemWho,
  type TestApp,
  type Tree,
  testApp,
  uniqueNumber,
} from '../../../test/harness';
import { accounts, leaderAssignments } from '../accounts/schema';
import { insertAccount } from '../accounts/service';
import { insertDepartment } from '../departments/service';
import { notifications, webhookDeliveries, webhookSubscriptions } from '../notifications/schema';
import { findRegion } from '../regions/repo';
import { createCase } from './create-case';
import { accountsOfUnits } from './recipients';
import { caseEvents, cases, caseWatchers } from './schema';
import { type SweepResult, sweepDeadlines } from './sweep-deadlines';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

const DAY = 86_400_000;
const region = (regionCode: string): TScopeInput => ({ kind: 'region', regionCode });

/** An account straight into the database (no sign-in needed), optionally acting for a department or disabled. */
async function account(
  roles: TRole[],
  scope: TScopeInput,
  extra: { departmentId?: string; status?: 'disabled' } = {},
): Promise<string> {
  const n = await uniqueNumber(t);
  const input: TAccountCreate = {
    username: `sweep${n}`,
    displayName: `扫描${n}`,
    roles,
    scope,
    password: 'Test#Pass2026',
  };
  const row = await t.database.db.transaction((tx) => insertAccount(tx, systemWho(), input, null));
  if (Object.keys(extra).length) await t.database.db.update(accounts).set(extra).where(eq(accounts.id, row.id));
  return row.id;
}

const assign = (accountId: string, kind: 'sector' | 'region', ref: string, relation: 'in_charge' | 'liaison') =>
  t.database.db.insert(leaderAssignments).values({ accountId, kind, ref, relation });

/** A tree of its own, with the sweep limited to it and a lock key of its own (other files sweep the same database). */
async function sweepArea() {
  const tree = await makeTree(t);
  const underPath = (await findRegion(t.database.db, tree.county.code))!.path;
  const lockKey = 8_000_000_000 + (await uniqueNumber(t));
  const sweep = (now: Date) =>
    sweepDeadlines(t.database.db, now, { workflows: { hazard: HAZARD_WORKFLOW }, underPath, lockKey });
  return { tree, underPath, lockKey, sweep };
}

type CaseInput = Parameters<typeof createCase>[2];
const openCase = (input: Partial<CaseInput> & { regionCode: string }) =>
  t.database.db.transaction((tx) =>
    createCase(tx, systemWho(), { type: 'hazard', workflow: HAZARD_WORKFLOW, title: '消防通道堵塞', ...input }),
  );

/** The accounts notified of a case's clock event (`reminder:3d`, `overdue`, `step:2`, …), sorted. */
async function notified(caseId: string, key: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ accountId: notifications.accountId })
    .from(notifications)
    .innerJoin(caseEvents, eq(caseEvents.id, notifications.eventId))
    .where(sql`${caseEvents.caseId} = ${caseId} and ${caseEvents.eventKey} like ${`${key}@%`}`);
  return rows.map((r) => r.accountId).sort();
}
const sorted = (...ids: string[]) => [...ids].sort();
const counts = (r: SweepResult) =>
  r.skipped ? r : { reminders: r.reminders, overdue: r.overdue, escalations: r.escalations };

describe('accountsOfUnits', () => {
  it('resolves each kind of unit key to its active accounts, and unknown keys to nobody', async () => {
    const tree = await makeTree(t);
    const enterprise = await makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code });
    const department = await t.database.db.transaction((tx) =>
      insertDepartment(
        tx,
        systemWho(),
        { name: `应急管理局${tree.county.code}`, regionCode: tree.county.code, kind: 'department', sectorCodes: [] },
        null,
      ),
    );
    const townOfficer = await account(['town_officer'], region(tree.towns[0].code));
    const townSafety = await account(['safety_office', 'leader'], region(tree.towns[0].code));
    await account(['town_officer'], region(tree.towns[1].code)); // another town
    await account(['grid_worker'], region(tree.towns[0].code)); // not a safety-office role
    const actsForDepartment = await account(['inspector'], region(tree.towns[0].code), { departmentId: department.id });
    await account(['town_officer'], region(tree.towns[0].code), { status: 'disabled' });
    const entUser = await account(['enterprise_user'], { kind: 'enterprise', enterpriseId: enterprise.id });
    const gridWorker = await account(['grid_worker'], {
      kind: 'grids',
      gridCodes: [tree.grids[1].code, tree.grids[0].code],
    });
    await account(['grid_worker'], { kind: 'grids', gridCodes: [tree.grids[0].code] }, { status: 'disabled' });

    const units = await accountsOfUnits(t.database.db, [
      `region:${tree.towns[0].code}`,
      `department:${department.id}`,
      `enterprise:${enterprise.id}`,
      `grid:${tree.grids[0].code}`,
      'grid:NO-SUCH-GRID',
      'department:not-a-uuid',
      `region:${tree.towns[0].code}`,
    ]);
    expect(Object.fromEntries(units)).toEqual({
      [`region:${tree.towns[0].code}`]: sorted(townOfficer, townSafety),
      [`department:${department.id}`]: [actsForDepartment],
      [`enterprise:${enterprise.id}`]: [entUser],
      [`grid:${tree.grids[0].code}`]: [gridWorker],
      'grid:NO-SUCH-GRID': [],
      'department:not-a-uuid': [],
    });
    expect(await accountsOfUnits(t.database.db, [])).toEqual(new Map());
  });
});

describe('the sweep notifies the people each clock event concerns', () => {
  const deadline = new Date('2031-04-15T15:59:59.999Z');
  const at = (offset: number) => new Date(deadline.getTime() + offset);
  let area: Awaited<ReturnType<typeof sweepArea>>;
  let tree: Tree;
  const people: Record<string, string> = {};
  let hazchem: { id: string };
  let metallurgy: { id: string };
  let noSector: { id: string };
  let subscription: string;

  beforeAll(async () => {
    area = await sweepArea();
    tree = area.tree;
    const enterprise = await makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code });
    const department = await t.database.db.transaction((tx) =>
      insertDepartment(
        tx,
        systemWho(),
        { name: `工信局${tree.county.code}`, regionCode: tree.county.code, kind: 'department', sectorCodes: [] },
        null,
      ),
    );
    const { province, city, county, towns, grids } = tree;
    Object.assign(people, {
      entUser: await account(['enterprise_user'], { kind: 'enterprise', enterpriseId: enterprise.id }),
      ownerPerson: await account(['enterprise_user'], { kind: 'enterprise', enterpriseId: enterprise.id }),
      townOffice: await account(['town_officer'], region(towns[0].code)),
      otherTownOffice: await account(['town_officer'], region(towns[1].code)),
      deptInspector: await account(['inspector'], region(county.code), { departmentId: department.id }),
      gridWorker: await account(['grid_worker'], { kind: 'grids', gridCodes: [grids[0].code] }),
      watcher: await account(['grid_worker'], { kind: 'grids', gridCodes: [grids[1].code] }),
      disabledWatcher: await account(
        ['grid_worker'],
        { kind: 'grids', gridCodes: [grids[1].code] },
        { status: 'disabled' },
      ),
      countyLeaderHazchem: await account(['leader'], region(county.code)),
      cityLeaderHazchem: await account(['leader'], region(city.code)),
      countyLeaderIndustry: await account(['leader'], region(county.code)),
      townLeaderLiaison: await account(['leader'], region(towns[0].code)),
      countyLeaderLiaison: await account(['leader'], region(county.code)),
      notALeader: await account(['town_officer'], region(county.code)),
      countySafety: await account(['safety_office'], region(county.code)),
      citySafety: await account(['safety_office'], region(city.code)),
      provinceSafety: await account(['safety_office'], region(province.code)),
    });
    await assign(people.countyLeaderHazchem!, 'sector', 'hazardous_chemicals', 'in_charge');
    await assign(people.cityLeaderHazchem!, 'sector', 'hazardous_chemicals', 'in_charge');
    // 工贸 (industry and trade) is the parent sector of 冶金 (metallurgy).
    await assign(people.countyLeaderIndustry!, 'sector', 'industry_trade', 'in_charge');
    await assign(people.townLeaderLiaison!, 'region', towns[0].code, 'liaison');
    await assign(people.countyLeaderLiaison!, 'region', county.code, 'liaison');
    await assign(people.notALeader!, 'sector', 'hazardous_chemicals', 'in_charge');

    hazchem = await openCase({
      regionCode: tree.villages[0].code,
      sectorCode: 'hazardous_chemicals',
      enterpriseId: enterprise.id,
      ownerUnit: `enterprise:${enterprise.id}`,
      supervisorUnit: `region:${towns[0].code}`,
      deadline,
    });
    await t.database.db.insert(caseWatchers).values([
      { caseId: hazchem.id, accountId: people.watcher!, reason: 'reporter' },
      { caseId: hazchem.id, accountId: people.disabledWatcher!, reason: 'watch' },
    ]);
    metallurgy = await openCase({
      regionCode: tree.villages[1].code,
      sectorCode: 'metallurgy',
      ownerUnit: `grid:${grids[1].code}`,
      ownerAccountId: people.ownerPerson!,
      supervisorUnit: `department:${department.id}`,
      deadline,
    });
    noSector = await openCase({ regionCode: tree.villages[0].code, ownerUnit: `grid:${grids[0].code}`, deadline });
    [{ id: subscription }] = (await t.database.db
      .insert(webhookSubscriptions)
      .values({
        name: '县指挥平台',
        url: 'https://hooks.example.test/redline',
        secret: 's'.repeat(32),
        events: ['case.reminder', 'case.overdue', 'case.escalated'],
        regionPath: area.underPath,
      })
      .returning({ id: webhookSubscriptions.id })) as [{ id: string }];
  });

  it('reminder: the owner person, else the owner unit', async () => {
    const result = await area.sweep(at(-3 * DAY));
    // Webhook deliveries are counted on this tree's subscription: other files may subscribe the shared province.
    expect(result).toMatchObject({ skipped: false, reminders: 3, overdue: 0, escalations: 0, notifications: 4 });
    expect(await t.database.db.$count(webhookDeliveries, eq(webhookDeliveries.subscriptionId, subscription))).toBe(3);
    expect(await notified(hazchem.id, 'reminder:3d')).toEqual(sorted(people.entUser!, people.ownerPerson!));
    expect(await notified(metallurgy.id, 'reminder:3d')).toEqual([people.ownerPerson]);
    expect(await notified(noSector.id, 'reminder:3d')).toEqual([people.gridWorker]);
  });

  it('overdue: the owner, the supervising unit and the watchers (active accounts only)', async () => {
    await area.sweep(at(-DAY));
    expect(counts(await area.sweep(at(0)))).toEqual({ reminders: 0, overdue: 3, escalations: 0 });
    expect(await notified(hazchem.id, 'overdue')).toEqual(
      sorted(people.entUser!, people.ownerPerson!, people.townOffice!, people.watcher!),
    );
    expect(await notified(metallurgy.id, 'overdue')).toEqual(sorted(people.ownerPerson!, people.deptInspector!));
    expect(await notified(noSector.id, 'overdue')).toEqual([people.gridWorker]);
  });

  it('step 1 (notify_supervisor): the supervising unit and the watchers', async () => {
    expect(counts(await area.sweep(at(DAY)))).toEqual({ reminders: 0, overdue: 0, escalations: 3 });
    expect(await notified(hazchem.id, 'step:1')).toEqual(sorted(people.townOffice!, people.watcher!));
    expect(await notified(metallurgy.id, 'step:1')).toEqual([people.deptInspector]);
    expect(await notified(noSector.id, 'step:1')).toEqual([]);
  });

  it('step 2 (notify_leader): the leaders in charge of the sector at the nearest level, else the nearest 包联', async () => {
    expect(counts(await area.sweep(at(3 * DAY)))).toEqual({ reminders: 0, overdue: 0, escalations: 3 });
    // The county leader in charge of 危化 is nearer than the city's; liaison leaders are not asked when one is in charge.
    expect(await notified(hazchem.id, 'step:2')).toEqual(sorted(people.countyLeaderHazchem!, people.watcher!));
    // In charge of the parent sector 工贸 covers 冶金.
    expect(await notified(metallurgy.id, 'step:2')).toEqual([people.countyLeaderIndustry]);
    // No sector: the leader whose 包联 region is nearest (the town, not the county).
    expect(await notified(noSector.id, 'step:2')).toEqual([people.townLeaderLiaison]);
  });

  it('step 3 (propose_listed_supervision): the safety offices of the county and the city above it', async () => {
    expect(counts(await area.sweep(at(7 * DAY)))).toEqual({ reminders: 0, overdue: 0, escalations: 3 });
    const mine = new Set(Object.values(people));
    const proposed = await notified(hazchem.id, 'step:3');
    expect(proposed.filter((id) => mine.has(id))).toEqual(
      sorted(people.countySafety!, people.citySafety!, people.watcher!),
    );
    // Other test files may have safety offices in the same (shared) city: every other recipient is one of them.
    const others = proposed.filter((id) => !mine.has(id));
    if (others.length) {
      const rows = await t.database.db
        .select({ roles: accounts.roles, region: accounts.scopeRegionCode })
        .from(accounts)
        .where(inArray(accounts.id, others));
      for (const row of rows)
        expect(row).toMatchObject({ roles: expect.arrayContaining(['safety_office']), region: tree.city.code });
    }
  });

  it('a second sweep records, notifies and queues nothing new', async () => {
    const before = {
      events: await t.database.db.$count(
        caseEvents,
        inArray(caseEvents.caseId, [hazchem.id, metallurgy.id, noSector.id]),
      ),
      notifications: await t.database.db.$count(
        notifications,
        inArray(notifications.caseId, [hazchem.id, metallurgy.id, noSector.id]),
      ),
      deliveries: await t.database.db.$count(webhookDeliveries, eq(webhookDeliveries.subscriptionId, subscription)),
    };
    expect(await area.sweep(at(7 * DAY))).toEqual({
      skipped: false,
      reminders: 0,
      overdue: 0,
      escalations: 0,
      notifications: 0,
      webhooks: 0,
    });
    expect(await area.sweep(at(30 * DAY))).toMatchObject({ notifications: 0, webhooks: 0 });
    const after = {
      events: await t.database.db.$count(
        caseEvents,
        inArray(caseEvents.caseId, [hazchem.id, metallurgy.id, noSector.id]),
      ),
      notifications: await t.database.db.$count(
        notifications,
        inArray(notifications.caseId, [hazchem.id, metallurgy.id, noSector.id]),
      ),
      deliveries: await t.database.db.$count(webhookDeliveries, eq(webhookDeliveries.subscriptionId, subscription)),
    };
    expect(after).toEqual(before);
    // 3 cases × (reminder 3d, reminder 1d, overdue, 3 steps) = 18 events, each delivered once to the subscription.
    expect(before.deliveries).toBe(18);
  });

  it('queues one webhook per event with the case, the event key and the action, keyed by the event id', async () => {
    const [event] = await t.database.db
      .select()
      .from(caseEvents)
      .where(sql`${caseEvents.caseId} = ${hazchem.id} and ${caseEvents.eventKey} like 'step:2@%'`);
    const [delivery] = await t.database.db
      .select()
      .from(webhookDeliveries)
      .where(
        sql`${webhookDeliveries.subscriptionId} = ${subscription} and ${webhookDeliveries.dedupeKey} = ${`case_event:${event!.id}`}`,
      );
    const c = (await t.database.db.select().from(cases).where(eq(cases.id, hazchem.id)))[0]!;
    expect(delivery).toMatchObject({ eventType: 'case.escalated', status: 'pending' });
    expect(delivery!.payload).toEqual({
      caseId: c.id,
      number: c.number,
      type: 'hazard',
      title: c.title,
      state: c.state,
      deadline: deadline.toISOString(),
      eventId: String(event!.id),
      eventKey: 'step:2',
      action: 'notify_leader',
      at: at(3 * DAY).toISOString(),
    });
    const [notice] = await t.database.db
      .select()
      .from(notifications)
      .where(
        sql`${notifications.eventId} = ${String(event!.id)} and ${notifications.accountId} = ${people.countyLeaderHazchem}`,
      );
    expect(notice).toMatchObject({
      kind: 'case.escalated',
      caseId: c.id,
      messageKey: 'NOTIFY.CASE_ESCALATED',
      dedupeKey: `case_event:${event!.id}`,
      params: { number: c.number, title: c.title, deadline: deadline.toISOString(), action: 'notify_leader' },
      createdAt: at(3 * DAY),
    });
  });
});

describe('an owner person no longer active', () => {
  it('hands the reminder to the owner unit instead, so that someone hears of it', async () => {
    const area = await sweepArea();
    const gone = await account(
      ['grid_worker'],
      { kind: 'grids', gridCodes: [area.tree.grids[0].code] },
      { status: 'disabled' },
    );
    const gridWorker = await account(['grid_worker'], { kind: 'grids', gridCodes: [area.tree.grids[0].code] });
    const deadline = new Date('2031-05-02T15:59:59.999Z');
    const c = await openCase({
      regionCode: area.tree.villages[0].code,
      ownerAccountId: gone,
      ownerUnit: `grid:${area.tree.grids[0].code}`,
      deadline,
    });
    expect(await area.sweep(new Date(deadline.getTime() - DAY))).toMatchObject({ reminders: 1, notifications: 1 });
    expect(await notified(c.id, 'reminder:1d')).toEqual([gridWorker]);
  });
});

describe('two sweeps at once', () => {
  it('one records and notifies, the other skips; nothing is recorded twice', async () => {
    const area = await sweepArea();
    const owner = await account(['town_officer'], region(area.tree.towns[0].code));
    const deadline = new Date('2031-05-20T15:59:59.999Z');
    const blocked = await openCase({ regionCode: area.tree.villages[0].code, ownerAccountId: owner, deadline });
    const other = await openCase({ regionCode: area.tree.villages[1].code, ownerAccountId: owner, deadline });
    // Holding the case row makes the first sweep wait inside its transaction (the event's foreign key), lock held.
    const holder = await t.database.pool.connect();
    try {
      await holder.query('begin');
      await holder.query('select id from cases where id = $1 for update', [blocked.id]);
      const first = area.sweep(deadline);
      await expect
        .poll(async () => {
          const { rows } = await t.database.pool.query(
            `select 1 from pg_locks where locktype = 'advisory' and granted
                and ((classid::bigint << 32) | objid::bigint) = $1`,
            [area.lockKey],
          );
          return rows.length;
        })
        .toBe(1);
      expect(await area.sweep(deadline)).toEqual({ skipped: true });
      await holder.query('commit');
      expect(await first).toMatchObject({ skipped: false, reminders: 0, overdue: 2, escalations: 0, notifications: 2 });
    } finally {
      await holder.query('rollback').catch(() => undefined);
      holder.release();
    }
    expect(await area.sweep(deadline)).toMatchObject({ skipped: false, overdue: 0, notifications: 0 });
    expect(await notified(blocked.id, 'overdue')).toEqual([owner]);
    expect(await notified(other.id, 'overdue')).toEqual([owner]);
    expect(await t.database.db.$count(notifications, eq(notifications.accountId, owner))).toBe(2);
  });
});

describe('ladders per case type and region', () => {
  it("a region's ladder overrides the default; the nearest region's wins; others keep DEFAULT_LADDER", async () => {
    const area = await sweepArea();
    const elsewhere = await sweepArea();
    const admin = await makeAccount(t, { roles: ['admin'], scope: region(area.tree.county.code) });
    const county = {
      reminders: [{ before: { days: 5 } }],
      steps: [
        { afterOverdue: { days: 2 }, action: 'notify_supervisor' },
        { afterOverdue: { days: 4 }, action: 'propose_listed_supervision' },
      ],
    };
    const town = {
      reminders: [{ before: { days: 4 } }],
      steps: [{ afterOverdue: { days: 0 }, action: 'notify_leader' }],
    };
    for (const [regionCode, ladder] of [
      [area.tree.county.code, county],
      [area.tree.towns[1].code, town],
    ] as const) {
      const res = await admin.put('/api/v1/escalation-ladders', { caseType: 'hazard', regionCode, ladder });
      expect(res.statusCode, res.body).toBe(200);
    }
    const deadline = new Date('2031-06-10T15:59:59.999Z');
    const at = (days: number) => new Date(deadline.getTime() + days * DAY);
    const inCounty = await openCase({ regionCode: area.tree.villages[0].code, deadline });
    const inTown = await openCase({ regionCode: area.tree.villages[1].code, deadline });
    const outside = await openCase({ regionCode: elsewhere.tree.villages[0].code, deadline });
    const keys = async (id: string) =>
      (await t.database.db.select({ key: caseEvents.eventKey }).from(caseEvents).where(eq(caseEvents.caseId, id)))
        .map((e) => e.key?.split('@')[0])
        .filter(Boolean)
        .sort();
    const both = async (now: Date) => [counts(await area.sweep(now)), counts(await elsewhere.sweep(now))];

    expect(await both(at(-5))).toEqual([
      { reminders: 1, overdue: 0, escalations: 0 },
      { reminders: 0, overdue: 0, escalations: 0 },
    ]);
    expect(await both(at(-4))).toEqual([
      { reminders: 1, overdue: 0, escalations: 0 },
      { reminders: 0, overdue: 0, escalations: 0 },
    ]);
    expect(await both(at(-3))).toEqual([
      { reminders: 0, overdue: 0, escalations: 0 },
      { reminders: 1, overdue: 0, escalations: 0 },
    ]);
    expect(await both(at(0))).toEqual([
      { reminders: 0, overdue: 2, escalations: 1 },
      { reminders: 0, overdue: 1, escalations: 0 },
    ]);
    expect(await both(at(1))).toEqual([
      { reminders: 0, overdue: 0, escalations: 0 },
      { reminders: 0, overdue: 0, escalations: 1 },
    ]);
    expect(await both(at(4))).toEqual([
      { reminders: 0, overdue: 0, escalations: 2 },
      { reminders: 0, overdue: 0, escalations: 1 },
    ]);
    expect(await keys(inCounty.id)).toEqual(['overdue', 'reminder:5d', 'step:1', 'step:2']);
    expect(await keys(inTown.id)).toEqual(['overdue', 'reminder:4d', 'step:1']);
    expect(await keys(outside.id)).toEqual(['overdue', 'reminder:3d', 'step:1', 'step:2']);
    const [step] = await t.database.db
      .select({ data: caseEvents.data })
      .from(caseEvents)
      .where(sql`${caseEvents.caseId} = ${inCounty.id} and ${caseEvents.eventKey} like 'step:2@%'`);
    expect(step!.data).toMatchObject({ action: 'propose_listed_supervision', dueAt: at(4).toISOString() });
  });
});
