import { migrateDatabase, migrationStatus } from '@redline/server/db/migrate';
import { type Command, out, UsageError } from '../command';
import { withRuntime } from '../runtime';

const noArgs = (args: string[]) => {
  if (args.length) throw new UsageError(`unexpected argument ${args[0]}`);
};

export const dbMigrate: Command = {
  name: 'db migrate',
  usage: 'db migrate',
  summary: 'Apply pending database migrations (under an advisory lock)',
  run: async (args) => {
    noArgs(args);
    return withRuntime(
      async (rt) => {
        const { applied } = await migrateDatabase(rt.database.pool);
        out(applied ? `Applied ${applied} migration(s).` : 'The database is up to date.');
        return 0;
      },
      { migrate: false },
    );
  },
};

export const dbStatus: Command = {
  name: 'db status',
  usage: 'db status',
  summary: 'Show applied and pending migrations; exit 1 when some are pending',
  run: async (args) => {
    noArgs(args);
    return withRuntime(
      async (rt) => {
        const status = await migrationStatus(rt.database.pool);
        out(`Migrations: ${status.applied} applied of ${status.known}.`);
        for (const tag of status.pending) out(`  pending: ${tag}`);
        return status.pending.length ? 1 : 0;
      },
      { migrate: false },
    );
  },
};
