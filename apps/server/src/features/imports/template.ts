import { ACCIDENT_CATEGORIES } from '@redline/domain';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client';
import { loadSectors } from '../enterprises/repo';
import { COLUMNS, type Column, type ImportKind } from './columns';
import type { ImportFormat } from './read-sheet';

const SHEET_NAMES: Record<ImportKind, string> = {
  enterprises: '企业',
  people: '人员',
  risk_register: '风险分级管控清单',
};

const GENERAL_NOTES: Array<[string, string]> = [
  [
    '第 1 行为表头，请勿修改；从第 2 行起每行一条记录。',
    'Row 1 is the header; keep it. One record per row from row 2.',
  ],
  ['第 2 行是示例，导入前请删除或改为真实数据。', 'Row 2 is an example: delete it or replace it before importing.'],
  [
    '只读取第一个工作表；也可另存为 UTF-8 编码的 CSV 文件导入。',
    'Only the first worksheet is read; a UTF-8 CSV file works too.',
  ],
  [
    '统一社会信用代码已存在于系统中的行按“重复”报错，不会覆盖已有企业；文件内重复的代码同样报错。',
    'A row whose credit code already exists is reported as a duplicate and never overwrites; so is a code repeated in the file.',
  ],
  [
    '默认任一行有误则整批不导入，并列出每个错误的行号、列名和原因；选择“部分导入”时只导入正确的行。',
    'By default one bad row stops the whole import and every error is listed by row and column; a partial import takes the valid rows.',
  ],
];

/** The notes sheet: general rules, one line per column, and for enterprises the sector names accepted. */
async function addNotes(db: Db, workbook: ExcelJS.Workbook, kind: ImportKind, columns: Column[]) {
  const notes = workbook.addWorksheet('填写说明');
  notes.columns = [
    { header: '列名 / 项目', width: 26 },
    { header: '必填', width: 8 },
    { header: '说明', width: 70 },
    { header: 'Notes', width: 70 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const [zh, en] of GENERAL_NOTES) notes.addRow(['通用', '', zh, en]);
  for (const c of columns) notes.addRow([c.header, c.required ? '是' : '', c.note['zh-CN'], c.note.en]);
  if (kind === 'enterprises') {
    notes.addRow([]);
    notes.addRow(['行业领域', '代码', '名称', 'Name']).font = { bold: true };
    for (const s of await loadSectors(db)) notes.addRow(['', s.code, s.nameZh, s.nameEn]);
  }
  if (kind === 'risk_register') {
    notes.addRow([]);
    notes.addRow(['事故类别（GB 6441）', '代码', '名称', 'Name']).font = { bold: true };
    for (const [code, c] of Object.entries(ACCIDENT_CATEGORIES)) notes.addRow(['', code, c.zh, c.en]);
  }
}

async function buildXlsx(db: Db, kind: ImportKind): Promise<Buffer> {
  const columns = COLUMNS[kind];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Redline 红线';
  const sheet = workbook.addWorksheet(SHEET_NAMES[kind], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(12, c.header.length * 2 + 4, c.example.length + 4),
    ...(c.text ? { style: { numFmt: '@' } } : {}),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE9D9' } };
  sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, c.example])));
  const status = columns.findIndex((c) => c.key === 'status');
  if (status >= 0) {
    const letter = sheet.getColumn(status + 1).letter;
    // A drop-down over the status column: one range rule (exceljs has it untyped), so no empty rows are created.
    const rules = (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } })
      .dataValidations;
    rules.add(`${letter}2:${letter}10000`, { type: 'list', allowBlank: true, formulae: ['"在营,停产整顿,关闭"'] });
  }
  await addNotes(db, workbook, kind, columns);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** CSV with a UTF-8 byte order mark (so Excel and WPS read the Chinese correctly) and CRLF line ends. */
function buildCsv(kind: ImportKind): Buffer {
  const columns = COLUMNS[kind];
  const lines = [columns.map((c) => csvCell(c.header)), columns.map((c) => csvCell(c.example))].map((l) => l.join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The import template of a kind: the zh-CN header row and one example row (xlsx also has a notes sheet). */
export async function buildTemplate(db: Db, kind: ImportKind, format: ImportFormat): Promise<Buffer> {
  return format === 'xlsx' ? buildXlsx(db, kind) : buildCsv(kind);
}
