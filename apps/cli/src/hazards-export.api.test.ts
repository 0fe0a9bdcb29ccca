import fs from 'node:fs';
import path from 'node:path';
import { HAZARD_WORKFLOW } from '@redline/domain';
import { createCase } from '@redline/server/features/cases/create-case';
import { cases } from '@redline/server/features/cases/schema';
import { EXPORT_COLUMNS } from '@redline/server/features/hazard-reports/export';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { databases, runCli, scratch, seedRegions, who } from '../test/cli-harness';

const dbs = databases();
afterAll(() => dbs.cleanUp());

const SLOW = { timeout: 120_000 };

describe('redline hazards export', () => {
  it(
    'writes the filtered hazards as CSV (BOM) or .xlsx with the documented columns; wrong usage exits 2',
    SLOW,
    async () => {
      const { url, database } = await dbs.fresh();
      await seedRegions(database);
      const open = (title: string) =>
        database.db.transaction((tx) =>
          createCase(tx, who(), {
            type: 'hazard',
            workflow: HAZARD_WORKFLOW,
            title,
            regionCode: '140525108',
            source: 'grid_patrol',
            level: 'ordinary',
          }),
        );
      await open('配电室无挡鼠板');
      const closed = await open('消防通道堵塞');
      // Test data only: a written-off hazard without walking the workflow (the export reads the state as stored).
      await database.db.update(cases).set({ state: 'written_off' }).where(eq(cases.id, closed.id));

      const csvFile = path.join(scratch, 'all.csv');
      const all = await runCli(['hazards', 'export', '--format', 'csv', '--out', csvFile], { DATABASE_URL: url });
      expect(all.stderr).toBe('');
      expect(all).toMatchObject({ code: 0, stdout: `Exported 2 hazards to ${csvFile}\n` });
      const bytes = fs.readFileSync(csvFile);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows]: string[][] = parse(bytes.toString('utf8').slice(1));
      expect(header).toEqual(EXPORT_COLUMNS.map((c) => c.header));
      expect(rows.map((r) => [r[1], r[2]]).sort()).toEqual([
        ['消防通道堵塞', '已销号'],
        ['配电室无挡鼠板', '待受理'],
      ]);
      expect(fs.existsSync(`${csvFile}.partial`)).toBe(false);

      const xlsxFile = path.join(scratch, 'open.xlsx');
      const filtered = await runCli(
        ['hazards', 'export', '--region', '140525', '--state', 'reported,accepted', '--out', xlsxFile],
        { DATABASE_URL: url, LANG: 'zh_CN.UTF-8' },
      );
      expect(filtered).toMatchObject({ code: 0, stdout: `已导出 1 条隐患：${xlsxFile}\n` });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(xlsxFile);
      const sheet = workbook.getWorksheet('隐患清单')!;
      expect(sheet.getRow(2).getCell(2).value).toBe('配电室无挡鼠板');
      expect(sheet.rowCount).toBe(2);

      const badFormat = await runCli(['hazards', 'export', '--format', 'pdf'], { DATABASE_URL: url });
      expect(badFormat.code).toBe(2);
      expect(badFormat.stderr).toContain('--format must be xlsx or csv');
      const badState = await runCli(['hazards', 'export', '--state', 'bogus'], { DATABASE_URL: url });
      expect(badState.code).toBe(2);
      expect(badState.stderr).toContain('invalid --state');

      const group = await runCli(['hazards', '--help']);
      expect(group.stdout).toContain('redline hazards export');
    },
  );
});
