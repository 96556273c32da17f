import { type ChildProcess, fork } from 'node:child_process';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

/** What one measurement asks of the load generator (bench/lib/load-generator.ts). */
export interface LoadRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Bodies sent in turn (overrides `body`). */
  bodies?: string[];
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /**
   * Requests a second offered over all connections together, evenly paced and open-loop (load-generator.ts
   * `paced`); unset: autocannon, as fast as served (closed loop, `connections` requests in flight).
   */
  rate?: number;
}

export type LoadMessage =
  | { type: 'tick' }
  | { type: 'error'; message: string }
  | ({ type: 'result' } & LoadResult);

interface LoadResult {
  /** Mean of autocannon's per-second samples, or responses ÷ seconds when paced (all responses). */
  requestsPerSecond: number;
  /** 2xx responses: the latencies below are theirs. */
  ok: number;
  total: number;
  /** Milliseconds, exact (not autocannon's 1 ms buckets). */
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

/** One row of a benchmark table. */
export interface Measurement extends LoadResult {
  label: string;
}

/** How every target is loaded: printed once at the top of the run. */
export interface LoadParameters {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

export interface Target {
  /** The row's label, e.g. `(b) GET /api/health`. */
  label: string;
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** JSON bodies sent in turn instead of `body` (e.g. tickets spread over services: each has 9,999 a day). */
  bodies?: unknown[];
  /** Offer this many requests a second (over all connections) instead of as many as the server takes. */
  rate?: number;
}

const generator = new URL('./load-generator.ts', import.meta.url);
const running = new Set<ChildProcess>();

/** Kills the load generators still running (the run is being stopped: their connections hold servers open). */
export function stopMeasurements(): void {
  for (const child of running) child.kill('SIGKILL');
}

/**
 * Loads `target` with autocannon (warm-up, then `seconds` with `connections` keep-alive connections) from a
 * forked process and returns requests/s and exact p50/p99 latency of the 2xx responses. Prints progress: a
 * dot a second, then the figures. Never takes longer than warm-up + measurement + 30 s.
 */
export async function measure(target: Target, parameters: LoadParameters): Promise<Measurement> {
  const request: LoadRequest = {
    url: target.url,
    method: target.method ?? 'GET',
    headers: {
      ...(target.body === undefined && target.bodies === undefined
        ? {}
        : { 'content-type': 'application/json' }),
      ...target.headers,
    },
    ...(target.body === undefined ? {} : { body: JSON.stringify(target.body) }),
    ...(target.bodies === undefined ? {} : { bodies: target.bodies.map((b) => JSON.stringify(b)) }),
    connections: parameters.connections,
    seconds: parameters.seconds,
    warmupSeconds: parameters.warmupSeconds,
    ...(target.rate === undefined ? {} : { rate: target.rate }),
  };
  process.stdout.write(`  ${target.label} `);
  const stalls = watchStalls();
  const child = fork(generator, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  running.add(child);
  child.on('exit', () => running.delete(child));
  const limitMs = (parameters.warmupSeconds + parameters.seconds + 30) * 1000;
  try {
    const result = await new Promise<LoadResult>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`load generator did not finish in ${limitMs} ms`)),
        limitMs,
      );
      child.on('message', (message: LoadMessage) => {
        if (message.type === 'tick') process.stdout.write('.');
        else {
          clearTimeout(timer);
          if (message.type === 'error') reject(new Error(message.message));
          else {
            const { type: _type, ...figures } = message;
            resolve(figures);
          }
        }
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`load generator exited (${code})`));
      });
      child.send(request);
    });
    const failed = result.non2xx + result.errors + result.timeouts;
    process.stdout.write(
      ` ${formatNumber(result.requestsPerSecond)} req/s, p50 ${formatMs(result.p50)}, p99 ${formatMs(result.p99)}` +
        (failed > 0 ? `  (!) ${failed} failed: ${JSON.stringify(result.statusCodes)}` : '') +
        `\n      this process (lawhall's server) meanwhile: ${stalls.stop()}\n`,
    );
    return { label: target.label, ...result };
  } catch (error) {
    process.stdout.write(' failed\n');
    throw error;
  } finally {
    stalls.stop();
    if (child.connected) child.disconnect();
    if (child.exitCode === null) child.kill();
  }
}

/**
 * Where a tail latency may come from in this process, which serves lawhall (bench/lib/lawhall.ts): the event
 * loop's delay (perf_hooks monitorEventLoopDelay, 10 ms resolution: p99 and max, ms) and the garbage
 * collector's pauses (count, longest, total ms) while a row runs, warm-up included. `stop()` ends the watch
 * (again: no-op) and describes it in one line.
 */
function watchStalls(): { stop(): string } {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let pauses = 0;
  let longest = 0;
  let total = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      pauses += 1;
      longest = Math.max(longest, entry.duration);
      total += entry.duration;
    }
  });
  gc.observe({ entryTypes: ['gc'] });
  let summary: string | undefined;
  return {
    stop() {
      if (summary === undefined) {
        loop.disable();
        gc.disconnect();
        const ms = (ns: number) => formatMs(ns / 1e6);
        summary =
          `event-loop delay p99 ${ms(loop.percentile(99))}, max ${ms(loop.max)}; ` +
          `GC ${formatNumber(pauses)} pauses, longest ${formatMs(longest)}, ${formatMs(total)} in all`;
      }
      return summary;
    },
  };
}

export function formatNumber(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '-';
}

export function formatMs(value: number): string {
  if (!Number.isFinite(value)) return '-';
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}
