import { loadConfig } from '@redline/server/config';
import { migrateDatabase } from '@redline/server/db/migrate';
import { type Runtime, openRuntime } from '@redline/server/runtime';

/** Opens the configured database (embedded or DATABASE_URL), migrates it unless told not to, runs, closes. */
export async function withRuntime<T>(fn: (rt: Runtime) => Promise<T>, options: { migrate?: boolean } = {}): Promise<T> {
  const runtime = await openRuntime(loadConfig());
  try {
    if (options.migrate !== false) await migrateDatabase(runtime.database.pool);
    return await fn(runtime);
  } finally {
    await runtime.close();
  }
}
