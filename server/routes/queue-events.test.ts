import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import {
  flushQueueEvents,
  NOTIFY_INTERVAL_MS,
  publishQueueEvent,
  QUEUE_CHANNEL,
  type QueueEvent,
  QueueEventHub,
} from '../realtime/queue-events';
import type { TestClient } from '../test/app';
import { buildQueueTestApp, type QueueTestApp, residentId } from './queue-test-kit';

let t: QueueTestApp;
let second: FastifyInstance;
let clerk: TestClient;
let urlA: string;
let urlB: string;

beforeAll(async () => {
  t = await buildQueueTestApp();
  clerk = await t.login({ roles: ['window-clerk'] });
  urlA = await t.app.listen({ port: 0, host: '127.0.0.1' });
  // A second server instance on the same database (its own LISTEN connection).
  second = await buildApp({ services: t.services, serveWeb: false });
  urlB = await second.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await second?.close();
  await t?.close();
});

/** An EventSource-like reader of GET /api/queue/events: collects text, waits for a pattern. */
async function openStream(baseUrl: string) {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/queue/events`, { signal: controller.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let waiters: (() => void)[] = [];
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
        for (const wake of waiters) wake();
        waiters = [];
      }
    } catch {
      // aborted
    }
  })();
  return {
    get text() {
      return text;
    },
    /** Resolves with the data of the first `event: <name>` frame whose data matches `match`. */
    async next(name: string, match: (data: Record<string, unknown>) => boolean, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        for (const block of text.split('\n\n')) {
          const lines = block.split('\n');
          if (lines[0] !== `event: ${name}`) continue;
          const data = JSON.parse(lines.find((l) => l.startsWith('data: '))!.slice(6));
          if (match(data)) return data;
        }
        if (Date.now() > deadline) throw new Error(`no ${name} event in: ${text}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
    close: () => controller.abort(),
  };
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('GET /api/queue/events', () => {
  it('streams the call to the display board of this and of another instance', async () => {
    const onA = await openStream(urlA);
    const onB = await openStream(urlB);
    await until(() => t.app.queueEvents.streamCount === 1 && second.queueEvents.streamCount === 1);
    expect(onA.text).toContain('retry: 3000');
    const issued = (await t.kiosk('consultation', { idNumber: residentId('19540101') })).json();
    await onB.next('board', () => true);
    const windowId = await t.windowId(1);
    t.clockAt('2026-03-16T09:05');
    const called = await clerk.post(`/api/queue/windows/${windowId}/call-next`);
    expect(called.statusCode).toBe(200);
    const expected = {
      ticketNumber: issued.number,
      windowNumber: 1,
      windowName: '法律咨询窗口',
      serviceCode: 'consultation',
      calledAt: '2026-03-16T01:05:00.000Z',
      recall: false,
    };
    expect(await onA.next('call', (d) => d.ticketNumber === issued.number)).toEqual(expected);
    expect(await onB.next('call', (d) => d.ticketNumber === issued.number)).toEqual(expected);
    // A repeated announcement reaches the board as a recall.
    await clerk.post(`/api/queue/tickets/${issued.id}/recall`, { windowId });
    expect(await onB.next('call', (d) => d.recall === true)).toMatchObject({ ticketNumber: issued.number });
    expect(onA.text + onB.text).not.toContain('1502');
    onA.close();
    onB.close();
    await until(() => t.app.queueEvents.streamCount === 0 && second.queueEvents.streamCount === 0);
  });

  it('sends the events published together in one batch, all of them, in order, repeats once', async () => {
    const listener = new pg.Client({ connectionString: t.services.url });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', (message) => {
      if (message.channel === QUEUE_CHANNEL && message.payload) heard.push(message.payload);
    });
    await listener.query(`listen ${QUEUE_CHANNEL}`);
    const calls = Array.from(
      { length: 30 },
      (_, i): QueueEvent => ({
        type: 'call',
        orgId: t.centerId,
        ticketNumber: `Z${String(i + 1).padStart(3, '0')}`,
        windowNumber: 1,
        windowName: '法律咨询窗口',
        serviceCode: 'consultation',
        calledAt: '2026-03-16T01:00:00.000Z',
        recall: false,
      }),
    );
    const board: QueueEvent = { type: 'board', orgId: t.centerId };
    // Published at once (as under load): the second is queued while the first batch is being sent.
    await Promise.all([
      ...calls.map((event) => publishQueueEvent(t.services.db, event)),
      publishQueueEvent(t.services.db, board),
      publishQueueEvent(t.services.db, board),
    ]);
    await until(() => heard.filter((p) => p.includes('"Z030"')).length === 1);
    await until(() => heard.some((p) => p === JSON.stringify(board)));
    const numbers = heard.filter((p) => p.includes('"Z')).map((p) => JSON.parse(p).ticketNumber);
    expect(numbers).toEqual(calls.map((c) => (c as { ticketNumber: string }).ticketNumber));
    // The two boards went in the same batch: PostgreSQL and the outbox keep one.
    expect(heard.filter((p) => p === JSON.stringify(board))).toHaveLength(1);
    await listener.end();
  });

  it('starts NOTIFY transactions at least NOTIFY_INTERVAL_MS apart; the events of the interval go together', async () => {
    const listener = new pg.Client({ connectionString: t.services.url });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', (message) => {
      if (message.channel === QUEUE_CHANNEL && message.payload?.includes('"Y')) heard.push(message.payload);
    });
    await listener.query(`listen ${QUEUE_CHANNEL}`);
    const call = (n: number): QueueEvent => ({
      type: 'call',
      orgId: t.centerId,
      ticketNumber: `Y${String(n).padStart(3, '0')}`,
      windowNumber: 2,
      windowName: '法律援助窗口',
      serviceCode: 'legal-aid',
      calledAt: '2026-03-16T01:00:00.000Z',
      recall: false,
    });
    await flushQueueEvents(t.services.db); // no interval under way from an earlier test
    const started = performance.now();
    await publishQueueEvent(t.services.db, call(1));
    // Published one by one after the first was sent, inside its interval: they wait for its end, together.
    const rest = [2, 3, 4, 5].map((n) => publishQueueEvent(t.services.db, call(n)));
    await Promise.all(rest);
    expect(performance.now() - started).toBeGreaterThanOrEqual(NOTIFY_INTERVAL_MS - 1);
    await until(() => heard.length === 5);
    expect(heard.map((payload) => JSON.parse(payload).ticketNumber)).toEqual([
      'Y001',
      'Y002',
      'Y003',
      'Y004',
      'Y005',
    ]);
    await listener.end();
  });

  it('flushes the events published without awaiting them (as issuing and calling do) before the pool closes', async () => {
    const sent: number[] = [];
    for (let i = 0; i < 20; i++)
      void publishQueueEvent(t.services.db, { type: 'board', orgId: t.centerId }).then(() => sent.push(i));
    expect(sent).toEqual([]);
    await flushQueueEvents(t.services.db);
    expect(sent).toEqual(Array.from({ length: 20 }, (_, i) => i));
    await flushQueueEvents(t.services.db); // nothing pending: resolves at once
  });

  it('reconnects LISTEN after the connection is killed, and tells the boards to refetch', async () => {
    const stream = await openStream(urlB);
    await until(() => second.queueEvents.streamCount === 1);
    const admin = new pg.Client({ connectionString: t.services.url });
    await admin.connect();
    const killed = await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen %'`,
    );
    await admin.end();
    expect(killed.rowCount).toBeGreaterThanOrEqual(2);
    await until(() => second.queueEvents.listening && t.app.queueEvents.listening, 10_000);
    const boards = () => stream.text.split('event: board').length - 1;
    await until(() => boards() >= 1);
    const issued = (await t.kiosk('consultation')).json();
    const windowId = await t.windowId(1);
    t.clockAt('2026-03-16T09:10');
    await clerk.post(`/api/queue/windows/${windowId}/call-next`);
    expect(await stream.next('call', (d) => d.ticketNumber === issued.number)).toMatchObject({
      windowNumber: 1,
    });
    stream.close();
  });

  it('closes an app with open streams without hanging', async () => {
    const extra = await buildApp({ services: t.services, serveWeb: false });
    const url = await extra.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openStream(url);
    await until(() => extra.queueEvents.streamCount === 1);
    const started = Date.now();
    await extra.close();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(extra.queueEvents.listening).toBe(false);
    stream.close();
  });
});

describe('QueueEventHub', () => {
  it('pings every stream and drops a stuck one', async () => {
    const hub = new QueueEventHub(
      { connectionString: t.services.url },
      { warn: () => undefined, info: () => undefined },
      { pingIntervalMs: 20 },
    );
    await hub.start();
    const frames: string[] = [];
    let ended = false;
    hub.subscribe({
      orgId: t.centerId,
      write: (f) => frames.push(f),
      end: () => undefined,
      buffered: () => 0,
    });
    hub.subscribe({
      orgId: t.centerId,
      write: () => undefined,
      end: () => {
        ended = true;
      },
      buffered: () => 2 << 20,
    });
    await until(() => frames.includes(': ping\n\n') && ended);
    hub.dispatch(JSON.stringify({ type: 'board', orgId: 'another-center' }));
    expect(frames.some((f) => f.includes('event: board'))).toBe(false);
    hub.dispatch(JSON.stringify({ type: 'board', orgId: t.centerId }));
    expect(frames).toContain('event: board\ndata: {}\n\n');
    await hub.stop();
    expect(hub.listening).toBe(false);
  });
});
