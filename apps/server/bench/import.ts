/**
 * Import budget check: 100,000 enterprises from one .xlsx in at most 30 s on the 2-core reference machine.
 * Run: `npx tsx apps/server/bench/import.ts [rows]`. Uses a fresh database: a new one on the
 * server in DATABASE_URL (dropped afterwards), or an embedded PostgreSQL in a temporary folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeUscc } from '@redline/domain';
import ExcelJS from 'exceljs';
import { openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import type { AuditWho } from '../src/features/audit/append-audit';
import { insertGrid } from '../src/features/grids/service';
import { ENTERPRISE_COLUMNS } from '../src/features/imports/columns';
import { importRecords } from '../src/features/imports/service';
import { insertRegion } from '../src/features/regions/service';
import { upsertSectorCatalogue } from '../src/features/sectors/service';
import { freshDatabase } from './fresh-database';

const ROWS = Number(process.argv[2] ?? 100_000);
const who: AuditWho = { actorId: null, requestId: 'bench-import', now: new Date() };

/** Writes the file the way Excel does (shared strings), half the rows in a town, half in a village grid. */
async function writeWorkbook(file: string) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('企业');
  sheet.addRow(ENTERPRISE_COLUMNS.map((c) => c.header)).commit();
  const sectors = ['危险化学品', '工贸、机械', 'hazardous_chemicals,fire_safety', '建筑施工'];
  for (let i = 0; i < ROWS; i++) {
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

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-bench-'));
fs.chmodSync(dir, 0o755);
const database = await freshDatabase(dir);
const { db, pool, close } = openDatabase(database.url, 4);
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
  let started = Date.now();
  await writeWorkbook(file);
  console.log(
    `wrote ${ROWS} rows (${(fs.statSync(file).size / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const body = fs.readFileSync(file);
  started = Date.now();
  const result = await importRecords(db, who, 'enterprises', body, 'xlsx', {
    partial: false,
    actor: null,
    locale: 'zh-CN',
  });
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `imported ${result.imported} of ${result.total} rows (${result.errors.length} errors) in ${seconds.toFixed(1)} s`,
  );
  console.log(seconds <= 30 ? 'within the 30 s budget' : 'OVER the 30 s budget');
  process.exitCode = seconds <= 30 && result.imported === ROWS ? 0 : 1;
} finally {
  await close();
  await database.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
