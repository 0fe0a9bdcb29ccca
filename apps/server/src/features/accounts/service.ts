import type { TAccountCreate, TRole } from '@redline/contracts';
import { checkPassword, DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from '@redline/domain';
import { and, arrayContains, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { containsPattern } from '../../db/like';
import type { Ctx } from '../../http/context';
import { fromDomain, invalid, notFound } from '../../http/errors';
import { offsetOf, orderOf, pageOf } from '../../http/paging';
import { type AuditWho, appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { hashPassword } from '../auth/secrets';
import { departments } from '../departments/schema';
import { people } from '../people/schema';
import type { Actor } from '../scope/actor';
import { scopeOf } from '../scope/filters';
import { presentAccount, presentAccounts } from './present';
import { type AccountRow, duplicateOf, findAccount } from './repo';
import { accounts } from './schema';
import { resolveScopeInput } from './scope-input';

type ListQuery = {
  page: number;
  pageSize: number;
  sort?: string;
  role?: TRole;
  q?: string;
  status?: 'active' | 'disabled';
};
type AccountPatch = {
  displayName?: string;
  mobile?: string | null;
  email?: string | null;
  departmentId?: string | null;
  roles?: TRole[];
  scope?: TAccountCreate['scope'];
};

export async function listAccounts(ctx: Ctx, query: ListQuery) {
  const conditions: SQL[] = [scopeOf.accounts(ctx.actor)];
  if (query.role) conditions.push(arrayContains(accounts.roles, [query.role]));
  if (query.status) conditions.push(eq(accounts.status, query.status));
  if (query.q) {
    const text = containsPattern(query.q);
    conditions.push(
      or(ilike(accounts.username, text), ilike(accounts.displayName, text), ilike(accounts.mobile, text))!,
    );
  }
  const where = and(...conditions);
  const sortable = { username: accounts.username, displayName: accounts.displayName, createdAt: accounts.createdAt };
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(accounts)
      .where(where)
      .orderBy(...orderOf(query.sort, sortable, [asc(accounts.username)]))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ n: count() }).from(accounts).where(where),
  ]);
  const items = await presentAccounts(ctx.db, rows);
  return pageOf(items, total?.n ?? 0, query);
}

export async function getAccount(ctx: Ctx, id: string) {
  const row = await findAccount(ctx.db, id, scopeOf.accounts(ctx.actor));
  if (!row) throw notFound();
  return presentAccount(ctx.db, row);
}

async function checkPerson(tx: Tx, personId: string | null | undefined, actor: Actor | null) {
  if (!personId) return;
  const where = actor ? and(eq(people.id, personId), scopeOf.people(actor)) : eq(people.id, personId);
  const [person] = await tx.select({ id: people.id }).from(people).where(where);
  if (!person) throw invalid({ path: 'personId', code: 'VALIDATION.UNKNOWN_REFERENCE' });
}

async function checkDepartment(tx: Tx, departmentId: string | null | undefined, actor: Actor | null) {
  if (!departmentId) return;
  const where = actor
    ? and(eq(departments.id, departmentId), scopeOf.departments(actor))
    : eq(departments.id, departmentId);
  const [department] = await tx.select({ id: departments.id }).from(departments).where(where);
  if (!department) throw invalid({ path: 'departmentId', code: 'VALIDATION.UNKNOWN_REFERENCE' });
}

/**
 * Creates an account: password policy, argon2id hash, scope references resolved and (with an actor) kept inside the
 * actor's scope. `actor` null is the unscoped path used by setup, demo data and tests.
 */
export async function insertAccount(
  tx: Tx,
  who: AuditWho,
  input: TAccountCreate,
  actor: Actor | null,
  policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY,
): Promise<AccountRow> {
  const rule = checkPassword(input.password, policy, { username: input.username });
  if (!rule.ok) throw invalid(fromDomain('password', rule.error));
  const scope = await resolveScopeInput(tx, input.scope, actor);
  await checkPerson(tx, input.personId, actor);
  await checkDepartment(tx, input.departmentId, actor);
  const values = {
    username: input.username,
    displayName: input.displayName,
    mobile: input.mobile ?? null,
    email: input.email ?? null,
    departmentId: input.departmentId ?? null,
    personId: input.personId ?? null,
    roles: [...new Set(input.roles)],
    ...scope,
    passwordHash: await hashPassword(input.password),
    passwordChangedAt: who.now,
    createdAt: who.now,
    updatedAt: who.now,
  };
  let row: AccountRow | undefined;
  try {
    [row] = await tx.insert(accounts).values(values).returning();
  } catch (error) {
    throw duplicateOf(error) ?? error;
  }
  await appendAudit(tx, who, { action: 'account.create', entity: 'account', entityId: row!.id, after: row });
  return row!;
}

export async function createAccount(ctx: Ctx, input: TAccountCreate) {
  const policy = ctx.deps.policies.password;
  const row = await ctx.db.transaction((tx) => insertAccount(tx, whoOf(ctx), input, ctx.actor, policy));
  return presentAccount(ctx.db, row);
}

export async function updateAccount(ctx: Ctx, id: string, patch: AccountPatch) {
  const row = await ctx.db.transaction(async (tx) => {
    const before = await findAccount(tx, id, scopeOf.accounts(ctx.actor));
    if (!before) throw notFound();
    const scope = patch.scope ? await resolveScopeInput(tx, patch.scope, ctx.actor) : {};
    await checkDepartment(tx, patch.departmentId, ctx.actor);
    const set = {
      ...(patch.displayName === undefined ? {} : { displayName: patch.displayName }),
      ...(patch.mobile === undefined ? {} : { mobile: patch.mobile }),
      ...(patch.email === undefined ? {} : { email: patch.email }),
      ...(patch.departmentId === undefined ? {} : { departmentId: patch.departmentId }),
      ...(patch.roles === undefined ? {} : { roles: [...new Set(patch.roles)] }),
      ...scope,
      updatedAt: ctx.now,
    };
    let after: AccountRow | undefined;
    try {
      [after] = await tx.update(accounts).set(set).where(eq(accounts.id, id)).returning();
    } catch (error) {
      throw duplicateOf(error) ?? error;
    }
    await appendAudit(tx, whoOf(ctx), { action: 'account.update', entity: 'account', entityId: id, before, after });
    return after!;
  });
  return presentAccount(ctx.db, row);
}
