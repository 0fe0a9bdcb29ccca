import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeUscc } from '@redline/domain';
import ExcelJS from 'exceljs';
import { openDatabase } from '../../../src/db/client';
import { migrateDatabase } from '../../../src/db/migrate';
import type { AuditWho } from '../../../src/features/audit/append-audit';
import { insertGrid } from '../../../src/features/grids/service';
import { ENTERPRISE_COLUMNS } from '../../../src/features/imports/columns';
import { importRecords } from '../../../src/features/imports/service';
import { insertRegion } from '../../../src/features/regions/service';
import { upsertSectorCatalogue } from '../../../src/features/sectors/service';
import { median } from '../load';
import { type Row, round } from '../report-row';

const BUDGET_S = 30;

/** Writes the file the way Excel does (shared strings), half the rows in a town, half in a village grid. */
async function writeWorkbook(file: string, rows: number) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('企业');
  sheet.addRow(ENTERPRISE_COLUMNS.map((c) => c.header)).commit();
  const sectors = ['危险化学品', '工贸、机械', 'hazardous_chemicals,fire_safety', '建筑施工'];
  for (let i = 0; i < rows; i++) {
    const inGrid = i % 2 === 1;
    sheet
      .addRow([
        makeUscc(`91140525${String(i).padStart(9, '0')}`),
        `晋城市测试${i}号企业有限公司`,
        inGrid ? '140525100201' : '140525100',
        inGrid ? 'BENCH-1' : null,
        `泽州县测试路${i}号`,
        112.8 + (i % 1000) / 10_000,
        35.4 + (i % 997) / 10_000,
        sectors[i % sectors.length],
        'C2614',
        (i % 500) + 1,
        '张三',
        '13800000000',
        '李四',
        '13900000000',
        i % 10 === 0 ? '停产整顿' : '在营',
        i % 7 === 0 ? '规模以上企业、重大危险源企业' : '',
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}

export type ImportOutcome = { seconds: number; parseSeconds: number; imported: number; total: number; errors: number };

/**
 * Imports `rows` enterprises from one .xlsx through `importRecords` (the import endpoint's service) into the empty
 * database at `url`. The ceiling is reading the same file alone with ExcelJS (median of three), the part of the work
 * no import can skip.
 */
export async function runImportBench(url: string, rows: number, log: (l: string) => void): Promise<ImportOutcome> {
  const who: AuditWho = { actorId: null, requestId: 'bench-import', now: new Date() };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-bench-import-'));
  const { db, pool, close } = openDatabase(url, 4);
  try {
    await migrateDatabase(pool);
    await upsertSectorCatalogue(db, who);
    await db.transaction(async (tx) => {
      const region = (
        code: string,
        name: string,
        level: 'province' | 'city' | 'county' | 'town' | 'village',
        parentCode: string | null,
      ) => insertRegion(tx, who, { code, name, level, parentCode, isDevelopmentZone: false }, null);
      await region('140000', '山西省', 'province', null);
      await region('140500', '晋城市', 'city', '140000');
      await region('140525', '泽州县', 'county', '140500');
      await region('140525100', '南村镇', 'town', '140525');
      await region('140525100201', '测试村', 'village', '140525100');
      await insertGrid(tx, who, { code: 'BENCH-1', name: '测试村第1网格', villageCode: '140525100201' }, null);
    });
    const file = path.join(dir, 'enterprises.xlsx');
    let started = performance.now();
    await writeWorkbook(file, rows);
    log(`wrote ${rows} rows (${(fs.statSync(file).size / 1e6).toFixed(1)} MB) in ${seconds(started)} s`);
    const body = fs.readFileSync(file);
    const parse: number[] = [];
    for (let i = 0; i < 3; i++) {
      started = performance.now();
      await new ExcelJS.Workbook().xlsx.load(body as unknown as ArrayBuffer);
      parse.push(Number(seconds(started)));
    }
    started = performance.now();
    const result = await importRecords(db, who, 'enterprises', body, 'xlsx', {
      partial: false,
      actor: null,
      locale: 'zh-CN',
    });
    const took = Number(seconds(started));
    log(`imported ${result.imported} of ${result.total} rows (${result.errors.length} errors) in ${took} s`);
    return {
      seconds: took,
      parseSeconds: median(parse),
      imported: result.imported,
      total: result.total,
      errors: result.errors.length,
    };
  } finally {
    await close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);

/** The import row of the suite. */
export async function benchImport(url: string, rows: number, log: (l: string) => void): Promise<Row> {
  const o = await runImportBench(url, rows, log);
  const failures = o.imported === rows ? [] : [`import: ${o.imported} of ${rows} rows imported (${o.errors} errors)`];
  return {
    id: 'import',
    what: `import ${rows.toLocaleString('en')} enterprises from .xlsx`,
    figure: round(o.seconds, 2),
    unit: 's',
    detail: `${o.imported.toLocaleString('en')} rows imported`,
    ceilingWhat: 'reading the same file with ExcelJS alone',
    ceiling: round(o.parseSeconds, 2),
    ceilingUnit: 's',
    ratio: round(o.seconds / o.parseSeconds, 2),
    better: 'lower',
    budget: `≤ ${BUDGET_S} s`,
    pass: o.seconds <= BUDGET_S && !failures.length,
    failures,
  };
}
