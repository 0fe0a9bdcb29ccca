import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { type Config, ConfigError } from './config';
import { migrateDatabase } from './db/migrate';
import { DEMO_PASSWORD, demoAccounts, isEmptyDatabase, loadDemo } from './features/demo/load-demo';
import { type Scheduler, startScheduler } from './features/scheduler/scheduler';
import { buildApp } from './http/app';
import { openRuntime } from './runtime';

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/**
 * Starts Redline: database (embedded unless DATABASE_URL), migrations, demo data on an empty database, then HTTP.
 * SIGINT/SIGTERM stop accepting, finish requests in flight and stop the embedded PostgreSQL cleanly.
 */
export async function serve(config: Config): Promise<void> {
  const started = Date.now();
  const logger = pino({
    level: config.LOG_LEVEL,
    redact: ['req.headers.cookie', 'req.headers.authorization', '*.password'],
  });
  const runtime = await openRuntime(config, (line) => logger.debug({ postgres: line }));
  let stopping = false;
  let scheduler: Scheduler | undefined;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown took longer than 30 s; exiting');
      process.exit(1);
    }, 30_000).unref();
    await app.close().catch(() => undefined);
    await scheduler?.stop();
    await runtime.close();
    process.exit(0);
  };
  const app = await (async () => {
    try {
      const migrated = await migrateDatabase(runtime.database.pool);
      if (migrated.applied) logger.info({ applied: migrated.applied }, 'migrations applied');
      if (config.REDLINE_DEMO && (await isEmptyDatabase(runtime.database.db))) {
        const demo = await loadDemo(runtime.database.db, new Date(), runtime.deps);
        logger.info(demo, 'demo data loaded');
        printDemoAccounts();
      }
      return await buildApp({ deps: runtime.deps, pool: runtime.database.pool, logger, webDir: WEB_DIR });
    } catch (error) {
      await runtime.close();
      throw error;
    }
  })();
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    await app.close().catch(() => undefined);
    await runtime.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new ConfigError(
        `Port ${config.PORT} is already in use; stop the other program or set PORT to a free port.`,
      );
    }
    throw error;
  }
  // The deadline sweep and the outbound webhooks and email, every minute (REDLINE_SCHEDULER=off leaves them to
  // `redline worker`); started after listen so that a refused start leaves no job behind.
  if (config.REDLINE_SCHEDULER) scheduler = startScheduler({ db: runtime.database.db, logger });
  const url = `http://localhost:${config.PORT}`;
  logger.info(
    {
      url,
      database: runtime.embedded ? `embedded (${runtime.config.dataDir})` : 'DATABASE_URL',
      ms: Date.now() - started,
    },
    'ready',
  );
  process.stdout.write(`\n  Redline 红线 is ready: ${url}   (API docs: ${url}/api/docs)\n\n`);
}

function printDemoAccounts() {
  const lines = demoAccounts.map(
    (a) => `    ${a.username.padEnd(11)} ${a.roles.join(',').padEnd(16)} ${a.displayName}`,
  );
  process.stdout.write(`\n  Demo accounts (password for all: ${DEMO_PASSWORD}):\n${lines.join('\n')}\n`);
}
