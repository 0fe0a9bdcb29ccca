import { sweepDeadlines } from '@redline/server/features/cases/sweep-deadlines';
import { CASE_WORKFLOWS } from '@redline/server/features/cases/workflows';
import { type Command, out, UsageError } from '../command';
import { cliCtx, withRuntime } from '../runtime';
import { hazardsExport } from './hazards-export';

// The `hazards` command group: each command is one entry of HAZARD_COMMANDS (spread into commands/index.ts).

/** One sweep now, as the scheduler runs every minute; "skipped" (exit 0) when another process is sweeping. */
export const hazardsSweep: Command = {
  name: 'hazards sweep',
  usage: 'hazards sweep',
  summary:
    'Run one deadline sweep now (every case type): record due reminders, overdue events and escalations, notify, queue webhooks',
  run: async (args) => {
    if (args.length) throw new UsageError(`unexpected argument ${args[0]}`);
    return withRuntime(async (rt) => {
      const ctx = cliCtx(rt);
      const result = await sweepDeadlines(ctx.db, ctx.now, { workflows: CASE_WORKFLOWS });
      const zh = ctx.locale === 'zh-CN';
      if (result.skipped) {
        // Not a failure: the sweep is being done, by the other process.
        out(zh ? '另一进程正在执行到期扫描，本次未执行。' : 'Another process is sweeping; this sweep did not run.');
        return 0;
      }
      const { reminders, overdue, escalations, notifications, webhooks } = result;
      out(
        zh
          ? `提醒 ${reminders}，逾期 ${overdue}，升级 ${escalations}；站内通知 ${notifications} 条，推送 ${webhooks} 条。`
          : `reminders ${reminders}, overdue ${overdue}, escalations ${escalations}; ${notifications} notifications, ${webhooks} webhook deliveries queued.`,
      );
      return 0;
    });
  },
};

/** Every command of the `hazards` group, in the order `redline hazards --help` lists them. */
export const HAZARD_COMMANDS: Command[] = [hazardsSweep, hazardsExport];
