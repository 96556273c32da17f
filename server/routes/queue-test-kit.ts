import { residentIdCheckChar } from '@core/identity';
import { and, asc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { ticketActions, tickets, windows } from '../db/schema/index';
import { tellListeners } from '../realtime/queue-events';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

/** The hall of the bootstrap data. */
export const CENTER = '包头市公共法律服务中心';

/** A valid resident ID number (GB 11643 check character) born on `birth` (YYYYMMDD). */
export function residentId(birth: string, sequence = '123', division = '150202'): string {
  const body = `${division}${birth}${sequence}`;
  return body + residentIdCheckChar(body);
}

/** Beijing wall-clock time `YYYY-MM-DDTHH:MM[:SS]` as an instant. */
export function beijing(local: string): Date {
  return new Date(`${local}${local.length === 16 ? ':00' : ''}+08:00`);
}

export interface QueueTestApp extends TestApp {
  centerId: string;
  /** Sets `services.now()` to a Beijing wall-clock time. */
  clockAt(local: string): void;
  /** POST /api/queue/tickets as the kiosk (no login). */
  kiosk(serviceCode: string, extra?: Record<string, unknown>): Promise<LightMyRequestResponse>;
  /** The id of the hall's window with this number (bootstrap: 1 consultation … 10 aid-qualification). */
  windowId(number: number): Promise<string>;
  /** Adds a window to the hall. */
  addWindow(number: number, services: string[], status?: string): Promise<string>;
}

/**
 * A test app with the public rate limits off for the loopback address (`LAWHALL_RATE_LIMIT=off`) and the
 * clock on Monday 2026-03-16 09:00 Beijing time.
 */
/** The id of the service center's (CENTER) window `number` in the test database; throws when there is none. */
export async function centerWindowId(t: TestApp, number: number): Promise<string> {
  const centerId = await t.orgId(CENTER);
  const [row] = await t.services.db
    .select({ id: windows.id })
    .from(windows)
    .where(and(eq(windows.orgId, centerId), eq(windows.number, number)));
  if (!row) throw new Error(`no window ${number}`);
  return row.id;
}

export async function buildQueueTestApp(): Promise<QueueTestApp> {
  const previous = process.env.LAWHALL_RATE_LIMIT;
  process.env.LAWHALL_RATE_LIMIT = 'off'; // read when the routes are built
  const t = await buildTestApp();
  if (previous === undefined) delete process.env.LAWHALL_RATE_LIMIT;
  else process.env.LAWHALL_RATE_LIMIT = previous;
  const centerId = await t.orgId(CENTER);
  const clockAt = (local: string) => t.services.clock.set(beijing(local));
  clockAt('2026-03-16T09:00');
  return {
    ...t,
    centerId,
    clockAt,
    kiosk: (serviceCode, extra = {}) =>
      t.app.inject({ method: 'POST', url: '/api/queue/tickets', payload: { serviceCode, ...extra } }),
    windowId: (number) => centerWindowId(t, number),
    async addWindow(number, services, status = 'open') {
      const [row] = await t.services.db
        .insert(windows)
        .values({ orgId: centerId, number, name: `${number}号综合窗口`, services, status })
        .returning({ id: windows.id });
      tellListeners({ type: 'board', orgId: centerId }); // drop the hall's cached windows (queue/hall-load.ts)
      return row!.id;
    },
  };
}

/** The staff of the tests queue-issuing and queue-calling: a window clerk, a receptionist, the admin. */
export async function queueStaff(t: QueueTestApp) {
  const clerk = await t.login({ roles: ['window-clerk'] });
  const reception = await t.login({ roles: ['receptionist'] });
  const admin = await t.login({ roles: ['admin'], orgName: '包头市司法局' });
  return { clerk, reception, admin };
}

/** The ticket calls of those tests, made by `clerk()` unless another client is given. */
export function ticketCalls(clerk: () => TestClient) {
  /** Calls the next ticket at `windowId` and returns the reply. */
  const callNext = (windowId: string, client = clerk()) =>
    client.post(`/api/queue/windows/${windowId}/call-next`);
  const act = (id: string, verb: string, body: Record<string, unknown>, client = clerk()) =>
    client.post(`/api/queue/tickets/${id}/${verb}`, body);
  return { callNext, act };
}

/**
 * A ticket of `serviceCode` issued at the reception desk (`reception`) and called by `caller` to window
 * `windowId`, checked to be the one called; `start` also starts serving it. Returns its id and number.
 */
export async function receptionTicketCalled(
  reception: TestClient,
  caller: TestClient,
  windowId: string,
  serviceCode: string,
  { start = false } = {},
): Promise<{ id: string; number: string }> {
  const issued = await reception.post('/api/queue/reception/tickets', { serviceCode });
  expect(issued.statusCode, issued.body).toBe(201);
  const called = await caller.post(`/api/queue/windows/${windowId}/call-next`);
  expect(called.statusCode, called.body).toBe(200);
  expect(called.json().id).toBe(issued.json().id);
  if (start) {
    const started = await caller.post(`/api/queue/tickets/${issued.json().id}/start`, { windowId });
    expect(started.statusCode, started.body).toBe(200);
  }
  return { id: issued.json().id, number: issued.json().number };
}

/** A ticket's row as stored. */
export async function ticketRow(t: TestApp, id: string) {
  const [row] = await t.services.db.select().from(tickets).where(eq(tickets.id, id));
  if (!row) throw new Error(`no ticket ${id}`);
  return row;
}

/** A ticket's action log as `action→to status`, in order. */
export async function ticketLog(t: TestApp, id: string): Promise<string[]> {
  const rows = await t.services.db
    .select({ action: ticketActions.action, toStatus: ticketActions.toStatus })
    .from(ticketActions)
    .where(eq(ticketActions.ticketId, id))
    .orderBy(asc(ticketActions.id));
  return rows.map((r) => `${r.action}→${r.toStatus}`);
}
