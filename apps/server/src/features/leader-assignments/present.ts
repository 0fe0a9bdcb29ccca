import type { ZLeaderAssignment } from '@redline/contracts';
import type { z } from 'zod';
import type { AssignmentRow } from './repo';

type TLeaderAssignment = z.infer<typeof ZLeaderAssignment>;

/** An assignment with its target's name; a target that no longer exists shows its ref. */
export const presentAssignment = (row: AssignmentRow, names: Map<string, string>): TLeaderAssignment => ({
  id: row.id,
  accountId: row.accountId,
  kind: row.kind,
  ref: row.ref,
  refName: names.get(`${row.kind}:${row.ref}`) ?? row.ref,
  relation: row.relation,
});
