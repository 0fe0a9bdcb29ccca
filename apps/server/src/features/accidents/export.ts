import type { TAccident, TAccidentListQuery } from '@redline/contracts';
import { translate } from '@redline/contracts';
import { ACCIDENT_CATEGORIES, ACCIDENT_SECTORS, type AccidentCategory, type AccidentSector } from '@redline/domain';
import { asc, count, desc, eq, type SQL } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Db, Tx } from '../../db/client';
import { AppError } from '../../http/errors';
import { orderOf } from '../../http/paging';
import { cases } from '../cases/schema';
import { formatDateTime } from '../hazard-reports/format';
import { findRegion } from '../regions/repo';
import type { Actor } from '../scope/actor';
import { ACCIDENT_SORTABLE, type AccidentFilter, accidentWhere, presentRows } from './list';
import { selectAccidents } from './repo';
import { accidents } from './schema';

/** At most this many accidents per ledger over HTTP (the CLI may ask for more, up to what a sheet holds). */
export const LEDGER_LIMIT = 20_000;
export const XLSX_SHEET_ROWS = 1_048_000;
/** Accidents presented per query (versions and child cases are loaded per chunk). */
const CHUNK = 500;

type Cell = string | number | null;
type Kind = 'text' | 'count' | 'money';
export type LedgerColumn = { header: string; width: number; kind: Kind; value: (a: TAccident) => Cell };

export const zh = (key: string) => translate('zh-CN', key);
export const sectorName = (code: string) => ACCIDENT_SECTORS[code as AccidentSector]?.zh ?? code;
export const categoryText = (code: string) => {
  const category = ACCIDENT_CATEGORIES[code as AccidentCategory];
  return category ? `${code} ${category.zh}` : code;
};
export const INVESTIGATION_STATE_LABELS: Record<string, string> = {
  investigating: '调查中',
  report_submitted: '报告待批复',
  approved: '已批复',
  closed: '已结案',
};

/** 迟报 (any step late) then the irregularities found (漏报, 谎报, 瞒报), '无' when none. */
export function irregularityText(a: Pick<TAccident, 'reportLate' | 'irregularities'>): string {
  const kinds = [...(a.reportLate ? ['late'] : []), ...a.irregularities];
  return kinds.length ? kinds.map((k) => zh(`accident.irregularity.${k}`)).join('、') : '无';
}

/** A text cell that a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading apostrophe. */
export const defuse = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The columns of the accident ledger (事故台账), GET /accidents/export.xlsx, in this order (docs/ACCIDENTS-EXPORT.md).
 * Stable: a column is never renamed, moved or dropped; new ones are added at the end. Figures and grade as of the
 * export (the latest supplementary report); times YYYY-MM-DD HH:mm Asia/Shanghai; money in CNY.
 */
export const LEDGER_COLUMNS: LedgerColumn[] = [
  { header: '编号', width: 26, kind: 'text', value: (a) => a.number },
  { header: '事故名称', width: 30, kind: 'text', value: (a) => a.title },
  { header: '发生时间', width: 17, kind: 'text', value: (a) => formatDateTime(a.occurredAt) },
  { header: '区划', width: 14, kind: 'text', value: (a) => a.regionName },
  { header: '地点', width: 24, kind: 'text', value: (a) => a.locationText ?? '' },
  { header: '事故单位', width: 28, kind: 'text', value: (a) => a.enterprise?.name ?? '' },
  { header: '统一社会信用代码', width: 21, kind: 'text', value: (a) => a.enterprise?.uscc ?? '' },
  { header: '行业', width: 14, kind: 'text', value: (a) => sectorName(a.sector) },
  { header: '事故类别', width: 16, kind: 'text', value: (a) => categoryText(a.categoryCode) },
  { header: '国民经济行业代码', width: 12, kind: 'text', value: (a) => a.industryCode ?? '' },
  { header: '死亡', width: 7, kind: 'count', value: (a) => a.casualties.deaths },
  { header: '下落不明', width: 9, kind: 'count', value: (a) => a.casualties.missing },
  // What grades and statistics count: the dead, and the missing once 30 (road traffic, fire: 7) days have passed.
  { header: '计入死亡', width: 9, kind: 'count', value: (a) => a.countedDeaths },
  { header: '重伤（含急性工业中毒）', width: 13, kind: 'count', value: (a) => a.casualties.seriousInjuries },
  { header: '轻伤', width: 7, kind: 'count', value: (a) => a.casualties.minorInjuries },
  { header: '直接经济损失（元）', width: 16, kind: 'money', value: (a) => a.casualties.directLossCny },
  { header: '事故等级', width: 12, kind: 'text', value: (a) => zh(`accident.grade.${a.grade}`) },
  { header: '迟报/漏报/谎报/瞒报', width: 14, kind: 'text', value: irregularityText },
  {
    header: '调查状态',
    width: 11,
    kind: 'text',
    value: (a) =>
      a.investigation ? (INVESTIGATION_STATE_LABELS[a.investigation.state] ?? a.investigation.state) : '未启动调查',
  },
  { header: '调查期限', width: 17, kind: 'text', value: (a) => formatDateTime(a.investigation?.deadline) },
];

export type LedgerPlan = { where: SQL | undefined; total: number; sort: string | undefined };

/**
 * What a ledger will hold: the WHERE of GET /accidents for this filter (scope and filters, accidentWhere) and how many
 * accidents match. More than `max` answers 400 ACCIDENT.EXPORT_TOO_LARGE before anything is built.
 */
export async function planLedger(
  db: Db | Tx,
  actor: Actor,
  query: AccidentFilter & { sort?: string },
  max: number,
): Promise<LedgerPlan> {
  const { sort, ...filter } = query;
  const where = await accidentWhere(db, actor, filter);
  const total = where
    ? ((
        await db.select({ n: count() }).from(cases).innerJoin(accidents, eq(accidents.caseId, cases.id)).where(where)
      )[0]?.n ?? 0)
    : 0;
  if (total > max) throw new AppError('ACCIDENT.EXPORT_TOO_LARGE', { count: total, max });
  return { where, total, sort };
}

/** The matching accidents in the list's order (latest first unless sorted), figures and grade as of `now`. */
export async function ledgerRows(db: Db | Tx, plan: LedgerPlan, now: Date): Promise<TAccident[]> {
  if (!plan.where || !plan.total) return [];
  const sortable = ACCIDENT_SORTABLE;
  const rows = await selectAccidents(db)
    .where(plan.where)
    .orderBy(...orderOf(plan.sort, sortable as never, [desc(accidents.occurredAt), asc(cases.id)]));
  const presented: TAccident[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    presented.push(...((await presentRows(db, rows.slice(i, i + CHUNK), now, now)) as TAccident[]));
  }
  return presented;
}

/** The filters of a ledger as (name, value) pairs, with the region's name. */
export async function describeLedgerFilters(
  db: Db | Tx,
  query: AccidentFilter & { sort?: string },
): Promise<Array<[string, string]>> {
  const pairs: Array<[string, string]> = [];
  const add = (name: string, value: string | undefined) => {
    if (value) pairs.push([name, value]);
  };
  const region = query.regionCode ? await findRegion(db, query.regionCode) : undefined;
  add('区划', query.regionCode ? `${region?.name ?? ''}（${query.regionCode}）` : undefined);
  add('发生日期起', query.from);
  add('发生日期止', query.to);
  add('行业', query.sector ? sectorName(query.sector) : undefined);
  add('事故等级', query.grade ? zh(`accident.grade.${query.grade}`) : undefined);
  add('事故类别', query.categoryCode ? categoryText(query.categoryCode) : undefined);
  add('状态', query.state ? { open: '未结案', closed: '已结案' }[query.state] : undefined);
  add('关键词', query.q ?? undefined);
  return pairs;
}

export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** A merged line across `width` columns. */
export function mergedLine(
  sheet: ExcelJS.Worksheet,
  row: number,
  text: string,
  width: number,
  font?: Partial<ExcelJS.Font>,
) {
  sheet.mergeCells(row, 1, row, width);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  if (font) cell.font = font;
  cell.alignment = { horizontal: font?.size ? 'center' : 'left', vertical: 'middle', wrapText: true };
}

/** A header cell: bold, bordered, centred, grey. */
export function headerCell(cell: ExcelJS.Cell, text: string) {
  cell.value = text;
  cell.font = { bold: true };
  cell.border = THIN;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
}

const FORMATS: Record<Kind, string | undefined> = { text: undefined, count: '0', money: '#,##0.00' };

/**
 * The accident ledger as .xlsx: sheet 事故台账 — a title row, the filter line, the header (frozen with the rows
 * above it), one row per accident, a totals row — and sheet 导出说明 (time, count, filters, definitions).
 */
export async function buildLedger(
  accidentsList: readonly TAccident[],
  filters: Array<[string, string]>,
  title: string,
  now: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Redline 红线';
  workbook.created = now;
  const width = LEDGER_COLUMNS.length;
  const sheet = workbook.addWorksheet('事故台账', {
    views: [{ state: 'frozen', ySplit: 3, xSplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = LEDGER_COLUMNS.map((c) => ({ width: c.width }));
  mergedLine(sheet, 1, title, width, { bold: true, size: 16 });
  sheet.getRow(1).height = 28;
  const described = filters.map(([k, v]) => `${k}：${v}`).join('；') || '全部';
  mergedLine(
    sheet,
    2,
    `筛选条件：${described}　　共 ${accidentsList.length} 起　　导出时间：${formatDateTime(now)}（北京时间）`,
    width,
  );
  for (const [i, c] of LEDGER_COLUMNS.entries()) headerCell(sheet.getRow(3).getCell(i + 1), c.header);
  sheet.getRow(3).height = 32;
  const write = (r: number, values: Cell[], bold = false) => {
    const row = sheet.getRow(r);
    values.forEach((v, i) => {
      const column = LEDGER_COLUMNS[i]!;
      const cell = row.getCell(i + 1);
      cell.value = typeof v === 'string' ? defuse(v) : v;
      cell.border = THIN;
      const format = FORMATS[column.kind];
      if (format) cell.numFmt = format;
      cell.alignment = column.kind === 'text' ? { vertical: 'middle' } : { horizontal: 'right', vertical: 'middle' };
      if (bold) cell.font = { bold: true };
    });
  };
  accidentsList.forEach((a, i) => {
    write(
      4 + i,
      LEDGER_COLUMNS.map((c) => c.value(a)),
    );
  });
  const totals = LEDGER_COLUMNS.map((c, i): Cell => {
    if (i === 0) return '合计';
    if (i === 1) return `${accidentsList.length} 起`;
    if (c.kind === 'count') return accidentsList.reduce((n, a) => n + Number(c.value(a) ?? 0), 0);
    if (c.kind === 'money')
      return Math.round(accidentsList.reduce((n, a) => n + Number(c.value(a) ?? 0), 0) * 100) / 100;
    return '';
  });
  write(4 + accidentsList.length, totals, true);
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + accidentsList.length, column: width } };

  const notes = workbook.addWorksheet('导出说明');
  notes.columns = [{ width: 18 }, { width: 90 }];
  headerCell(notes.getCell(1, 1), '项目');
  headerCell(notes.getCell(1, 2), '内容');
  const rows: Array<[string, string | number]> = [
    ['导出时间', `${formatDateTime(now)}（北京时间）`],
    ['记录条数', accidentsList.length],
    ...filters.map(([k, v]): [string, string] => [`筛选：${k}`, v]),
    ['伤亡与损失', '截至导出时最近一次补报后的数字（首报以来的补报见事故详情）；死亡与下落不明分列。'],
    [
      '事故等级',
      '按《生产安全事故报告和调查处理条例》第三条，以导出时的数字确定；补报期（30日，道路交通、火灾7日）届满后下落不明人员计入死亡。',
    ],
    ['迟报/漏报/谎报/瞒报', '任一级报告晚于时限的记“迟报”；漏报、谎报、瞒报为经查证认定的情形；均无记“无”。'],
    ['调查期限', '调查中为调查报告提交期限（含批准延长、不计技术鉴定时间），报告待批复时为批复期限。'],
    ['说明', '列的含义见 docs/ACCIDENTS-EXPORT.md；时间为北京时间（UTC+8）；金额单位为元。'],
  ];
  rows.forEach(([k, v], i) => {
    const row = notes.getRow(2 + i);
    row.getCell(1).value = k;
    row.getCell(2).value = v;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The ledger's title: the region filtered on, else the caller's own region. */
export async function ledgerTitle(db: Db | Tx, actor: Actor, regionCode: string | undefined): Promise<string> {
  const code =
    regionCode ??
    (actor.scope.kind === 'region'
      ? actor.scope.regionCode
      : actor.scope.kind === 'enterprise'
        ? actor.scope.regionCode
        : '');
  const region = code ? await findRegion(db, code) : undefined;
  return `${region?.name ?? ''}生产安全事故台账`;
}

/** GET /accidents/export.xlsx: the ledger of a list query (same filters, scope and order) as a file and its name. */
export async function exportLedger(
  db: Db | Tx,
  actor: Actor,
  query: TAccidentListQuery | (AccidentFilter & { sort?: string }),
  now: Date,
  max = LEDGER_LIMIT,
): Promise<{ file: Buffer; total: number }> {
  const { page: _p, pageSize: _s, ...filter } = query as TAccidentListQuery;
  const plan = await planLedger(db, actor, filter, max);
  const [rows, filters, title] = await Promise.all([
    ledgerRows(db, plan, now),
    describeLedgerFilters(db, filter),
    ledgerTitle(db, actor, filter.regionCode),
  ]);
  return { file: await buildLedger(rows, filters, title, now), total: plan.total };
}
