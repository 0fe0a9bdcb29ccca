import { z } from 'zod';
import { ZPageQuery, zQueryBool, zText } from './common';
import { ZRegionCode } from './regions';

/** Notification and delivery ids are database serials, sent as decimal strings. */
export const ZSerialId = z.string().regex(/^[1-9]\d{0,17}$/, { message: 'VALIDATION.INVALID_FORMAT' });
export const ZSerialIdParams = z.strictObject({ id: ZSerialId });

/** One in-app notification, its text rendered in the reader's language. */
export const ZNotification = z.object({
  id: z.string(),
  kind: z.string().describe('What happened: reminder, overdue, escalation, assigned, transition, merged, …'),
  caseId: z.string().nullable(),
  /** Where the web app opens it: the hazard, the accident of a report step, the enterprise's check runs, … */
  link: z.string().nullable(),
  messageKey: z.string().describe('The message-catalogue key the text was rendered from (NOTIFY.*)'),
  text: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type TNotification = z.infer<typeof ZNotification>;
export const ZNotificationListQuery = ZPageQuery.extend({
  unread: zQueryBool.optional().describe('true: only notifications not yet read'),
});
export const ZUnreadCount = z.object({ unread: z.number().int() });
export const ZReadAllResult = z.object({ marked: z.number().int() });

/** An event type (`case.overdue`, `hazard.transition`, …) or `*` for every type. */
export const ZWebhookEventType = z
  .string()
  .max(64)
  .regex(/^(\*|[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*)$/, { message: 'VALIDATION.INVALID_FORMAT' });

/** An absolute http:// or https:// URL. */
export const ZHttpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
      } catch {
        return false;
      }
    },
    { message: 'VALIDATION.HTTP_URL' },
  );

/** A webhook subscription as administrators see it; the signing secret is shown only once, on creation. */
export const ZWebhook = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  regionCode: z.string().describe('Events of cases in this region and below are sent'),
  regionName: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TWebhook = z.infer<typeof ZWebhook>;
export const ZWebhookCreated = ZWebhook.extend({
  secret: z
    .string()
    .describe('HMAC-SHA256 key for X-Redline-Signature (64 hex characters). Shown this once; store it now.'),
});
export const ZWebhookCreate = z.strictObject({
  name: zText(64),
  url: ZHttpUrl,
  events: z.array(ZWebhookEventType).min(1).max(50),
  regionCode: ZRegionCode,
  active: z.boolean().default(true),
});
export const ZWebhookUpdate = z.strictObject({
  name: zText(64).optional(),
  url: ZHttpUrl.optional(),
  events: z.array(ZWebhookEventType).min(1).max(50).optional(),
  active: z.boolean().optional(),
});
export const ZWebhookListQuery = ZPageQuery.extend({});

/** One entry of the delivery log (also the retry queue). */
export const ZWebhookDelivery = z.object({
  id: z.string(),
  eventType: z.string(),
  dedupeKey: z.string(),
  payload: z.record(z.string(), z.unknown()),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable().describe('When the next attempt is due (pending only)'),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TWebhookDelivery = z.infer<typeof ZWebhookDelivery>;
export const ZWebhookDeliveryQuery = ZPageQuery.extend({
  status: z.enum(['pending', 'delivered', 'failed']).optional(),
});
export const ZWebhookTestResult = z.object({ deliveryId: z.string() });
