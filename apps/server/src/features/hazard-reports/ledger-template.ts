import { HAZARD_STANDARDS } from '@redline/domain';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client';
import { loadSectors } from '../enterprises/repo';
import { LEDGER_COLUMNS } from './ledger-columns';

export const LEDGER_SHEET = '隐患台账';

/** The example rows: one hazard rectified by deadline and written off, one still to be dealt with. */
const EXAMPLES: Array<Record<string, string>> = [
  Object.fromEntries(LEDGER_COLUMNS.map((c) => [c.key, c.example])),
  {
    ledgerNumber: 'TZ-2026-002',
    title: '消防通道堆放杂物',
    foundOn: '2026-03-10',
    source: '企业自查',
    regionCode: '140525108',
    category: '管理上的缺陷',
    hazardType: '消防',
    state: '待受理',
  },
];

const GENERAL_NOTES: string[] = [
  '第 1 行为表头，请勿修改；从第 2 行起每行一条隐患。列的顺序可以调整，选填列可以删除。',
  '第 2、3 行是示例，导入前请删除或改为真实数据。',
  '只读取第一个工作表；也可另存为 UTF-8 编码的 CSV 文件导入。每个文件最多 1000 行，更多请分批导入。',
  '默认任一行有误则整批不导入，并列出每个错误的行号、列名、填写值和原因；选择“部分导入”时只导入正确的行。',
  '每行按“上报隐患”的同一规则校验（企业、区划、网格、行业领域须存在且在本账号数据范围内；重大隐患须有判定依据）。',
  '“当前状态”为整改中、待验收、已销号的行，须具备系统流程在这些环节要求的内容：隐患等级；限期整改的五落实（整改措施、责任人、资金、期限、应急措施）；重大隐患的现状、原因、危害和整改难易程度分析及治理方案各项。无需照片。',
  '导入后：待受理的隐患由受理单位受理（受理期限自导入时起算）；整改中的隐患按“整改期限”计时，期限已过的即为逾期；待验收的隐患自导入时起进入验收期限；已销号的隐患计入其销号日期所在期间的统计。',
  '发现日期即隐患的上报时间（统计“排查发现”按此日期）；整改完成日期与整改期限比较得出是否按期整改。时间轴上导入的环节标注为“台账导入”。',
  '挂牌督办、停产整顿不随台账导入，请在系统中办理。',
  '“原台账编号”可防止重复导入：同一企业（无企业时同一区划）下已导入过的编号会报“已存在”。',
];

/** The ledger template: the header row with two example rows and drop-downs, and a notes sheet (填写说明). */
export async function buildLedgerTemplate(db: Db): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Redline 红线';
  const sheet = workbook.addWorksheet(LEDGER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = LEDGER_COLUMNS.map((c) => ({
    header: c.required ? `${c.header}*` : c.header,
    key: c.key,
    width: Math.max(12, c.header.length * 2 + 4, Math.min(40, c.example.length * 2 + 4)),
    style: c.text ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE9D9' } };
  for (const example of EXAMPLES) sheet.addRow(example);
  // Drop-downs over the columns that take words from a list (one range rule each; no empty rows are created).
  const rules = (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } })
    .dataValidations;
  LEDGER_COLUMNS.forEach((c, i) => {
    if (!c.choices) return;
    const letter = sheet.getColumn(i + 1).letter;
    rules.add(`${letter}2:${letter}1001`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${c.choices.join(',')}"`],
    });
  });

  const notes = workbook.addWorksheet('填写说明');
  notes.columns = [
    { header: '列名 / 项目', width: 26 },
    { header: '必填', width: 8 },
    { header: '说明', width: 90 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const note of GENERAL_NOTES) notes.addRow(['通用', '', note]);
  for (const c of LEDGER_COLUMNS) notes.addRow([c.header, c.required ? '是' : '', c.note]);
  notes.addRow([]);
  notes.addRow(['行业领域', '代码', '名称']).font = { bold: true };
  for (const s of await loadSectors(db)) notes.addRow(['', s.code, s.nameZh]);
  notes.addRow([]);
  notes.addRow(['判定依据标准', '代码', '名称；条款']).font = { bold: true };
  for (const s of HAZARD_STANDARDS) {
    notes.addRow(['', s.code, `${s.title}；条款：${s.criteria.map((c) => c.article).join('、')}`]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
