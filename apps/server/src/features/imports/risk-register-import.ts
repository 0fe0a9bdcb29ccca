import type { TImportResult } from '@redline/contracts';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { invalid, notFound } from '../../http/errors';
import type { AuditWho } from '../audit/append-audit';
import { findEnterprise } from '../enterprises/repo';
import { insertRegisterLines } from '../risks/import-register';
import { assertMaintainer, registerEnterprise } from '../risks/repo';
import { COLUMNS } from './columns';
import { checkRegisterRows } from './risk-register-rows';
import { type ImportRecord, toRowErrors } from './rows';
import type { ImportOptions } from './service';

/**
 * The enterprise a register import writes to: the one asked for, else the account's own. An account keeps only its
 * own enterprise's register (an administrator any in scope); another enterprise does not exist for it (404).
 */
async function targetEnterprise(tx: Tx, options: ImportOptions) {
  const { actor } = options;
  const id = options.enterpriseId ?? (actor?.scope.kind === 'enterprise' ? actor.scope.enterpriseId : undefined);
  if (!id) throw invalid({ path: 'enterpriseId', code: 'VALIDATION.REQUIRED' });
  if (!actor) {
    const enterprise = await findEnterprise(tx, id, sql`true`);
    if (!enterprise) throw notFound();
    return enterprise;
  }
  assertMaintainer(actor);
  return registerEnterprise(tx, actor, id);
}

/** Imports a risk register (kind `risk_register`) inside the import's transaction; see service.ts importRecords. */
export async function importRegister(
  tx: Tx,
  who: AuditWho,
  records: ImportRecord[],
  options: ImportOptions,
): Promise<TImportResult> {
  const kind = 'risk_register';
  const total = records.length;
  const enterprise = await targetEnterprise(tx, options);
  const checked = await checkRegisterRows(tx, records, enterprise, who.now);
  const errors = checked.invalid.flatMap((row) => toRowErrors(options.locale, COLUMNS[kind], row));
  if (errors.length && !options.partial) return { kind, total, imported: 0, skipped: total, errors };
  const skipped = checked.invalid.length;
  const imported = await insertRegisterLines(
    tx,
    who,
    { enterpriseId: enterprise.id, regionPath: enterprise.regionPath },
    checked.valid,
    (inserted) => options.onProgress?.(skipped + inserted, total),
  );
  return { kind, total, imported, skipped, errors };
}
