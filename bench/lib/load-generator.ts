import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon, { type Result } from 'autocannon';
import { type Dispatcher, Pool } from 'undici';
import type { LoadMessage, LoadRequest } from './measure';

/**
 * The load generator, forked by measure(): a process of its own, so that autocannon does not share the event
 * loop (or the garbage collector) of the servers it measures. Gets one LoadRequest over IPC, warms up, then
 * measures, recording every 2xx response time exactly (autocannon's own histogram has 1 ms resolution).
 */

function run(request: LoadRequest, seconds: number, onResponse?: (status: number, ms: number) => void) {
  return new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        method: request.method,
        headers: request.headers,
        ...(request.body === undefined ? {} : { body: request.body }),
        ...(request.bodies === undefined ? {} : { requests: request.bodies.map((body) => ({ body })) }),
        // Each connection sends to the URLs in turn (paths of the same host).
        ...(request.urls === undefined
          ? {}
          : { requests: request.urls.map((url) => ({ path: new URL(url).pathname + new URL(url).search })) }),
        connections: request.connections,
        duration: seconds,
        timeout: 10,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (onResponse) {
      instance.on('response', (_client, status, _bytes, ms) => onResponse(status, ms));
      instance.on('tick', () => send({ type: 'tick' }));
    }
  });
}

interface PacedResult {
  requestsPerSecond: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

/**
 * An open-loop generator for a target rate: request i is due at start + i / rate, whatever the responses
 * before it, over a keep-alive pool of `connections` sockets (undici); each latency runs from the request's
 * DUE time to its response's end, so time queued behind a slow server (or a busy socket pool) counts (no
 * coordinated omission). With `urls`, request i goes to urls[i mod n] (one process paces them all: one
 * generator per URL would be several processes competing with the server for the cores). autocannon's
 * `overallRate` is not used for this: it sends each second's quota back to back at the start of the second
 * and then idles, i.e. it measures bursts at full saturation, not a steady rate.
 */
function paced(
  request: LoadRequest & { rate: number },
  seconds: number,
  onResponse?: (status: number, ms: number, dueMs: number) => void,
): Promise<PacedResult> {
  const targets = (request.urls ?? [request.url]).map((url) => new URL(url));
  // undici's pool: less CPU per request than node:http's agent (335 against 426 µs at 500/s on the dev VM),
  // so the generator takes less of the cores it shares with the server it measures.
  const pool = new Pool(targets[0]!.origin, {
    connections: request.connections,
    headersTimeout: 10_000,
    bodyTimeout: 10_000,
  });
  const bodies = (request.bodies ?? (request.body === undefined ? [] : [request.body])).map((b) =>
    Buffer.from(b),
  );
  const interval = 1000 / request.rate;
  const result: PacedResult = {
    requestsPerSecond: 0,
    total: 0,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    statusCodes: {},
  };
  let inFlight = 0;
  let finishedSending = false;
  return new Promise((resolve) => {
    const settle = () => {
      if (!finishedSending || inFlight > 0) return;
      void pool.close();
      result.requestsPerSecond = result.total / seconds;
      resolve(result);
    };
    const fire = (due: number, index: number) => {
      const body = bodies.length === 0 ? undefined : bodies[index % bodies.length];
      const target = targets[index % targets.length] as URL;
      inFlight += 1;
      const done = (status: number | null) => {
        inFlight -= 1;
        result.total += 1;
        if (status === null) result.errors += 1;
        else {
          result.statusCodes[String(status)] = (result.statusCodes[String(status)] ?? 0) + 1;
          if (status < 200 || status >= 300) result.non2xx += 1;
          onResponse?.(status, performance.now() - due, due - start);
        }
        settle();
      };
      pool
        .request({
          path: target.pathname + target.search,
          method: request.method as Dispatcher.HttpMethod,
          headers: request.headers,
          ...(body === undefined ? {} : { body }),
        })
        .then(
          async (response) => {
            await response.body.dump();
            done(response.statusCode);
          },
          (error: { code?: string }) => {
            if (error.code === 'UND_ERR_HEADERS_TIMEOUT' || error.code === 'UND_ERR_BODY_TIMEOUT')
              result.timeouts += 1;
            done(null);
          },
        );
    };
    const start = performance.now();
    const end = start + seconds * 1000;
    let sent = 0;
    let nextTick = start + 1000;
    const pump = () => {
      const now = performance.now();
      while (start + sent * interval <= now && start + sent * interval < end) {
        fire(start + sent * interval, sent);
        sent += 1;
      }
      if (onResponse && now >= nextTick) {
        send({ type: 'tick' });
        nextTick += 1000;
      }
      if (start + sent * interval >= end) {
        finishedSending = true;
        settle();
        return;
      }
      setTimeout(pump, Math.max(0, start + sent * interval - performance.now() - 0.5));
    };
    pump();
  });
}

function send(message: LoadMessage): void {
  process.send?.(message);
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

process.once('message', (request: LoadRequest) => {
  void (async () => {
    try {
      const rate = request.rate;
      const load = (seconds: number, onResponse?: (status: number, ms: number, dueMs?: number) => void) =>
        rate === undefined
          ? run(request, seconds, onResponse).then((r) => ({
              requestsPerSecond: r.requests.average,
              total: r.requests.total,
              non2xx: r.non2xx,
              errors: r.errors,
              timeouts: r.timeouts,
              statusCodes: Object.fromEntries(
                Object.entries(r.statusCodeStats).map(([code, c]) => [code, c.count]),
              ),
            }))
          : paced({ ...request, rate }, seconds, onResponse);
      if (request.warmupSeconds > 0) await load(request.warmupSeconds);
      send({ type: 'measuring' });
      const cpuBefore = process.cpuUsage();
      // This process's own stalls while measuring: a request it sends late counts as the server's latency.
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      let latencies = new Float64Array(1 << 16);
      let count = 0;
      const trace: string[] = [];
      // The row's start as wall-clock time (paced() takes its start synchronously in this call), so a request's
      // due time can be set beside other logs of the machine (PostgreSQL's, a stall probe's).
      const startEpochMs = performance.timeOrigin + performance.now();
      const result = await load(request.seconds, (status, ms, dueMs) => {
        if (request.latencyFile && dueMs !== undefined)
          trace.push(
            `${dueMs.toFixed(1)}\t${(startEpochMs + dueMs).toFixed(0)}\t${ms.toFixed(2)}\t${status}`,
          );
        if (status < 200 || status >= 300) return;
        if (count === latencies.length) {
          const grown = new Float64Array(latencies.length * 2);
          grown.set(latencies);
          latencies = grown;
        }
        latencies[count++] = ms;
      });
      const cpu = process.cpuUsage(cpuBefore);
      if (request.latencyFile) {
        mkdirSync(path.dirname(request.latencyFile), { recursive: true });
        writeFileSync(request.latencyFile, ['due_ms\tdue_epoch_ms\tlatency_ms\tstatus', ...trace].join('\n'));
      }
      loop.disable();
      const sorted = latencies.subarray(0, count).sort();
      send({
        type: 'result',
        requestsPerSecond: result.requestsPerSecond,
        ok: count,
        total: result.total,
        p50: percentile(sorted, 0.5),
        p99: percentile(sorted, 0.99),
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        statusCodes: result.statusCodes,
        generatorCpuMs: (cpu.user + cpu.system) / 1000,
        generatorLoopMaxMs: loop.max / 1e6,
      });
    } catch (error) {
      send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
// The parent went away (finished, or killed): nothing left to do.
process.on('disconnect', () => process.exit(0));
