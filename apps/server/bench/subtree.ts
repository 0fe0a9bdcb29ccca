/**
 * Subtree budget check (issue: "a county with 300k descendant records answers in milliseconds"): 300,000 enterprises
 * under one county and 50,000 under a sibling, then the scoped enterprise list through the real app in process.
 * Run: `npx tsx apps/server/bench/subtree.ts [rows]` — a fresh database on DATABASE_URL (dropped afterwards) or an
 * embedded PostgreSQL in a temporary folder. Prints the median and p95 of 30 requests per query.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeUscc } from '@redline/domain';
import { openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { insertAccount } from '../src/features/accounts/service';
import type { AuditWho } from '../src/features/audit/append-audit';
import { insertEnterprisesBulk } from '../src/features/enterprises/service';
import type { ValidatedEnterprise } from '../src/features/enterprises/values';
import { insertRegion } from '../src/features/regions/service';
import { upsertSectorCatalogue } from '../src/features/sectors/service';
import { buildApp } from '../src/http/app';
import { ApiClient } from '../test/api-client';
import { makeTestDeps } from '../test/deps';
import { freshDatabase } from './fresh-database';

const ROWS = Number(process.argv[2] ?? 300_000);
const who: AuditWho = { actorId: null, requestId: 'bench-subtree', now: new Date() };
const SECTORS = ['hazardous_chemicals', 'metallurgy', 'construction', 'fire_safety'];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-bench-'));
fs.chmodSync(dir, 0o755);
const database = await freshDatabase(dir);
const { db, pool, close } = openDatabase(database.url, 10);
try {
  await migrateDatabase(pool);
  await upsertSectorCatalogue(db, who);
  const towns: Array<{ code: string; path: string }> = [];
  await db.transaction(async (tx) => {
    const region = async (code: string, level: 'province' | 'city' | 'county' | 'town', parentCode: string | null) =>
      insertRegion(tx, who, { code, name: `区划${code}`, level, parentCode, isDevelopmentZone: false }, null);
    await region('140000', 'province', null);
    await region('140500', 'city', '140000');
    for (const county of ['140525', '140581']) {
      await region(county, 'county', '140500');
      for (let t = 1; t <= 20; t++) towns.push(await region(`${county}${String(100 + t)}`, 'town', county));
    }
  });
  const started = Date.now();
  let n = 0;
  const rowFor = (i: number, county: string): ValidatedEnterprise => {
    const town = towns.filter((t) => t.code.startsWith(county))[i % 20]!;
    return {
      uscc: makeUscc(`91${county}${String(i).padStart(9, '0')}`),
      name: `测试${i}号${i % 3 === 0 ? '化工' : '机械'}有限公司`,
      regionCode: town.code,
      regionPath: town.path,
      gridCode: null,
      address: null,
      lng: null,
      lat: null,
      sectorCodes: [SECTORS[i % SECTORS.length]!],
      industryCode: null,
      employees: i % 900,
      principalName: null,
      principalMobile: null,
      safetyManagerName: null,
      safetyManagerMobile: null,
      status: i % 10 === 0 ? 'suspended' : 'operating',
      tags: [],
    };
  };
  for (const [county, count] of [
    ['140525', ROWS],
    ['140581', Math.round(ROWS / 6)],
  ] as const) {
    for (let from = 0; from < count; from += 10_000) {
      const batch = Array.from({ length: Math.min(10_000, count - from) }, (_, k) => rowFor(from + k, county));
      await db.transaction((tx) => insertEnterprisesBulk(tx, who, batch));
      n += batch.length;
    }
  }
  await pool.query('analyze');
  console.log(`loaded ${n} enterprises in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const deps = makeTestDeps(db);
  const app = await buildApp({ deps, pool, logger: false, webDir: null });
  await db.transaction((tx) =>
    insertAccount(
      tx,
      who,
      {
        username: 'bench',
        displayName: '压测',
        roles: ['inspector'],
        scope: { kind: 'region', regionCode: '140525' },
        password: 'Load#Test2026',
        mobile: null,
      },
      null,
    ),
  );
  const client = new ApiClient(app);
  await client.signIn('bench', 'Load#Test2026');
  const queries = {
    'county list, first page': '/api/v1/enterprises?pageSize=20',
    'county list, page 50': '/api/v1/enterprises?pageSize=20&page=50',
    'county list, sector filter': '/api/v1/enterprises?sectorCode=metallurgy&pageSize=20',
    'county list, name search': `/api/v1/enterprises?q=${encodeURIComponent('化工')}&pageSize=20`,
    'town subtree list': '/api/v1/enterprises?regionCode=140525105&pageSize=20',
    'region subtree (regions)': '/api/v1/regions?under=140525&pageSize=50',
  };
  for (const [label, url] of Object.entries(queries)) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < 30; i++) {
      const t0 = process.hrtime.bigint();
      const res = await client.get(url);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      total = res.json().total;
    }
    times.sort((a, b) => a - b);
    console.log(
      `${label.padEnd(28)} total ${String(total).padStart(7)}  median ${times[15]!.toFixed(1)} ms  p95 ${times[28]!.toFixed(1)} ms`,
    );
  }
  await app.close();
} finally {
  await close();
  await database.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
