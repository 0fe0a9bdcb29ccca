import type { Tx } from '../../db/client';
import type { AuditWho } from '../audit/append-audit';
import type { RegisterLine } from '../imports/risk-register-cells';
import { eventKeyOf, unitKeyOf } from '../imports/risk-register-rows';
import { insertEvent, insertMeasure, insertUnit } from './write';

/**
 * Writes validated register rows (in the caller's transaction) through the same inserts as the API, each with its
 * audit entry: a unit at its first row, an event at its first row under it, a measure per row. Each row is stamped a
 * millisecond after the one before, so the register lists events and measures in the file's order.
 */
export async function insertRegisterLines(
  tx: Tx,
  who: AuditWho,
  place: { enterpriseId: string; regionPath: string },
  lines: readonly RegisterLine[],
  onInserted?: (inserted: number) => void,
): Promise<number> {
  const units = new Map<string, string>();
  const events = new Map<string, string>();
  for (const [i, line] of lines.entries()) {
    const at: AuditWho = { ...who, now: new Date(who.now.getTime() + i) };
    const unitKey = unitKeyOf(line);
    let unitId = units.get(unitKey);
    if (!unitId) {
      unitId = (await insertUnit(tx, at, place, line.unit)).id;
      units.set(unitKey, unitId);
    }
    const eventKey = eventKeyOf(line);
    if (line.event && eventKey) {
      let eventId = events.get(eventKey);
      if (!eventId) {
        eventId = (await insertEvent(tx, at, { ...place, unitId }, line.event)).id;
        events.set(eventKey, eventId);
      }
      if (line.measure) await insertMeasure(tx, at, { ...place, eventId }, line.measure);
    }
    onInserted?.(i + 1);
  }
  return lines.length;
}
