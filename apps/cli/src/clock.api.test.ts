import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HAZARD_WORKFLOW } from '@redline/domain';
import { insertAccount } from '@redline/server/features/accounts/service';
import { createCase } from '@redline/server/features/cases/create-case';
import { SWEEP_LOCK } from '@redline/server/features/cases/sweep-deadlines';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, count, databases, ROOT, runCli, SECRET, scratch, seedRegions, who } from '../test/cli-harness';

const dbs = databases();
afterAll(() => dbs.cleanUp());

const SLOW = { timeout: 120_000 };
const HOUR = 3_600_000;

describe('redline hazards sweep', () => {
  it(
    'sweeps once and prints the counts; a second run finds nothing; a held lock says another process sweeps',
    SLOW,
    async () => {
      const { url, database } = await dbs.fresh();
      await seedRegions(database);
      const officer = await database.db.transaction((tx) =>
        insertAccount(
          tx,
          who(),
          {
            username: 'bagong',
            displayName: '巴公镇安监办',
            roles: ['town_officer'],
            scope: { kind: 'region', regionCode: '140525108' },
            password: 'Test#Pass2026',
          },
          null,
        ),
      );
      const open = (deadline: Date) =>
        database.db.transaction((tx) =>
          createCase(tx, who(), {
            type: 'hazard',
            workflow: HAZARD_WORKFLOW,
            title: '配电室无挡鼠板',
            regionCode: '140525108',
            ownerUnit: 'region:140525108',
            deadline,
          }),
        );
      await open(new Date(Date.now() - HOUR)); // overdue for an hour
      await open(new Date(Date.now() + 2 * 24 * HOUR)); // within the 3-day reminder
      await open(new Date(Date.now() + 30 * 24 * HOUR)); // not yet

      const first = await runCli(['hazards', 'sweep'], { DATABASE_URL: url });
      expect(first).toMatchObject({ code: 0, stderr: '' });
      expect(first.stdout).toBe(
        'reminders 1, overdue 1, escalations 0; 2 notifications, 0 webhook deliveries queued.\n',
      );
      expect(await count(database, "select 1 from case_events where kind in ('reminder', 'overdue')")).toBe(2);
      expect(await count(database, 'select 1 from notifications where account_id = $1', [officer.id])).toBe(2);

      const second = await runCli(['hazards', 'sweep'], { DATABASE_URL: url, LANG: 'zh_CN.UTF-8' });
      expect(second.code).toBe(0);
      expect(second.stdout).toBe('提醒 0，逾期 0，升级 0；站内通知 0 条，推送 0 条。\n');

      const other = await database.pool.connect();
      try {
        await other.query('select pg_advisory_lock($1)', [SWEEP_LOCK]);
        const skipped = await runCli(['hazards', 'sweep'], { DATABASE_URL: url });
        expect(skipped.code).toBe(0);
        expect(skipped.stdout).toBe('Another process is sweeping; this sweep did not run.\n');
      } finally {
        await other.query('select pg_advisory_unlock($1)', [SWEEP_LOCK]);
        other.release();
      }
      expect(await count(database, "select 1 from case_events where kind in ('reminder', 'overdue')")).toBe(2);

      const usage = await runCli(['hazards', 'sweep', 'now'], { DATABASE_URL: url });
      expect(usage.code).toBe(2);
      const group = await runCli(['hazards', '--help']);
      expect(group).toMatchObject({ code: 0 });
      expect(group.stdout).toContain('redline hazards sweep');
    },
  );
});

describe('redline calendar', () => {
  const write = (name: string, content: unknown) => {
    const file = path.join(scratch, name);
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
  const y2031 = {
    year: 2031,
    holidays: ['2031-01-01', '2031-10-01', '2031-10-02', '2031-10-03'],
    workdays: ['2031-09-28'],
    source: '测试通知（2030-11-01）',
  };

  it('loads a year (audited), lists the years; a bad file loads nothing', SLOW, async () => {
    const { url, database } = await dbs.fresh();
    await seedRegions(database);
    const loaded = await runCli(['calendar', 'load', write('2031.json', y2031)], { DATABASE_URL: url });
    expect(loaded.stderr).toBe('');
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toContain('Loaded the 2031 holiday calendar: 4 days off, 1 working weekend days');
    expect(await count(database, 'select 1 from holiday_calendars where year = 2031')).toBe(1);
    expect(
      await count(database, "select 1 from audit_log where action = 'holiday_calendar.put' and entity_id = '2031'"),
    ).toBe(1);

    // An array is all or nothing: 2032 is fine, 2033 lists a Monday as a working weekend day.
    const bad = write('bad.json', [
      { year: 2032, holidays: ['2032-01-01'], workdays: [], source: '测试' },
      { year: 2033, holidays: [], workdays: ['2033-01-03'], source: '测试' },
    ]);
    const refused = await runCli(['calendar', 'load', bad], { DATABASE_URL: url });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('CALENDAR.WORKDAY_NOT_WEEKEND');
    expect(refused.stderr).toContain('2033-01-03');
    expect(await count(database, 'select 1 from holiday_calendars where year in (2032, 2033)')).toBe(0);

    const notJson = await runCli(['calendar', 'load', write('x.json', '{ year: 2034')], { DATABASE_URL: url });
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('is not valid JSON');
    const wrongShape = await runCli(['calendar', 'load', write('y.json', { year: 2034, holidays: [] })], {
      DATABASE_URL: url,
    });
    expect(wrongShape.code).toBe(1);
    expect(wrongShape.stderr).toContain('Nothing was loaded');
    const missing = await runCli(['calendar', 'load', path.join(scratch, 'nope.json')], { DATABASE_URL: url });
    expect(missing.code).toBe(1);

    const list = await runCli(['calendar', 'list'], { DATABASE_URL: url });
    expect(list.code).toBe(0);
    const years = list.stdout
      .trim()
      .split('\n')
      .map((line) => line.slice(0, 4));
    expect(years).toEqual(['2025', '2026', '2031']);
    expect(list.stdout).toContain('测试通知（2030-11-01）');
  });
});

describe('redline worker', () => {
  it('runs the scheduler without HTTP until SIGTERM: the first tick sweeps at once', SLOW, async () => {
    const { url, database } = await dbs.fresh();
    await seedRegions(database);
    await database.db.transaction((tx) =>
      createCase(tx, who(), {
        type: 'hazard',
        workflow: HAZARD_WORKFLOW,
        title: '有限空间作业无监护',
        regionCode: '140525108',
        deadline: new Date(Date.now() - HOUR),
      }),
    );
    const child = spawn(process.execPath, [BIN, 'worker'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME ?? os.homedir(),
        LANG: 'en_US.UTF-8',
        REDLINE_SECRET: SECRET,
        REDLINE_DATA_DIR: scratch,
        DATABASE_URL: url,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await expect
        .poll(() => count(database, "select 1 from case_events where kind = 'overdue'"), {
          timeout: 60_000,
          interval: 250,
        })
        .toBe(1);
      expect(output).toContain('worker started');
      expect(output).toContain('scheduler tick');
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
      expect(output).toContain('worker stopping');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
