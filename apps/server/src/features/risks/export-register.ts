import { localDateOf } from '@redline/domain';
import ExcelJS from 'exceljs';
import type { Ctx } from '../../http/context';
import { defuse, headerCell, mergedLine, THIN } from '../accidents/export';
import { formatDateTime } from '../hazard-reports/format';
import { getRegister } from './register';
import { type LedgerRow, ledgerRowsOf, REGISTER_COLUMNS } from './register-columns';
import { registerEnterprise } from './repo';
import { riskSettingsFor } from './settings';

export const REGISTER_SHEET = '风险分级管控清单';
/** Rows above the header: the title and the summary line (the import skips them to find the header). */
const HEADER_ROW = 3;

/** Sheet 风险分级管控清单: title, summary, the header (frozen with the object and unit columns), one row per line. */
function writeLedger(workbook: ExcelJS.Workbook, title: string, summary: string, rows: LedgerRow[]) {
  const width = REGISTER_COLUMNS.length;
  const sheet = workbook.addWorksheet(REGISTER_SHEET, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 3 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = REGISTER_COLUMNS.map((c) => ({ width: c.width }));
  mergedLine(sheet, 1, title, width, { bold: true, size: 16 });
  sheet.getRow(1).height = 28;
  mergedLine(sheet, 2, summary, width);
  for (const [i, c] of REGISTER_COLUMNS.entries()) headerCell(sheet.getRow(HEADER_ROW).getCell(i + 1), c.header);
  sheet.getRow(HEADER_ROW).height = 32;
  rows.forEach((line, n) => {
    const row = sheet.getRow(HEADER_ROW + 1 + n);
    REGISTER_COLUMNS.forEach((c, i) => {
      const value = c.value(line, n);
      const cell = row.getCell(i + 1);
      cell.value = value === '' ? null : typeof value === 'string' ? defuse(value) : value;
      cell.border = THIN;
      cell.alignment = { vertical: 'middle', wrapText: typeof value === 'string' && value.length > 8 };
    });
  });
  if (rows.length) {
    sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + rows.length, column: width } };
  }
}

/** Sheet 导出说明: the enterprise, time, counts, and what each column holds. */
function writeNotes(workbook: ExcelJS.Workbook, facts: Array<[string, string | number]>) {
  const notes = workbook.addWorksheet('导出说明');
  notes.columns = [{ width: 22 }, { width: 90 }];
  headerCell(notes.getCell(1, 1), '项目');
  headerCell(notes.getCell(1, 2), '内容');
  const lines: Array<[string, string | number]> = [
    ...facts,
    [
      '风险等级',
      '按 LEC（D = L × E × C）或风险矩阵（R = L × S）评价，分重大（红）、较大（橙）、一般（黄）、低（蓝）四级。',
    ],
    [
      '固有/残余风险',
      '固有风险为未采取措施时的评价；残余风险为措施落实后的评价，事件按残余风险计（未评价时按固有风险）。',
    ],
    ['管控层级', '事件风险等级对应的层级及其以下各级（上级管控的风险，下级必须管控）。'],
    [
      '重新导入',
      '本表可修改后在“数据导入 → 风险分级管控清单”导入（导入到没有同名单元的企业）；序号、风险值、等级、管控层级由系统重新计算。',
    ],
    ...REGISTER_COLUMNS.map((c): [string, string] => [c.header, c.note['zh-CN']]),
  ];
  lines.forEach(([k, v], i) => {
    const row = notes.getRow(2 + i);
    row.getCell(1).value = k;
    row.getCell(2).value = v;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  });
}

/**
 * GET /enterprises/:id/risk-register.xlsx: the register (as GET /enterprises/:id/risk-register shows it, so in the
 * reader's scope) as a ledger, and the names of the file.
 */
export async function exportRegister(ctx: Ctx, enterpriseId: string) {
  const [register, enterprise] = await Promise.all([
    getRegister(ctx, enterpriseId),
    registerEnterprise(ctx.db, ctx.actor, enterpriseId),
  ]);
  const settings = await riskSettingsFor(ctx.db, enterprise.regionPath);
  const rows = ledgerRowsOf(register, settings.controlMapping);
  const events = register.units.flatMap((u) => u.events);
  const measures = events.flatMap((e) => e.measures).length;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Redline 红线';
  workbook.created = ctx.now;
  const exportedAt = `${formatDateTime(ctx.now)}（北京时间）`;
  writeLedger(
    workbook,
    `${register.enterprise.name}安全风险分级管控清单`,
    `共 ${register.units.length} 个风险分析单元、${events.length} 个风险事件、${measures} 项管控措施　　导出时间：${exportedAt}`,
    rows,
  );
  writeNotes(workbook, [
    ['企业', register.enterprise.name],
    ['导出时间', exportedAt],
    ['风险分析单元', register.units.length],
    ['风险事件', events.length],
    ['管控措施', measures],
  ]);
  const day = localDateOf(ctx.now).replaceAll('-', '');
  return {
    file: Buffer.from(await workbook.xlsx.writeBuffer()),
    ascii: `risk-register-${day}.xlsx`,
    name: `${register.enterprise.name}-风险分级管控清单-${day}.xlsx`,
  };
}
