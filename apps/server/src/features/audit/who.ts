import type { Ctx } from '../../http/context';
import type { AuditWho } from './append-audit';

/** The audit "who" of a request; the system actor (CLI, jobs) is recorded as no account. */
export const whoOf = (ctx: Ctx): AuditWho => ({
  actorId: ctx.actor.via === 'system' ? null : ctx.actor.accountId,
  requestId: ctx.requestId,
  now: ctx.now,
});
