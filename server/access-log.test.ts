import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { buildTestApp, type TestApp } from './test/app';

let t: TestApp;
let app: FastifyInstance;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  // The same services, an app with a logger (the test kit's app has none).
  app = await buildApp({
    services: t.services,
    serveWeb: false,
    loggerInstance: pino({ level: 'info' }, sink),
  });
});
afterAll(async () => {
  await app?.close();
  await t?.close();
});

/** The log lines of requests to `url`. */
const linesOf = (url: string) =>
  lines.filter((line) => (line.req as { url?: string } | undefined)?.url === url);

describe('access log', () => {
  it('writes one line per answered request: method, URL, client, status and response time', async () => {
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const response = await fetch(`${base}/api/health?probe=1`);
    expect(response.status).toBe(200);
    const logged = linesOf('/api/health?probe=1');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { method: 'GET', url: '/api/health?probe=1', remoteAddress: '127.0.0.1' },
      res: { statusCode: 200 },
    });
    expect(typeof logged[0]?.responseTime).toBe('number');
    expect(typeof logged[0]?.reqId).toBe('string');
    expect(lines.some((line) => line.msg === 'incoming request')).toBe(false);
  });

  it('logs a refused request once, with its status', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/queue/tickets',
      payload: { serviceCode: 'nope' },
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    const logged = linesOf('/api/queue/tickets');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ msg: 'request completed', res: { statusCode: response.statusCode } });
  });
});
