/**
 * Issuing queue tickets over HTTP: numbering per service and business day, priority (ID number, key-group
 * register, reception's claim), refusals, the people ahead, the closed hall, and replay at past instants.
 */
import { formatPeopleAhead, PEOPLE_AHEAD_CAP } from '@core/queue/call-order';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, tickets } from '../db/schema/index';
import type { TestClient } from '../test/app';
import { buildQueueTestApp, type QueueTestApp, queueStaff, residentId, ticketCalls } from './queue-test-kit';

let t: QueueTestApp;
let clerk: TestClient;
let reception: TestClient;
let admin: TestClient;
const { act } = ticketCalls(() => clerk);

beforeAll(async () => {
  t = await buildQueueTestApp();
  ({ clerk, reception, admin } = await queueStaff(t));
});
afterAll(async () => {
  await t?.close();
});

describe('issuing tickets', () => {
  it('numbers tickets per service per Beijing business day, with no personal data in the kiosk reply', async () => {
    t.clockAt('2026-03-16T09:00');
    const a1 = await t.kiosk('consultation', { idNumber: residentId('19800101') });
    expect(a1.statusCode).toBe(201);
    expect(a1.json()).toMatchObject({
      number: 'A001',
      serviceCode: 'consultation',
      serviceName: '法律咨询',
      priority: false,
      priorityGroups: [],
      peopleAhead: 0,
      businessDate: '2026-03-16',
      issuedAt: '2026-03-16T01:00:00.000Z',
    });
    expect(Object.keys(a1.json()).sort()).toEqual(
      [
        'businessDate',
        // the slip's 评价码 and the token of its QR code (/m/t/<token>): no personal data (issue #6)
        'citizenToken',
        'evaluationCode',
        'estimatedWaitMinutes',
        'id',
        'issuedAt',
        'number',
        'peopleAhead',
        'priority',
        'priorityGroups',
        'serviceCode',
        'serviceName',
      ].sort(),
    );
    t.clockAt('2026-03-16T09:01');
    const a2 = await t.kiosk('consultation');
    expect(a2.json()).toMatchObject({ number: 'A002', peopleAhead: 1, estimatedWaitMinutes: 15 });
    expect((await t.kiosk('legal-aid')).json().number).toBe('B001');
    t.clockAt('2026-03-16T09:00');
  });

  it('never reuses a number that day, even after its ticket is deleted', async () => {
    const issued = (await t.kiosk('notarization')).json();
    expect(issued.number).toBe('D001');
    await t.services.db.delete(tickets).where(eq(tickets.id, issued.id));
    expect((await t.kiosk('notarization')).json().number).toBe('D002');
  });

  it('restarts numbering at 001 at 00:00 Beijing time', async () => {
    const v1 = (await admin.get('/api/queue/settings')).json().version;
    const saved = await admin.put('/api/queue/settings', {
      version: v1,
      agingLimitMinutes: 30,
      maxRecalls: 2,
      elderlyAge: 60,
      openingHours: [{ from: '00:00', to: '24:00' }],
      recentCallsShown: 5,
    });
    expect(saved.statusCode).toBe(200);
    t.services.clock.set(new Date('2026-03-16T15:59:59Z'));
    const late = (await t.kiosk('arbitration')).json();
    const later = (await t.kiosk('arbitration')).json();
    expect([late.number, late.businessDate, later.number]).toEqual(['F001', '2026-03-16', 'F002']);
    t.services.clock.set(new Date('2026-03-16T16:00:00Z'));
    const next = (await t.kiosk('arbitration')).json();
    expect([next.number, next.businessDate]).toEqual(['F001', '2026-03-17']);
    t.clockAt('2026-03-16T09:00'); // the sessions of this file expire 12 hours after 09:00
    const restored = await admin.put('/api/queue/settings', {
      version: saved.json().version,
      agingLimitMinutes: 30,
      maxRecalls: 2,
      elderlyAge: 60,
      openingHours: [
        { from: '08:30', to: '12:00' },
        { from: '13:30', to: '17:30' },
      ],
      recentCallsShown: 5,
    });
    expect(restored.statusCode).toBe(200);
  });

  it('derives priority from a 72-year-old ID number and masks it for staff', async () => {
    const id = residentId('19540101');
    const issued = await t.kiosk('reconsideration', { idNumber: id });
    expect(issued.json()).toMatchObject({ priority: true, priorityGroups: ['elderly'] });
    expect(issued.body).not.toContain(id);
    const listed = (await clerk.get('/api/queue/tickets?serviceCode=reconsideration')).json();
    expect(listed.items[0]).toMatchObject({
      prioritySource: 'id-number',
      idNumberMasked: `${id.slice(0, 4)}**********${id.slice(-4)}`,
    });
    expect(JSON.stringify(listed)).not.toContain(id);
  });

  it('finds the key-group register by ID number hash', async () => {
    const id = residentId('19900505', '456');
    const added = await reception.post('/api/queue/key-groups', {
      idNumber: id,
      name: '张残',
      group: 'disabled',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      name: '张残',
      group: 'disabled',
      idNumberMasked: `1502**********${id.slice(-4)}`,
    });
    const issued = await t.kiosk('appraisal', { idNumber: id });
    expect(issued.json()).toMatchObject({ priority: true, priorityGroups: ['disabled'] });
    const listed = (await clerk.get('/api/queue/tickets?serviceCode=appraisal')).json();
    expect(listed.items[0]).toMatchObject({ prioritySources: ['register'], personName: '张残' });
    expect(
      (
        await reception.post('/api/queue/key-groups', { idNumber: id, name: '张残', group: 'disabled' })
      ).json().code,
    ).toBe('QUEUE.KEY_GROUP_EXISTS');
  });

  it('lets reception claim priority with a reason, audited', async () => {
    const issued = await reception.post('/api/queue/reception/tickets', {
      serviceCode: 'publicity',
      priorityGroup: 'pregnant',
      priorityReason: '查验孕检手册',
    });
    expect(issued.statusCode).toBe(201);
    expect(issued.json()).toMatchObject({
      number: 'I001',
      priority: true,
      priorityGroups: ['pregnant'],
      prioritySource: 'staff-claim',
      channel: 'reception',
    });
    const noReason = await reception.post('/api/queue/reception/tickets', {
      serviceCode: 'publicity',
      priorityGroup: 'veteran',
    });
    expect([noReason.statusCode, noReason.json().field]).toEqual([400, 'priorityReason']);
    const plain = (await t.kiosk('publicity')).json();
    const claimed = await act(
      plain.id,
      'priority',
      { group: 'veteran', reason: '查验退役军人优待证' },
      reception,
    );
    expect(claimed.json()).toMatchObject({
      priority: true,
      priorityGroups: ['veteran'],
      priorityReason: '查验退役军人优待证',
    });
    const audits = await t.services.db.select().from(auditLog).where(eq(auditLog.entityId, plain.id));
    expect(audits.find((a) => a.action === 'queue.ticket.priority')).toMatchObject({
      reason: '查验退役军人优待证',
      actorId: reception.userId,
    });
    expect((await act(plain.id, 'priority', { group: 'veteran', reason: 'x' }, clerk)).statusCode).toBe(403);
  });

  it('refuses an unknown service and a bad ID number with the field', async () => {
    const unknown = await t.kiosk('divorce');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      code: 'QUEUE.UNKNOWN_SERVICE',
      field: 'serviceCode',
      message: '未知的服务事项',
    });
    const badId = await t.kiosk('consultation', { idNumber: '150202198001011230' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json()).toMatchObject({ code: 'PERSON.INVALID_ID_NUMBER', field: 'idNumber' });
  });

  it('refuses a service no window offers', async () => {
    const w10 = await t.windowId(10);
    const window = (await admin.get('/api/windows?service=aid-qualification')).json().items[0];
    expect(window.id).toBe(w10);
    await admin.patch(`/api/windows/${w10}`, { version: window.version, services: ['publicity'] });
    const refused = await t.kiosk('aid-qualification');
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'QUEUE.SERVICE_UNAVAILABLE']);
    const services = (await t.app.inject({ method: 'GET', url: '/api/queue/services' })).json();
    expect(services.services.map((s: { code: string }) => s.code)).not.toContain('aid-qualification');
    await admin.patch(`/api/windows/${w10}`, {
      version: window.version + 1,
      services: ['aid-qualification'],
    });
  });

  it('counts the people ahead in call order, of that service only, and stops at the cap', async () => {
    t.clockAt('2026-03-19T09:00'); // a Thursday no other test issues on
    for (const minute of ['00', '01', '02']) {
      t.clockAt(`2026-03-19T09:${minute}`);
      await t.kiosk('mediation');
    }
    await t.kiosk('arbitration'); // another service's ticket is nobody's "ahead"
    t.clockAt('2026-03-19T09:03');
    const elderly = (await t.kiosk('mediation', { idNumber: residentId('19540101') })).json();
    // A priority ticket is called before the three normal ones: nobody ahead of it.
    expect([elderly.priority, elderly.peopleAhead]).toEqual([true, 0]);
    const normal = (await t.kiosk('mediation')).json();
    expect(normal.peopleAhead).toBe(4);
    // A long queue: the count stops at PEOPLE_AHEAD_CAP and the slip says "99+".
    // (one a second: tickets of the same instant are called in id order, core orderQueue)
    const second = (i: number) =>
      `2026-03-19T09:${String(4 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    for (let i = 0; i < PEOPLE_AHEAD_CAP; i++) {
      t.clockAt(second(i));
      await t.kiosk('mediation');
    }
    t.clockAt(second(PEOPLE_AHEAD_CAP));
    const last = (await t.kiosk('mediation')).json();
    expect(last.peopleAhead).toBe(PEOPLE_AHEAD_CAP);
    expect(formatPeopleAhead(last.peopleAhead)).toBe('99+');
    t.clockAt('2026-03-16T09:00');
  });
});

describe('the hall is closed', () => {
  it.each([
    ['a Sunday', '2026-03-15T10:00', /3月15日（星期日）是休息日.*下次取号时间：3月16日（星期一）08:30/],
    ['a holiday', '2026-10-01T10:00', /国庆节.*下次取号时间：10月8日（星期四）08:30/],
    ['the lunch break', '2026-03-16T12:30', /当前不在取号时间.*下次取号时间：今天 13:30/],
    ['the evening', '2026-03-16T17:30', /下次取号时间：3月17日（星期二）08:30/],
    ['before opening', '2026-03-16T08:29', /下次取号时间：今天 08:30/],
  ])('on %s', async (_name, local, message) => {
    t.clockAt(local);
    const refused = await t.kiosk('consultation');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('QUEUE.HALL_CLOSED');
    expect(refused.json().message).toMatch(message);
    const services = (await t.app.inject({ method: 'GET', url: '/api/queue/services' })).json();
    expect(services.open).toBe(false);
    expect(services.closedReason).toMatch(message);
    t.clockAt('2026-03-16T09:00');
  });

  it('opens on a make-up working day (Saturday 2026-02-14)', async () => {
    t.clockAt('2026-02-14T09:00');
    expect((await t.kiosk('consultation')).statusCode).toBe(201);
    t.clockAt('2026-03-16T09:00');
  });
});

describe('replay at simulated instants', () => {
  it('lets queue.manage issue and act at a past instant, and nobody else', async () => {
    const at = '2026-03-13T09:15:00+08:00';
    const issued = await admin.post('/api/queue/reception/tickets', {
      serviceCode: 'mediation',
      channel: 'replay',
      at,
    });
    expect(issued.statusCode).toBe(201);
    expect(issued.json()).toMatchObject({
      number: 'C001',
      businessDate: '2026-03-13',
      issuedAt: '2026-03-13T01:15:00.000Z',
      channel: 'replay',
    });
    const w3 = await t.windowId(3);
    const called = await admin.post(`/api/queue/windows/${w3}/call-next`, {
      at: '2026-03-13T09:40:00+08:00',
    });
    expect(called.json()).toMatchObject({ id: issued.json().id, calledAt: '2026-03-13T01:40:00.000Z' });
    const backwards = await act(
      issued.json().id,
      'start',
      { windowId: w3, at: '2026-03-13T09:30:00+08:00' },
      admin,
    );
    expect([backwards.statusCode, backwards.json().field]).toEqual([400, 'at']);
    expect(
      (await act(issued.json().id, 'start', { windowId: w3, at: '2026-03-13T09:41:00+08:00' })).statusCode,
    ).toBe(403);
    const byReception = await reception.post('/api/queue/reception/tickets', {
      serviceCode: 'mediation',
      channel: 'replay',
      at,
    });
    expect(byReception.statusCode).toBe(403);
    const future = await admin.post('/api/queue/reception/tickets', {
      serviceCode: 'mediation',
      channel: 'replay',
      at: '2026-03-17T09:00:00+08:00',
    });
    expect([future.statusCode, future.json().code]).toEqual([400, 'QUEUE.INVALID_AT']);
    const noAt = await admin.post('/api/queue/reception/tickets', {
      serviceCode: 'mediation',
      channel: 'replay',
    });
    expect([noAt.statusCode, noAt.json().field]).toEqual([400, 'at']);
  });
});
