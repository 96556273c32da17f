import type { PoolClient } from 'pg';
import type { Services } from '../context';

/**
 * Runs `job` every `intervalMs` on this server instance, one instance at a time across all instances on the
 * database (PostgreSQL advisory lock `lockKey`, tried, not waited for), skipping a tick while the previous one
 * still runs. A failure is logged as `<name> failed` and the next tick tries again.
 *
 * Returns a stop function: it clears the timer and resolves once a tick that is running has finished (its
 * connection released), so a shutdown that awaits it can stop the database without cutting a sweep in half
 * (which logged `<name> failed` with 57P03, "the database system is shutting down"). No tick starts after it.
 * Used by the deadline sweeps (legal aid, window matters) and the rectification sweep.
 */
export function startLockedInterval(
  services: Services,
  log: { error(obj: unknown, msg?: string): void },
  job: { name: string; lockKey: number; intervalMs: number; run: () => Promise<unknown> },
): () => Promise<void> {
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = async () => {
    let client: PoolClient | undefined;
    try {
      client = await services.db.$client.connect();
      const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [
        job.lockKey,
      ]);
      if (!rows[0]?.locked) return;
      try {
        await job.run();
      } finally {
        await client.query('select pg_advisory_unlock($1)', [job.lockKey]);
      }
    } catch (error) {
      log.error({ err: error }, `${job.name} failed`);
    } finally {
      client?.release();
    }
  };
  const timer = setInterval(() => {
    if (stopped || running !== undefined) return;
    running = tick().finally(() => {
      running = undefined;
    });
  }, job.intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
