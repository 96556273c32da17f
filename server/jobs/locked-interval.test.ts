import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices } from '../test/database';
import { startLockedInterval } from './locked-interval';

type TestServices = Awaited<ReturnType<typeof createTestServices>>;
let services: TestServices;
beforeAll(async () => {
  services = await createTestServices();
});
afterAll(async () => {
  await services?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A log that keeps what the scheduler reports. */
function memoryLog() {
  const errors: { obj: unknown; msg: string | undefined }[] = [];
  return { errors, error: (obj: unknown, msg?: string) => void errors.push({ obj, msg }) };
}

describe('startLockedInterval', () => {
  it('stop() resolves only after the running tick has finished, and no tick starts after it', async () => {
    const log = memoryLog();
    const events: string[] = [];
    let release: () => void = () => {};
    let started: () => void = () => {};
    const firstTickStarted = new Promise<void>((resolve) => {
      started = resolve;
    });
    let runs = 0;
    const stop = startLockedInterval(services, log, {
      name: 'test sweep',
      lockKey: 7370399,
      intervalMs: 10,
      run: async () => {
        runs += 1;
        events.push(`run ${runs} start`);
        started();
        // The tick holds a pooled connection and the advisory lock while it waits, like a real sweep.
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        await services.db.$client.query('select 1');
        events.push(`run ${runs} end`);
      },
    });
    await firstTickStarted;
    const stopping = stop().then(() => events.push('stopped'));
    // Several intervals pass while the tick runs: stop() must still be waiting, and no second tick begins.
    await sleep(60);
    expect(events).toEqual(['run 1 start']);
    release();
    await stopping;
    expect(events).toEqual(['run 1 start', 'run 1 end', 'stopped']);
    // The lock is released and the connection back in the pool by then.
    const { rows } = await services.db.$client.query<{ n: number }>(
      "select count(*)::int as n from pg_locks where locktype = 'advisory' and objid = 7370399",
    );
    expect(rows[0]!.n).toBe(0);
    await sleep(60);
    expect(runs).toBe(1);
    expect(log.errors).toEqual([]);
  });

  it('stop() between ticks resolves at once and no tick follows; a failing tick is logged by name', async () => {
    const log = memoryLog();
    let runs = 0;
    const stop = startLockedInterval(services, log, {
      name: 'failing sweep',
      lockKey: 7370398,
      intervalMs: 10,
      run: async () => {
        runs += 1;
        throw new Error('boom');
      },
    });
    while (runs === 0) await sleep(5);
    await stop();
    const after = runs;
    await sleep(60);
    expect(runs).toBe(after);
    expect(log.errors.length).toBeGreaterThanOrEqual(1);
    expect(log.errors[0]!.msg).toBe('failing sweep failed');
  });
});
