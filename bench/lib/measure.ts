import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { formatDiskSyncs, watchDiskSync } from './disk-probe';

/** What one measurement asks of the load generator (bench/lib/load-generator.ts). */
export interface LoadRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Bodies sent in turn (overrides `body`). */
  bodies?: string[];
  /** URLs of the same host sent to in turn (overrides `url`; not with `bodies`). */
  urls?: string[];
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /**
   * Requests a second offered over all connections together, evenly paced and open-loop (load-generator.ts
   * `paced`); unset: autocannon, as fast as served (closed loop, `connections` requests in flight).
   */
  rate?: number;
  /**
   * Paced rows only: write every measured request here as a tab-separated line (its due time from the start
   * of the measurement, its latency, both in ms, and its status), e.g. to see whether a p99 comes from one stall.
   */
  latencyFile?: string;
}

export type LoadMessage =
  | { type: 'tick' }
  | { type: 'measuring' }
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
  /** CPU time the load generator used while measuring (ms, user + system). */
  generatorCpuMs?: number;
  /** The load generator's longest event-loop delay while measuring (ms, 10 ms resolution). */
  generatorLoopMaxMs?: number;
}

/** One row of a benchmark table. */
export interface Measurement extends LoadResult {
  label: string;
  /** The paced rows: the slowest `fdatasync` of the disk probe during the row, in ms (disk-probe.ts). */
  diskSyncMaxMs?: number;
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
  /** URLs of the same host sent to in turn instead of `url` (e.g. several windows' call-next); not with `bodies`. */
  urls?: string[];
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
    ...(target.urls === undefined ? {} : { urls: target.urls }),
    connections: parameters.connections,
    seconds: parameters.seconds,
    warmupSeconds: parameters.warmupSeconds,
    ...(target.rate === undefined ? {} : { rate: target.rate }),
    ...(target.rate !== undefined && process.env.BENCH_LATENCIES
      ? { latencyFile: path.join(process.env.BENCH_LATENCIES, `${fileNameOf(target.label)}.tsv`) }
      : {}),
  };
  process.stdout.write(`  ${target.label} `);
  // Both watches start when the generator starts measuring (after its fork and warm-up).
  let stalls: { stop(): string } | undefined;
  let cpu: CpuWatch | undefined;
  let disk: ReturnType<typeof watchDiskSync> | undefined;
  let profile: Promise<{ stop(): Promise<string> }> | undefined;
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
        else if (message.type === 'measuring') {
          stalls = watchStalls();
          cpu = watchCpu();
          // The paced rows (the target's) also watch the disk: their tail is where a slow flush shows.
          if (target.rate !== undefined) disk = watchDiskSync();
          if (process.env.BENCH_CPU_PROFILE)
            profile = startProfile('cpu', process.env.BENCH_CPU_PROFILE, target.label);
          else if (process.env.BENCH_HEAP_PROFILE)
            profile = startProfile('heap', process.env.BENCH_HEAP_PROFILE, target.label);
        } else {
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
    const used = cpu?.stop();
    const syncs = await disk?.stop();
    const profiled = await (await profile)?.stop();
    const perRequest = (ms: number | null) =>
      ms === null || result.total === 0 ? '-' : `${((ms / result.total) * 1000).toFixed(0)} µs`;
    process.stdout.write(
      ` ${formatNumber(result.requestsPerSecond)} req/s, p50 ${formatMs(result.p50)}, p99 ${formatMs(result.p99)}` +
        (failed > 0 ? `  (!) ${failed} failed: ${JSON.stringify(result.statusCodes)}` : '') +
        `\n      this process (lawhall's server) meanwhile: ${stalls?.stop() ?? '-'}\n` +
        (used
          ? `      CPU per request: this process ${perRequest(used.serverMs)}, PostgreSQL ${perRequest(used.postgresMs)}, ` +
            `load generator ${perRequest(result.generatorCpuMs ?? null)}; the machine was ${used.busyPercent} busy; ` +
            `the load generator's own event-loop delay at most ${formatMs(result.generatorLoopMaxMs ?? Number.NaN)}\n`
          : '') +
        (syncs ? `      the disk meanwhile: ${formatDiskSyncs(syncs)}\n` : '') +
        (profiled ? `      profile of this process: ${profiled}\n` : ''),
    );
    const diskSyncMaxMs = syncs?.syncs.reduce((max, sync) => Math.max(max, sync.ms), 0);
    return { label: target.label, ...result, ...(diskSyncMaxMs === undefined ? {} : { diskSyncMaxMs }) };
  } catch (error) {
    process.stdout.write(' failed\n');
    throw error;
  } finally {
    stalls?.stop();
    await disk?.stop();
    if (child.connected) child.disconnect();
    if (child.exitCode === null) child.kill();
  }
}

/**
 * BENCH_CPU_PROFILE=<dir>: V8's sampling CPU profile of this process (lawhall's server) over a row's measured
 * seconds, written to <dir>/<label>.cpuprofile (open in Chrome DevTools › Performance, or speedscope).
 * BENCH_HEAP_PROFILE=<dir>: V8's sampling allocation profile over the same seconds, garbage included (what
 * each function allocated, whether it lived or not: what the young-generation collections cost),
 * <dir>/<label>.heapprofile (Chrome DevTools › Memory). `stop()` writes the file and returns its path.
 */
async function startProfile(
  kind: 'cpu' | 'heap',
  directory: string,
  label: string,
): Promise<{ stop(): Promise<string> }> {
  const session = new Session();
  session.connect();
  if (kind === 'cpu') {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  } else {
    await session.post('HeapProfiler.enable');
    // The two include… flags (V8 ≥ 10.8, not yet in @types/node) keep the samples of collected objects.
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 8192,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    } as { samplingInterval: number });
  }
  return {
    async stop() {
      const { profile } =
        kind === 'cpu'
          ? await session.post('Profiler.stop')
          : await session.post('HeapProfiler.stopSampling');
      session.disconnect();
      mkdirSync(directory, { recursive: true });
      const file = path.join(directory, `${fileNameOf(label)}.${kind}profile`);
      writeFileSync(file, JSON.stringify(profile));
      return file;
    },
  };
}

/** A row's label as a file name: letters and digits, the rest as `-`, at most 60 characters. */
function fileNameOf(label: string): string {
  return label
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

interface CpuWatch {
  stop(): { serverMs: number; postgresMs: number | null; busyPercent: string };
}

/** Milliseconds per clock tick of /proc (USER_HZ: 100 on Linux). */
const TICK_MS = 10;

/**
 * CPU time of the local PostgreSQL's processes (every process named `postgres`: backends, WAL writer,
 * checkpointer…), from /proc in ms; null where there is no /proc (not Linux). A database on another machine
 * shows as (close to) 0.
 */
function postgresCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== 'postgres') continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime, stime; and cutime, cstime: the time of children that exited, so a backend that ends during a
      // row stays counted (the postmaster reaps it and adds its time to its own children's).
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks * TICK_MS;
}

/** All CPUs' busy and total time from /proc/stat (ticks), or null. */
function machineTicks(): { busy: number; total: number } | null {
  if (!existsSync('/proc/stat')) return null;
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  return { busy: total - (fields[3] ?? 0) - (fields[4] ?? 0), total }; // idle, iowait
}

/**
 * What the measured seconds cost in CPU: this process (lawhall's server, and the bench's own bookkeeping),
 * the local PostgreSQL, and how busy the whole machine was. Per request it shows where a change saves work,
 * steadier from run to run than a 99th percentile.
 */
function watchCpu(): CpuWatch {
  const server = process.cpuUsage();
  const postgres = postgresCpuMs();
  const machine = machineTicks();
  return {
    stop() {
      const used = process.cpuUsage(server);
      const postgresNow = postgresCpuMs();
      const machineNow = machineTicks();
      return {
        serverMs: (used.user + used.system) / 1000,
        postgresMs: postgres === null || postgresNow === null ? null : Math.max(0, postgresNow - postgres),
        busyPercent:
          machine && machineNow && machineNow.total > machine.total
            ? `${Math.round((100 * (machineNow.busy - machine.busy)) / (machineNow.total - machine.total))} %`
            : '-',
      };
    },
  };
}

/**
 * Where a tail latency may come from in this process, which serves lawhall (bench/lib/lawhall.ts): the event
 * loop's delay (perf_hooks monitorEventLoopDelay, 10 ms resolution: p99 and max, ms) and the garbage
 * collector's pauses (count, longest, total ms) while a row is measured (not its warm-up). `stop()` ends the watch
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
