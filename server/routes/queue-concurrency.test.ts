import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketActions, tickets } from '../db/schema/index';
import type { TestClient } from '../test/app';
import { buildQueueTestApp, type QueueTestApp } from './queue-test-kit';

let t: QueueTestApp;
let clerks: TestClient[];

beforeAll(async () => {
  t = await buildQueueTestApp();
  clerks = await Promise.all(Array.from({ length: 4 }, () => t.login({ roles: ['window-clerk'] })));
});
afterAll(async () => {
  await t?.close();
});

describe('call-next under contention', () => {
  it('calls each of 100 tickets exactly once when 20 consoles send 200 calls at once', async () => {
    const windowIds: string[] = [];
    for (let i = 0; i < 20; i++) windowIds.push(await t.addWindow(101 + i, ['mediation']));
    const issued = new Set<string>();
    for (let i = 0; i < 100; i++) {
      t.clockAt(`2026-03-16T09:${String(Math.floor(i / 2)).padStart(2, '0')}`);
      const reply = await t.kiosk('mediation');
      expect(reply.statusCode).toBe(201);
      issued.add(reply.json().id);
    }
    t.clockAt('2026-03-16T10:00');
    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const clerk = clerks[i % clerks.length]!;
        return clerk.post(`/api/queue/windows/${windowIds[i % windowIds.length]}/call-next`);
      }),
    );
    const ok = replies.filter((r) => r.statusCode === 200).map((r) => r.json());
    const empty = replies.filter((r) => r.statusCode === 404 && r.json().code === 'QUEUE.EMPTY');
    expect([ok.length, empty.length]).toEqual([100, 100]);
    const calledIds = ok.map((ticket) => ticket.id);
    expect(new Set(calledIds).size).toBe(100);
    expect(new Set(calledIds)).toEqual(issued);

    const rows = await t.services.db.select().from(tickets).where(eq(tickets.serviceCode, 'mediation'));
    expect(rows.every((row) => row.status === 'called' && row.version === 2)).toBe(true);
    const calls = await t.services.db.select().from(ticketActions).where(eq(ticketActions.action, 'call'));
    expect(calls).toHaveLength(100);
    expect(new Set(calls.map((c) => c.ticketId)).size).toBe(100);
    // Each window called at most 10 (it got 10 requests) and the ticket went to the window that called it.
    for (const ticket of ok) expect(windowIds).toContain(ticket.windowId);
  }, 60_000);

  it('lets exactly one of two consoles start the same ticket', async () => {
    const windowId = await t.windowId(3);
    while ((await clerks[0]!.post(`/api/queue/windows/${windowId}/call-next`)).statusCode === 200);
    await t.kiosk('mediation');
    const called = (await clerks[0]!.post(`/api/queue/windows/${windowId}/call-next`)).json();
    const results = await Promise.all(
      clerks.map((clerk) => clerk.post(`/api/queue/tickets/${called.id}/start`, { windowId })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409]);
    expect(
      results.filter((r) => r.statusCode === 409).every((r) => r.json().code === 'QUEUE.INVALID_TRANSITION'),
    ).toBe(true);
  });

  it('never issues the same number twice to 50 simultaneous kiosks', async () => {
    t.clockAt('2026-03-16T14:00');
    const replies = await Promise.all(Array.from({ length: 50 }, () => t.kiosk('publicity')));
    expect(replies.every((r) => r.statusCode === 201)).toBe(true);
    const numbers = replies.map((r) => r.json().number).sort();
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => `I${String(i + 1).padStart(3, '0')}`));
  });
});
