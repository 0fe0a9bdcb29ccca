import type { Db } from '../../db/client';
import { type RegradeResult, regradeAccidents } from '../accidents/regrade';
import { foldCounterDeltas } from '../cases/fold-counters';
import { type SweepOptions, type SweepResult, sweepDeadlines } from '../cases/sweep-deadlines';
import { CASE_WORKFLOWS } from '../cases/workflows';
import {
  type DeliverOptions,
  type DeliverResult,
  deliverWebhooks,
  type SendEmailsOptions,
  type SendEmailsResult,
  sendEmails,
} from '../notifications/deliver';
import { type OpenRunsResult, openCheckRuns } from '../risks/open-runs';

/** What the scheduler writes to the log (a pino logger fits). */
export type SchedulerLogger = {
  info: (obj: object, msg?: string) => void;
  debug: (obj: object, msg?: string) => void;
  error: (obj: object, msg?: string) => void;
};

export type SchedulerOptions = {
  db: Db;
  logger: SchedulerLogger;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
  /** Between the starts of two ticks; a tick never overlaps the previous one. Default one minute. */
  intervalMs?: number;
  /**
   * Narrows the jobs (tests on a shared database: their own region subtree and lock key, their own subscriptions and
   * addresses). Production passes nothing: every case type of CASE_WORKFLOWS, every delivery, every email.
   */
  sweep?: Partial<SweepOptions>;
  deliver?: DeliverOptions;
  email?: SendEmailsOptions;
};

/** One tick's outcome per job: its result, or the error it failed with (logged, never thrown). */
export type TickResult = {
  at: Date;
  sweep: SweepResult | { error: string };
  /** Accidents regraded because their casualty window closed with persons still missing. */
  accidents: RegradeResult | { error: string };
  /** Check runs of the risk register opened as their slots began (docs/decisions/005-risk-checks.md). */
  checks: OpenRunsResult | { error: string };
  webhooks: DeliverResult | { error: string };
  emails: SendEmailsResult | { error: string };
  /** Counter deltas folded into their settled rows (foldCounterDeltas). */
  counters: { folded: number } | { error: string };
};

export type Scheduler = {
  /** Runs one tick now (or waits for the one running) — tests and `redline hazards sweep` use the jobs directly. */
  tick: () => Promise<TickResult>;
  /** Stops scheduling and waits for the running tick to finish. */
  stop: () => Promise<void>;
  /** Ticks finished so far. */
  readonly ticks: number;
};

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The deadline clock's heartbeat: a tick at start and then every `intervalMs` runs the deadline sweep over every case
 * type of CASE_WORKFLOWS (one process at a time on a database, by the sweep's advisory lock); then regrades the
 * accidents whose casualty window has closed with persons missing, opens the check runs whose slots began, sends the
 * webhook deliveries and emails that are due, and folds the counters' deltas. A failing job is logged and the next
 * one still runs; nothing here throws into the process. `stop()` waits for a running tick, so a shutdown never cuts a
 * sweep's transaction in half.
 */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const { db, logger } = options;
  const now = options.now ?? (() => new Date());
  const intervalMs = options.intervalMs ?? 60_000;
  let running: Promise<TickResult> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let ticks = 0;

  const attempt = async <T>(job: string, run: () => Promise<T>): Promise<T | { error: string }> => {
    try {
      return await run();
    } catch (error) {
      logger.error({ err: error, job }, `scheduler: ${job} failed`);
      return { error: message(error) };
    }
  };

  const runTick = async (): Promise<TickResult> => {
    const at = now();
    const sweep = await attempt('sweep', () => sweepDeadlines(db, at, { workflows: CASE_WORKFLOWS, ...options.sweep }));
    const accidents = await attempt('accidents', () =>
      regradeAccidents(db, at, {
        underPath: options.sweep?.underPath,
        onError: (accidentId, err) => logger.error({ err, accidentId }, 'scheduler: an accident regrade failed'),
      }),
    );
    const checks = await attempt('checks', () =>
      openCheckRuns(db, at, { underPath: options.sweep?.underPath, lockKey: options.sweep?.lockKey }),
    );
    const webhooks = await attempt('webhooks', () => deliverWebhooks(db, now(), options.deliver));
    const emails = await attempt('emails', () => sendEmails(db, now(), options.email));
    const counters = await attempt('counters', () => foldCounterDeltas(db));
    const result = { at, sweep, accidents, checks, webhooks, emails, counters };
    const busy =
      ('skipped' in sweep && !sweep.skipped && sweep.reminders + sweep.overdue + sweep.escalations > 0) ||
      ('delivered' in webhooks && webhooks.delivered + webhooks.retried + webhooks.failed > 0) ||
      ('sent' in emails && emails.sent + emails.retried + emails.failed > 0) ||
      ('regraded' in accidents && accidents.regraded + accidents.failed > 0) ||
      ('opened' in checks && checks.opened > 0);
    (busy ? logger.info : logger.debug).call(logger, result, 'scheduler tick');
    ticks++;
    return result;
  };

  const tick = (): Promise<TickResult> => {
    running ??= runTick().finally(() => {
      running = undefined;
    });
    return running;
  };

  const loop = async () => {
    if (stopped) return;
    const started = Date.now();
    // runTick catches every job's error; this guards the bookkeeping around it.
    await tick().catch((error: unknown) => logger.error({ err: error }, 'scheduler: tick failed'));
    if (stopped) return;
    timer = setTimeout(() => void loop(), Math.max(0, intervalMs - (Date.now() - started)));
  };
  timer = setTimeout(() => void loop(), 0);

  return {
    tick,
    get ticks() {
      return ticks;
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
