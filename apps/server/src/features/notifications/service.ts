import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { offsetOf, pageOf } from '../../http/paging';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { cases } from '../cases/schema';
import { presentNotification } from './present';
import { notifications } from './schema';

/**
 * In-app notifications: an account sees only its own (another account's answers 404 as if absent). Marking read
 * is a write like any other and leaves an audit entry in its transaction (decisions/002: every write does); marking
 * what is already read changes nothing and writes nothing.
 */
const own = (ctx: Ctx): SQL => eq(notifications.accountId, ctx.actor.accountId);

export async function listNotifications(ctx: Ctx, query: { page: number; pageSize: number; unread?: boolean }) {
  const where = query.unread ? and(own(ctx), isNull(notifications.readAt)) : own(ctx);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        n: notifications,
        about: { type: cases.type, parentId: cases.parentId, enterpriseId: cases.enterpriseId },
      })
      .from(notifications)
      .leftJoin(cases, eq(cases.id, notifications.caseId))
      .where(where)
      .orderBy(desc(notifications.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ n: count() }).from(notifications).where(where),
  ]);
  return pageOf(
    rows.map((r) => presentNotification(ctx.locale, r.n, r.about?.type ? r.about : null)),
    total?.n ?? 0,
    query,
  );
}

export async function countUnread(ctx: Ctx) {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(notifications)
    .where(and(own(ctx), isNull(notifications.readAt)));
  return { unread: row?.n ?? 0 };
}

export async function markNotificationRead(ctx: Ctx, id: string) {
  const row = await ctx.db.transaction(async (tx) => {
    const [found] = await tx
      .select()
      .from(notifications)
      .where(and(eq(notifications.id, BigInt(id)), own(ctx)))
      .for('update');
    if (!found) throw notFound();
    if (found.readAt) return found;
    const [after] = await tx
      .update(notifications)
      .set({ readAt: ctx.now })
      .where(eq(notifications.id, found.id))
      .returning();
    await appendAudit(tx, whoOf(ctx), {
      action: 'notification.read',
      entity: 'notification',
      entityId: id,
      before: { readAt: null },
      after: { readAt: ctx.now.toISOString() },
    });
    return after!;
  });
  const [about] = row.caseId
    ? await ctx.db
        .select({ type: cases.type, parentId: cases.parentId, enterpriseId: cases.enterpriseId })
        .from(cases)
        .where(eq(cases.id, row.caseId))
    : [];
  return presentNotification(ctx.locale, row, about ?? null);
}

export async function markAllNotificationsRead(ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(notifications)
      .set({ readAt: ctx.now })
      .where(and(own(ctx), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    if (rows.length) {
      await appendAudit(tx, whoOf(ctx), {
        action: 'notification.read_all',
        entity: 'account',
        entityId: ctx.actor.accountId,
        note: { marked: rows.length, readAt: ctx.now.toISOString() },
      });
    }
    return { marked: rows.length };
  });
}
