import type { Locale, TNotification, TWebhook, TWebhookDelivery } from '@redline/contracts';
import { renderNotification } from './render';
import type { notifications, webhookDeliveries, webhookSubscriptions } from './schema';

/** The case a notification is about, as far as its link needs it. */
export type NotifiedCase = { type: string; parentId: string | null; enterpriseId: string | null } | null;

/**
 * The web path a notification opens: a hazard (or the hazard of its resumption review), the accident of a report
 * step or an investigation, the check runs of the enterprise of a check run, the register a comment is on.
 */
export function linkOf(n: typeof notifications.$inferSelect, c: NotifiedCase): string | null {
  const enterprise = typeof n.params.enterpriseId === 'string' ? n.params.enterpriseId : c?.enterpriseId;
  if (n.kind === 'risk_comment') return enterprise ? `/enterprises/${enterprise}/risks` : null;
  if (!n.caseId || !c) return null;
  switch (c.type) {
    case 'hazard':
    case 'accident':
      return `/${c.type === 'hazard' ? 'hazards' : 'accidents'}/${n.caseId}`;
    case 'resumption_review':
      return c.parentId ? `/hazards/${c.parentId}` : null;
    case 'accident_report':
    case 'accident_investigation':
      return c.parentId ? `/accidents/${c.parentId}` : null;
    case 'risk_check':
      return enterprise ? `/enterprises/${enterprise}/risks/checks` : null;
    default:
      return null;
  }
}

export const presentNotification = (
  locale: Locale,
  n: typeof notifications.$inferSelect,
  about: NotifiedCase = null,
): TNotification => ({
  id: String(n.id),
  kind: n.kind,
  caseId: n.caseId,
  link: linkOf(n, about),
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
