import type { Message } from '@redline/contracts';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

/** The workbench's to-do lists and counts. */
export const workbenchMessages: Record<string, Message> = {
  'workbench.quickReport': m('上报隐患', 'Report a hazard'),
  'workbench.openCockpit': m('打开驾驶舱', 'Open the cockpit'),
  'workbench.todoTitle': m('我的待办', 'My to-do'),
  'workbench.countsTitle': m('我的统计', 'My counts'),
  'workbench.count.awaiting': m('待我处理', 'Awaiting my action'),
  'workbench.count.overdue': m('待办已逾期', 'My overdue to-dos'),
  'workbench.count.dueSoon': m('{days} 天内到期', 'Due within {days} days'),
  'workbench.count.reportedOpen': m('我上报未办结', 'Reported by me, open'),
  'workbench.count.overdueInScope': m('辖区逾期隐患', 'Overdue in my scope'),
  'workbench.count.overdueInScopeHint': m('打开逾期隐患清单', 'Open the list of overdue hazards'),
  'workbench.tab.overdue': m('已逾期', 'Overdue'),
  'workbench.tab.dueSoon': m('即将到期', 'Due soon'),
  'workbench.tab.waiting': m('待处理', 'Waiting'),
  'workbench.empty.overdue': m('没有逾期的待办。', 'Nothing of yours is overdue.'),
  'workbench.empty.dueSoon': m('{days} 天内没有到期的待办。', 'Nothing of yours is due within {days} days.'),
  'workbench.empty.waiting': m('没有其他待办。', 'Nothing else is waiting for you.'),
  'workbench.empty.none': m('暂无待办，所有隐患均不需要您处理。', 'All clear: no hazard is waiting for you.'),
  'workbench.more': m('另有 {count} 条未显示，请在隐患清单中查看。', '{count} more not shown; see the hazard list.'),
  'workbench.deadline': m('期限 {at}', 'Due {at}'),
  'workbench.noDeadline': m('无期限', 'No deadline'),
  'workbench.overdueBy': m('已逾期 {days} 天', '{days} days overdue'),
  'workbench.overdueToday': m('今日已逾期', 'Overdue today'),
  'workbench.dueIn': m('剩余 {days} 天', '{days} days left'),
  'workbench.dueToday': m('今日到期', 'Due today'),
  'workbench.nextStep': m('待办：{actions}', 'Next: {actions}'),
  'workbench.as.owner': m('整改责任方', 'Owner'),
  'workbench.as.supervisor': m('监管单位', 'Supervisor'),
  'workbench.listed': m('挂牌督办', 'Listed'),
  'workbench.refresh': m('刷新', 'Refresh'),
  'workbench.asOf': m('统计时间 {at}', 'As of {at}'),
};
