import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { accountsOfUnits } from '../cases/recipients';
import { type cases, caseWatchers } from '../cases/schema';
import { enqueueWebhooks, notifyMany } from '../notifications/notify';

type CaseRow = typeof cases.$inferSelect;

export type Announcement = {
  row: CaseRow;
  eventId: bigint;
  /** `hazard.created`, `hazard.transition`: the webhook event type. */
  type: string;
  transition?: string;
  messageKey: string;
  /** Who hears of it: the units' accounts, the named owner, the watchers. The actor is left out. */
  units: Array<string | null>;
  /** The units' accounts (accountsOfUnits) when read before the writes, to keep the transaction short. */
  members?: Map<string, string[]>;
  watchers?: boolean;
  actorId: string | null;
  now: Date;
  /** Further message parameters (e.g. `target`, the case a merged one went into). */
  extraParams?: Record<string, string>;
};

/**
 * Tells people about a case event in the event's transaction: in-app notifications (and email when configured) to
 * the accounts of the given units, the named owner and (optionally) the watchers, and a webhook event. Both are keyed
 * by the timeline event, so nothing is announced twice.
 */
export async function announce(tx: Tx, a: Announcement): Promise<void> {
  const units = a.units.filter((u): u is string => u !== null);
  const byUnit = a.members ?? (await accountsOfUnits(tx, units));
  const recipients = new Set(units.flatMap((u) => byUnit.get(u) ?? []));
  if (a.row.ownerAccountId && units.includes(a.row.ownerUnit ?? '')) recipients.add(a.row.ownerAccountId);
  if (a.watchers) {
    const rows = await tx
      .select({ accountId: caseWatchers.accountId })
      .from(caseWatchers)
      .where(eq(caseWatchers.caseId, a.row.id));
    for (const { accountId } of rows) recipients.add(accountId);
  }
  if (a.actorId) recipients.delete(a.actorId);
  const params = {
    number: a.row.number,
    title: a.row.title,
    deadline: a.row.deadline?.toISOString() ?? '—',
    state: `@hazard.state.${a.row.state}`,
    ...a.extraParams,
  };
  await notifyMany(
    tx,
    [...recipients].map((accountId) => ({
      accountId,
      kind: a.type,
      caseId: a.row.id,
      eventId: a.eventId,
      messageKey: a.messageKey,
      params,
      dedupeKey: `event:${a.eventId}`,
    })),
    { now: a.now },
  );
  await enqueueWebhooks(
    tx,
    [
      {
        type: a.type,
        regionPath: a.row.regionPath,
        dedupeKey: `event:${a.eventId}`,
        payload: {
          caseId: a.row.id,
          number: a.row.number,
          type: a.row.type,
          title: a.row.title,
          state: a.row.state,
          version: a.row.version,
          cycle: a.row.cycle,
          level: a.row.level,
          deadline: a.row.deadline?.toISOString() ?? null,
          regionCode: a.row.regionCode,
          enterpriseId: a.row.enterpriseId,
          ...(a.transition ? { transition: a.transition } : {}),
          at: a.now.toISOString(),
        },
      },
    ],
    { now: a.now },
  );
}
