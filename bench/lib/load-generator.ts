import autocannon, { type Result } from 'autocannon';
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
        connections: request.connections,
        ...(request.rate === undefined ? {} : { overallRate: request.rate }),
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
      if (request.warmupSeconds > 0) await run(request, request.warmupSeconds);
      let latencies = new Float64Array(1 << 16);
      let count = 0;
      const result = await run(request, request.seconds, (status, ms) => {
        if (status < 200 || status >= 300) return;
        if (count === latencies.length) {
          const grown = new Float64Array(latencies.length * 2);
          grown.set(latencies);
          latencies = grown;
        }
        latencies[count++] = ms;
      });
      const sorted = latencies.subarray(0, count).sort();
      send({
        type: 'result',
        requestsPerSecond: result.requests.average,
        ok: count,
        total: result.requests.total,
        p50: percentile(sorted, 0.5),
        p99: percentile(sorted, 0.99),
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        statusCodes: Object.fromEntries(
          Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]),
        ),
      });
    } catch (error) {
      send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
// The parent went away (finished, or killed): nothing left to do.
process.on('disconnect', () => process.exit(0));
