import type { TNotification, TPage } from '@redline/contracts';
import { api } from '../../app/api-client';

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  latest: ['notifications', 'latest'] as const,
};

export const LATEST_COUNT = 10;

export const getUnreadCount = (signal?: AbortSignal) =>
  api.get<{ unread: number }>('/api/v1/notifications/unread-count', {}, signal);

/** The latest notifications, newest first, their text rendered by the API in the request's language. */
export const listLatest = (signal?: AbortSignal) =>
  api.get<TPage<TNotification>>('/api/v1/notifications', { pageSize: LATEST_COUNT }, signal);

export const markRead = (id: string) => api.post<TNotification>(`/api/v1/notifications/${encodeURIComponent(id)}/read`);

export const markAllRead = () => api.post<{ marked: number }>('/api/v1/notifications/read-all');
