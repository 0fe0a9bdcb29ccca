import type { Ctx } from '../../http/context';
import type { AuditWho } from './append-audit';

/** The audit "who" of a request. */
export const whoOf = (ctx: Ctx): AuditWho => ({ actorId: ctx.actor.accountId, requestId: ctx.requestId, now: ctx.now });
