import type { Message } from '@redline/contracts';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

/** 数据导入: enterprises, people and the hazard ledger from .xlsx or .csv files. */
export const importMessages: Record<string, Message> = {
  'imports.title': m('数据导入', 'Imports'),
  'imports.intro': m(
    '下载模板，按模板填写后上传 .xlsx 或 .csv 文件；每一行都按单条新增的规则校验。',
    'Download the template, fill it in and upload it as .xlsx or .csv; every row is checked like a single create.',
  ),
  'imports.kind': m('导入内容', 'What to import'),
  'imports.kind.enterprises': m('企业', 'Enterprises'),
  'imports.kind.people': m('人员', 'People'),
  'imports.kind.hazards': m('隐患台账', 'Hazard ledger'),
  'imports.kind.risk_register': m('风险分级管控清单', 'Risk register'),
  'imports.enterprise': m('导入到企业', 'Into the register of'),
  'imports.enterprise.hint': m(
    '风险分级管控清单导入到所选企业；清单中已有的同名单元不会被覆盖。',
    'The rows go into this enterprise’s register; a unit it already has is never overwritten.',
  ),
  'imports.template': m('导入模板', 'Template'),
  'imports.template.xlsx': m('下载 Excel 模板（.xlsx）', 'Download the Excel template (.xlsx)'),
  'imports.template.csv': m('下载 CSV 模板（.csv）', 'Download the CSV template (.csv)'),
  'imports.template.hint': m(
    'Excel 模板附“填写说明”工作表，逐列说明填写要求。',
    'The Excel template has a notes sheet explaining every column.',
  ),
  'imports.file': m('导入文件', 'File'),
  'imports.file.choose': m('选择文件', 'Choose a file'),
  'imports.file.hint': m('.xlsx 或 .csv 文件，不超过 64 MB。', 'An .xlsx or .csv file of at most 64 MB.'),
  'imports.file.type': m('请选择 .xlsx 或 .csv 文件。', 'Choose an .xlsx or .csv file.'),
  'imports.file.tooLarge': m(
    '文件超过 64 MB，请拆分后分批导入。',
    'The file exceeds 64 MB; split it and import the parts.',
  ),
  'imports.partial': m('部分导入：只导入正确的行', 'Partial import: keep the valid rows'),
  'imports.partial.hint': m(
    '不勾选时，只要有一行有误，整个文件都不导入；勾选后导入正确的行，有误的行列在下方，改正后可再次导入。',
    'Unticked, one bad row stops the whole file; ticked, the valid rows are imported and the bad ones are listed below to fix and import again.',
  ),
  'imports.submit': m('开始导入', 'Import'),
  'imports.done': m('导入完成', 'Import finished'),
  'imports.partlyDone': m(
    '已导入正确的行，有误的行已跳过',
    'The valid rows were imported; the rows with errors were skipped',
  ),
  'imports.counts': m(
    '共 {total} 行：导入 {imported} 行，跳过 {skipped} 行。',
    '{total} rows: {imported} imported, {skipped} skipped.',
  ),
  'imports.refused': m('未导入任何数据', 'Nothing was imported'),
  'imports.nothingWritten': m(
    '本次导入为“全部或不导入”，没有写入任何数据。请按下表改正文件后重新导入，或勾选“部分导入”只导入正确的行。',
    'This import was all or nothing, so nothing was written. Fix the rows below and import again, or tick "partial import" to keep the valid rows.',
  ),
  'imports.failed': m('导入失败', 'The import failed'),
  'imports.errors': m('有误的行：{rows} 行，共 {count} 处', 'Rows with errors: {rows} rows, {count} problems'),
  'imports.col.row': m('行号', 'Row'),
  'imports.col.column': m('列', 'Column'),
  'imports.col.value': m('填写内容', 'Value'),
  'imports.col.code': m('错误代码', 'Code'),
  'imports.col.message': m('原因', 'Reason'),
  'imports.emptyValue': m('（空）', '(empty)'),
  'imports.hazardsCreated': m('生成的隐患', 'Hazards created'),
  'imports.none': m('您的账号没有可导入的数据。', 'Your account has nothing it may import.'),
};
