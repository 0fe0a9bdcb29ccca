import type { TApiToken } from '@redline/contracts';
import { and, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { apiTokens } from '../accounts/schema';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { newToken, tokenHash } from './secrets';

type Row = typeof apiTokens.$inferSelect;
const present = (r: Row): TApiToken => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  createdAt: r.createdAt.toISOString(),
  expiresAt: r.expiresAt?.toISOString() ?? null,
  lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  revokedAt: r.revokedAt?.toISOString() ?? null,
});

export async function listApiTokens(ctx: Ctx) {
  const rows = await ctx.db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.accountId, ctx.actor.accountId))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map(present);
}

/** A token acts as the account that creates it, with its scope; only its keyed hash is kept. */
export async function createApiToken(ctx: Ctx, input: { name: string; expiresAt?: string }) {
  const token = `rl_${newToken()}`;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        accountId: ctx.actor.accountId,
        name: input.name,
        prefix: token.slice(0, 10),
        tokenHash: tokenHash(ctx.deps.secret, token),
        createdAt: ctx.now,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
      })
      .returning();
    await appendAudit(tx, whoOf(ctx), {
      action: 'api_token.create',
      entity: 'api_token',
      entityId: row!.id,
      after: present(row!),
    });
    return { ...present(row!), token };
  });
}

export async function revokeApiToken(ctx: Ctx, id: string) {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.id, id), eq(apiTokens.accountId, ctx.actor.accountId)));
    if (!row) throw notFound();
    if (row.revokedAt) return;
    await tx.update(apiTokens).set({ revokedAt: ctx.now }).where(eq(apiTokens.id, id));
    await appendAudit(tx, whoOf(ctx), { action: 'api_token.revoke', entity: 'api_token', entityId: id });
  });
}
