/**
 * 好差评 end to end through the API (issue #6): one evaluation per finished ticket or decided matter, tied to
 * window, staff member and lawyer; a bad review opens a rectification item (1 / 15 working days) that turns
 * overdue when the clock passes, is escalated once by the sweep, and is closed by the citizen's follow-up;
 * staff see their own ratings, leaders the rankings within their scope. Also appointments (capacity,
 * double booking) and remote tickets.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rectifications, users, windows } from '../db/schema/index';
import { sweepRectifications } from '../jobs/rectification-sweep';
import { applyOnline, buildCitizenTestApp, lastCode, publicPost } from './citizen-test-kit';
import { actOk, beijing, type LegalAidTestApp } from './legal-aid-test-kit';

let t: LegalAidTestApp;
beforeAll(async () => {
  t = await buildCitizenTestApp();
});
afterAll(async () => {
  await t.close();
});

async function trackToken(number: string, phone: string): Promise<string> {
  await publicPost(t, '/api/public/track/code', { matterNumber: number, phone });
  const r = await publicPost(t, '/api/public/track/verify', {
    matterNumber: number,
    phone,
    code: await lastCode(t, phone),
  });
  expect(r.statusCode, r.body).toBe(200);
  return r.json().token;
}

describe('rating a legal-aid matter, and the rectification of a bad review', () => {
  const phone = '13904722001';
  let number: string;
  let matterId: string;
  let token: string;

  it('refuses a rating before the agency has decided, accepts one after the grant', async () => {
    t.clockAt('2026-03-16T09:00');
    number = (await applyOnline(t, phone)).number;
    const list = await t.clerk.get('/api/legal-aid/applications?pageSize=50');
    matterId = list.json().items.find((i: { number: string }) => i.number === number).id;
    token = await trackToken(number, phone);
    const early = await publicPost(
      t,
      '/api/public/track/evaluation',
      { level: 5 },
      { 'x-citizen-token': token },
    );
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('EVALUATION.NOT_RATEABLE');

    await actOk(t.clerk, matterId, 'accept');
    await actOk(t.reviewer, matterId, 'review');
    await actOk(t.director, matterId, 'grant');
    await actOk(t.reviewer, matterId, 'assign', { providerId: t.lawyerId });
    const view = await t.app.inject({
      method: 'GET',
      url: '/api/public/track/matter',
      headers: { 'x-citizen-token': token },
    });
    expect(view.json()).toMatchObject({
      status: 'assigned',
      lawyer: { name: '周志远' },
      evaluation: { rateable: true },
    });
    expect(view.json().documents.map((d: { kind: string }) => d.kind)).toContain('grant-decision');
    const doc = await t.app.inject({
      method: 'GET',
      url: '/api/public/track/documents/grant-decision',
      headers: { 'x-citizen-token': token },
    });
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toContain('wordprocessingml');
  });

  it('checks tags against the level, then records a bad review with a rectification item', async () => {
    t.clockAt('2026-03-16T15:00');
    token = await trackToken(number, phone); // the 30-minute access of the morning has lapsed
    const mismatch = await publicPost(
      t,
      '/api/public/track/evaluation',
      { level: 1, tags: ['warm-service'] },
      { 'x-citizen-token': token },
    );
    expect(mismatch.json().code).toBe('EVALUATION.TAG_MISMATCH');
    const bad = await publicPost(
      t,
      '/api/public/track/evaluation',
      { level: 1, tags: ['slow-handling'], comment: '等了很久才有人联系我', channel: 'phone' },
      { 'x-citizen-token': token },
    );
    expect(bad.statusCode, bad.body).toBe(201);
    expect(bad.json()).toMatchObject({ bad: true });
    const again = await publicPost(
      t,
      '/api/public/track/evaluation',
      { level: 5 },
      { 'x-citizen-token': token },
    );
    expect(again.json().code).toBe('EVALUATION.ALREADY_GIVEN');
    const [item] = await t.services.db
      .select()
      .from(rectifications)
      .where(eq(rectifications.id, bad.json().rectificationId));
    expect(item).toMatchObject({ status: 'open', openedOn: '2026-03-16', callbackDueOn: '2026-03-17' });
  });

  it('ties it to the staff member and the lawyer, who see it among their own ratings', async () => {
    const clerkMine = await t.clerk.get('/api/evaluations/mine');
    expect(clerkMine.json().items.map((i: { subjectNumber: string }) => i.subjectNumber)).toContain(number);
    const lawyerMine = await t.lawyer.get('/api/evaluations/mine');
    expect(lawyerMine.json().items[0]).toMatchObject({
      subjectNumber: number,
      lawyerName: '周志远',
      level: 1,
    });
    const otherMine = await t.otherLawyer.get('/api/evaluations/mine');
    expect(otherMine.json().items).toEqual([]);
  });

  it('shows the item to the city leader (not to a county leader), overdue once the due day has passed', async () => {
    const onTime = await t.leader.get('/api/rectifications');
    expect(onTime.json().items).toHaveLength(1);
    expect(onTime.json().items[0]).toMatchObject({ overdue: false, status: 'open' });
    const county = await t.login({ roles: ['bureau-leader'], orgName: '东河区司法局' });
    expect((await county.get('/api/rectifications')).json().items).toEqual([]);

    t.clockAt('2026-03-18T09:00');
    const late = await t.leader.get('/api/rectifications?overdue=true');
    expect(late.json().items[0]).toMatchObject({ overdue: true, callbackOverdue: true, fixOverdue: false });
    expect(await sweepRectifications(t.services, beijing('2026-03-18T09:00'))).toEqual({ escalated: 1 });
    expect(await sweepRectifications(t.services, beijing('2026-03-18T09:01'))).toEqual({ escalated: 0 });
    const escalated = await t.leader.get('/api/rectifications');
    expect(escalated.json().items[0].escalatedAt).not.toBeNull();
  });

  it('takes call-back, rectification and the citizen follow-up in order, then closes', async () => {
    const [item] = (await t.leader.get('/api/rectifications')).json().items;
    token = await trackToken(number, phone);
    const early = await publicPost(
      t,
      '/api/public/track/evaluation/follow-up',
      { level: 4 },
      { 'x-citizen-token': token },
    );
    expect(early.json().code).toBe('RECTIFICATION.NOT_READY');
    const skip = await t.leader.post(`/api/rectifications/${item.id}/rectify`, {
      version: item.version,
      note: '已整改完毕，加强培训',
    });
    expect(skip.json().code).toBe('RECTIFICATION.WRONG_STEP');
    const called = await t.leader.post(`/api/rectifications/${item.id}/callback`, {
      version: item.version,
      note: '已电话回访申请人，了解情况并致歉',
    });
    expect(called.statusCode, called.body).toBe(200);
    const stale = await t.leader.post(`/api/rectifications/${item.id}/rectify`, {
      version: item.version,
      note: '已整改完毕',
    });
    expect(stale.json().code).toBe('COMMON.STALE_VERSION');
    const fixed = await t.leader.post(`/api/rectifications/${item.id}/rectify`, {
      version: called.json().version,
      note: '指派律师当日联系受援人，建立首次联系时限提醒',
    });
    expect(fixed.json().status).toBe('rectified');
    const follow = await publicPost(
      t,
      '/api/public/track/evaluation/follow-up',
      { level: 4 },
      { 'x-citizen-token': token },
    );
    expect(follow.statusCode, follow.body).toBe(200);
    const closed = await t.leader.get('/api/rectifications?status=closed');
    expect(closed.json().items[0]).toMatchObject({ status: 'closed', followUpLevel: 4, overdue: false });
  });
});

describe('rating a finished ticket at the window', () => {
  it('rates once with the ticket token, tied to window and staff (党员服务岗), and ranks', async () => {
    t.clockAt('2026-03-17T09:00');
    const clerk = await t.createStaff({ roles: ['window-clerk'], displayName: '党员窗口员' });
    await t.services.db.update(users).set({ partyMember: true }).where(eq(users.id, clerk.id));
    const client = await t.login({ username: clerk.username });
    const [window] = await t.services.db.select().from(windows).where(eq(windows.number, 1));
    const issued = await publicPost(t, '/api/queue/tickets', { serviceCode: 'consultation' });
    expect(issued.statusCode, issued.body).toBe(201);
    const ticketId = issued.json().id;
    const called = await client.post(`/api/queue/windows/${window!.id}/call-next`, {});
    expect(called.statusCode, called.body).toBe(200);
    await client.post(`/api/queue/tickets/${ticketId}/start`, { windowId: window!.id });
    const link = await client.get(`/api/evaluations/tickets/${ticketId}/link`);
    expect(link.statusCode).toBe(200);
    const { token, code } = link.json();
    const early = await publicPost(t, `/api/public/tickets/${token}/evaluation`, { level: 5 });
    expect(early.json().code).toBe('EVALUATION.NOT_RATEABLE');
    const done = await client.post(`/api/queue/tickets/${ticketId}/finish`, {
      windowId: window!.id,
      outcome: 'resolved',
    });
    expect(done.statusCode, done.body).toBe(200);

    // The display board's QR path: ticket number + 评价码 → the same token; a wrong code answers like a wrong number.
    const looked = await publicPost(t, '/api/public/tickets/lookup', {
      ticketNumber: issued.json().number,
      code,
    });
    expect(looked.json().token).toBe(token);
    const wrong = await publicPost(t, '/api/public/tickets/lookup', {
      ticketNumber: issued.json().number,
      code: code === '000000' ? '000001' : '000000',
    });
    const unknown = await publicPost(t, '/api/public/tickets/lookup', { ticketNumber: 'A999', code });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).toBe(unknown.body);

    const status = await t.app.inject({ method: 'GET', url: `/api/public/tickets/${token}` });
    expect(status.json()).toMatchObject({ status: 'finished', evaluation: { rateable: true, given: null } });
    const rated = await publicPost(t, `/api/public/tickets/${token}/evaluation`, {
      level: 5,
      tags: ['warm-service', 'efficient'],
      channel: 'window-pad',
    });
    expect(rated.statusCode, rated.body).toBe(201);
    expect(rated.json()).toMatchObject({ bad: false, rectificationId: null });
    expect((await publicPost(t, `/api/public/tickets/${token}/evaluation`, { level: 5 })).statusCode).toBe(
      409,
    );
    const forged = await publicPost(t, `/api/public/tickets/${ticketId}.AAAAAAAAAAAAAAAAAAAAAA/evaluation`, {
      level: 1,
    });
    expect(forged.statusCode).toBe(404);

    const mine = await client.get('/api/evaluations/mine');
    expect(mine.json().items[0]).toMatchObject({
      windowNumber: 1,
      staffPartyMember: true,
      level: 5,
      channel: 'window-pad',
    });
    expect(mine.json().summary).toMatchObject({ count: 1, satisfactionRate: 1 });
    const byStaff = await t.leader.get('/api/evaluations/rankings?by=staff');
    const row = byStaff.json().rows.find((r: { label: string }) => r.label === '党员窗口员');
    expect(row).toMatchObject({ partyMember: true, count: 1, rank: 1 });
    const byWindow = await t.leader.get('/api/evaluations/rankings?by=window');
    expect(byWindow.json().rows[0]).toMatchObject({ label: expect.stringMatching(/^1号窗口/), count: 1 });
    const county = await t.login({ roles: ['bureau-leader'], orgName: '东河区司法局' });
    expect((await county.get('/api/evaluations/rankings?by=staff')).json().rows).toEqual([]);
    expect((await t.clerk.get('/api/evaluations')).statusCode).toBe(403);
  });
});

describe('appointments in capacity-limited slots', () => {
  async function book(phone: string, date: string, start: string, service = 'notarization') {
    await publicPost(t, '/api/public/sms-codes', { phone, purpose: 'book' });
    return publicPost(t, '/api/public/appointments', {
      service,
      date,
      start,
      name: '赵丽华',
      phone,
      code: await lastCode(t, phone),
    });
  }

  it('books working-day slots up to their capacity, once per phone and day, and frees a cancelled seat', async () => {
    t.clockAt('2026-03-20T08:00'); // a Friday
    const admin = await t.login({ roles: ['admin'] });
    const saved = await admin.put('/api/appointments/settings/notarization', {
      version: 0,
      slots: [
        { start: '09:00', end: '10:00' },
        { start: '10:00', end: '11:00' },
      ],
      capacity: 1,
      daysAhead: 5,
      leadMinutes: 30,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const days = await t.app.inject({
      method: 'GET',
      url: '/api/public/appointments/availability?service=notarization',
    });
    expect(days.json().days.map((d: { date: string }) => d.date)).toEqual([
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
    ]);
    const weekend = await book('13904723001', '2026-03-21', '09:00');
    expect(weekend.json().code).toBe('APPOINTMENT.SLOT_CLOSED');
    const first = await book('13904723001', '2026-03-23', '09:00');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().reference).toMatch(/^YY260323-[0-9A-Z]{4}$/);
    const full = await book('13904723002', '2026-03-23', '09:00');
    expect(full.json().code).toBe('APPOINTMENT.FULL');
    t.clockAt('2026-03-20T08:02'); // a new code for the same phone (one a minute)
    const twice = await book('13904723001', '2026-03-23', '10:00');
    expect(twice.json().code).toBe('APPOINTMENT.ALREADY_BOOKED');
    const left = await t.app.inject({
      method: 'GET',
      url: '/api/public/appointments/availability?service=notarization',
    });
    const monday = left.json().days.find((d: { date: string }) => d.date === '2026-03-23');
    expect(monday.slots[0]).toMatchObject({ start: '09:00', open: false, remaining: 0, state: 'full' });
    expect(monday.slots[1]).toMatchObject({ start: '10:00', open: true, state: 'open' });

    const cancel = await publicPost(t, '/api/public/appointments/cancel', {
      reference: first.json().reference,
      cancelToken: first.json().cancelToken,
    });
    expect(cancel.statusCode).toBe(200);
    t.clockAt('2026-03-20T08:04');
    expect((await book('13904723002', '2026-03-23', '09:00')).statusCode).toBe(201);
    const list = await t.clerk.get('/api/appointments?date=2026-03-23');
    expect(list.statusCode).toBe(403);
    const notary = await t.login({ roles: ['notary'] });
    const names = (await notary.get('/api/appointments?date=2026-03-23')).json().items;
    expect(names.map((a: { status: string; phoneMasked: string }) => [a.status, a.phoneMasked])).toEqual([
      ['cancelled', '139****3001'],
      ['booked', '139****3002'],
    ]);

    // Later that Friday: 09:00 has passed and 10:00 is within the 30-minute lead: both 已过, not 约满.
    t.clockAt('2026-03-20T09:45');
    const later = await t.app.inject({
      method: 'GET',
      url: '/api/public/appointments/availability?service=notarization',
    });
    const friday = later.json().days.find((d: { date: string }) => d.date === '2026-03-20');
    expect(friday).toBeUndefined();
    t.clockAt('2026-03-20T09:20');
    const morning = await t.app.inject({
      method: 'GET',
      url: '/api/public/appointments/availability?service=notarization',
    });
    const today = morning.json().days.find((d: { date: string }) => d.date === '2026-03-20');
    expect(today.slots.map((s: { start: string; state: string }) => [s.start, s.state])).toEqual([
      ['09:00', 'closed'],
      ['10:00', 'open'],
    ]);
  });

  it('gives the last seat to exactly one of two citizens booking at once', async () => {
    const phones = ['13904723101', '13904723102'];
    const codes: string[] = [];
    for (const phone of phones) {
      await publicPost(t, '/api/public/sms-codes', { phone, purpose: 'book' });
      codes.push(await lastCode(t, phone));
    }
    const results = await Promise.all(
      phones.map((phone, i) =>
        publicPost(t, '/api/public/appointments', {
          service: 'notarization',
          date: '2026-03-24',
          start: '10:00',
          name: '钱多多',
          phone,
          code: codes[i],
        }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });
});

describe('remote ticket', () => {
  it('issues one remote ticket per phone, service and day after an SMS code, and shows its place', async () => {
    t.clockAt('2026-03-17T10:00');
    const phone = '13904724001';
    await publicPost(t, '/api/public/sms-codes', { phone, purpose: 'ticket' });
    const r = await publicPost(t, '/api/public/queue/remote-tickets', {
      serviceCode: 'mediation',
      phone,
      code: await lastCode(t, phone),
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ status: 'waiting', serviceName: '人民调解', peopleAhead: 0 });
    const tickets = await t.clerk.get('/api/queue/tickets?pageSize=100');
    const mine = tickets.json().items.find((i: { number: string }) => i.number === r.json().number);
    expect(mine.channel).toBe('remote');
    t.services.clock.set(new Date(beijing('2026-03-17T10:01').getTime()));
    await publicPost(t, '/api/public/sms-codes', { phone, purpose: 'ticket' });
    const again = await publicPost(t, '/api/public/queue/remote-tickets', {
      serviceCode: 'mediation',
      phone,
      code: await lastCode(t, phone),
    });
    expect(again.json().code).toBe('CITIZEN.TICKET_EXISTS');
  });
});
