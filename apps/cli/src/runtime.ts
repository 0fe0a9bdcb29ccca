import crypto from 'node:crypto';
import { loadConfig } from '@redline/server/config';
import { migrateDatabase } from '@redline/server/db/migrate';
import { systemActor } from '@redline/server/features/scope/actor';
import type { Ctx } from '@redline/server/http/context';
import { openRuntime, type Runtime } from '@redline/server/runtime';

/** Opens the configured database (embedded or DATABASE_URL), migrates it unless told not to, runs, closes. */
export async function withRuntime<T>(fn: (rt: Runtime) => Promise<T>, options: { migrate?: boolean } = {}): Promise<T> {
  const runtime = await openRuntime(loadConfig(), () => {}, { attach: true });
  try {
    if (options.migrate !== false) await migrateDatabase(runtime.database.pool);
    return await fn(runtime);
  } finally {
    await runtime.close();
  }
}

/** A service context for the command line: the system actor, a request id of its own, audited as such. */
export const cliCtx = (rt: Runtime): Ctx => ({
  db: rt.database.db,
  actor: systemActor(),
  requestId: `cli-${crypto.randomUUID()}`,
  now: new Date(),
  locale: (process.env.LANG ?? '').startsWith('zh') ? 'zh-CN' : 'en',
  deps: rt.deps,
});
