import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { FieldProblem } from '../../http/errors';
import { riskUnits } from '../risks/schema';
import { riskSettingsFor } from '../risks/settings';
import { cellProblem, GROUP_KEYS, parseRegisterRow, type RegisterLine } from './risk-register-cells';
import { addProblems, type CheckedRows, type ImportRecord, type InvalidRow } from './rows';

/** Rows of one unit are those with the same object and unit name; rows of one event add the event's name. */
export const unitKeyOf = (l: Pick<RegisterLine, 'unit'>) => `${l.unit.objectName}\u0000${l.unit.name}`;
export const eventKeyOf = (l: Pick<RegisterLine, 'unit' | 'event'>) =>
  l.event ? `${unitKeyOf(l)}\u0000${l.event.name}` : null;

/** Cells compare as text, numbers as numbers (`6` and `6.0` say the same). */
const same = (a = '', b = '') => a === b || (a !== '' && b !== '' && Number(a) === Number(b));

/**
 * Validates register rows as POST /enterprises/:id/risk-units, /risk-units/:id/events and /risk-events/:id/measures
 * would (the same contracts, the same grading and schedule rules), then groups them: rows of one unit (one event) must
 * agree on its cells, a measure may not repeat under its event, and a unit already in the register is refused (an
 * import adds to a register, it never overwrites).
 */
export async function checkRegisterRows(
  tx: Tx,
  records: ImportRecord[],
  enterprise: { id: string; regionPath: string },
  now: Date,
): Promise<CheckedRows<RegisterLine>> {
  const enterpriseId = enterprise.id;
  // Graded under the enterprise's region's settings, as the events the API creates.
  const settings = await riskSettingsFor(tx, enterprise.regionPath);
  const existing = new Set(
    (
      await tx
        .select({ objectName: riskUnits.objectName, name: riskUnits.name })
        .from(riskUnits)
        .where(and(eq(riskUnits.enterpriseId, enterpriseId), isNull(riskUnits.archivedAt)))
    ).map((u) => `${u.objectName}\u0000${u.name}`),
  );
  const firstOf = new Map<string, ImportRecord>();
  const valid: RegisterLine[] = [];
  const invalid: InvalidRow[] = [];
  for (const r of records) {
    const { line, problems } = parseRegisterRow(r, now, settings);
    const more: FieldProblem[] = [];
    const unitKey = `${r.record.objectName?.trim()}\u0000${r.record.unitName?.trim()}`;
    if (existing.has(unitKey)) {
      const [object, name] = unitKey.split('\u0000');
      more.push(cellProblem('unitName', 'RISK.UNIT_EXISTS', { object, name }));
    }
    const groups: Array<[string, readonly string[], string]> = [
      [`u${unitKey}`, GROUP_KEYS.unit, '@riskRegister.group.unit'],
      ...(r.record.eventName
        ? [
            [`e${unitKey}\u0000${r.record.eventName.trim()}`, GROUP_KEYS.event, '@riskRegister.group.event'] as [
              string,
              readonly string[],
              string,
            ],
          ]
        : []),
    ];
    for (const [key, columns, group] of groups) {
      const first = firstOf.get(key);
      if (!first) firstOf.set(key, r);
      const differs = first && columns.find((c) => !same(first.record[c]?.trim(), r.record[c]?.trim()));
      if (differs) more.push(cellProblem(differs, 'IMPORT.INCONSISTENT_WITH_ROW', { row: first.row, group }));
    }
    if (r.record.measure && r.record.eventName) {
      const key = `m${unitKey}\u0000${r.record.eventName.trim()}\u0000${r.record.measure.trim()}`;
      const first = firstOf.get(key);
      if (first) more.push(cellProblem('measure', 'IMPORT.DUPLICATE_IN_FILE', { row: first.row }));
      else firstOf.set(key, r);
    }
    addProblems(problems, more);
    if (problems.length || !line) invalid.push({ ...r, problems });
    else valid.push(line);
  }
  return { valid, invalid };
}
