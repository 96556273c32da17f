import { open, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** How often the probe writes and syncs, in ms: light beside the database's own commits (hundreds a second). */
export const DISK_PROBE_INTERVAL_MS = 50;
/** A sync slower than this (ms) is listed with its time in the row: a durable commit waits as long. */
const LISTED_OVER_MS = 50;

/** What the probe saw: each sync's start (ms after the watch began) and duration (ms). */
export interface DiskSyncs {
  directory: string;
  syncs: { atMs: number; ms: number }[];
}

/**
 * Watches the disk while a row is measured: every DISK_PROBE_INTERVAL_MS one 8 kB write and `fdatasync` of a
 * file in `directory` (default BENCH_DISK_PROBE_DIR, else the OS temporary directory, where the bench's
 * embedded PostgreSQL keeps its data; with BENCH_DATABASE_URL it is the same disk only if that server's data
 * is on this machine's). A durable commit (a ticket, a call) waits for such a flush of the write-ahead log,
 * so a slow sync here is a pause of every request writing meanwhile. `stop()` ends the watch, removes the
 * file and gives the syncs; formatDiskSyncs says them in one line.
 */
export function watchDiskSync(directory = process.env.BENCH_DISK_PROBE_DIR ?? os.tmpdir()): {
  stop(): Promise<DiskSyncs>;
} {
  const file = path.join(directory, `lawhall-bench-fsync-${process.pid}-${Date.now()}.dat`);
  const block = Buffer.alloc(8192, 0x61);
  const syncs: DiskSyncs['syncs'] = [];
  const began = performance.now();
  let running = true;
  const loop = (async () => {
    const handle = await open(file, 'w');
    try {
      while (running) {
        const start = performance.now();
        await handle.write(block, 0, block.length, 0);
        await handle.datasync();
        const end = performance.now();
        syncs.push({ atMs: start - began, ms: end - start });
        await sleep(Math.max(0, DISK_PROBE_INTERVAL_MS - (end - start)));
      }
    } finally {
      await handle.close();
      await unlink(file).catch(() => undefined);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { directory, syncs };
    },
  };
}

/** One line: how many syncs, p50, p99 and max in ms, and when (seconds into the row) the slow ones began. */
export function formatDiskSyncs({ directory, syncs }: DiskSyncs): string {
  if (syncs.length === 0) return `no fdatasync finished in ${directory}`;
  const sorted = syncs.map((s) => s.ms).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const slow = syncs.filter((s) => s.ms > LISTED_OVER_MS);
  const listed = slow
    .slice(0, 8)
    .map((s) => `${s.ms.toFixed(0)} ms at ${(s.atMs / 1000).toFixed(1)} s`)
    .join(', ');
  return (
    `fdatasync of 8 kB every ${DISK_PROBE_INTERVAL_MS} ms in ${directory}: ${syncs.length} syncs, ` +
    `p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} ms, p99 ${at(0.99).toFixed(1)} ms, ` +
    `max ${sorted[sorted.length - 1]!.toFixed(1)} ms` +
    (slow.length > 0 ? `; over ${LISTED_OVER_MS} ms: ${listed}${slow.length > 8 ? ', …' : ''}` : '')
  );
}
