import type { Message } from './catalogue';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

/**
 * The register ledger (风险分级管控清单) as a spreadsheet: its column headers (the zh-CN text is the header the export
 * writes and the import looks for) and the problems the import reports on a cell.
 */
export const riskRegisterMessages: Record<string, Message> = {
  'riskRegister.column.seq': m('序号', 'No.'),
  'riskRegister.column.objectName': m('风险分析对象', 'Risk object'),
  'riskRegister.column.unitName': m('风险分析单元', 'Risk unit'),
  'riskRegister.column.kind': m('类型', 'Type'),
  'riskRegister.column.department': m('责任部门', 'Responsible department'),
  'riskRegister.column.responsiblePerson': m('责任人', 'Responsible person'),
  'riskRegister.column.locationText': m('位置', 'Location'),
  'riskRegister.column.hazardFactors': m('危险有害因素', 'Hazard factors'),
  'riskRegister.column.accidentTypes': m('可能导致的事故类型', 'Possible accident types'),
  'riskRegister.column.eventName': m('风险事件', 'Risk event'),
  'riskRegister.column.method': m('评价方法', 'Assessment method'),
  'riskRegister.column.l': m('L（可能性）', 'L (likelihood)'),
  'riskRegister.column.e': m('E（暴露频繁程度）', 'E (exposure)'),
  'riskRegister.column.c': m('C（后果）', 'C (consequence)'),
  'riskRegister.column.s': m('S（严重性）', 'S (severity)'),
  'riskRegister.column.inherentScore': m('固有风险值', 'Inherent risk value'),
  'riskRegister.column.inherentLevel': m('固有风险等级', 'Inherent risk level'),
  'riskRegister.column.classify': m('措施类别', 'Measure class'),
  'riskRegister.column.measure': m('管控措施', 'Control measure'),
  'riskRegister.column.residualMethod': m('残余评价方法', 'Residual assessment method'),
  'riskRegister.column.residualL': m('残余L（可能性）', 'Residual L (likelihood)'),
  'riskRegister.column.residualE': m('残余E（暴露频繁程度）', 'Residual E (exposure)'),
  'riskRegister.column.residualC': m('残余C（后果）', 'Residual C (consequence)'),
  'riskRegister.column.residualS': m('残余S（严重性）', 'Residual S (severity)'),
  'riskRegister.column.residualScore': m('残余风险值', 'Residual risk value'),
  'riskRegister.column.residualLevel': m('残余风险等级', 'Residual risk level'),
  'riskRegister.column.controlLevels': m('管控层级', 'Control levels'),
  'riskRegister.column.checkContent': m('检查内容', 'What to check'),
  'riskRegister.column.cycle': m('检查周期', 'Check cycle'),
  'riskRegister.column.post': m('岗位', 'Post'),
  'riskRegister.schedule.every': m('间隔（1–1000）', 'interval (1–1000)'),
  'riskRegister.schedule.workHours': m('工作时段（开始须早于结束）', 'working hours (start before end)'),
  'riskRegister.schedule.shiftHours': m('每班时长（1–24 小时）', 'shift length (1–24 hours)'),
  'riskRegister.group.unit': m('风险分析单元', 'risk unit'),
  'riskRegister.group.event': m('风险事件', 'risk event'),
  'RISK.UNKNOWN_ACCIDENT_TYPE': m(
    '“{value}”不是 GB 6441 的事故类别，请填写类别名称（如 火灾、中毒和窒息）或代码 01–20。',
    '“{value}” is not a GB 6441 accident category; write its name (e.g. 火灾, 中毒和窒息) or its code 01–20.',
  ),
  'RISK.UNKNOWN_CYCLE': m(
    '无法识别检查周期“{value}”，可填写如：每 2 小时、每班（8 小时一班）、每天（工作日，08:30-17:30）、每周、每月、每季度、每年。',
    'Cannot read the check cycle “{value}”; write e.g. 每 2 小时, 每班（8 小时一班）, 每天（工作日，08:30-17:30）, 每周, 每月, 每季度, 每年.',
  ),
  'RISK.UNIT_EXISTS': m(
    '本企业的清单中已有风险分析单元“{object} / {name}”，导入不会覆盖已有单元。',
    'The register already has the risk unit “{object} / {name}”; an import never overwrites a unit.',
  ),
  'IMPORT.NOT_ONE_OF': m('{field}应为以下之一：{allowed}。', '{field} must be one of: {allowed}.'),
  'IMPORT.INCONSISTENT_WITH_ROW': m(
    '{field}与第 {row} 行不同：同一{group}的各行应填写相同内容。',
    '{field} differs from row {row}: every row of one {group} must say the same.',
  ),
  'IMPORT.NEEDS_COLUMN': m('填写了{field}，也须填写{needed}。', '{field} is filled in, so {needed} is required too.'),
};
