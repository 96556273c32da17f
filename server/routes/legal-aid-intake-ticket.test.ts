import { asc, count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, legalAidMatters, matterNumberSeries } from '../db/schema/index';
import type { TestClient } from '../test/app';
import { apply, buildLegalAidTestApp, type LegalAidTestApp, residentId } from './legal-aid-test-kit';
import {
  centerWindowId,
  receptionTicketCalled,
  ticketLog as ticketLogOf,
  ticketRow as ticketRowOf,
} from './queue-test-kit';

/**
 * An application registered from a queue ticket finishes that ticket in the same transaction: the visit
 * ends with outcome 'matter-opened' and the matter number, or, when the application fails, neither is saved.
 */
let t: LegalAidTestApp;
let reception: TestClient;
let windowId: string;
beforeAll(async () => {
  t = await buildLegalAidTestApp();
  reception = await t.login({ roles: ['receptionist'] });
  windowId = await centerWindowId(t, 2);
});
afterAll(async () => {
  await t?.close();
});

/** A legal-aid ticket issued at the reception desk and called to window 2 (法律援助窗口). */
const calledTicket = () => receptionTicketCalled(reception, t.clerk, windowId, 'legal-aid');
const ticketRow = (id: string) => ticketRowOf(t, id);
const ticketLog = (id: string) => ticketLogOf(t, id);

describe('an application started from a queue ticket', () => {
  it('finishes a called ticket (start, then finish) with the matter linked, in one transaction', async () => {
    t.clockAt('2026-03-16T09:00');
    const ticket = await calledTicket();
    t.clockAt('2026-03-16T09:20');
    const matter = await apply(t.clerk, {
      ticketId: ticket.id,
      applicant: { name: '龚秀兰', idNumber: residentId('19600712', '086', '150203') },
    });
    expect(matter.ticketId).toBe(ticket.id);

    const row = await ticketRow(ticket.id);
    expect(row).toMatchObject({
      status: 'finished',
      outcome: 'matter-opened',
      matterId: matter.number,
      windowId,
    });
    expect(row.startedAt?.toISOString()).toBe('2026-03-16T01:20:00.000Z');
    expect(row.finishedAt?.toISOString()).toBe('2026-03-16T01:20:00.000Z');
    expect(await ticketLog(ticket.id)).toEqual([
      'issue→waiting',
      'call→called',
      'start→serving',
      'finish→finished',
    ]);
    const audits = await t.services.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, ticket.id))
      .orderBy(asc(auditLog.id));
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(['queue.ticket.start', 'queue.ticket.finish']),
    );
    // The window is free for the next citizen, and the console shows the visit ended with the matter.
    const consoleState = await t.clerk.get(`/api/queue/console?windowId=${windowId}`);
    expect(consoleState.statusCode, consoleState.body).toBe(200);
    expect(consoleState.json().current).toBeNull();
  });

  it('finishes a ticket already being served without starting it again', async () => {
    t.clockAt('2026-03-16T10:00');
    const ticket = await calledTicket();
    const started = await t.clerk.post(`/api/queue/tickets/${ticket.id}/start`, { windowId });
    expect(started.statusCode, started.body).toBe(200);
    t.clockAt('2026-03-16T10:25');
    const matter = await apply(t.clerk, {
      ticketId: ticket.id,
      applicant: { name: '梁建华', idNumber: residentId('19720325', '095', '150203') },
    });
    expect(await ticketRow(ticket.id)).toMatchObject({
      status: 'finished',
      outcome: 'matter-opened',
      matterId: matter.number,
    });
    expect(await ticketLog(ticket.id)).toEqual([
      'issue→waiting',
      'call→called',
      'start→serving',
      'finish→finished',
    ]);
  });

  it('saves neither the matter nor the ticket change when finishing the ticket fails', async () => {
    t.clockAt('2026-03-16T11:30');
    const ticket = await calledTicket();
    const before = await ticketRow(ticket.id);
    const [matters] = await t.services.db.select({ n: count() }).from(legalAidMatters);
    const aidSeries = () =>
      t.services.db.select().from(matterNumberSeries).where(like(matterNumberSeries.head, '%法援'));
    const series = await aidSeries();
    // The clerk's clock stands before the call: the ticket cannot be finished at that instant.
    t.clockAt('2026-03-16T11:00');
    const r = await t.clerk.post('/api/legal-aid/applications', {
      ticketId: ticket.id,
      channel: 'window',
      applicant: { name: '钱玉珍', idNumber: residentId('19550101', '104', '150203') },
      facts: '申请人被拖欠工资两个月，请求法律援助。',
      caseKind: 'civil',
      matter: 'labour-relation-or-remuneration',
      hardship: { householdSize: 2, householdMonthlyIncomeYuan: 1500, method: 'commitment' },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('QUEUE.INVALID_PAYLOAD');
    expect(await ticketRow(ticket.id)).toEqual(before);
    const [after] = await t.services.db.select({ n: count() }).from(legalAidMatters);
    expect(after!.n).toBe(matters!.n);
    expect(await aidSeries()).toEqual(series);

    // At the right time the same application goes through and ends the visit.
    t.clockAt('2026-03-16T11:40');
    const matter = await apply(t.clerk, {
      ticketId: ticket.id,
      applicant: { name: '钱玉珍', idNumber: residentId('19550101', '104', '150203') },
    });
    expect((await ticketRow(ticket.id)).matterId).toBe(matter.number);
  });

  it('links but leaves alone a ticket no longer at a window, and refuses an unknown ticket', async () => {
    t.clockAt('2026-03-16T14:00');
    const ticket = await calledTicket();
    await t.clerk.post(`/api/queue/tickets/${ticket.id}/start`, { windowId });
    const finished = await t.clerk.post(`/api/queue/tickets/${ticket.id}/finish`, {
      windowId,
      outcome: 'needs-documents',
    });
    expect(finished.statusCode, finished.body).toBe(200);
    const before = await ticketRow(ticket.id);
    t.clockAt('2026-03-16T14:30');
    const matter = await apply(t.clerk, {
      ticketId: ticket.id,
      applicant: { name: '易国平', idNumber: residentId('19830818', '113', '150203') },
    });
    expect(matter.ticketId).toBe(ticket.id);
    expect(await ticketRow(ticket.id)).toEqual(before);

    const unknown = await t.clerk.post('/api/legal-aid/applications', {
      ticketId: crypto.randomUUID(),
      channel: 'window',
      applicant: { name: '易国平', idNumber: residentId('19830818', '113', '150203') },
      facts: '申请人被拖欠工资两个月，请求法律援助。',
      caseKind: 'civil',
      matter: 'labour-relation-or-remuneration',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'LEGAL_AID.UNKNOWN_TICKET', field: 'ticketId' });
  });
});
