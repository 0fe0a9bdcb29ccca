import { isEmptyDatabase, loadDemo } from '@redline/server/features/demo/load-demo';
import { type Command, fail, out, UsageError } from '../command';
import { withRuntime } from '../runtime';

export const demoLoad: Command = {
  name: 'demo load',
  usage: 'demo load',
  summary:
    'Load the demo city 晋城市 (regions, departments, 500 enterprises, one account per role, three months of hazards) into an empty database',
  run: async (args) => {
    if (args.length) throw new UsageError(`unexpected argument ${args[0]}`);
    return withRuntime(async (rt) => {
      if (!(await isEmptyDatabase(rt.database.db))) {
        fail('The database already has regions; the demo loads only into an empty database.');
        return 1;
      }
      const result = await loadDemo(rt.database.db, new Date(), rt.deps);
      out(
        `Loaded the demo: ${result.enterprises} enterprises, ${result.accounts} accounts (password Redline@2026), ${result.hazards} hazards, ${result.accidents} accidents.`,
      );
      return 0;
    });
  },
};
