import { loadConfig } from '@redline/server/config';
import { runWorker } from '@redline/server/features/scheduler/worker';
import { type Command, UsageError } from '../command';

export const workerCommand: Command = {
  name: 'worker',
  usage: 'worker',
  summary:
    'Run the scheduler alone (deadline sweep, webhooks, email every minute), no HTTP, until SIGINT/SIGTERM; pair with REDLINE_SCHEDULER=off on servers',
  run: async (args) => {
    if (args.length) throw new UsageError(`unexpected argument ${args[0]}`);
    await runWorker(loadConfig());
    return 0;
  },
};
