/**
 * Calling and serving queue tickets over HTTP: the call order, refusals, every ticket transition (no-shows,
 * recalls, requeues, transfers), then the display board, day statistics, metrics and settings on the tickets
 * those tests leave behind (keep them in one file).
 */
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, ticketActions } from '../db/schema/index';
import type { TestClient } from '../test/app';
import { buildQueueTestApp, type QueueTestApp, queueStaff, residentId, ticketCalls } from './queue-test-kit';

let t: QueueTestApp;
let clerk: TestClient;
let reception: TestClient;
let admin: TestClient;
let w1: string; // consultation
let w2: string; // legal-aid
const { callNext, act } = ticketCalls(() => clerk);

beforeAll(async () => {
  t = await buildQueueTestApp();
  ({ clerk, reception, admin } = await queueStaff(t));
  w1 = await t.windowId(1);
  w2 = await t.windowId(2);
});
afterAll(async () => {
  await t?.close();
});

describe('calling', () => {
  it('calls priority first, and an aged normal ticket before later priority tickets', async () => {
    // Settings: a normal ticket is aged after 10 minutes.
    const settings = (await admin.get('/api/queue/settings')).json();
    await admin.put('/api/queue/settings', { ...settings, centerId: undefined, agingLimitMinutes: 10 });
    const w5 = await t.windowId(5); // lawyer
    t.clockAt('2026-03-16T10:00');
    const n1 = (await t.kiosk('lawyer')).json();
    t.clockAt('2026-03-16T10:05');
    const p1 = (await t.kiosk('lawyer', { idNumber: residentId('19500101', '222') })).json();
    expect(p1.priority).toBe(true);
    t.clockAt('2026-03-16T10:06');
    expect((await callNext(w5)).json().number).toBe(p1.number); // N1 waited 6 min: not aged
    t.clockAt('2026-03-16T10:07');
    const p2 = (await t.kiosk('lawyer', { idNumber: residentId('19500101', '333') })).json();
    t.clockAt('2026-03-16T10:11');
    const console = (await clerk.get(`/api/queue/console?windowId=${w5}`)).json();
    expect(console.waiting.map((x: { number: string }) => x.number)).toEqual([n1.number, p2.number]);
    expect((await callNext(w5)).json().number).toBe(n1.number); // N1 waited 11 min: aged, queued before P2
    expect((await callNext(w5)).json().number).toBe(p2.number);
    const empty = await callNext(w5);
    expect([empty.statusCode, empty.json().code]).toEqual([404, 'QUEUE.EMPTY']);
    await admin.put('/api/queue/settings', {
      ...settings,
      centerId: undefined,
      version: settings.version + 1,
    });
    t.clockAt('2026-03-16T09:00');
  });

  it('refuses a paused window, an actor who may not serve, and a window out of scope', async () => {
    const w6 = await t.windowId(6);
    const paused = await clerk.post(`/api/queue/windows/${w6}/pause`, { reason: '临时离开' });
    expect(paused.json()).toMatchObject({ status: 'paused' });
    const refused = await callNext(w6);
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'QUEUE.WINDOW_NOT_OPEN']);
    expect((await clerk.post(`/api/queue/windows/${w6}/resume`)).json().status).toBe('open');
    expect((await callNext(w6, reception)).statusCode).toBe(403);
    const county = await t.login({ roles: ['window-clerk'], orgName: '东河区司法局' });
    expect((await callNext(w6, county)).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/queue/windows/${w6}/call-next` })).statusCode,
    ).toBe(401);
  });
});

describe('ticket transitions', () => {
  /** A fresh legal-aid ticket called to window 2. */
  async function calledTicket() {
    while ((await callNext(w2)).statusCode === 200); // earlier tickets of this file
    const issued = (await t.kiosk('legal-aid')).json();
    const called = await callNext(w2);
    expect(called.json()).toMatchObject({ id: issued.id, status: 'called', windowId: w2, windowNumber: 2 });
    return called.json();
  }

  it('serves a ticket from call to finish and records the times', async () => {
    t.clockAt('2026-03-16T09:10');
    while ((await callNext(w2)).statusCode === 200);
    const issued = (await t.kiosk('legal-aid')).json();
    t.clockAt('2026-03-16T09:20');
    const called = (await callNext(w2)).json();
    expect(called).toMatchObject({
      id: issued.id,
      status: 'called',
      calledAt: '2026-03-16T01:20:00.000Z',
      firstCalledAt: '2026-03-16T01:20:00.000Z',
    });
    t.clockAt('2026-03-16T09:21');
    const started = (await act(issued.id, 'start', { windowId: w2 })).json();
    expect(started).toMatchObject({
      status: 'serving',
      startedAt: '2026-03-16T01:21:00.000Z',
      availableActions: ['finish', 'transfer'],
    });
    t.clockAt('2026-03-16T09:50');
    const finished = await act(issued.id, 'finish', {
      windowId: w2,
      outcome: 'matter-opened',
      matterId: '包法援〔2026〕第0001号',
      note: '已受理',
    });
    expect(finished.json()).toMatchObject({
      status: 'finished',
      outcome: 'matter-opened',
      matterId: '包法援〔2026〕第0001号',
      note: '已受理',
      issuedAt: '2026-03-16T01:10:00.000Z',
      finishedAt: '2026-03-16T01:50:00.000Z',
      availableActions: [],
    });
    const log = await t.services.db
      .select()
      .from(ticketActions)
      .where(eq(ticketActions.ticketId, issued.id))
      .orderBy(asc(ticketActions.id));
    expect(log.map((a) => [a.action, a.fromStatus, a.toStatus])).toEqual([
      ['issue', null, 'waiting'],
      ['call', 'waiting', 'called'],
      ['start', 'called', 'serving'],
      ['finish', 'serving', 'finished'],
    ]);
    expect(log.slice(1).every((a) => a.actorId === clerk.userId)).toBe(true);
    const audits = await t.services.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, issued.id))
      .orderBy(asc(auditLog.id));
    expect(audits.map((a) => a.action)).toEqual([
      'queue.ticket.issue',
      'queue.ticket.call',
      'queue.ticket.start',
      'queue.ticket.finish',
    ]);
    t.clockAt('2026-03-16T09:00');
  });

  it('refuses transitions the status does not allow, at another window, or on a stale version', async () => {
    while ((await callNext(w2)).statusCode === 200);
    const waiting = (await t.kiosk('legal-aid')).json();
    const early = await act(waiting.id, 'start', { windowId: w2 });
    expect(early.statusCode).toBe(409);
    expect(['QUEUE.WRONG_WINDOW', 'QUEUE.INVALID_TRANSITION']).toContain(early.json().code);
    const called = (await callNext(w2)).json();
    expect(called.id).toBe(waiting.id);
    const elsewhere = await act(called.id, 'start', { windowId: w1 });
    expect([elsewhere.statusCode, elsewhere.json().code]).toEqual([409, 'QUEUE.WRONG_WINDOW']);
    const finishEarly = await act(called.id, 'finish', { windowId: w2, outcome: 'resolved' });
    expect(finishEarly.statusCode).toBe(409);
    expect(finishEarly.json()).toMatchObject({
      code: 'QUEUE.INVALID_TRANSITION',
      message: '当前状态为“已叫号”，不能办结',
    });
    const stale = await act(called.id, 'start', { windowId: w2, version: called.version - 1 });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'COMMON.STALE_VERSION']);
    const noOutcome = await act(called.id, 'finish', { windowId: w2 });
    expect([noOutcome.statusCode, noOutcome.json().field]).toEqual([400, 'outcome']);
    const started = await act(called.id, 'start', { windowId: w2, version: called.version });
    expect(started.statusCode).toBe(200);
    const twice = await act(called.id, 'start', { windowId: w2 });
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'QUEUE.INVALID_TRANSITION']);
    const cancel = await act(called.id, 'cancel', { reason: 'citizen-request' });
    expect(cancel.statusCode).toBe(409);
    expect((await act(called.id, 'finish', { windowId: w2, outcome: 'resolved' })).statusCode).toBe(200);
    const missing = await act('00000000-0000-4000-8000-000000000000', 'start', { windowId: w2 });
    expect([missing.statusCode, missing.json().code]).toEqual([404, 'QUEUE.TICKET_NOT_FOUND']);
  });

  it('gives a no-show maxRecalls second chances, then closes it', async () => {
    const ticket = await calledTicket();
    let current = (await act(ticket.id, 'no-show', { windowId: w2 })).json();
    expect(current).toMatchObject({ status: 'no-show', availableActions: ['recall', 'requeue', 'close'] });
    const console = (await clerk.get(`/api/queue/console?windowId=${w2}`)).json();
    expect(console.noShows.map((x: { id: string }) => x.id)).toContain(ticket.id);
    for (const recallCount of [1, 2]) {
      current = (await act(ticket.id, 'recall', { windowId: w2 })).json();
      expect(current).toMatchObject({ status: 'called', recallCount });
      current = (await act(ticket.id, 'no-show', { windowId: w2 })).json();
    }
    expect(current).toMatchObject({ status: 'closed', noShowCount: 3, recallCount: 2, availableActions: [] });
    const again = await act(ticket.id, 'recall', { windowId: w2 });
    expect(again.json()).toMatchObject({ code: 'QUEUE.INVALID_TRANSITION' });
  });

  it('repeats the announcement of a called ticket without spending a recall', async () => {
    const ticket = await calledTicket();
    const announced = (await act(ticket.id, 'recall', { windowId: w2 })).json();
    expect(announced).toMatchObject({ status: 'called', recallCount: 0, version: ticket.version });
    const log = await t.services.db
      .select()
      .from(ticketActions)
      .where(eq(ticketActions.ticketId, ticket.id))
      .orderBy(asc(ticketActions.id));
    expect(log.map((a) => a.action)).toEqual(['issue', 'call', 'announce']);
    await act(ticket.id, 'cancel', { reason: 'citizen-request', note: '当事人离开' });
  });

  it('requeues a no-show at the back, and closes or cancels tickets', async () => {
    t.clockAt('2026-03-16T09:00');
    const ticket = await calledTicket();
    await act(ticket.id, 'no-show', { windowId: w2 });
    t.clockAt('2026-03-16T09:30');
    const requeued = (await act(ticket.id, 'requeue', {})).json();
    expect(requeued).toMatchObject({
      status: 'waiting',
      recallCount: 1,
      queuedAt: '2026-03-16T01:30:00.000Z',
      windowId: null,
    });
    const cancelled = (await act(ticket.id, 'cancel', { reason: 'citizen-request' })).json();
    expect(cancelled.status).toBe('cancelled');
    const other = await calledTicket();
    await act(other.id, 'no-show', { windowId: w2 });
    const closed = (await act(other.id, 'close', { reason: 'end-of-day' })).json();
    expect(closed.status).toBe('closed');
    t.clockAt('2026-03-16T09:00');
  });

  it('transfers a ticket to another service and keeps its place', async () => {
    t.clockAt('2026-03-16T11:00');
    const legalAid = (await t.kiosk('legal-aid')).json();
    t.clockAt('2026-03-16T11:02');
    const consult = (await t.kiosk('consultation')).json();
    t.clockAt('2026-03-16T11:03');
    // Legal-aid tickets issued earlier in this file may still wait ahead of this one: call until it comes.
    let called = await callNext(w2);
    while (called.json().id !== legalAid.id) called = await callNext(w2);
    const noReason = await act(legalAid.id, 'transfer', { serviceCode: 'consultation' });
    expect([noReason.statusCode, noReason.json().field]).toEqual([400, 'reason']);
    const unknown = await act(legalAid.id, 'transfer', { serviceCode: 'nothing', reason: 'x' });
    expect(unknown.json()).toMatchObject({ code: 'QUEUE.UNKNOWN_SERVICE', field: 'serviceCode' });
    const moved = await act(legalAid.id, 'transfer', { serviceCode: 'consultation', reason: '仅需法律咨询' });
    expect(moved.json()).toMatchObject({
      number: legalAid.number,
      serviceCode: 'consultation',
      status: 'waiting',
      queuedAt: '2026-03-16T03:00:00.000Z',
      transferCount: 1,
    });
    const console = (await clerk.get(`/api/queue/console?windowId=${w1}`)).json();
    const order = console.waiting.map((x: { id: string }) => x.id);
    expect(order.indexOf(legalAid.id)).toBeLessThan(order.indexOf(consult.id));
    const audit = await t.services.db.select().from(auditLog).where(eq(auditLog.entityId, legalAid.id));
    expect(audit.find((a) => a.action === 'queue.ticket.transfer')?.reason).toBe('仅需法律咨询');
    t.clockAt('2026-03-16T09:00');
  });

  it('lets only the target window call a ticket transferred to it', async () => {
    const w7 = await t.windowId(7); // appraisal
    const extra = await t.addWindow(40, ['appraisal']);
    while ((await callNext(w7)).statusCode === 200);
    const ticket = (await t.kiosk('appraisal')).json();
    await callNext(w7);
    const moved = await act(ticket.id, 'transfer', { windowId: extra, reason: '由40号窗口专人办理' });
    expect(moved.json()).toMatchObject({ status: 'waiting', windowId: extra, windowNumber: 40 });
    expect((await callNext(w7)).statusCode).toBe(404);
    expect((await callNext(extra)).json().id).toBe(ticket.id);
    const wrong = await act(ticket.id, 'transfer', { windowId: w1, reason: 'x' });
    expect(wrong.json()).toMatchObject({ code: 'QUEUE.WINDOW_SERVICE_MISMATCH', field: 'windowId' });
  });
});

describe('display, statistics and settings', () => {
  it('shows the current calls on the public display board without personal data', async () => {
    const w4 = await t.windowId(4);
    while ((await callNext(w4)).statusCode === 200);
    t.clockAt('2026-03-16T11:30');
    const id = residentId('19620303', '777');
    const issued = (await t.kiosk('notarization', { idNumber: id })).json();
    expect((await callNext(w4)).json().id).toBe(issued.id);
    const board = await t.app.inject({ method: 'GET', url: '/api/queue/display' });
    expect(board.statusCode).toBe(200);
    const body = board.json();
    expect(body.businessDate).toBe('2026-03-16');
    const window4 = body.windows.find((w: { number: number }) => w.number === 4);
    expect(window4).toMatchObject({
      status: 'open',
      current: { ticketNumber: issued.number, serviceCode: 'notarization' },
      partyMember: false,
    });
    expect(window4.staffName).toMatch(/^测试/);
    expect(body.recentCalls[0]).toMatchObject({ ticketNumber: issued.number, windowNumber: 4 });
    expect(
      body.waiting.find((w: { serviceCode: string }) => w.serviceCode === 'consultation').count,
    ).toBeGreaterThan(0);
    expect(board.body).not.toContain(`${id.slice(-4)}"`);
    expect(board.body).not.toMatch(/\*\*\*\*/);

    // The clerk moves on to window 1 and calls there: shown at window 1 only, no longer at window 4.
    t.clockAt('2026-03-16T11:35');
    expect((await callNext(await t.windowId(1))).statusCode).toBe(200);
    const after = (await t.app.inject({ method: 'GET', url: '/api/queue/display' })).json();
    const byNumber = (n: number) => after.windows.find((w: { number: number }) => w.number === n);
    expect(byNumber(1).staffName).toBe(window4.staffName);
    expect(byNumber(4).staffName).toBeUndefined();
    expect(byNumber(4).current).toMatchObject({ ticketNumber: issued.number });
  });

  it('computes the day statistics per service, window and hour', async () => {
    const stats = await t
      .login({ roles: ['auditor'] })
      .then((auditor) => auditor.get('/api/queue/stats?date=2026-03-16'));
    expect(stats.statusCode).toBe(200);
    const body = stats.json();
    expect(body.date).toBe('2026-03-16');
    const legalAid = body.services.find((s: { code: string }) => s.code === 'legal-aid');
    expect(legalAid).toMatchObject({ name: '法律援助', avgServiceSeconds: expect.any(Number) });
    expect(legalAid.tickets).toBeGreaterThan(3);
    expect(legalAid.noShows).toBeGreaterThanOrEqual(2);
    expect(body.windows.find((w: { number: number }) => w.number === 2)).toMatchObject({
      name: '法律援助窗口',
    });
    expect(body.hourly.find((h: { hour: number }) => h.hour === 9).issued).toBeGreaterThan(0);
    expect(body.hourly[0].hour).toBeLessThanOrEqual(8);
    const badDate = await admin.get('/api/queue/stats?date=2026-02-30');
    expect(badDate.statusCode).toBe(400);
    const lawyer = await t.login({ roles: ['lawyer'] });
    expect((await lawyer.get('/api/queue/stats')).statusCode).toBe(403);
    const county = await t.login({ roles: ['bureau-leader'], orgName: '东河区司法局' });
    expect((await county.get('/api/queue/stats')).statusCode).toBe(403);
  });

  it('exports the waiting tickets per service to Prometheus', async () => {
    const metrics = await t.app.inject({ method: 'GET', url: '/api/metrics' });
    expect(metrics.body).toMatch(
      new RegExp(`lawhall_queue_waiting_tickets\\{center="${t.centerId}",service="consultation"\\} [1-9]`),
    );
    expect(metrics.body).toContain('lawhall_queue_event_streams 0');
  });

  it('saves settings with optimistic concurrency, admin only', async () => {
    const current = (await admin.get('/api/queue/settings')).json();
    const body = { ...current, centerId: undefined, maxRecalls: 3 };
    expect((await clerk.put('/api/queue/settings', body)).statusCode).toBe(403);
    const saved = await admin.put('/api/queue/settings', body);
    expect(saved.json()).toMatchObject({ maxRecalls: 3, version: current.version + 1 });
    const stale = await admin.put('/api/queue/settings', body);
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'COMMON.STALE_VERSION']);
    const overlapping = await admin.put('/api/queue/settings', {
      ...body,
      version: saved.json().version,
      openingHours: [
        { from: '08:30', to: '12:00' },
        { from: '11:30', to: '17:30' },
      ],
    });
    expect([overlapping.statusCode, overlapping.json().field]).toEqual([400, 'openingHours']);
  });
});
