import type { TAccountCreate, TRole, TScopeInput } from '@redline/contracts';
import { makeUscc } from '@redline/domain';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../src/db/client';
import { insertAccount } from '../src/features/accounts/service';
import type { AuditWho } from '../src/features/audit/append-audit';
import { insertEnterprise } from '../src/features/enterprises/service';
import { insertGrid } from '../src/features/grids/service';
import { insertRegion } from '../src/features/regions/service';
import { upsertSectorCatalogue } from '../src/features/sectors/service';
import { buildApp } from '../src/http/app';
import type { AppDeps } from '../src/http/context';
import { AppError } from '../src/http/errors';
import { ApiClient } from './api-client';
import { makeTestDeps } from './deps';

export type TestApp = { app: FastifyInstance; database: Database; deps: AppDeps };
export const TEST_PASSWORD = 'Test#Pass2026';

let shared: Promise<TestApp> | undefined;

/** The app under test, in process, on the shared test database (one per test file). */
export function testApp(): Promise<TestApp> {
  shared ??= (async () => {
    const database = openDatabase(inject('databaseUrl'), 5);
    const deps = makeTestDeps(database.db);
    const app = await buildApp({ deps, pool: database.pool, logger: false, webDir: null });
    await upsertSectorCatalogue(database.db, systemWho());
    return { app, database, deps };
  })();
  return shared;
}

export const systemWho = (): AuditWho => ({ actorId: null, requestId: 'test-factory', now: new Date() });

type Place = { code: string; name: string };
export type Tree = {
  province: Place;
  city: Place;
  county: Place;
  towns: [Place, Place];
  villages: [Place, Place];
  grids: [Place, Place];
};

/**
 * A fresh region subtree of its own for one test: province → city → county → two towns, a village in each and a grid
 * in each village. Codes come from a database sequence, so parallel test files never collide.
 */
export async function makeTree(t: TestApp): Promise<Tree> {
  const n = await uniqueNumber(t);
  const pp = String(11 + (Math.floor(n / 9801) % 72));
  const cc = String((Math.floor(n / 99) % 99) + 1).padStart(2, '0');
  const dd = String((n % 99) + 1).padStart(2, '0');
  const province = { code: `${pp}0000`, name: `测试省${pp}` };
  const city = { code: `${pp}${cc}00`, name: `测试市${pp}${cc}` };
  const county = { code: `${pp}${cc}${dd}`, name: `测试县${n}` };
  const towns: [Place, Place] = [
    { code: `${county.code}001`, name: `一号街道${n}` },
    { code: `${county.code}101`, name: `二号镇${n}` },
  ];
  const villages: [Place, Place] = [
    { code: `${towns[0].code}001`, name: `甲社区${n}` },
    { code: `${towns[1].code}201`, name: `乙村${n}` },
  ];
  const grids: [Place, Place] = [
    { code: `T${n}-A`, name: `甲社区第1网格${n}` },
    { code: `T${n}-B`, name: `乙村第1网格${n}` },
  ];
  // The shared province and city may be created by parallel tests at the same moment: the loser's duplicate is fine.
  const ensure = async (input: Parameters<typeof insertRegion>[2]) => {
    const exists = await t.database.db.query.regions.findFirst({ where: (r, { eq }) => eq(r.code, input.code) });
    if (exists) return;
    await t.database.db
      .transaction((tx) => insertRegion(tx, systemWho(), input, null))
      .catch((error) => {
        if (!(error instanceof AppError && error.code === 'CONFLICT.DUPLICATE')) throw error;
      });
  };
  await ensure({ ...province, level: 'province', parentCode: null, isDevelopmentZone: false });
  await ensure({ ...city, level: 'city', parentCode: province.code, isDevelopmentZone: false });
  await t.database.db.transaction(async (tx) => {
    const who = systemWho();
    await insertRegion(tx, who, { ...county, level: 'county', parentCode: city.code, isDevelopmentZone: false }, null);
    for (const [i, town] of towns.entries()) {
      await insertRegion(tx, who, { ...town, level: 'town', parentCode: county.code, isDevelopmentZone: false }, null);
      const village = villages[i]!;
      await insertRegion(
        tx,
        who,
        { ...village, level: 'village', parentCode: town.code, isDevelopmentZone: false },
        null,
      );
      await insertGrid(tx, who, { ...grids[i]!, villageCode: village.code }, null);
    }
  });
  return { province, city, county, towns, villages, grids };
}

/** Creates an account and signs it in through the API; the client sends its cookie and CSRF token. */
export async function makeAccount(
  t: TestApp,
  input: {
    roles: TRole[];
    scope: TScopeInput;
    username?: string;
    mobile?: string;
    departmentId?: string;
    email?: string;
  },
): Promise<ApiClient & { id: string; username: string; password: string }> {
  const n = await uniqueNumber(t);
  const username = input.username ?? `user${n}`;
  const body: TAccountCreate = {
    username,
    displayName: `测试用户${n}`,
    roles: input.roles,
    scope: input.scope,
    password: TEST_PASSWORD,
    mobile: input.mobile ?? null,
    departmentId: input.departmentId ?? null,
    email: input.email ?? null,
  };
  const row = await t.database.db.transaction((tx) => insertAccount(tx, systemWho(), body, null));
  const client = new ApiClient(t.app);
  await client.signIn(username, TEST_PASSWORD);
  return Object.assign(client, { id: row.id, username, password: TEST_PASSWORD });
}

/** A number no other test of this run gets (a database sequence). */
export async function uniqueNumber(t: TestApp): Promise<number> {
  const { rows } = await t.database.pool.query<{ n: string }>("select nextval('test_tree_seq')::text as n");
  return Number(rows[0]!.n);
}

/** A valid credit code (GB 32100 check character computed) that no other test uses. */
export async function newUscc(t: TestApp): Promise<string> {
  return makeUscc(`91140500${String(await uniqueNumber(t)).padStart(9, '0')}`);
}

export async function makeEnterprise(
  t: TestApp,
  input: { regionCode: string; gridCode?: string | null; sectorCodes?: string[]; name?: string },
) {
  const uscc = await newUscc(t);
  return t.database.db.transaction((tx) =>
    insertEnterprise(
      tx,
      systemWho(),
      {
        uscc,
        name: input.name ?? `测试企业${uscc.slice(8, 17)}有限公司`,
        regionCode: input.regionCode,
        gridCode: input.gridCode ?? null,
        sectorCodes: input.sectorCodes ?? ['hazardous_chemicals'],
        status: 'operating',
        tags: [],
      },
      null,
    ),
  );
}
