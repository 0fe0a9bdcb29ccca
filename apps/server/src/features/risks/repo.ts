import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { forbidden, notFound } from '../../http/errors';
import { findEnterprise } from '../enterprises/repo';
import { enterprises } from '../enterprises/schema';
import { type Actor, hasRole } from '../scope/actor';
import { scopeOf } from '../scope/filters';
import { riskEvents, riskMeasures, riskUnits } from './schema';

/** The enterprise of a register, in the actor's scope (else 404: another's register does not exist for it). */
export async function registerEnterprise(db: Db | Tx, actor: Actor, enterpriseId: string) {
  const enterprise = await findEnterprise(db, enterpriseId, scopeOf.enterprises(actor));
  if (!enterprise) throw notFound();
  return enterprise;
}

/** An enterprise keeps its own register (its accounts, and administrators); departments read it. */
export function assertMaintainer(actor: Actor) {
  if (!hasRole(actor, 'enterprise_user', 'admin')) throw forbidden();
}

/** A unit of an enterprise in scope (an archived one no longer exists), locked for the write that follows. */
export async function unitInScope(tx: Tx, actor: Actor, unitId: string) {
  const [unit] = await tx
    .select({ unit: riskUnits })
    .from(riskUnits)
    .innerJoin(enterprises, eq(enterprises.id, riskUnits.enterpriseId))
    .where(and(eq(riskUnits.id, unitId), isNull(riskUnits.archivedAt), scopeOf.enterprises(actor)))
    .for('update', { of: riskUnits });
  if (!unit) throw notFound();
  return unit.unit;
}

export async function eventInScope(tx: Tx, actor: Actor, eventId: string) {
  const [row] = await tx
    .select({ event: riskEvents })
    .from(riskEvents)
    .innerJoin(enterprises, eq(enterprises.id, riskEvents.enterpriseId))
    .where(and(eq(riskEvents.id, eventId), isNull(riskEvents.archivedAt), scopeOf.enterprises(actor)))
    .for('update', { of: riskEvents });
  if (!row) throw notFound();
  return row.event;
}

/** A measure of an enterprise in scope, not archived, locked for the write that follows. */
export async function measureInScope(tx: Tx, actor: Actor, measureId: string) {
  const [row] = await tx
    .select({ measure: riskMeasures })
    .from(riskMeasures)
    .innerJoin(enterprises, eq(enterprises.id, riskMeasures.enterpriseId))
    .where(and(eq(riskMeasures.id, measureId), isNull(riskMeasures.archivedAt), scopeOf.enterprises(actor)))
    .for('update', { of: riskMeasures });
  if (!row) throw notFound();
  return row.measure;
}
