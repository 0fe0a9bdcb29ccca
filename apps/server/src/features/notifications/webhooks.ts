import crypto from 'node:crypto';
import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { invalid, notFound, outOfScope } from '../../http/errors';
import { offsetOf, pageOf } from '../../http/paging';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { findRegion } from '../regions/repo';
import { regions } from '../regions/schema';
import type { Actor } from '../scope/actor';
import { assertPathInScope, underPath } from '../scope/filters';
import { presentDelivery, presentWebhook } from './present';
import { webhookDeliveries, webhookSubscriptions } from './schema';
import { newWebhookSecret } from './signature';

type Subscription = typeof webhookSubscriptions.$inferSelect;
type WebhookInput = { name: string; url: string; events: string[]; regionCode: string; active: boolean };
type WebhookPatch = { name?: string; url?: string; events?: string[]; active?: boolean };
type PageQuery = { page: number; pageSize: number };

/**
 * Subscriptions an administrator sees and manages: those under the administrator's region. A subscription receives
 * every case event under its region whatever the sector, so only a region scope without a sector restriction may
 * create one (checked on create); grid and enterprise scopes see none.
 */
function subscriptionScope(actor: Actor): SQL {
  const s = actor.scope;
  return s.kind === 'region' ? underPath(webhookSubscriptions.regionPath, s.regionPath) : sql`false`;
}

/** The audit view of a subscription: the secret never goes into the trail. */
const audited = ({ secret: _secret, ...rest }: Subscription) => rest;

const selectWithRegion = (db: Db | Tx) =>
  db
    .select({ subscription: webhookSubscriptions, regionName: regions.name })
    .from(webhookSubscriptions)
    .leftJoin(regions, eq(regions.path, webhookSubscriptions.regionPath));

async function findSubscription(db: Db | Tx, actor: Actor, id: string, lock = false) {
  const query = db
    .select()
    .from(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.id, id), subscriptionScope(actor)));
  const [row] = await (lock ? query.for('update') : query);
  return row;
}

export async function listWebhooks(ctx: Ctx, query: PageQuery) {
  const where = subscriptionScope(ctx.actor);
  const [rows, [total]] = await Promise.all([
    selectWithRegion(ctx.db)
      .where(where)
      .orderBy(desc(webhookSubscriptions.createdAt), webhookSubscriptions.id)
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ n: count() }).from(webhookSubscriptions).where(where),
  ]);
  return pageOf(
    rows.map((r) => presentWebhook(r.subscription, r.regionName)),
    total?.n ?? 0,
    query,
  );
}

export async function getWebhook(ctx: Ctx, id: string) {
  const [row] = await selectWithRegion(ctx.db).where(
    and(eq(webhookSubscriptions.id, id), subscriptionScope(ctx.actor)),
  );
  if (!row) throw notFound();
  return presentWebhook(row.subscription, row.regionName);
}

/** Creates a subscription with a new secret, returned this once (it is stored, never shown again). */
export async function createWebhook(ctx: Ctx, input: WebhookInput) {
  const row = await ctx.db.transaction(async (tx) => {
    const region = await findRegion(tx, input.regionCode);
    if (!region) throw invalid({ path: 'regionCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
    const s = ctx.actor.scope;
    if (s.kind !== 'region' || s.sectorCodes.length) throw outOfScope();
    assertPathInScope(ctx.actor, region.path);
    const [created] = await tx
      .insert(webhookSubscriptions)
      .values({
        name: input.name,
        url: input.url,
        secret: newWebhookSecret(),
        events: [...new Set(input.events)],
        regionPath: region.path,
        active: input.active,
        createdBy: ctx.actor.via === 'system' ? null : ctx.actor.accountId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await appendAudit(tx, whoOf(ctx), {
      action: 'webhook.create',
      entity: 'webhook_subscription',
      entityId: created!.id,
      after: audited(created!),
    });
    return created!;
  });
  return { ...(await getWebhook(ctx, row.id)), secret: row.secret };
}

export async function updateWebhook(ctx: Ctx, id: string, patch: WebhookPatch) {
  await ctx.db.transaction(async (tx) => {
    const before = await findSubscription(tx, ctx.actor, id, true);
    if (!before) throw notFound();
    const [after] = await tx
      .update(webhookSubscriptions)
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.url !== undefined ? { url: patch.url } : {}),
        ...(patch.events !== undefined ? { events: [...new Set(patch.events)] } : {}),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
        updatedAt: ctx.now,
      })
      .where(eq(webhookSubscriptions.id, id))
      .returning();
    await appendAudit(tx, whoOf(ctx), {
      action: 'webhook.update',
      entity: 'webhook_subscription',
      entityId: id,
      before: audited(before),
      after: audited(after!),
    });
  });
  return getWebhook(ctx, id);
}

/** Deletes a subscription and, with it, its delivery log (cascade). */
export async function deleteWebhook(ctx: Ctx, id: string) {
  await ctx.db.transaction(async (tx) => {
    const before = await findSubscription(tx, ctx.actor, id, true);
    if (!before) throw notFound();
    await tx.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
    await appendAudit(tx, whoOf(ctx), {
      action: 'webhook.delete',
      entity: 'webhook_subscription',
      entityId: id,
      before: audited(before),
    });
  });
}

export async function listDeliveries(
  ctx: Ctx,
  id: string,
  query: PageQuery & { status?: 'pending' | 'delivered' | 'failed' },
) {
  if (!(await findSubscription(ctx.db, ctx.actor, id))) throw notFound();
  const where = and(
    eq(webhookDeliveries.subscriptionId, id),
    query.status ? eq(webhookDeliveries.status, query.status) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(webhookDeliveries)
      .where(where)
      .orderBy(desc(webhookDeliveries.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ n: count() }).from(webhookDeliveries).where(where),
  ]);
  return pageOf(rows.map(presentDelivery), total?.n ?? 0, query);
}

/** Queues a `ping` delivery to the subscription, sent by the next deliverWebhooks run (a paused one's waits). */
export async function testWebhook(ctx: Ctx, id: string) {
  return ctx.db.transaction(async (tx) => {
    const subscription = await findSubscription(tx, ctx.actor, id);
    if (!subscription) throw notFound();
    const [delivery] = await tx
      .insert(webhookDeliveries)
      .values({
        subscriptionId: id,
        eventType: 'ping',
        dedupeKey: `ping:${crypto.randomUUID()}`,
        payload: { subscriptionId: id, name: subscription.name, requestedAt: ctx.now.toISOString() },
        nextAttemptAt: ctx.now,
        createdAt: ctx.now,
      })
      .returning({ id: webhookDeliveries.id });
    await appendAudit(tx, whoOf(ctx), {
      action: 'webhook.test',
      entity: 'webhook_subscription',
      entityId: id,
      note: { deliveryId: String(delivery!.id) },
    });
    return { deliveryId: String(delivery!.id) };
  });
}
