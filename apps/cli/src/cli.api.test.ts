import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { makeUscc } from '@redline/domain';
import type { Database } from '@redline/server/db/client';
import { migrateDatabase } from '@redline/server/db/migrate';
import { appendAudit } from '@redline/server/features/audit/append-audit';
import { verifyAudit } from '@redline/server/features/audit/verify-audit';
import { verifyPassword } from '@redline/server/features/auth/secrets';
import { BACKUP_TABLES } from '@redline/server/features/backup/backup';
import { loadDemo } from '@redline/server/features/demo/load-demo';
import { ENTERPRISE_COLUMNS } from '@redline/server/features/imports/columns';
import { buildTemplate } from '@redline/server/features/imports/service';
import { upsertSectorCatalogue } from '@redline/server/features/sectors/service';
import { afterAll, describe, expect, it } from 'vitest';
import { count, databases, fingerprint, runCli, scratch, seedRegions, who } from '../test/cli-harness';

const dbs = databases();
afterAll(() => dbs.cleanUp());

const SLOW = { timeout: 120_000 };

describe('redline (usage)', () => {
  it('lists the commands, explains one, and answers wrong usage with exit 2', SLOW, async () => {
    const help = await runCli(['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    for (const name of ['db migrate', 'demo load', 'import enterprises', 'user add', 'audit verify', 'restore'])
      expect(help.stdout).toContain(`  ${name}`);

    const unknown = await runCli(['frobnicate', 'now']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate now"');

    const one = await runCli(['user', 'add', '--help']);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^Usage: redline user add --username NAME/);

    // A group name lists its commands: asked for with --help (exit 0), or as wrong usage (exit 2).
    const group = await runCli(['db', '--help']);
    expect(group.code).toBe(0);
    expect(group.stdout).toContain('redline db migrate');
    expect(group.stdout).toContain('redline db status');
    const bare = await runCli(['db']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('"db" needs a subcommand');

    // An option parseArgs does not know is wrong usage too (it used to fail with exit 1).
    const bad = await runCli(['user', 'add', '--username', 'a', '--colour', 'red']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--colour'");
    expect(bad.stderr).toContain('Usage: redline user add');
  });
});

describe('redline db and demo', () => {
  it('db status lists pending migrations (exit 1) until db migrate applies them', SLOW, async () => {
    const { url, database } = await dbs.fresh();
    const before = await runCli(['db', 'status'], { DATABASE_URL: url });
    expect(before.code).toBe(1);
    expect(before.stdout).toMatch(/Migrations: 0 applied of [1-9]\d*\./);
    expect(before.stdout).toContain('pending: 0000_foundation');

    const migrate = await runCli(['db', 'migrate'], { DATABASE_URL: url });
    expect(migrate.code).toBe(0);
    const applied = Number(/Applied ([1-9]\d*) migration\(s\)\./.exec(migrate.stdout)?.[1]);
    expect(await count(database, 'select 1 from drizzle.__drizzle_migrations')).toBe(applied);

    const after = await runCli(['db', 'status'], { DATABASE_URL: url });
    expect(after.code).toBe(0);
    expect(after.stdout).toBe(`Migrations: ${applied} applied of ${applied}.\n`);
    expect(await count(database, 'select 1 from regions')).toBe(0); // the schema is there, and nothing else
  });

  it('demo load fills an empty database once and refuses a second time', SLOW, async () => {
    const { url, database } = await dbs.fresh();
    const first = await runCli(['demo', 'load'], { DATABASE_URL: url });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Loaded the demo: 500 enterprises');
    expect(await count(database, 'select 1 from enterprises')).toBe(500);
    const regions = await count(database, 'select 1 from regions');

    const second = await runCli(['demo', 'load'], { DATABASE_URL: url });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('already has regions; the demo loads only into an empty database');
    expect(await count(database, 'select 1 from enterprises')).toBe(500);
    expect(await count(database, 'select 1 from regions')).toBe(regions);
  });
});

describe('redline user', () => {
  it('adds an account with a region scope, locks, unlocks and resets its password', SLOW, async () => {
    const { url, database } = await dbs.fresh();
    await seedRegions(database);
    const env = { DATABASE_URL: url };
    const account = async (username: string) =>
      (
        await database.pool.query<{
          id: string;
          roles: string[];
          status: string;
          must_change_password: boolean;
          password_hash: string;
          scope_kind: string;
          scope_region_code: string;
          scope_sector_codes: string[];
        }>('select * from accounts where username = $1', [username])
      ).rows[0];

    const base = ['user', 'add', '--username', 'zhang.wei', '--name', '张伟', '--role', 'inspector,expert'];
    const add = await runCli(
      [...base, '--region', '140525', '--sectors', 'hazardous_chemicals', '--password', 'Zhang#Wei2026'],
      env,
    );
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/^Created account zhang\.wei \([0-9a-f-]{36}\)\./);
    const created = (await account('zhang.wei'))!;
    expect(created).toMatchObject({
      roles: ['inspector', 'expert'],
      status: 'active',
      must_change_password: false,
      scope_kind: 'region',
      scope_region_code: '140525',
      scope_sector_codes: ['hazardous_chemicals'],
    });
    expect(await verifyPassword(created.password_hash, 'Zhang#Wei2026')).toBe(true);

    // A live session, to see that lock and reset end it.
    const session = crypto.randomUUID();
    await database.pool.query('insert into sessions (id, account_id, csrf_token) values ($1, $2, $3)', [
      session,
      created.id,
      'csrf',
    ]);
    const lock = await runCli(['user', 'lock', 'ZHANG.WEI'], env); // account names compare case-insensitively
    expect(lock).toMatchObject({ code: 0, stdout: 'Locked: ZHANG.WEI.\n' });
    expect((await account('zhang.wei'))!.status).toBe('disabled');
    expect(await count(database, 'select 1 from sessions where id = $1 and ended_at is not null', [session])).toBe(1);

    const unlock = await runCli(['user', 'unlock', 'zhang.wei'], env);
    expect(unlock.code).toBe(0);
    expect((await account('zhang.wei'))!.status).toBe('active');

    const reset = await runCli(['user', 'reset-password', 'zhang.wei', '--password', 'Reset#Pass2026'], env);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain('must be changed at the next sign-in');
    const after = (await account('zhang.wei'))!;
    expect(after.must_change_password).toBe(true);
    expect(await verifyPassword(after.password_hash, 'Reset#Pass2026')).toBe(true);
    expect(await verifyPassword(after.password_hash, 'Zhang#Wei2026')).toBe(false);

    const actions = await database.pool.query<{ action: string }>(
      "select action from audit_log where entity = 'account' order by id",
    );
    expect(actions.rows.map((r) => r.action)).toEqual([
      'account.create',
      'account.lock',
      'account.unlock',
      'account.reset_password',
    ]);
  });

  it('refuses a weak password with the policy message, and an unknown account, writing nothing', SLOW, async () => {
    const { url, database } = await dbs.fresh();
    await seedRegions(database);
    const env = { DATABASE_URL: url };
    const audited = await count(database, 'select 1 from audit_log');

    const weak = await runCli(
      ['user', 'add', '--username', 'li.na', '--name', '李娜', '--role', 'town_officer'].concat([
        '--region',
        '140525108',
        '--password',
        'lowercase123',
      ]),
      env,
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('REQUEST.VALIDATION');
    expect(weak.stderr).toContain(
      'password: The password needs at least 3 of: upper case, lower case, digits, symbols.',
    );

    const nobody = await runCli(['user', 'lock', 'nobody'], env);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toBe('No account named nobody.\n');

    expect(await count(database, 'select 1 from accounts')).toBe(0);
    expect(await count(database, 'select 1 from audit_log')).toBe(audited);
  });
});

type Cells = Partial<Record<(typeof ENTERPRISE_COLUMNS)[number]['key'], string>>;
const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

describe('redline import enterprises', () => {
  it('imports a valid file; with an invalid row imports nothing unless --partial', SLOW, async () => {
    const { url, database } = await dbs.fresh();
    await seedRegions(database);
    const env = { DATABASE_URL: url };
    // The header line exactly as the downloadable template has it (zh-CN headers, UTF-8 with a byte order mark).
    const template = (await buildTemplate(database.db, 'enterprises', 'csv')).toString('utf8');
    const header = template.split('\r\n')[0]!;
    expect(header.startsWith('\uFEFF统一社会信用代码,企业名称,所属区划代码')).toBe(true);
    const serial = crypto.randomInt(1e8, 1e9);
    const uscc = (i: number) => makeUscc(`91140525${serial + i}`);
    const row = (cells: Cells) => ENTERPRISE_COLUMNS.map((c) => csvCell(cells[c.key] ?? '')).join(',');
    const enterprise = (i: number, over: Cells = {}): Cells => ({
      uscc: uscc(i),
      name: `巴公测试${i}化工有限公司`,
      regionCode: '140525108',
      sectorCodes: '危险化学品、工贸',
      status: '在营',
      address: '巴公镇东街 1 号, "北院"',
      ...over,
    });
    const write = (name: string, rows: Cells[]) => {
      const file = path.join(scratch, name);
      fs.writeFileSync(file, `${[header, ...rows.map(row)].join('\r\n')}\r\n`);
      return file;
    };
    const imported = async (codes: string[]) =>
      (
        await database.pool.query<{ uscc: string }>('select uscc from enterprises where uscc = any($1) order by uscc', [
          codes,
        ])
      ).rows.map((r) => r.uscc);

    const good = write('good.csv', [enterprise(1), enterprise(2)]);
    const ok = await runCli(['import', 'enterprises', good], env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Imported 2 of 2 enterprises in [\d.]+ s; 0 skipped\./);
    expect(await imported([uscc(1), uscc(2)])).toEqual([uscc(1), uscc(2)].sort());
    const stored = await database.pool.query('select name, address, sector_codes from enterprises where uscc = $1', [
      uscc(1),
    ]);
    expect(stored.rows[0]).toEqual({
      name: '巴公测试1化工有限公司',
      address: '巴公镇东街 1 号, "北院"',
      sector_codes: ['hazardous_chemicals', 'industry_trade'],
    });

    const badCode = `${uscc(4).slice(0, 17)}${uscc(4).endsWith('0') ? '1' : '0'}`; // wrong check character
    const mixed = write('mixed.csv', [enterprise(3), enterprise(4, { uscc: badCode }), enterprise(5)]);
    const refused = await runCli(['import', 'enterprises', mixed], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`row 3, 统一社会信用代码 "${badCode}": `);
    expect(refused.stderr).toContain('1 invalid row(s) of 3: nothing was imported. Fix them or use --partial.');
    expect(refused.stdout).toBe('');
    expect(await imported([uscc(3), uscc(5), badCode])).toEqual([]);

    const partial = await runCli(['import', 'enterprises', mixed, '--partial'], env);
    expect(partial.code).toBe(0);
    expect(partial.stderr).toContain(`row 3, 统一社会信用代码 "${badCode}": `);
    expect(partial.stdout).toMatch(/Imported 2 of 3 enterprises in [\d.]+ s; 1 skipped\./);
    expect(await imported([uscc(3), uscc(5), badCode])).toEqual([uscc(3), uscc(5)].sort());
    expect(await count(database, 'select 1 from enterprises')).toBe(4);
  });
});

describe('redline audit verify', () => {
  it('verifies an intact chain and names the entry that was changed behind its back', SLOW, async () => {
    const { url, database } = await dbs.fresh();
    await seedRegions(database);
    const entries = await count(database, 'select 1 from audit_log');
    expect(entries).toBeGreaterThan(4);

    const intact = await runCli(['audit', 'verify'], { DATABASE_URL: url });
    expect(intact.code).toBe(0);
    expect(intact.stdout).toBe(`Audit trail verified: ${entries} entries, chain intact.\n`);

    // Only a superuser bypassing the append-only trigger can do this; verify must notice.
    const client = await database.pool.connect();
    let id: string;
    try {
      await client.query('set session_replication_role = replica');
      const { rows } = await client.query<{ id: string }>(
        `update audit_log set diff = '{"x":1}' where id = (select max(id) from audit_log) returning id::text`,
      );
      id = rows[0]!.id;
      await client.query('set session_replication_role = origin');
    } finally {
      client.release();
    }
    const broken = await runCli(['audit', 'verify'], { DATABASE_URL: url });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(
      new RegExp(`^Audit trail BROKEN at entry ${id} \\(.+\\); ${entries - 1} entries before it verify\\.\\n$`),
    );
  });
});

describe('redline backup and restore', () => {
  it('restores a backup into another empty database with every row, and the chain still verifies', SLOW, async () => {
    const source = await dbs.fresh();
    await migrateAndLoadDemo(source.database);
    // Every table has rows, and the text has what COPY must escape: backslash, tab, newline, its own end marker.
    const { rows } = await source.database.pool.query<{ id: string; region_code: string }>(
      'select id, region_code from enterprises order by uscc limit 1',
    );
    const [enterprise] = rows;
    await source.database.pool.query(
      'update enterprises set address = e\'东街\\\\.\\n\\\\.\\t1 号 \\\\table x "北院"\' where id = $1',
      [enterprise!.id],
    );
    await source.database.pool.query(
      `insert into people (name, mobile, title, region_code, region_path, enterprise_id)
       select '王五', '13700000000', e'安全员\\n兼职', code, path, $1 from regions where code = $2`,
      [enterprise!.id, enterprise!.region_code],
    );
    const admin = "(select id from accounts where username = 'admin')";
    await source.database.pool.query(`insert into sessions (id, account_id, csrf_token) select 's1', ${admin}, 'c'`);
    await source.database.pool.query(
      `insert into api_tokens (account_id, name, prefix, token_hash) select ${admin}, '报表', 'rl_1', 'h'`,
    );
    await source.database.pool.query(
      `with c as (insert into cases (type, number, title, region_code, region_path, state)
                  select 'hazard', 'YH-' || $1 || '-2026-000001', e'配电箱\\门\t未关', code, path, 'reported'
                    from regions where code = $2 returning id)
       insert into case_events (case_id, cycle, at, kind, to_state, event_key) select id, 1, now(), 'created', 'reported', null from c`,
      [enterprise!.region_code.slice(0, 6), enterprise!.region_code],
    );
    await source.database.pool.query(
      `insert into case_sequences (type, county_code, year, last) values ('hazard', $1, 2026, 1)`,
      [enterprise!.region_code.slice(0, 6)],
    );
    // The kernel's side tables: a watcher, a ladder, an evidence row, a notification, a webhook and its delivery, a mail.
    const theCase = "(select id from cases where number like 'YH-%-2026-000001' limit 1)";
    await source.database.pool.query(
      `insert into case_watchers (case_id, account_id, reason) select ${theCase}, ${admin}, 'reporter'`,
    );
    await source.database.pool.query(
      `insert into escalation_ladders (case_type, ladder) values ('hazard', '{"reminders":[],"steps":[]}')`,
    );
    await source.database.pool.query(
      `insert into evidence (case_id, cycle, phase, storage_key, media_type, size_bytes, sha256, received_at)
       select ${theCase}, 1, 'before', e'2026/03/ab/x\\y.jpg', 'image/jpeg', 1024, repeat('ab', 32), now()`,
    );
    await source.database.pool.query(
      `insert into notifications (account_id, kind, case_id, message_key, params)
       select ${admin}, 'case.overdue', ${theCase}, 'NOTIFY.CASE_OVERDUE', '{"title":"配电箱\\t"}'`,
    );
    await source.database.pool.query(
      `with s as (insert into webhook_subscriptions (name, url, secret, events, region_path)
                  values ('市平台', 'https://example.org/hook', 'k', '{*}', '/140000/') returning id)
       insert into webhook_deliveries (subscription_id, event_type, dedupe_key, payload)
       select id, 'case.overdue', 'event:1', '{}' from s`,
    );
    await source.database.pool.query(
      `insert into email_outbox (to_address, subject, body) values ('a@example.org', '【红线】', e'正文\n第二行')`,
    );
    // The risk register: an area of the map with its site plan, a unit in it, its event and a measure.
    await source.database.pool.query(
      `insert into risk_site_plans (enterprise_id, region_path, evidence_id, width, height)
       select $1, region_path, (select id from evidence limit 1), 1600, 1000 from enterprises where id = $1`,
      [enterprise!.id],
    );
    await source.database.pool.query(
      `with a as (insert into risk_areas (enterprise_id, region_path, name, polygon)
                  select id, region_path, '罐区', '[[0.1,0.1],[0.4,0.1],[0.4,0.5],[0.1,0.1]]' from enterprises where id = $1 returning id),
            u as (insert into risk_units (enterprise_id, region_path, object_name, name, kind, hazard_factors, accident_types, area_id)
                  select id, region_path, '储罐区', e'1号罐\\t组', 'facility', '{泄漏}', '{08,18}', (select id from a) from enterprises where id = $1 returning id, enterprise_id, region_path),
            ev as (insert into risk_events (unit_id, enterprise_id, region_path, name, inherent, inherent_score, inherent_level)
                   select id, enterprise_id, region_path, '冒罐', '{"method":"lec","l":3,"e":6,"c":15}', 270, 'large' from u returning id, enterprise_id, region_path)
       insert into risk_measures (event_id, enterprise_id, region_path, description, classify)
       select id, enterprise_id, region_path, '高液位报警', 'engineering' from ev`,
      [enterprise!.id],
    );
    // The accident tables: an accident's facts and a casualty version, a region's indicators and settings.
    await source.database.pool.query(
      `insert into accidents (case_id, occurred_at, learned_at, sector, category_code, region_path)
       select ${theCase}, now(), now(), 'coal_mine', '15', region_path from cases where id = ${theCase}`,
    );
    await source.database.pool.query(
      `insert into accident_versions (case_id, seq, effective_at, deaths, missing, serious_injuries, minor_injuries,
                                      direct_loss_cny, note)
       select ${theCase}, 1, now(), 1, 0, 0, 0, 12345.67, e'补报\\t说明'`,
    );
    await source.database.pool.query(
      `insert into control_indicators (region_code, year, death_cap, sector_caps, gdp_yi) values ($1, 2026, 18, '{"coal_mine": 3}', 1000.5)`,
      [enterprise!.region_code],
    );
    await source.database.pool.query(
      `insert into accident_settings (region_code, region_path, warning_percent, veto_rules)
       select code, path, 80, '[{"kind":"deaths_over_cap"}]' from regions where code = $1`,
      [enterprise!.region_code],
    );
    await source.database.pool.query(
      `insert into risk_settings (region_code, region_path, settings)
       select code, path, '{"lec":{"major":400,"large":200,"ordinary":70,"boundary":"above"}}' from regions where code = $1`,
      [enterprise!.region_code],
    );
    await source.database.pool.query(
      `insert into risk_comments (enterprise_id, region_path, author_id, body)
       select u.enterprise_id, u.region_path, a.id, '请补充储罐区风险告知卡' from risk_units u, accounts a
       where a.username = 'safety' limit 1`,
    );
    // Two write-offs on one timeline (a reopen between them): the first goes to hazard_write_off_pairs.
    await source.database.pool.query(
      `insert into case_events (case_id, cycle, at, kind, transition, from_state, to_state)
       select ${theCase}, c, now() - make_interval(days => 10 - c), 'transition', 'verify', 'awaiting_verification',
              'written_off' from generate_series(1, 2) c`,
    );
    const tables = await source.database.pool.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
    );
    // A table the backup does not know would be lost silently.
    expect(tables.rows.map((r) => r.table_name).sort()).toEqual([...BACKUP_TABLES].sort());
    // A restore settles the counters' deltas (decision 008): compare with the source's settled too.
    await source.database.pool.query('select fold_counter_deltas()');
    const before = await fingerprint(source.database);
    for (const table of BACKUP_TABLES) expect(before[table]!.rows, table).toBeGreaterThan(0);

    const file = path.join(scratch, 'redline.backup.gz');
    const backup = await runCli(['backup', file], { DATABASE_URL: source.url });
    expect(backup.code).toBe(0);
    const total = Object.values(before).reduce((sum, t) => sum + t.rows, 0);
    expect(backup.stdout).toBe(`Backup written to ${file}: ${total} rows in ${BACKUP_TABLES.length} tables.\n`);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    const target = await dbs.fresh();
    const restore = await runCli(['restore', file], { DATABASE_URL: target.url });
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/^Restored .+ \(taken \d{4}-\d\d-\d\dT/);
    expect(await fingerprint(target.database)).toEqual(before);

    const verify = await runCli(['audit', 'verify'], { DATABASE_URL: target.url });
    expect(verify.code).toBe(0);
    expect(verify.stdout).toBe(`Audit trail verified: ${before.audit_log!.rows} entries, chain intact.\n`);
    // New entries continue the restored chain (the id sequence follows the restored rows).
    await target.database.db.transaction((tx) =>
      appendAudit(tx, who(), { action: 'backup.restored', entity: 'database', entityId: null }),
    );
    expect(await verifyAudit(target.database.db)).toEqual({ ok: true, count: before.audit_log!.rows + 1 });
    // So do timeline events (bigserial ids).
    await target.database.pool.query(
      "insert into case_events (case_id, cycle, at, kind) select id, 1, now(), 'created' from cases limit 1",
    );
  });

  it('refuses to restore into a database that has any data, and changes nothing', SLOW, async () => {
    const source = await dbs.fresh();
    await seedRegions(source.database);
    const file = path.join(scratch, 'small.backup.gz');
    expect((await runCli(['backup', file], { DATABASE_URL: source.url })).code).toBe(0);
    // A folder that does not exist: one line and exit 1 (it used to crash on an unhandled rejection).
    const missing = path.join(scratch, 'no-such-folder', 'x.gz');
    const nowhere = await runCli(['backup', missing], { DATABASE_URL: source.url });
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toBe(
      `redline backup failed: ENOENT: no such file or directory, open '${missing}.partial'\n`,
    );

    // Only the sector catalogue and its audit entries, no region or account: still not empty (the check used to
    // look at regions and accounts only, and the copy then failed on a duplicate key).
    const target = await dbs.fresh();
    await migrateDatabase(target.database.pool);
    await upsertSectorCatalogue(target.database.db, who());
    const before = await fingerprint(target.database);
    const refused = await runCli(['restore', file], { DATABASE_URL: target.url });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `redline restore failed: The target database is not empty (sectors: ${before.sectors!.rows}, audit_log: ${before.audit_log!.rows}); restore needs an empty database.\n`,
    );
    expect(await fingerprint(target.database)).toEqual(before);
  });
});

async function migrateAndLoadDemo(database: Database) {
  await migrateDatabase(database.pool);
  await loadDemo(database.db);
}
