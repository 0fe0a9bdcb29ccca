import { z } from 'zod';
import { ZHazard } from './hazards';

/** A hazard is "due soon" when its current deadline falls by the end of the local day this many days from today. */
export const WORKBENCH_DUE_SOON_DAYS = 3;
/** At most this many items of each to-do list are sent (the totals count them all). */
export const WORKBENCH_LIST_LIMIT = 50;

/** One hazard waiting for the signed-in account, with the state-changing moves it may take now. */
export const ZWorkbenchItem = ZHazard.pick({
  id: true,
  number: true,
  title: true,
  state: true,
  version: true,
  level: true,
  regionName: true,
  enterprise: true,
  deadline: true,
  overdue: true,
  listed: true,
  createdAt: true,
}).extend({
  relations: z.array(z.string()).describe('How the account stands to the hazard: owner, supervisor, reporter'),
  actions: z.array(z.string()).describe('The workflow transitions (that change the state) the account may take now'),
});
export type TWorkbenchItem = z.infer<typeof ZWorkbenchItem>;

/** A to-do list: the first items (by deadline, then report time) and how many there are in all. */
export const ZWorkbenchList = z.object({ total: z.number().int(), items: z.array(ZWorkbenchItem) });
export type TWorkbenchList = z.infer<typeof ZWorkbenchList>;

/**
 * The signed-in account's to-do: the open hazards in its scope whose state it may move now by its relation to them
 * (owner or supervisor), split by the current deadline into overdue (passed), due soon (by the end of the local day
 * WORKBENCH_DUE_SOON_DAYS days from today, Beijing time) and waiting (later or none); and its counts.
 */
export const ZWorkbench = z.object({
  asOf: z.string(),
  dueSoonDays: z.number().int(),
  todo: z.object({ overdue: ZWorkbenchList, dueSoon: ZWorkbenchList, waiting: ZWorkbenchList }),
  counts: z.object({
    awaitingMyAction: z.number().int().describe('overdue + due soon + waiting'),
    reportedByMeOpen: z.number().int().describe('Hazards I reported that are still open'),
    overdueInScope: z
      .number()
      .int()
      .describe('Open hazards in my scope with a deadline passed (GET /hazards?overdue=true)'),
  }),
});
export type TWorkbench = z.infer<typeof ZWorkbench>;
