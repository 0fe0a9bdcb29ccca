import type { Message } from '@redline/contracts';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

/** The notifications bell in the header. */
export const notificationMessages: Record<string, Message> = {
  'notifications.title': m('通知', 'Notifications'),
  'notifications.bell': m('通知', 'Notifications'),
  'notifications.bellUnread': m('通知（{count} 条未读）', 'Notifications ({count} unread)'),
  'notifications.markAllRead': m('全部标为已读', 'Mark all read'),
  'notifications.markRead': m('标为已读', 'Mark read'),
  'notifications.unread': m('未读', 'Unread'),
  'notifications.empty': m('暂无通知。', 'No notifications.'),
  'notifications.allRead': m('已全部标为已读。', 'All marked read.'),
  'notifications.showing': m('显示最近 {shown} 条，共 {total} 条', 'The latest {shown} of {total}'),
};
