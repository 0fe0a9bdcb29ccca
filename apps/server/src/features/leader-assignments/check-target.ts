import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { invalid, outOfScope } from '../../http/errors';
import { accounts } from '../accounts/schema';
import { enterprises } from '../enterprises/schema';
import { findRegion } from '../regions/repo';
import type { Actor } from '../scope/actor';
import { scopeOf } from '../scope/filters';
import { sectors } from '../sectors/schema';
import { UUID } from './repo';

type Target = { accountId: string; kind: 'sector' | 'region' | 'enterprise'; ref: string };

const unknownRef = () => invalid({ path: 'ref', code: 'VALIDATION.UNKNOWN_REFERENCE' });

/**
 * Checks an assignment before it is written: the account is visible to the actor and holds the leader role; the
 * sector exists; the region or enterprise exists (400) and lies in the actor's scope (403).
 */
export async function checkAssignmentTarget(tx: Tx, actor: Actor, input: Target): Promise<void> {
  const [account] = await tx
    .select({ roles: accounts.roles })
    .from(accounts)
    .where(and(eq(accounts.id, input.accountId), scopeOf.accounts(actor)));
  if (!account) throw invalid({ path: 'accountId', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  if (!account.roles.includes('leader')) throw invalid({ path: 'accountId', code: 'LEADER.NOT_A_LEADER' });
  if (input.kind === 'sector') {
    const [sector] = await tx.select({ code: sectors.code }).from(sectors).where(eq(sectors.code, input.ref));
    if (!sector) throw unknownRef();
  } else if (input.kind === 'region') {
    if (!(await findRegion(tx, input.ref))) throw unknownRef();
    if (!(await findRegion(tx, input.ref, scopeOf.regions(actor)))) throw outOfScope();
  } else {
    const byId = UUID.test(input.ref) ? eq(enterprises.id, input.ref) : undefined;
    const [found] = byId ? await tx.select({ id: enterprises.id }).from(enterprises).where(byId) : [];
    if (!found) throw unknownRef();
    const [visible] = await tx
      .select({ id: enterprises.id })
      .from(enterprises)
      .where(and(byId, scopeOf.enterprises(actor)));
    if (!visible) throw outOfScope();
  }
}
