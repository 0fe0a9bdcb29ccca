import path from 'node:path';
import { backupDatabase, restoreDatabase } from '@redline/server/features/backup/backup';
import { type Command, out, UsageError } from '../command';
import { withRuntime } from '../runtime';

const fileArg = (args: string[]) => {
  if (args.length !== 1 || args[0]!.startsWith('-')) throw new UsageError('expects exactly one FILE');
  return path.resolve(args[0]!);
};

export const backup: Command = {
  name: 'backup',
  usage: 'backup FILE',
  summary: 'Write a consistent backup of the database (embedded or DATABASE_URL) to FILE (gzip)',
  run: async (args) => {
    const file = fileArg(args);
    return withRuntime(async (rt) => {
      const header = await backupDatabase(rt.database.pool, file);
      const rows = Object.values(header.tables).reduce((a, b) => a + b, 0);
      out(`Backup written to ${file}: ${rows} rows in ${Object.keys(header.tables).length} tables.`);
      return 0;
    });
  },
};

export const restore: Command = {
  name: 'restore',
  usage: 'restore FILE',
  summary: 'Restore a backup into an EMPTY database (start with a new REDLINE_DATA_DIR or DATABASE_URL)',
  run: async (args) => {
    const file = fileArg(args);
    return withRuntime(
      async (rt) => {
        const header = await restoreDatabase(rt.database.pool, file);
        out(`Restored ${file} (taken ${header.createdAt}).`);
        return 0;
      },
      { migrate: false },
    );
  },
};
