import type { THazardStatisticsQuery, TQuarterlyReportQuery } from '@redline/contracts';
import {
  emptyCounts,
  type HazardCounts,
  hazardFigures,
  quarterDates,
  quarterlyReportDue,
  type StatisticsPeriod,
} from '@redline/domain';
import { and, asc, eq, or, type SQL, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Ctx } from '../../http/context';
import { forbidden, notFound } from '../../http/errors';
import { cases } from '../cases/schema';
import { findEnterprise } from '../enterprises/repo';
import { CLOSED_STATES } from '../hazards/filters';
import { selectHazards } from '../hazards/repo';
import { findRegion } from '../regions/repo';
import { scopeOf } from '../scope/filters';
import { basisText, formatDate, formatDateTime, labelOf, unitNames } from './format';
import { countTable, type GroupRow, isFound, isOpen, regionRootOf, reportedIn, statisticsWhere } from './statistics';

type Subject =
  | { kind: 'enterprise'; id: string; name: string; uscc: string; regionName: string; principal: string | null }
  | { kind: 'region'; code: string; name: string };

/** Whose table: the enterprise asked for (in scope), the caller's own enterprise, or a region (default the caller's). */
async function subjectOf(ctx: Ctx, query: TQuarterlyReportQuery): Promise<Subject> {
  const s = ctx.actor.scope;
  const enterpriseId = query.enterpriseId ?? (s.kind === 'enterprise' && !query.regionCode ? s.enterpriseId : null);
  if (enterpriseId) {
    const row = await findEnterprise(ctx.db, enterpriseId, scopeOf.enterprises(ctx.actor));
    if (!row) throw notFound();
    const region = await findRegion(ctx.db, row.regionCode);
    return {
      kind: 'enterprise',
      id: row.id,
      name: row.name,
      uscc: row.uscc,
      regionName: region?.name ?? row.regionCode,
      principal: row.principalName,
    };
  }
  // A region's table is an official's: an enterprise account has its own table only.
  if (s.kind === 'enterprise') throw forbidden();
  const root = await regionRootOf(ctx.db, ctx.actor, query.regionCode);
  if (!root?.code) throw notFound();
  return { kind: 'region', code: root.code, name: root.name };
}

const COUNT_ROWS: Array<{
  label: string;
  figure: keyof ReturnType<typeof hazardFigures>;
  kind: 'n' | 'rate' | 'money';
}> = [
  { label: '排查发现隐患（项）', figure: 'found', kind: 'n' },
  { label: '其中：已整改销号（项）', figure: 'foundRectified', kind: 'n' },
  { label: '隐患整改率', figure: 'rectificationRate', kind: 'rate' },
  { label: '本季度整改销号隐患（项）', figure: 'rectified', kind: 'n' },
  { label: '其中：按期整改（项）', figure: 'rectifiedOnTime', kind: 'n' },
  { label: '按期整改率', figure: 'onTimeRate', kind: 'rate' },
  { label: '当前逾期未整改（项）', figure: 'overdueNow', kind: 'n' },
  { label: '计划整改资金（元）', figure: 'fundsPlanned', kind: 'money' },
  { label: '实际投入资金（元）', figure: 'fundsSpent', kind: 'money' },
  { label: '重大隐患未销号（项）', figure: 'majorOpen', kind: 'n' },
  { label: '其中：挂牌督办（项）', figure: 'majorListed', kind: 'n' },
];

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** A figure as a cell: the number, or "—" where there is none (a rate without a basis). */
function cellValue(v: unknown): ExcelJS.CellValue {
  return v === null || v === undefined ? '—' : (v as number);
}

function styleValue(cell: ExcelJS.Cell, kind: Kind) {
  if (kind === 'rate') cell.numFmt = '0.00%';
  if (kind === 'money') cell.numFmt = '#,##0.00';
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
}

type Kind = 't' | 'n' | 'rate' | 'money';

/** A bordered table from a header row and rows, starting at `top` (cell formats by `kindOf`); answers the next free row. */
function table(
  sheet: ExcelJS.Worksheet,
  top: number,
  header: string[],
  rows: ExcelJS.CellValue[][],
  kindOf: (row: number, column: number) => Kind,
) {
  const head = sheet.getRow(top);
  header.forEach((h, i) => {
    const cell = head.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
  rows.forEach((values, r) => {
    const row = sheet.getRow(top + 1 + r);
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      cell.value = v;
      cell.border = THIN;
      const kind = kindOf(r, i);
      if (kind !== 't') styleValue(cell, kind);
      else cell.alignment = { vertical: 'middle', wrapText: true };
    });
  });
  return top + rows.length + 2;
}

function title(sheet: ExcelJS.Worksheet, row: number, text: string, width: number, size = 16) {
  sheet.mergeCells(row, 1, row, width);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { bold: true, size };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
}

function line(sheet: ExcelJS.Worksheet, row: number, text: string, width: number) {
  sheet.mergeCells(row, 1, row, width);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.alignment = { vertical: 'middle', wrapText: true };
}

type LevelTable = { ordinary: HazardCounts; major: HazardCounts; total: HazardCounts };

const counts = (rows: GroupRow[], key: string) => rows.find((r) => r.key === key)!.counts;

/** Sheet 1: the table itself — header, counts by level, analysis box, signatures, legal note. */
function summarySheet(
  workbook: ExcelJS.Workbook,
  subject: Subject,
  period: StatisticsPeriod,
  query: TQuarterlyReportQuery,
  levels: LevelTable,
  now: Date,
) {
  const sheet = workbook.addWorksheet('统计分析表', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 30 }, { width: 16 }, { width: 16 }, { width: 16 }];
  const width = 4;
  title(sheet, 1, '事故隐患排查治理情况统计分析表', width);
  title(sheet, 2, `（${query.year}年第${query.quarter}季度）`, width, 12);
  line(sheet, 3, `填报单位（盖章）：${subject.name}`, width);
  line(
    sheet,
    4,
    subject.kind === 'enterprise'
      ? `统一社会信用代码：${subject.uscc}　　所在区划：${subject.regionName}`
      : `行政区划：${subject.name}（${subject.code}）`,
    width,
  );
  line(
    sheet,
    5,
    `统计期间：${period.from} 至 ${period.to}　　报送期限：${quarterlyReportDue(query.year, query.quarter)}前`,
    width,
  );
  const figures = {
    ordinary: hazardFigures(levels.ordinary),
    major: hazardFigures(levels.major),
    total: hazardFigures(levels.total),
  };
  const rows = COUNT_ROWS.map((r) => {
    const majorOnly = r.figure === 'majorOpen' || r.figure === 'majorListed';
    return [
      r.label,
      majorOnly ? '—' : cellValue(figures.ordinary[r.figure]),
      cellValue(figures.major[r.figure]),
      cellValue(figures.total[r.figure]),
    ];
  });
  let next = table(sheet, 7, ['项目', '一般隐患', '重大隐患', '合计'], rows, (r, c) =>
    c === 0 ? 't' : COUNT_ROWS[r]!.kind,
  );
  line(sheet, next, '隐患排查治理情况分析（主要隐患类型、产生原因、整改情况及下一步措施）：', width);
  sheet.mergeCells(next + 1, 1, next + 6, width);
  const box = sheet.getCell(next + 1, 1);
  box.border = THIN;
  box.alignment = { vertical: 'top', wrapText: true };
  next += 8;
  line(sheet, next, '主要负责人（签字）：____________　　填表人：____________　　联系电话：____________', width);
  if (subject.kind === 'enterprise' && subject.principal) {
    line(sheet, next + 1, `主要负责人：${subject.principal}`, width);
    next += 1;
  }
  line(sheet, next + 1, '填报日期：　　　　年　　月　　日　　　　（单位盖章）', width);
  line(
    sheet,
    next + 3,
    '注：1. 依据《安全生产事故隐患排查治理暂行规定》（原国家安全生产监督管理总局令第16号）第十四条，生产经营单位每季度对本单位事故隐患排查治理情况进行统计分析，于下一季度15日前报送，统计分析表须由主要负责人签字。' +
      '“下一季度15日前”按下一季度首月15日前理解（未经确认，以当地人民政府要求为准）。' +
      `2. 各项口径见“填报说明”工作表。3. 本表由红线系统于 ${formatDateTime(now)} 生成，“当前逾期”“未销号”为生成时的数据。`,
    width,
  );
  sheet.getRow(next + 3).height = 75;
}

const GROUP_HEADER = [
  '代码',
  '名称',
  '排查发现（一般）',
  '排查发现（重大）',
  '排查发现（合计）',
  '已整改销号',
  '整改率',
  '本季度销号',
  '按期整改',
  '按期整改率',
  '当前逾期',
  '重大隐患未销号',
  '挂牌督办',
  '计划资金（元）',
  '实际投入（元）',
];
const GROUP_KINDS: Kind[] = ['t', 't', 'n', 'n', 'n', 'n', 'rate', 'n', 'n', 'rate', 'n', 'n', 'n', 'money', 'money'];

function groupRow(code: string, name: string, all: HazardCounts, ordinary: HazardCounts, major: HazardCounts) {
  const f = hazardFigures(all);
  return [
    code,
    name,
    ordinary.found,
    major.found,
    f.found,
    f.foundRectified,
    cellValue(f.rectificationRate),
    f.rectified,
    f.rectifiedOnTime,
    cellValue(f.onTimeRate),
    cellValue(f.overdueNow),
    cellValue(f.majorOpen),
    cellValue(f.majorListed),
    f.fundsPlanned,
    f.fundsSpent,
  ];
}

/** A sheet of one row per group (child region or sector) and a total row, split by level where the table asks. */
function groupSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  heading: string,
  tables: {
    all: GroupRow[];
    ordinary: GroupRow[];
    major: GroupRow[];
    total: HazardCounts;
    totalOrdinary: HazardCounts;
    totalMajor: HazardCounts;
  },
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = GROUP_HEADER.map((h, i) => ({ width: i === 1 ? 24 : Math.max(10, h.length * 2 + 2) }));
  title(sheet, 1, heading, GROUP_HEADER.length, 14);
  const rows = tables.all.map((g) => {
    // A row of the whole table may be absent from a level's ("not set" appears only where counted).
    const ordinary = tables.ordinary.find((o) => o.key === g.key)?.counts ?? emptyCounts();
    const major = tables.major.find((o) => o.key === g.key)?.counts ?? emptyCounts();
    return groupRow(g.key ?? '', g.label, g.counts, ordinary, major);
  });
  rows.push(groupRow('合计', '', tables.total, tables.totalOrdinary, tables.totalMajor));
  table(sheet, 3, GROUP_HEADER, rows, (_, c) => GROUP_KINDS[c]!);
  const last = sheet.getRow(3 + rows.length);
  last.font = { bold: true };
}

/** Major hazards of the table: found or written off in the quarter, or open now (neither rejected nor merged). */
async function majorHazards(ctx: Ctx, where: SQL, period: StatisticsPeriod) {
  const writtenOffInPeriod = sql`exists (select 1 from case_events w where w.case_id = ${cases.id}
    and w.kind = 'transition' and w.to_state = 'written_off'
    and w.at >= ${period.start.toISOString()}::timestamptz and w.at <= ${period.end.toISOString()}::timestamptz)`;
  const rows = await selectHazards(ctx.db)
    .where(and(where, eq(cases.level, 'major'), isFound(), or(reportedIn(period), writtenOffInPeriod, isOpen())))
    .orderBy(asc(cases.createdAt), asc(cases.id));
  const names = await unitNames(
    ctx.db,
    rows.map((r) => r.listedUnit),
  );
  return rows.map((r) => ({ ...r, listedUnitName: r.listedUnit ? (names.get(r.listedUnit) ?? r.listedUnit) : '' }));
}

function majorSheet(workbook: ExcelJS.Workbook, rows: Awaited<ReturnType<typeof majorHazards>>, now: Date) {
  const header = [
    '序号',
    '编号',
    '隐患名称',
    '企业名称',
    '区划',
    '判定依据',
    '发现日期',
    '状态',
    '整改期限',
    '是否逾期',
    '挂牌督办',
    '督办单位',
    '挂牌日期',
    '整改责任人',
    '计划资金（元）',
    '实际投入（元）',
    '停产整顿',
  ];
  const sheet = workbook.addWorksheet('重大隐患清单', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = header.map((h, i) => ({ width: [6, 24, 30, 28, 14, 40][i] ?? Math.max(10, h.length * 2 + 2) }));
  title(sheet, 1, '重大事故隐患清单（本季度发现、销号及目前未销号的重大隐患）', header.length, 14);
  const values = rows.map((r, i) => {
    const f = r.fields as Record<string, unknown>;
    const overdue = r.deadline !== null && !CLOSED_STATES.includes(r.state) && r.deadline.getTime() < now.getTime();
    return [
      i + 1,
      r.number,
      r.title,
      r.enterpriseName ?? '',
      r.regionName,
      basisText(f.determinationBasis),
      formatDate(r.createdAt),
      labelOf('state', r.state),
      formatDate(typeof f.rectificationDeadline === 'string' ? f.rectificationDeadline : null),
      overdue ? '是' : '否',
      r.listedAt ? '是' : '否',
      r.listedUnitName,
      formatDate(r.listedAt),
      typeof f.responsiblePerson === 'string' ? f.responsiblePerson : '',
      typeof f.funds === 'number' ? f.funds : null,
      typeof f.fundsSpent === 'number' ? f.fundsSpent : null,
      labelOf('suspension', f.suspension),
    ] as ExcelJS.CellValue[];
  });
  const kindOf = (_: number, c: number): Kind => (c === 0 ? 'n' : c === 14 || c === 15 ? 'money' : 't');
  if (!values.length) values.push(['', '本季度无重大事故隐患', ...header.slice(2).map(() => '')]);
  table(sheet, 2, header, values, kindOf);
}

const NOTES: Array<[string, string]> = [
  [
    '依据',
    '《安全生产事故隐患排查治理暂行规定》（原国家安全生产监督管理总局令第16号）第十四条：每季度、每年进行统计分析，季度表于下一季度15日前、年度表于下一年1月31日前报送，须经主要负责人签字。',
  ],
  [
    '报送期限',
    '“下一季度15日前”按下一季度首月15日前理解（4月15日、7月15日、10月15日、1月15日）。该理解未经确认，当地人民政府另有要求的从其要求。',
  ],
  ['统计期间', '季度首日 0:00 至季度末日 24:00（北京时间）。'],
  [
    '排查发现隐患',
    '统计期间内上报（登记）的隐患，不含“不予受理”（经核实不属于隐患）和“已合并”（重复上报，计入被合并的隐患）的。“合计”含尚未定级（待受理）的隐患，故可大于一般与重大之和。',
  ],
  ['已整改销号', '排查发现的隐患中，截至制表时已经验收销号的（以销号记录为准，销号后重新打开的仍计为已销号过）。'],
  ['隐患整改率', '已整改销号 ÷ 排查发现，保留两位小数的百分数；排查发现为 0 时记“—”。'],
  ['本季度整改销号', '统计期间内验收销号的隐患（不论何时发现），每个隐患计一次。'],
  ['按期整改', '本季度整改销号的隐患中，整改完成（提交验收或申请复产）时间不晚于当时有效的整改期限的。'],
  ['按期整改率', '按期整改 ÷ 本季度整改销号；本季度整改销号为 0 时记“—”。'],
  ['当前逾期', '制表时尚未办结且已超过当前环节期限的隐患（不限发现时间）。'],
  ['计划/实际投入资金', '排查发现隐患的整改资金（五落实中的资金）与整改完成时填报的实际投入之和，单位：元。'],
  ['重大隐患未销号、挂牌督办', '制表时尚未办结的重大隐患，及其中已挂牌督办的（不限发现时间）。'],
  ['核对', '每个数字均可在红线系统“隐患统计”中点开为对应的隐患清单（GET /api/v1/hazards/statistics/items）。'],
];

function notesSheet(workbook: ExcelJS.Workbook) {
  const sheet = workbook.addWorksheet('填报说明');
  sheet.columns = [{ width: 22 }, { width: 100 }];
  table(
    sheet,
    1,
    ['项目', '说明'],
    NOTES.map(([k, v]) => [k, v]),
    () => 't',
  );
}

/**
 * The quarterly statistical analysis table (Decree 16 Art. 14) as .xlsx: of one enterprise (sheets 统计分析表,
 * 重大隐患清单, 填报说明) or of a region (plus 分区域统计 by child region and 分行业统计 by sector).
 */
export async function quarterlyReport(ctx: Ctx, query: TQuarterlyReportQuery): Promise<{ file: Buffer; name: string }> {
  const subject = await subjectOf(ctx, query);
  const dates = quarterDates(query.year, query.quarter);
  const base: THazardStatisticsQuery = {
    groupBy: 'level',
    ...dates,
    ...(subject.kind === 'enterprise' ? { enterpriseId: subject.id } : { regionCode: subject.code }),
  };
  const byLevel = await countTable(ctx, base);
  const levels: LevelTable = {
    ordinary: counts(byLevel.rows, 'ordinary'),
    major: counts(byLevel.rows, 'major'),
    total: byLevel.total,
  };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Redline 红线';
  workbook.created = ctx.now;
  summarySheet(workbook, subject, byLevel.period, query, levels, ctx.now);
  if (subject.kind === 'region') {
    for (const [groupBy, sheetName, heading] of [
      [
        'region',
        '分区域统计',
        `${subject.name}各下级区划事故隐患排查治理情况（${query.year}年第${query.quarter}季度）`,
      ],
      [
        'sector',
        '分行业统计',
        `${subject.name}分行业领域事故隐患排查治理情况（${query.year}年第${query.quarter}季度）`,
      ],
    ] as const) {
      const [all, ordinary, major] = await Promise.all([
        countTable(ctx, { ...base, groupBy }),
        countTable(ctx, { ...base, groupBy, level: 'ordinary' }),
        countTable(ctx, { ...base, groupBy, level: 'major' }),
      ]);
      groupSheet(workbook, sheetName, heading, {
        all: all.rows,
        ordinary: ordinary.rows,
        major: major.rows,
        total: all.total,
        totalOrdinary: ordinary.total,
        totalMajor: major.total,
      });
    }
  }
  const where = await statisticsWhere(ctx, base);
  majorSheet(workbook, await majorHazards(ctx, where, byLevel.period), ctx.now);
  notesSheet(workbook);
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  return { file, name: `${subject.name}隐患排查治理统计分析表-${query.year}Q${query.quarter}.xlsx` };
}
