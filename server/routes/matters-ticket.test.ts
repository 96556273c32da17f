/**
 * A window matter registered from the queue ticket being served (叫号工作台 登记事项): the matter takes the
 * ticket's number, and the same transaction finishes the ticket with outcome 'matter-opened' and the
 * matter number — or, when the matter is refused, neither is saved.
 */
import { asc, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, matters } from '../db/schema/index';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';
import {
  centerWindowId,
  receptionTicketCalled,
  ticketLog as ticketLogOf,
  ticketRow as ticketRowOf,
} from './queue-test-kit';

let t: TestApp;
let reception: TestClient;
let mediator: TestClient;
let windowId: string;
const clockAt = (local: string) => t.services.clock.set(new Date(`${local}:00+08:00`));
const mediationPayload = {
  initiatedBy: 'party',
  applicants: 'both',
  disputeKind: 'neighbour',
  facts: '楼上装修噪音扰民，双方协商未果',
};

beforeAll(async () => {
  t = await buildTestApp();
  reception = await t.login({ roles: ['receptionist'] });
  mediator = await t.login({ roles: ['mediator'] });
  windowId = await centerWindowId(t, 3);
});
afterAll(async () => {
  await t?.close();
});

/** A mediation ticket issued at reception, called to window 3 (人民调解窗口) and being served. */
const servedTicket = () => receptionTicketCalled(reception, mediator, windowId, 'mediation', { start: true });
const ticketRow = (id: string) => ticketRowOf(t, id);
const ticketLog = (id: string) => ticketLogOf(t, id);
const matterCount = async () => (await t.services.db.select({ n: count() }).from(matters))[0]!.n;

describe('a window matter registered from the ticket being served', () => {
  it('finishes the ticket with the matter linked, in the same transaction', async () => {
    clockAt('2026-03-16T09:00');
    const ticket = await servedTicket();
    clockAt('2026-03-16T09:30');
    const r = await mediator.post('/api/matters', {
      service: 'mediation',
      ticketId: ticket.id,
      payload: mediationPayload,
    });
    expect(r.statusCode, r.body).toBe(201);
    const { item } = r.json() as { item: { id: string; number: string; ticketNumber: string | null } };
    expect(item.number).toMatch(/调〔2026〕第\d{4}号$/);
    expect(item.ticketNumber).toBe(ticket.number);

    const row = await ticketRow(ticket.id);
    expect(row).toMatchObject({
      status: 'finished',
      outcome: 'matter-opened',
      matterId: item.number,
      windowId,
      note: `登记事项 ${item.number}`,
    });
    expect(row.finishedAt?.toISOString()).toBe('2026-03-16T01:30:00.000Z');
    expect(await ticketLog(ticket.id)).toEqual([
      'issue→waiting',
      'call→called',
      'start→serving',
      'finish→finished',
    ]);
    const audits = await t.services.db
      .select({ action: auditLog.action, entityId: auditLog.entityId })
      .from(auditLog)
      .where(eq(auditLog.actorId, mediator.userId))
      .orderBy(asc(auditLog.id));
    expect(audits.slice(-2)).toEqual([
      { action: 'matter.open', entityId: item.id },
      { action: 'queue.ticket.finish', entityId: ticket.id },
    ]);
    // The window is free for the next citizen.
    const consoleState = await mediator.get(`/api/queue/console?windowId=${windowId}`);
    expect(consoleState.statusCode, consoleState.body).toBe(200);
    expect(consoleState.json().current).toBeNull();
  });

  it('saves neither the matter nor the ticket change when the matter is refused', async () => {
    clockAt('2026-03-16T10:00');
    const ticket = await servedTicket();
    const before = await ticketRow(ticket.id);
    const matterTotal = await matterCount();
    const r = await mediator.post('/api/matters', {
      service: 'mediation',
      ticketId: ticket.id,
      payload: { ...mediationPayload, facts: undefined },
    });
    expect(r.statusCode).toBe(400);
    expect(await ticketRow(ticket.id)).toEqual(before);
    expect(await matterCount()).toBe(matterTotal);
  });

  it('refuses a ticket that does not exist or lies outside the staff member’s organisation', async () => {
    const matterTotal = await matterCount();
    const unknown = await mediator.post('/api/matters', {
      service: 'mediation',
      ticketId: '00000000-0000-4000-8000-000000000000',
      payload: mediationPayload,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'MATTER.UNKNOWN_TICKET', field: 'ticketId' });

    clockAt('2026-03-16T10:30');
    const ticket = await servedTicket();
    const district = await t.login({ roles: ['mediator'], orgName: '东河区司法局' });
    const outside = await district.post('/api/matters', {
      service: 'mediation',
      ticketId: ticket.id,
      payload: mediationPayload,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().code).toBe('MATTER.UNKNOWN_TICKET');
    expect((await ticketRow(ticket.id)).status).toBe('serving');
    expect(await matterCount()).toBe(matterTotal);

    const bad = await mediator.post('/api/matters', {
      service: 'mediation',
      ticketId: 'C001',
      payload: mediationPayload,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('ticketId');
  });
});
