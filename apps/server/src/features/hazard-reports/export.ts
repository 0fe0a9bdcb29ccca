import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import type { THazardListQuery } from '@redline/contracts';
import { and, asc, count, desc, eq, getTableColumns, or, type SQL, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Db, Tx } from '../../db/client';
import { AppError } from '../../http/errors';
import { cases } from '../cases/schema';
import { enterprises } from '../enterprises/schema';
import { CLOSED_STATES, hazardWhere } from '../hazards/filters';
import { grids, regions } from '../regions/schema';
import type { Actor } from '../scope/actor';
import { sectors } from '../sectors/schema';
import { basisText, formatDateTime, labelOf, RECTIFICATION_MODE_LABELS, unitNames } from './format';

/** Rows read per query while exporting: memory holds one page, whatever the size of the export. */
export const EXPORT_PAGE = 1000;
/** At most this many rows per export over HTTP (the CLI may ask for more; an .xlsx sheet ends at 1,048,576 rows). */
export const EXPORT_LIMITS = { xlsx: 100_000, csv: 500_000 } as const;
export const XLSX_SHEET_MAX = 1_048_575;

/** Hazard rows with the names an export shows, and the row's cursor: its order keys as text. */
const selectExportRows = (db: Db | Tx, cursor: SQL<string[]>) =>
  db
    .select({
      ...getTableColumns(cases),
      regionName: regions.name,
      enterpriseName: enterprises.name,
      enterpriseUscc: enterprises.uscc,
      gridName: grids.name,
      sectorName: sectors.nameZh,
      cursor,
    })
    .from(cases)
    .innerJoin(regions, eq(regions.code, cases.regionCode))
    .leftJoin(enterprises, eq(enterprises.id, cases.enterpriseId))
    .leftJoin(grids, eq(grids.code, cases.gridCode))
    .leftJoin(sectors, eq(sectors.code, cases.sectorCode));

export type ExportRow = Awaited<ReturnType<ReturnType<typeof selectExportRows>['execute']>>[number] & {
  listedUnitName?: string;
};

type Cell = string | number | null;
export type ExportColumn = { key: string; header: string; width: number; value: (r: ExportRow, now: Date) => Cell };

const field = (r: ExportRow, name: string) => (r.fields as Record<string, unknown>)[name];
const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const money = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const yesNo = (b: boolean) => (b ? '是' : '否');

/**
 * The columns of GET /hazards/export.xlsx and .csv, in this order (docs/HAZARDS-EXPORT.md). Stable: a column is never
 * renamed, moved or dropped; new ones are added at the end. Labels are always zh-CN; times YYYY-MM-DD HH:mm
 * Asia/Shanghai; money in CNY.
 */
export const EXPORT_COLUMNS: ExportColumn[] = [
  { key: 'number', header: '编号', width: 24, value: (r) => r.number },
  { key: 'title', header: '标题', width: 30, value: (r) => r.title },
  { key: 'state', header: '状态', width: 10, value: (r) => labelOf('state', r.state) },
  { key: 'level', header: '等级', width: 10, value: (r) => labelOf('level', r.level) },
  { key: 'source', header: '来源', width: 12, value: (r) => labelOf('source', r.source) },
  { key: 'category', header: '类别', width: 14, value: (r) => labelOf('category', field(r, 'category')) },
  { key: 'hazardType', header: '类型', width: 8, value: (r) => labelOf('type', field(r, 'hazardType')) },
  { key: 'regionCode', header: '区划代码', width: 14, value: (r) => r.regionCode },
  { key: 'regionName', header: '区划名称', width: 16, value: (r) => r.regionName },
  { key: 'grid', header: '网格', width: 18, value: (r) => r.gridName ?? r.gridCode ?? '' },
  { key: 'enterpriseName', header: '企业名称', width: 28, value: (r) => r.enterpriseName ?? '' },
  { key: 'uscc', header: '统一社会信用代码', width: 22, value: (r) => r.enterpriseUscc ?? '' },
  { key: 'sector', header: '行业领域', width: 14, value: (r) => r.sectorName ?? r.sectorCode ?? '' },
  {
    key: 'rectificationMode',
    header: '整改方式',
    width: 10,
    value: (r) => RECTIFICATION_MODE_LABELS[text(field(r, 'rectificationMode'))] ?? '',
  },
  {
    key: 'rectificationDeadline',
    header: '整改期限',
    width: 17,
    value: (r) => formatDateTime(text(field(r, 'rectificationDeadline')) || null),
  },
  {
    key: 'overdue',
    header: '是否逾期',
    width: 9,
    value: (r, now) =>
      yesNo(r.deadline !== null && !CLOSED_STATES.includes(r.state) && r.deadline.getTime() < now.getTime()),
  },
  { key: 'listed', header: '挂牌督办', width: 9, value: (r) => yesNo(r.listedAt !== null) },
  { key: 'funds', header: '整改资金（元）', width: 14, value: (r) => money(field(r, 'funds')) },
  { key: 'fundsSpent', header: '实际投入（元）', width: 14, value: (r) => money(field(r, 'fundsSpent')) },
  { key: 'responsiblePerson', header: '责任人', width: 10, value: (r) => text(field(r, 'responsiblePerson')) },
  { key: 'createdAt', header: '上报时间', width: 17, value: (r) => formatDateTime(r.createdAt) },
  { key: 'updatedAt', header: '更新时间', width: 17, value: (r) => formatDateTime(r.updatedAt) },
  // Added after the first 22; same rules.
  { key: 'deadline', header: '当前环节期限', width: 17, value: (r) => formatDateTime(r.deadline) },
  { key: 'description', header: '隐患描述', width: 40, value: (r) => text(field(r, 'description')) },
  { key: 'locationText', header: '隐患位置', width: 24, value: (r) => r.locationText ?? '' },
  { key: 'checkKind', header: '排查类型', width: 14, value: (r) => labelOf('checkKind', field(r, 'checkKind')) },
  { key: 'determinationBasis', header: '判定依据', width: 40, value: (r) => basisText(field(r, 'determinationBasis')) },
  { key: 'measures', header: '整改措施', width: 40, value: (r) => text(field(r, 'measures')) },
  { key: 'listedUnit', header: '挂牌督办单位', width: 20, value: (r) => r.listedUnitName ?? r.listedUnit ?? '' },
  { key: 'listedAt', header: '挂牌时间', width: 17, value: (r) => formatDateTime(r.listedAt) },
  { key: 'suspension', header: '停产整顿', width: 14, value: (r) => labelOf('suspension', field(r, 'suspension')) },
  { key: 'gridCode', header: '网格编码', width: 16, value: (r) => r.gridCode ?? '' },
  { key: 'sectorCode', header: '行业领域代码', width: 16, value: (r) => r.sectorCode ?? '' },
  { key: 'stateCode', header: '状态代码', width: 20, value: (r) => r.state },
  { key: 'id', header: '系统标识', width: 38, value: (r) => r.id },
];

/** One key of the order: the expression, its direction, and how its text value is cast back in the cursor. */
type OrderKey = { expr: SQL; dir: 'asc' | 'desc'; cast: string };

/**
 * The order of GET /hazards for the same `sort` (sort field, then newest first, then id), as keys a cursor can
 * continue from. A null deadline sorts as 'infinity': last ascending, first descending, as PostgreSQL orders nulls.
 */
function orderKeys(sort: string | undefined): OrderKey[] {
  const fallback: OrderKey[] = [
    { expr: sql`${cases.createdAt}`, dir: 'desc', cast: 'timestamptz' },
    { expr: sql`${cases.id}`, dir: 'asc', cast: 'uuid' },
  ];
  if (!sort) return fallback;
  const descending = sort.startsWith('-');
  const name = descending ? sort.slice(1) : sort;
  const dir = descending ? 'desc' : 'asc';
  const first: Record<string, OrderKey> = {
    createdAt: { expr: sql`${cases.createdAt}`, dir, cast: 'timestamptz' },
    updatedAt: { expr: sql`${cases.updatedAt}`, dir, cast: 'timestamptz' },
    number: { expr: sql`${cases.number}`, dir, cast: 'text' },
    deadline: { expr: sql`coalesce(${cases.deadline}, 'infinity'::timestamptz)`, dir, cast: 'timestamptz' },
  };
  const key = first[name];
  return key ? [key, ...fallback] : fallback;
}

/** Rows strictly after the cursor in the keys' order: (a > x) or (a = x and (b < y or (b = y and …))). */
function after(keys: OrderKey[], values: string[]): SQL {
  const branches = keys.map((k, i) => {
    const equal = keys.slice(0, i).map((e, j) => sql`${e.expr} = ${values[j]}::${sql.raw(e.cast)}`);
    const beyond =
      k.dir === 'asc'
        ? sql`${k.expr} > ${values[i]}::${sql.raw(k.cast)}`
        : sql`${k.expr} < ${values[i]}::${sql.raw(k.cast)}`;
    return and(...equal, beyond)!;
  });
  return or(...branches)!;
}

export type ExportPlan = { where: SQL | null; total: number; sort: string | undefined; pageSize: number };

/**
 * What an export will hold: the WHERE of GET /hazards for this query (scope and filters, hazardWhere) and how many
 * rows match. More than `max` answers 400 HAZARD.EXPORT_TOO_LARGE before anything is written.
 */
export async function planExport(
  db: Db,
  actor: Actor,
  query: THazardListQuery,
  now: Date,
  max: number,
): Promise<ExportPlan> {
  const where = await hazardWhere(db, actor, query, now);
  const total = where ? ((await db.select({ n: count() }).from(cases).where(where))[0]?.n ?? 0) : 0;
  if (total > max) throw new AppError('HAZARD.EXPORT_TOO_LARGE', { count: total, max });
  return { where, total, sort: query.sort, pageSize: EXPORT_PAGE };
}

/** The matching rows page by page (keyset on the list's order, `plan.pageSize` rows per query). */
export async function* exportPages(db: Db, plan: ExportPlan): AsyncGenerator<ExportRow[]> {
  if (!plan.where) return;
  const keys = orderKeys(plan.sort);
  // Timestamps round-trip exactly through their text form (the session's time zone both ways).
  const cursorOf = sql<string[]>`array[${sql.join(
    keys.map((k) => sql`(${k.expr})::text`),
    sql`, `,
  )}]`;
  let cursor: string[] | null = null;
  for (;;) {
    const rows: ExportRow[] = await selectExportRows(db, cursorOf)
      .where(cursor ? and(plan.where, after(keys, cursor)) : plan.where)
      .orderBy(...keys.map((k) => (k.dir === 'asc' ? asc(k.expr) : desc(k.expr))))
      .limit(plan.pageSize);
    if (!rows.length) return;
    cursor = rows[rows.length - 1]!.cursor;
    const names = await unitNames(
      db,
      rows.map((r) => r.listedUnit),
    );
    for (const r of rows) if (r.listedUnit) r.listedUnitName = names.get(r.listedUnit);
    yield rows;
    if (rows.length < plan.pageSize) return;
  }
}

/** A text cell that a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading apostrophe. */
const defuse = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const csvCell = (value: Cell): string => {
  if (value === null) return '';
  const s = typeof value === 'number' ? String(value) : defuse(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV: UTF-8 with a byte order mark (Excel and WPS then read the Chinese correctly), CRLF line ends, streamed. */
export function csvStream(db: Db, plan: ExportPlan, now: Date): Readable {
  async function* lines() {
    yield Buffer.from(`\uFEFF${EXPORT_COLUMNS.map((c) => csvCell(c.header)).join(',')}\r\n`, 'utf8');
    for await (const page of exportPages(db, plan)) {
      const text = page.map((r) => EXPORT_COLUMNS.map((c) => csvCell(c.value(r, now))).join(',')).join('\r\n');
      yield Buffer.from(`${text}\r\n`, 'utf8');
    }
  }
  return Readable.from(lines(), { objectMode: false });
}

/**
 * .xlsx written as it is read (ExcelJS's streaming writer, no shared strings): sheet 隐患清单 with the columns and a
 * frozen header, then sheet 导出说明 (time, filters, count). Text cells are strings, never formulas.
 */
export function xlsxStream(db: Db, plan: ExportPlan, now: Date, filters: Array<[string, string]>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Redline 红线';
  workbook.created = now;
  const write = async () => {
    const sheet = workbook.addWorksheet('隐患清单', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.commit();
    let written = 0;
    for await (const page of exportPages(db, plan)) {
      for (const r of page) sheet.addRow(EXPORT_COLUMNS.map((c) => c.value(r, now))).commit();
      written += page.length;
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    sheet.commit();
    const notes = workbook.addWorksheet('导出说明');
    notes.columns = [
      { header: '项目', key: 'k', width: 16 },
      { header: '内容', key: 'v', width: 60 },
    ];
    notes.getRow(1).font = { bold: true };
    notes.addRow(['导出时间', formatDateTime(now)]).commit();
    notes.addRow(['记录条数', written]).commit();
    for (const [k, v] of filters) notes.addRow([`筛选：${k}`, v]).commit();
    notes.addRow(['说明', '列的含义见 docs/HAZARDS-EXPORT.md；时间为北京时间（UTC+8）；金额单位为元。']).commit();
    notes.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error as Error));
  return out;
}

/** The filters of a list query as (name, value) pairs for the notes sheet. */
export function describeFilters(query: THazardListQuery): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const add = (name: string, value: unknown) => {
    if (value !== undefined && value !== null && value !== '') pairs.push([name, String(value)]);
  };
  add('关键词', query.q);
  add('区划', query.regionCode);
  add('行业领域', query.sectorCode);
  add('等级', query.level ? labelOf('level', query.level) : undefined);
  add('状态', query.state?.map((s) => labelOf('state', s)).join('、'));
  add('来源', query.source ? labelOf('source', query.source) : undefined);
  add('企业', query.enterpriseId);
  add('逾期', query.overdue === undefined ? undefined : yesNo(query.overdue));
  add('挂牌督办', query.listed === undefined ? undefined : yesNo(query.listed));
  add('上报日期起', query.from);
  add('上报日期止', query.to);
  add('排序', query.sort);
  return pairs;
}
