import { z } from 'zod';
import type { ZCheckRecorded } from './risks';

/**
 * A check run (排查任务) of an enterprise's register, GET /enterprises/:id/risk-checks: a `risk_check` case opened when
 * its slot began (docs/decisions/005-risk-checks.md), with what it checks and, once recorded, the hazards it reported.
 */
export const ZCheckRun = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  state: z.enum(['due', 'recorded']),
  version: z.number().int(),
  /** The end of the run's slot: a run not recorded by then is overdue and escalates like a hazard. */
  deadline: z.string().nullable(),
  overdue: z.boolean(),
  /** measureId, eventId, unitId, slotStart, slotEnd (local `YYYY-MM-DDTHH:mm`), post; once recorded items, notOk. */
  fields: z.record(z.string(), z.unknown()),
  measure: z
    .object({ id: z.string(), description: z.string(), classify: z.string(), checkContent: z.string().nullable() })
    .nullable(),
  event: z.object({ id: z.string(), name: z.string() }).nullable(),
  unit: z.object({ id: z.string(), name: z.string(), objectName: z.string() }).nullable(),
  hazards: z.array(z.object({ id: z.string(), number: z.string() })),
});
export type TCheckRun = z.infer<typeof ZCheckRun>;

export const ZCheckRunQuery = z.strictObject({ state: z.enum(['due', 'recorded']).optional() });

/** The answer of POST /risk-checks/:id/record. */
export type TCheckRecorded = z.infer<typeof ZCheckRecorded>;
