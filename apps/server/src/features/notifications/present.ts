import type { Locale, TNotification, TWebhook, TWebhookDelivery } from '@redline/contracts';
import { renderNotification } from './render';
import type { notifications, webhookDeliveries, webhookSubscriptions } from './schema';

export const presentNotification = (locale: Locale, n: typeof notifications.$inferSelect): TNotification => ({
  id: String(n.id),
  kind: n.kind,
  caseId: n.caseId,
  messageKey: n.messageKey,
  text: renderNotification(locale, n.messageKey, n.params),
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});

/** The region code is the last segment of the path (`/140000/140500/` → 140500). */
export const regionCodeOfPath = (path: string) => path.split('/').filter(Boolean).pop() ?? '';

/** Never includes the secret: it is shown once, by createWebhook. */
export const presentWebhook = (s: typeof webhookSubscriptions.$inferSelect, regionName: string | null): TWebhook => ({
  id: s.id,
  name: s.name,
  url: s.url,
  events: s.events,
  regionCode: regionCodeOfPath(s.regionPath),
  regionName: regionName ?? '',
  active: s.active,
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
});

export const presentDelivery = (d: typeof webhookDeliveries.$inferSelect): TWebhookDelivery => ({
  id: String(d.id),
  eventType: d.eventType,
  dedupeKey: d.dedupeKey,
  payload: d.payload,
  status: d.status,
  attempts: d.attempts,
  nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt.toISOString() : null,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  deliveredAt: d.deliveredAt?.toISOString() ?? null,
  createdAt: d.createdAt.toISOString(),
});
