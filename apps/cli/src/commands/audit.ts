import { verifyAudit } from '@redline/server/features/audit/verify-audit';
import { type Command, fail, out, UsageError } from '../command';
import { withRuntime } from '../runtime';

export const auditVerify: Command = {
  name: 'audit verify',
  usage: 'audit verify',
  summary: 'Recompute the audit hash chain; exit 1 and name the first broken entry when it does not verify',
  run: async (args) => {
    if (args.length) throw new UsageError(`unexpected argument ${args[0]}`);
    return withRuntime(async (rt) => {
      const result = await verifyAudit(rt.database.db);
      if (result.ok) {
        out(`Audit trail verified: ${result.count} entries, chain intact.`);
        return 0;
      }
      fail(
        `Audit trail BROKEN at entry ${result.brokenAt} (${result.reason}); ${result.count} entries before it verify.`,
      );
      return 1;
    });
  },
};
