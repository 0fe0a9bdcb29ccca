import type { Message } from '@redline/contracts';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

export const enterpriseMessages: Record<string, Message> = {
  'enterprises.title': m('企业', 'Enterprises'),
  'enterprises.q': m('名称或信用代码', 'Name or credit code'),
  'enterprises.qPlaceholder': m('企业名称或信用代码', 'Name or credit code'),
  'enterprises.status': m('状态', 'Status'),
  'enterprises.sector': m('行业领域', 'Sector'),
  'enterprises.regionCode': m('区划代码', 'Region code'),
  'enterprises.regionCodePlaceholder': m('如 140525', 'e.g. 140525'),
  'enterprises.regionCodeFormat': m('区划代码应为 6、9 或 12 位数字。', 'A region code has 6, 9 or 12 digits.'),
  'enterprises.all': m('全部', 'All'),
  'enterprises.empty': m('没有符合条件的企业。', 'No enterprise matches these filters.'),
  'enterprises.detail': m('企业详情', 'Enterprise details'),
  'enterprises.region': m('所属区划', 'Region'),
  'enterprises.coordinates': m('坐标（{system}）', 'Coordinates ({system})'),
  'enterprises.createdAt': m('创建时间', 'Created'),
  'enterprises.updatedAt': m('更新时间', 'Updated'),
  'enterprise.status.operating': m('正常经营', 'Operating'),
  'enterprise.status.suspended': m('停产停业', 'Suspended'),
  'enterprise.status.closed': m('已关闭', 'Closed'),
  'enterprise.tag.above_designated_size': m('规上企业', 'Above designated size'),
  'enterprise.tag.major_hazard_source': m('重大危险源', 'Major hazard source'),
  'enterprise.tag.key_supervision': m('重点监管', 'Key supervision'),
  'enterprise.tag.small_micro': m('小微企业', 'Small or micro'),
};
