import type { Message } from '@redline/contracts';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

/** The regional risk overview (风险分级管控总览) and the risk settings per region (风险分级设置). */
export const riskOverviewMessages: Record<string, Message> = {
  'riskOverview.title': m('风险分级管控总览', 'Risk overview'),
  'riskOverview.subtitle': m('{name} · {from} 至 {to}', '{name} · {from} to {to}'),
  'riskOverview.region': m('区划', 'Region'),
  'riskOverview.period': m('统计期间', 'Period'),
  'riskOverview.period.last7': m('近 7 天', 'Last 7 days'),
  'riskOverview.period.last30': m('近 30 天', 'Last 30 days'),
  'riskOverview.period.last90': m('近 90 天', 'Last 90 days'),
  'riskOverview.refresh': m('刷新', 'Refresh'),
  'riskOverview.toSettings': m('风险分级设置', 'Risk settings'),
  'riskOverview.sectorLimited': m(
    '您的数据范围限于部分行业：这里只统计这些行业的企业、排查任务和隐患。',
    'Your data scope is limited to some sectors: only their enterprises, check runs and hazards are counted here.',
  ),
  'riskOverview.level.major': m('重大风险', 'Major risk'),
  'riskOverview.level.large': m('较大风险', 'Large risk'),
  'riskOverview.level.ordinary': m('一般风险', 'Ordinary risk'),
  'riskOverview.level.low': m('低风险', 'Low risk'),
  'riskOverview.control.company': m('公司级', 'Company'),
  'riskOverview.control.workshop': m('车间（部门）级', 'Workshop'),
  'riskOverview.control.team': m('班组级', 'Team'),
  'riskOverview.control.post': m('岗位级', 'Post'),
  // Cards
  'riskOverview.cards': m('按最高风险等级统计的企业数', 'Enterprises by their highest risk'),
  'riskOverview.card.enterprises': m('{n} 家企业', '{n} enterprises'),
  'riskOverview.card.withoutRegister': m('未建风险清单', 'No register'),
  'riskOverview.card.withoutRegisterHint': m('尚无已评价的风险事件', 'No assessed risk event yet'),
  'riskOverview.card.completion': m('排查任务完成率', 'Check completion'),
  'riskOverview.card.completionHint': m(
    '按时完成 {onTime} / 到期 {due} · 逾期未排查 {overdue}',
    '{onTime} of {due} on time · {overdue} overdue',
  ),
  'riskOverview.card.hazards': m('排查发现隐患', 'Hazards found by checks'),
  'riskOverview.card.hazardsHint': m(
    '检查发现 {inspections} · 其他来源 {other}',
    'Inspections {inspections} · other {other}',
  ),
  // Region table
  'riskOverview.regions': m('各下级区划', 'Child regions'),
  'riskOverview.col.region': m('区划', 'Region'),
  'riskOverview.col.colours': m('企业风险等级分布', 'Enterprises by colour'),
  'riskOverview.col.withoutRegister': m('未建清单', 'No register'),
  'riskOverview.col.completion': m('排查完成率', 'Check completion'),
  'riskOverview.col.overdue': m('逾期未排查', 'Overdue'),
  'riskOverview.col.hazards': m('隐患来源（排查 / 检查 / 其他）', 'Hazards (checks / inspections / other)'),
  'riskOverview.direct': m('{name}（本级）', '{name} (itself)'),
  'riskOverview.drillDown': m('查看 {name}', 'Open {name}'),
  'riskOverview.noEnterprises': m('无企业', 'No enterprise'),
  'riskOverview.rate': m('{rate}%', '{rate}%'),
  'riskOverview.rateNone': m('—', '—'),
  'riskOverview.rateNoneHint': m('期间内没有到期的排查任务', 'No check run fell due in the period'),
  'riskOverview.completionOf': m('{onTime} / {due}', '{onTime} of {due}'),
  'riskOverview.coloursLabel': m(
    '重大 {major}，较大 {large}，一般 {ordinary}，低 {low}',
    'Major {major}, large {large}, ordinary {ordinary}, low {low}',
  ),
  'riskOverview.noChildren': m('没有下级区划', 'No child regions'),
  // Major risks
  'riskOverview.majorRisks': m('重大风险清单', 'Major risks'),
  'riskOverview.majorRisksMore': m(
    '共 {total} 项，显示风险值最高的 {shown} 项',
    '{total} in all; the {shown} highest shown',
  ),
  'riskOverview.noMajorRisks': m('范围内没有重大风险', 'No major risk in scope'),
  'riskOverview.col.enterprise': m('企业', 'Enterprise'),
  'riskOverview.col.unit': m('风险分析单元', 'Risk unit'),
  'riskOverview.col.event': m('风险事件', 'Risk event'),
  'riskOverview.col.score': m('风险值', 'Score'),
  'riskOverview.col.level': m('风险等级', 'Level'),
  'riskOverview.col.controlLevel': m('管控层级', 'Controlled by'),
  'riskOverview.residual': m('残余', 'Residual'),
  'riskOverview.inherent': m('固有', 'Inherent'),
  // Settings
  'riskOverview.settings.title': m('风险分级设置', 'Risk settings'),
  'riskOverview.settings.of': m('{name} 的风险分级设置', 'Risk settings of {name}'),
  'riskOverview.settings.pickRegion': m('请选择区划', 'Pick a region'),
  'riskOverview.settings.readOnly': m(
    '只有安委办和系统管理员可以修改风险分级设置。',
    'Only the safety committee office and administrators can change the risk settings.',
  ),
  'riskOverview.settings.own': m('本区划已有自己的设置。', 'This region has its own settings.'),
  'riskOverview.settings.inherited': m(
    '本区划沿用上级“{from}”的设置；保存后将使用本区划自己的设置。',
    'This region uses the settings of {from}; saving gives it its own.',
  ),
  'riskOverview.settings.defaults': m(
    '本区划及其上级均未设置，使用系统默认值（LEC：320 / 160 / 70；风险矩阵：20 / 15 / 9）。',
    'Neither this region nor any above it has settings: the defaults apply (LEC 320 / 160 / 70; matrix 20 / 15 / 9).',
  ),
  'riskOverview.settings.appliesTo': m(
    '修改后只对新建和重新评价的风险事件生效，已有事件保留原评价等级；管控层级立即按新设置显示。',
    'A change applies to events created or re-assessed afterwards; existing events keep their level. Control levels follow the new mapping at once.',
  ),
  'riskOverview.settings.lec': m('作业条件危险性评价法（LEC，D = L × E × C）', 'LEC (D = L × E × C)'),
  'riskOverview.settings.matrix': m('风险矩阵法（LS，R = L × S）', 'Risk matrix (R = L × S)'),
  'riskOverview.settings.threshold': m('{level}：分值不低于', '{level}: score from'),
  'riskOverview.settings.boundary': m('恰好等于分级阈值时', 'A score exactly on a threshold'),
  'riskOverview.settings.boundary.lec.above': m(
    '归入较高等级（如 D = 320 为重大风险）',
    'takes the higher level (D = 320 is major)',
  ),
  'riskOverview.settings.boundary.lec.below': m(
    '归入较低等级（如 D = 320 为较大风险）',
    'takes the lower level (D = 320 is large)',
  ),
  'riskOverview.settings.boundary.matrix.above': m(
    '归入较高等级（如 R = 20 为重大风险）',
    'takes the higher level (R = 20 is major)',
  ),
  'riskOverview.settings.boundary.matrix.below': m(
    '归入较低等级（如 R = 20 为较大风险）',
    'takes the lower level (R = 20 is large)',
  ),
  'riskOverview.settings.thresholdsHint': m(
    '阈值须从重大到一般依次递减且大于 0；低于“一般风险”阈值的为低风险。',
    'Thresholds must fall from major to ordinary and be above 0; below the ordinary threshold is low risk.',
  ),
  'riskOverview.settings.mapping': m('分级管控层级', 'Control level of each risk level'),
  'riskOverview.settings.mappingHint': m(
    '上级负责管控的风险，下级必须负责管控：选定层级及其以下各层级共同管控。',
    'A risk controlled by a higher level is also controlled by every level below it.',
  ),
  'riskOverview.settings.required': m('请填写阈值', 'Enter a threshold'),
  'riskOverview.settings.save': m('保存设置', 'Save settings'),
  'riskOverview.settings.saved': m('风险分级设置已保存', 'Risk settings saved'),
  'riskOverview.settings.saveFailed': m('保存失败', 'Could not save'),
  'riskOverview.settings.back': m('返回总览', 'Back to the overview'),
};
