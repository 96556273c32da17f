import http from 'node:http';
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
        ...(request.bodies === undefined ? {} : { requests: request.bodies.map((body) => ({ body })) }),
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
 * before it, over a keep-alive pool of `connections` sockets; each latency runs from the request's DUE time
 * to its response's end, so time queued behind a slow server (or a busy socket pool) counts (no coordinated
 * omission). autocannon's `overallRate` is not used for this: it sends each second's quota back to back at
 * the start of the second and then idles, i.e. it measures bursts at full saturation, not a steady rate.
 */
function paced(
  request: LoadRequest & { rate: number },
  seconds: number,
  onResponse?: (status: number, ms: number) => void,
): Promise<PacedResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: request.connections });
  const target = new URL(request.url);
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
      agent.destroy();
      result.requestsPerSecond = result.total / seconds;
      resolve(result);
    };
    const fire = (due: number, index: number) => {
      const body = bodies.length === 0 ? undefined : bodies[index % bodies.length];
      const headers = { ...request.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
      inFlight += 1;
      const done = (status: number | null) => {
        inFlight -= 1;
        result.total += 1;
        if (status === null) result.errors += 1;
        else {
          result.statusCodes[String(status)] = (result.statusCodes[String(status)] ?? 0) + 1;
          if (status < 200 || status >= 300) result.non2xx += 1;
          onResponse?.(status, performance.now() - due);
        }
        settle();
      };
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method: request.method,
          headers,
          agent,
          timeout: 10_000,
        },
        (res) => {
          res.resume();
          res.on('end', () => done(res.statusCode ?? 0));
          res.on('error', () => done(null));
        },
      );
      req.on('timeout', () => {
        result.timeouts += 1;
        req.destroy();
      });
      req.on('error', () => done(null));
      req.end(body);
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
      const load = (seconds: number, onResponse?: (status: number, ms: number) => void) =>
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
      let latencies = new Float64Array(1 << 16);
      let count = 0;
      const result = await load(request.seconds, (status, ms) => {
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
        requestsPerSecond: result.requestsPerSecond,
        ok: count,
        total: result.total,
        p50: percentile(sorted, 0.5),
        p99: percentile(sorted, 0.99),
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        statusCodes: result.statusCodes,
      });
    } catch (error) {
      send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
// The parent went away (finished, or killed): nothing left to do.
process.on('disconnect', () => process.exit(0));
