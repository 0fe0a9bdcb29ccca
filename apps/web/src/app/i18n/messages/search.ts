import type { Message } from '@redline/contracts';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

export const searchMessages: Record<string, Message> = {
  'search.label': m('搜索', 'Search'),
  'search.submit': m('查找', 'Find'),
  'search.placeholder': m('隐患编号、企业名称或信用代码', 'Hazard number, enterprise or credit code'),
  'search.hazards': m('隐患', 'Hazards'),
  'search.enterprises': m('企业', 'Enterprises'),
  'search.allHazards': m('查看全部 {n} 条隐患', 'All {n} hazards'),
  'search.allEnterprises': m('查看全部 {n} 家企业', 'All {n} enterprises'),
  'search.none': m('没有找到匹配的隐患或企业', 'No hazard or enterprise matches'),
};
