import fs from 'node:fs';
import path from 'node:path';
import { localDateOf } from '@redline/domain';
import { LEDGER_COLUMNS } from '@redline/server/features/accidents/export';
import { insertAccount } from '@redline/server/features/accounts/service';
import { cases } from '@redline/server/features/cases/schema';
import { formatDateTime } from '@redline/server/features/hazard-reports/format';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { databases, runCli, scratch, seedRegions, who } from '../test/cli-harness';

const dbs = databases();
afterAll(() => dbs.cleanUp());

const SLOW = { timeout: 240_000 };
const ZH = { LANG: 'zh_CN.UTF-8' };

const write = (name: string, content: unknown) => {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

function reportJson(occurredAt: Date, extra: Record<string, unknown> = {}) {
  return {
    title: '巴公镇某厂机械伤害事故',
    occurredAt: occurredAt.toISOString(),
    learnedAt: new Date(occurredAt.getTime() + 20 * 60_000).toISOString(),
    locationText: '巴公镇某厂二车间',
    regionCode: '140525108',
    sector: 'industry_trade',
    categoryCode: '03',
    deaths: 1,
    missing: 0,
    seriousInjuries: 1,
    minorInjuries: 0,
    directLossCny: 800_000,
    sceneSituation: '冲压机旁',
    briefCourse: '检修时设备误启动',
    measuresTaken: '停机断电，送医',
    reporterName: '王五',
    ...extra,
  };
}

describe('redline accidents and indicators', () => {
  it('report → supplement → step → investigate → stats → list → show → export, in zh-CN', SLOW, async () => {
    const { url, database } = await dbs.fresh();
    await seedRegions(database);
    const env = { DATABASE_URL: url, ...ZH };
    // Three hours ago, so that its report steps (40 minutes on) and views (an hour on) lie in the past. The statistics
    // are asked as of today (Beijing), the day the supplementary report below is made: as of the accident's own day,
    // a run in the first three hours after midnight would not count the supplement's deaths. (In the first three
    // hours of a year the accident would fall in the year before: the one window this test cannot serve.)
    const occurred = new Date(Date.now() - 3 * 3_600_000);
    const day = localDateOf(new Date());
    const year = localDateOf(occurred).slice(0, 4);
    // A named actor: the county's safety office reports, and the audit trail and the case name that account.
    const office = await database.db.transaction((tx) =>
      insertAccount(
        tx,
        who(),
        {
          username: 'zzsafety',
          displayName: '泽州县安委办',
          roles: ['safety_office'],
          scope: { kind: 'region', regionCode: '140525' },
          password: 'Cli#Test2026',
          mobile: null,
          departmentId: null,
          email: null,
        },
        null,
      ),
    );

    // 较大 accidents are investigated by the city (Decree 493 Art. 19): its safety office leads the team.
    await database.db.transaction((tx) =>
      insertAccount(
        tx,
        who(),
        {
          username: 'jcsafety',
          displayName: '晋城市安委办',
          roles: ['safety_office'],
          scope: { kind: 'region', regionCode: '140500' },
          password: 'Cli#Test2026',
          mobile: null,
          departmentId: null,
          email: null,
        },
        null,
      ),
    );

    const reported = await runCli(
      ['accidents', 'report', '--file', write('report.json', reportJson(occurred)), '--as', 'zzsafety'],
      env,
    );
    expect(reported.stderr).toBe('');
    expect(reported.code).toBe(0);
    const number = /已登记事故 (SG-140525-\d{4}-\d{6})/.exec(reported.stdout)?.[1];
    expect(number, reported.stdout).toBeDefined();
    expect(reported.stdout).toContain('一般事故　死亡 1，下落不明 0，重伤 1');
    expect(reported.stdout).toContain('县级已报');
    const [row] = await database.db.select().from(cases).where(eq(cases.number, number!));
    expect(row!.reporterAccountId).toBe(office.id);

    // Two more deaths: 3 deaths make it 较大事故 (Decree 493 Art. 3), which adds the province step (Art. 10).
    const supplemented = await runCli(
      ['accidents', 'supplement', number!, '--deaths', '3', '--note', '两名重伤人员抢救无效死亡'],
      env,
    );
    expect(supplemented.stderr).toBe('');
    expect(supplemented.stdout).toContain(`已补报 ${number}（第 2 次报告）。`);
    expect(supplemented.stdout).toContain('事故等级由一般事故变为较大事故。');
    expect(supplemented.stdout).toMatch(/省级待报，期限 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);

    const reportedAt = new Date(occurred.getTime() + 40 * 60_000);
    const stepped = await runCli(
      [
        'accidents',
        'step',
        number!,
        '--level',
        'city',
        '--reported-at',
        formatDateTime(reportedAt), // Beijing time, YYYY-MM-DD HH:mm
        '--recipient',
        '晋城市应急管理局值班室',
      ],
      env,
    );
    expect(stepped.stderr).toBe('');
    expect(stepped.stdout).toContain('已记录设区的市级报告');
    expect(stepped.stdout).not.toContain('迟报');

    const team = await runCli(
      [
        'accidents',
        'investigate',
        number!,
        'set_team',
        '--file',
        write('team.json', { teamLeader: '赵六', teamMembers: ['钱七', '孙八'] }),
        '--as',
        'jcsafety',
      ],
      env,
    );
    expect(team.stderr).toBe('');
    expect(team.stdout).toMatch(/调查中，期限 \d{4}-\d{2}-\d{2}/);

    const indicators = await runCli(
      ['indicators', 'set', '140525', year, '--death-cap', '4', '--gdp', '300', '--sector-cap', 'coal_mine=2'],
      env,
    );
    expect(indicators.stderr).toBe('');
    expect(indicators.stdout).toContain(`已设置 140525 ${year} 年控制指标：死亡人数 4（煤矿 2）；GDP 300 亿元`);
    const kept = await runCli(['indicators', 'set', '140525', year, '--employees', '60000'], env);
    expect(kept.stdout).toContain('死亡人数 4（煤矿 2）；GDP 300 亿元；工矿商贸从业人员 60000'); // others kept

    const stats = await runCli(['accidents', 'stats', '--region', '140525', '--as-of', day], env);
    expect(stats.stderr).toBe('');
    expect(stats.stdout).toContain(`泽州县（140525）${year}年1月1日至${day}`);
    expect(stats.stdout).toMatch(/事故起数\s+1\s+0\s+—/);
    expect(stats.stdout).toMatch(/死亡人数\s+3\s+0\s+—/);
    expect(stats.stdout).toContain('死亡人数控制指标：4，已用 75%'); // 3 of 4 = 75.0 %, below the 80 % warning
    expect(stats.stdout).not.toContain('预警阈值');
    expect(stats.stdout).toContain('亿元GDP死亡率 0.01；工矿商贸十万从业人员死亡率 5'); // 3 ÷ 300; 3 ÷ 60,000 × 10万

    const list = await runCli(['accidents', 'list', '--region', '140525', '--grade', 'large'], env);
    expect(list.stderr).toBe('');
    const lines = list.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^编号\s+发生时间\s+区划\s+事故名称/);
    expect(lines[1]).toContain(number!);
    expect(lines[1]).toMatch(/巴公镇\s+巴公镇某厂机械伤害事故\s+工商贸其他\s+较大事故\s+3\s+0\s+1\s+调查中$/);
    expect(lines.at(-1)).toBe('共 1 起（第 1/1 页）');
    const none = await runCli(['accidents', 'list', '--grade', 'major'], env);
    expect(none.stdout.trimEnd().split('\n').at(-1)).toBe('共 0 起（第 1/1 页）');

    const show = await runCli(['accidents', 'show', number!], env);
    expect(show.stderr).toBe('');
    expect(show.stdout).toMatch(/事故类别\s+03 机械伤害/);
    expect(show.stdout).toMatch(/设区的市级\s+\S+ \S+\s+\S+ \S+\s+已报/);
    expect(show.stdout).toMatch(/2\s+\S+ \S+\s+3\s+0\s+1\s+0\s+800000\s+较大事故\s+两名重伤人员抢救无效死亡/);
    // As of before the supplementary report: the first figures and grade.
    const before = await runCli(
      ['accidents', 'show', number!, '--as-of', new Date(occurred.getTime() + 3_600_000).toISOString()],
      env,
    );
    expect(before.stdout).toMatch(/事故等级\s+一般事故/);

    const ledger = path.join(scratch, 'ledger.xlsx');
    const exported = await runCli(['accidents', 'export', '--region', '140525', '--out', ledger], env);
    expect(exported).toMatchObject({ code: 0, stdout: `已导出 1 起事故：${ledger}\n` });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(ledger);
    const sheet = workbook.getWorksheet('事故台账')!;
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(LEDGER_COLUMNS.map((c) => c.header));
    expect([sheet.getCell(4, 1).value, sheet.getCell(4, 11).value, sheet.getCell(4, 17).value]).toEqual([
      number,
      3,
      '较大事故',
    ]);
    expect(sheet.getCell(5, 1).value).toBe('合计');
    expect(fs.existsSync(`${ledger}.partial`)).toBe(false);

    const group = await runCli(['accidents', '--help']);
    for (const name of ['list', 'show', 'report', 'supplement', 'step', 'investigate', 'stats', 'export'])
      expect(group.stdout).toContain(`redline accidents ${name}`);
  });

  it('says what is wrong with bad input and exits non-zero, changing nothing', SLOW, async () => {
    const { url, database } = await dbs.fresh();
    await seedRegions(database);
    const env = { DATABASE_URL: url, ...ZH };
    const occurred = new Date(Date.now() - 3_600_000);

    const bad = await runCli(
      [
        'accidents',
        'report',
        '--file',
        write(
          'bad.json',
          reportJson(occurred, { deaths: -1, learnedAt: new Date(occurred.getTime() - 60_000).toISOString() }),
        ),
      ],
      env,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('死亡人数必须是不小于 0 的整数。');
    expect(bad.stderr).toContain('learnedAt: 县级部门接报时间不能早于事故发生时间。');
    const category = await runCli(
      ['accidents', 'report', '--file', write('category.json', reportJson(occurred, { categoryCode: '21' }))],
      env,
    );
    expect(category.code).toBe(1);
    expect(category.stderr).toMatch(/^REQUEST\.VALIDATION: .*\n {2}categoryCode: /);
    expect((await database.pool.query("select 1 from cases where type = 'accident'")).rowCount).toBe(0);

    const missingFile = await runCli(['accidents', 'report', '--file', path.join(scratch, 'nope.json')], env);
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toContain('no such file');
    const notJson = await runCli(['accidents', 'report', '--file', write('broken.json', '{"title":')], env);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('is not valid JSON');

    const ok = await runCli(['accidents', 'report', '--file', write('ok.json', reportJson(occurred))], env);
    expect(ok.code, ok.stderr).toBe(0);
    const number = /已登记事故 (\S+)（/.exec(ok.stdout)![1]!;
    const negative = await runCli(['accidents', 'supplement', number, '--deaths=-2', '--note', '更正'], env);
    expect(negative.code).toBe(1);
    expect(negative.stderr).toContain('deaths: 死亡人数必须是不小于 0 的整数。');
    const noNote = await runCli(['accidents', 'supplement', number, '--deaths', '2'], env);
    expect(noNote.code).toBe(2);
    expect(noNote.stderr).toContain('--note is required');
    const word = await runCli(['accidents', 'supplement', number, '--deaths', 'three', '--note', 'x'], env);
    expect(word.code).toBe(2);
    expect(word.stderr).toContain('--deaths must be a number, got "three"');
    const unknown = await runCli(['accidents', 'show', 'SG-140525-2099-000001'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^NOT_FOUND: /);
    const noState = await runCli(['accidents', 'step', number, '--level', 'state'], env);
    expect(noState.code).toBe(1);
    expect(noState.stderr).toContain('的报告链没有国务院一级（一般事故）');
    const system = await runCli(['accidents', 'investigate', number, 'set_team'], env);
    expect(system.code).toBe(2);
    expect(system.stderr).toContain('give --as USERNAME');
    await database.db.transaction((tx) =>
      insertAccount(
        tx,
        who(),
        {
          username: 'zzinspector',
          displayName: '泽州县应急管理局',
          roles: ['inspector'],
          scope: { kind: 'region', regionCode: '140525' },
          password: 'Cli#Test2026',
          mobile: null,
          departmentId: null,
          email: null,
        },
        null,
      ),
    );
    const close = await runCli(['accidents', 'investigate', number, 'close', '--as', 'zzinspector'], env);
    expect(close.code).toBe(1);
    expect(close.stderr).toContain('“四不放过”尚未全部落实');
    const badGrade = await runCli(['accidents', 'list', '--grade', 'huge'], env);
    expect(badGrade.code).toBe(2);
    expect(badGrade.stderr).toContain('invalid --grade');
    const badSector = await runCli(['indicators', 'set', '140525', '2026', '--sector-cap', 'mines=2'], env);
    expect(badSector.code).toBe(2);
    expect(badSector.stderr).toContain('unknown sector "mines"');
    const nobody = await runCli(['accidents', 'list', '--as', 'nobody'], env);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain('no account named nobody');

    const versions = await database.pool.query(
      'select v.seq from accident_versions v join cases c on c.id = v.case_id where c.number = $1',
      [number],
    );
    expect(versions.rowCount).toBe(1); // the refused supplementary reports wrote nothing
  });
});
