import pino from 'pino';
import type { Config } from '../../config';
import { migrateDatabase } from '../../db/migrate';
import { openRuntime } from '../../runtime';
import { startScheduler } from './scheduler';

/**
 * `redline worker`: the scheduler alone, no HTTP, until SIGINT or SIGTERM. It uses DATABASE_URL, or the embedded
 * PostgreSQL of a server running on the same data folder (or starts it when none runs). Several workers and servers
 * may run on one database: the sweep runs in one of them at a time. Resolves when stopped.
 */
export async function runWorker(config: Config, signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): Promise<void> {
  const logger = pino({ level: config.LOG_LEVEL });
  const runtime = await openRuntime(config, (line) => logger.debug({ postgres: line }), { attach: true });
  try {
    await migrateDatabase(runtime.database.pool);
    const scheduler = startScheduler({ db: runtime.database.db, logger });
    logger.info({ database: runtime.embedded ? `embedded (${config.dataDir})` : 'DATABASE_URL' }, 'worker started');
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      for (const name of signals) process.once(name, () => resolve(name));
    });
    logger.info({ signal }, 'worker stopping');
    await scheduler.stop();
  } finally {
    await runtime.close();
  }
}
