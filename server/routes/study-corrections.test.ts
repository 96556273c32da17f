/**
 * Defects a newcomer found in the staff programme (issue #8), through the API on a real database: a
 * paper's pass mark never above its full marks (and a sensible default); staff created after a session
 * not counted absent for it, approved leave excused and shown on its own; 代签到 with a reason and the
 * arrival time the organiser states, bounded to the session and audited; an opinion's star rating shown
 * to the officer and the reply texted to the respondent's phone through the SMS outbox.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/index';
import { readOutbox } from '../notifications/outbox';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';
import { beijing } from './legal-aid-test-kit';

let t: TestApp;
let trainer: TestClient;

const clockAt = (local: string) => t.services.clock.set(beijing(local));

beforeAll(async () => {
  t = await buildTestApp();
  trainer = await t.login({ roles: ['training-officer'], orgName: '包头市司法局' });
});

afterAll(async () => {
  await t.close();
});

describe('a paper’s pass mark (及格分)', () => {
  const paper = (extra: Record<string, unknown>) =>
    trainer.post('/api/study/papers', {
      title: '及格分测试卷',
      counts: { single: 3, 'true-false': 3 }, // 3 × 2 + 3 × 1 = 9 full marks
      timeLimitMinutes: 10,
      ...extra,
    });

  beforeAll(async () => {
    // Uncategorised questions (the category picker below sees none of them): 3 单选 + 3 判断.
    for (const i of [1, 2, 3]) {
      const single = { kind: 'single', stem: `单选题 ${i}`, options: ['甲', '乙'], correct: [0] };
      expect((await trainer.post('/api/study/questions', single)).statusCode).toBe(201);
      const tf = { kind: 'true-false', stem: `判断题 ${i}`, correct: [0] };
      expect((await trainer.post('/api/study/questions', tf)).statusCode).toBe(201);
    }
  });

  it('refuses a draw rule the bank cannot fill, naming the kind, needed and available', async () => {
    const r = await paper({ counts: { single: 4, 'true-false': 3 } });
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json()).toMatchObject({ code: 'STUDY.BANK_TOO_SMALL', field: 'counts' });
    expect(r.json().message).toBe('题库试题不足：单选题需要 4 道，现有 3 道');
  });

  it('deletes a draft (audited), never a published paper', async () => {
    const draft = (await paper({})).json();
    const gone = await trainer.delete(`/api/study/papers/${draft.id}`, { version: draft.version });
    expect(gone.statusCode, gone.body).toBe(200);
    expect((await trainer.get(`/api/study/papers/${draft.id}`)).statusCode).toBe(404);
    const audit = await t.services.db.select().from(auditLog).where(eq(auditLog.entityId, draft.id));
    expect(audit.map((a) => a.action)).toContain('study.delete-paper');
    const live = (await paper({})).json();
    const published = await trainer.post(`/api/study/papers/${live.id}/status`, {
      version: live.version,
      status: 'published',
    });
    expect(published.statusCode, published.body).toBe(200);
    const refused = await trainer.delete(`/api/study/papers/${live.id}`, { version: 2 });
    expect(refused.statusCode).toBe(409);
  });

  it('refuses a pass mark above the full marks, on the field', async () => {
    const r = await paper({ passScore: 60 });
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json()).toMatchObject({ code: 'STUDY.PASS_SCORE_ABOVE_FULL', field: 'passScore' });
    expect(r.json().message).toContain('9 分');
  });

  it('defaults a blank pass mark to 60 % of the full marks, rounded up', async () => {
    const r = await paper({});
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ maxScore: 9, passScore: 6 });
    const exact = await paper({ passScore: 9 });
    expect(exact.json()).toMatchObject({ maxScore: 9, passScore: 9 });
  });
});

describe('the paper editor’s category picker', () => {
  it('lists the categories of the bank a county’s paper draws from: its own and the city’s', async () => {
    const add = (client: TestClient, category: string, stem: string) =>
      client.post('/api/study/questions', { kind: 'true-false', category, stem, correct: [0] });
    expect((await add(trainer, '宪法', '宪法是国家的根本法。')).statusCode).toBe(201);
    const county = await t.login({ roles: ['training-officer'], orgName: '东河区司法局' });
    expect((await add(county, '人民调解', '人民调解不收费。')).statusCode).toBe(201);
    const r = await county.get('/api/study/questions/categories');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().items).toEqual([
      { category: '人民调解', counts: { single: 0, multiple: 0, 'true-false': 1 }, total: 1 },
      { category: '宪法', counts: { single: 0, multiple: 0, 'true-false': 1 }, total: 1 },
    ]);
    // The city does not draw from a county's bank.
    const city = (await trainer.get('/api/study/questions/categories')).json().items;
    expect(city.map((c: { category: string }) => c.category)).toEqual(['宪法']);
  });
});

describe('attendance: who was due, leave excused, 代签到', () => {
  let sessions: { id: string; startsAt: string }[];
  let veteran: { id: string; username: string };
  let newcomer: { id: string; username: string };

  beforeAll(async () => {
    clockAt('2026-03-13T10:00');
    const created = await trainer.post('/api/study/plans', {
      title: '三月晚学（出勤规则）',
      themes: ['political'],
      forms: ['self-and-group'],
      startsOn: '2026-03-16',
      endsOn: '2026-03-31',
      sessions: [
        {
          kind: 'evening-study',
          title: '晚学',
          from: '2026-03-16',
          to: '2026-03-17',
          startTime: '18:00',
          durationMinutes: 60,
        },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const published = await trainer.post(`/api/study/plans/${created.json().plan.id}/status`, {
      version: created.json().plan.version,
      status: 'published',
    });
    expect(published.statusCode, published.body).toBe(200);
    sessions = created.json().sessions;
    veteran = await t.createStaff({ roles: ['window-clerk'], displayName: '老同志' });
    // Joined on the evening of the 16th, after that day's 晚学 had started.
    newcomer = await t.createStaff({
      roles: ['window-clerk'],
      displayName: '新同志',
      createdAt: beijing('2026-03-16T20:00'),
    });
  });

  it('代签到 needs a reason, keeps the stated arrival time and is audited', async () => {
    clockAt('2026-03-16T18:20');
    const [monday] = sessions;
    const url = `/api/study/sessions/${monday!.id}/attendance`;
    const noReason = await trainer.post(url, { userId: veteran.id, status: 'present' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().field).toBe('reason');
    const outside = await trainer.post(url, {
      userId: veteran.id,
      status: 'present',
      reason: '手机无法扫码',
      arrivedAt: '2026-03-16T20:30:00+08:00',
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toMatchObject({ code: 'STUDY.ARRIVAL_OUTSIDE_SESSION', field: 'arrivedAt' });
    const future = await trainer.post(url, {
      userId: veteran.id,
      status: 'present',
      reason: '手机无法扫码',
      arrivedAt: '2026-03-16T18:25:00+08:00', // within the session, but after now (18:20)
    });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ code: 'STUDY.ARRIVAL_IN_FUTURE', field: 'arrivedAt' });
    const stated = await trainer.post(url, {
      userId: veteran.id,
      status: 'present',
      reason: '手机无法扫码',
      arrivedAt: '2026-03-16T17:55:00+08:00',
    });
    expect(stated.statusCode, stated.body).toBe(200);
    const row = stated.json().items.find((i: { userId: string }) => i.userId === veteran.id);
    expect(row).toMatchObject({ status: 'present', method: 'organiser', note: '手机无法扫码' });
    // The stated arrival, not the moment of entry (18:20).
    expect(row.checkedInAt).toBe(beijing('2026-03-16T17:55').toISOString());
    // No time stated: the session's start.
    const other = await t.createStaff({ roles: ['window-clerk'] });
    const byDefault = await trainer.post(url, { userId: other.id, status: 'present', reason: '代签到' });
    const otherRow = byDefault.json().items.find((i: { userId: string }) => i.userId === other.id);
    expect(otherRow.checkedInAt).toBe(monday!.startsAt);
    const [entry] = await t.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'study.record-attendance'), eq(auditLog.entityId, monday!.id)))
      .limit(1);
    expect(entry?.reason).toBe('手机无法扫码');
    expect(entry?.after).toMatchObject({ arrivedAt: beijing('2026-03-16T17:55').toISOString() });
  });

  it('the room screen counts 应到 as the rates do; a law firm’s lawyer is not in the audience', async () => {
    const lawyer = await t.createStaff({ roles: ['lawyer'], orgName: '内蒙古北疆明正律师事务所' });
    clockAt('2026-03-16T17:50');
    const screen = await trainer.get(`/api/study/sessions/${sessions[0]!.id}/check-in-token`);
    expect(screen.statusCode, screen.body).toBe(200);
    const sheet = await trainer.get(`/api/study/sessions/${sessions[0]!.id}/attendance`);
    const due = sheet.json().items.map((i: { userId: string }) => i.userId);
    // The screen's 应到 is the sign-in sheet's roster: not the newcomer (joined at 20:00), not the lawyer.
    expect(screen.json().expected).toBe(due.length);
    expect(due).toContain(veteran.id);
    expect(due).not.toContain(newcomer.id);
    expect(due).not.toContain(lawyer.id);
    const lawyerClient = await t.login({ username: lawyer.username });
    const plans = (await lawyerClient.get('/api/study/plans?view=mine')).json().items as { title: string }[];
    expect(plans.map((p) => p.title)).not.toContain('三月晚学（出勤规则）');
    const ownRates = await lawyerClient.get('/api/study/me/attendance');
    expect(ownRates.json().tally).toMatchObject({ expected: 0 });
  });

  it('does not count a newcomer absent for a session before they joined; leave is excused', async () => {
    clockAt('2026-03-17T09:00');
    const tuesday = sessions[1]!;
    const vet = await t.login({ username: veteran.username });
    const asked = await vet.post(`/api/study/sessions/${tuesday.id}/leave`, { reason: '家中有事' });
    expect(asked.statusCode, asked.body).toBe(201);
    // The member sees their request on the plan's session row while it waits.
    const mine = (await vet.get('/api/study/plans?view=mine')).json().items as {
      id: string;
      title: string;
    }[];
    const planId = mine.find((p) => p.title === '三月晚学（出勤规则）')!.id;
    const before = (await vet.get(`/api/study/plans/${planId}`)).json();
    expect(before.sessions.find((s: { id: string }) => s.id === tuesday.id).myLeave).toEqual({
      status: 'pending',
      decisionNote: null,
    });
    const decision = `/api/study/leave-requests/${asked.json().id}/decision`;
    const bareRefusal = await trainer.post(decision, { version: asked.json().version, approve: false });
    expect(bareRefusal.statusCode).toBe(400);
    expect(bareRefusal.json()).toMatchObject({ code: 'STUDY.LEAVE_NOTE_REQUIRED', field: 'note' });
    const decided = await trainer.post(decision, {
      version: asked.json().version,
      approve: true,
      note: '同意，请会后补学',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    // The member sees the 审批意见 with their request.
    const myLeave = (await vet.get('/api/study/leave-requests?view=mine')).json().items;
    expect(myLeave[0]).toMatchObject({ status: 'approved', decisionNote: '同意，请会后补学' });
    clockAt('2026-03-18T09:00');
    const r = await trainer.get('/api/study/attendance-rates');
    expect(r.statusCode, r.body).toBe(200);
    const person = (id: string) => r.json().persons.find((p: { id: string }) => p.id === id);
    // The newcomer was due only on the 17th (absent there), not on the 16th.
    expect(person(newcomer.id).tally).toMatchObject({ expected: 1, absent: 1, leave: 0 });
    // The veteran: present on the 16th, approved leave on the 17th → 1 / (2 − 1) = 100 %.
    expect(person(veteran.id).tally).toEqual({
      expected: 2,
      present: 1,
      late: 0,
      leave: 1,
      absent: 0,
      rate: 1,
    });
    const sheet = await trainer.get(`/api/study/sessions/${sessions[0]!.id}/attendance`);
    expect(sheet.json().items.map((i: { userId: string }) => i.userId)).not.toContain(newcomer.id);
    const newcomerClient = await t.login({ username: newcomer.username });
    const own = await newcomerClient.get('/api/study/me/attendance');
    expect(own.json().tally).toMatchObject({ expected: 1, absent: 1 });
    const detail = await newcomerClient.get(`/api/study/plans/${planId}`);
    expect(detail.json().sessions.map((s: { myStatus: string | null }) => s.myStatus)).toEqual([
      null,
      'absent',
    ]);
  });
});

describe('opinions: the rating shown to the officer, the reply sent by SMS', () => {
  const PHONE = '13800138000';

  async function answeredForm(): Promise<string> {
    const form = await trainer.post('/api/opinion-forms', {
      title: '请您评价我局窗口作风',
      respondentKinds: ['service-user'],
      questions: [{ key: 'satisfaction', label: '总体评价', kind: 'rating', required: true }],
    });
    expect(form.statusCode, form.body).toBe(201);
    return form.json().publicPath.split('/').pop();
  }

  async function respond(token: string, payload: Record<string, unknown>) {
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/public/opinion-forms/${token}/responses`,
      payload: { respondentKind: 'service-user', ...payload },
    });
    expect(r.statusCode, r.body).toBe(201);
  }

  async function replyTo(content: string) {
    const list = await trainer.get('/api/opinions?view=managed');
    const o = list.json().items.find((i: { content: string }) => i.content === content);
    const assigned = await trainer.post(`/api/opinions/${o.id}/assign`, {
      version: o.version,
      assigneeId: trainer.userId,
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const replied = await trainer.post(`/api/opinions/${o.id}/reply`, {
      version: assigned.json().version,
      handlingNote: '已约谈窗口负责人，调整午间值班安排。',
      reply: '感谢您的意见，自下周起窗口午间安排专人值班。',
    });
    expect(replied.statusCode, replied.body).toBe(200);
    return replied.json();
  }

  it('shows the star rating and texts the reply to the respondent’s phone, audited', async () => {
    const token = await answeredForm();
    await respond(token, {
      contact: PHONE,
      content: '午休时间窗口无人，希望改进。',
      answers: { satisfaction: 4 },
    });
    const item = await replyTo('午休时间窗口无人，希望改进。');
    expect(item.ratings).toEqual([{ label: '总体评价', value: 4 }]);
    expect(item.contactMasked).not.toBe(PHONE);
    expect(item.replySms).toMatchObject({ toMasked: item.contactMasked });
    const [sms] = await readOutbox(t.services, PHONE);
    expect(sms).toMatchObject({ template: 'opinion.reply' });
    expect(sms!.text).toContain('自下周起窗口午间安排专人值班');
    const [entry] = await t.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'opinion.reply-sms'), eq(auditLog.entityId, item.id)));
    expect(entry?.after).toMatchObject({ toMasked: item.contactMasked, outboxId: expect.any(String) });
  });

  it('records the reply only when the respondent left no phone', async () => {
    const token = await answeredForm();
    await respond(token, { content: '建议公开投诉电话。', answers: { satisfaction: 2 } });
    const item = await replyTo('建议公开投诉电话。');
    expect(item.replySms).toBeNull();
    expect(item.reply).toContain('午间安排专人值班');
  });

  it('分办 offers and accepts the bureau’s own staff only, never a law firm’s lawyer', async () => {
    const lawyer = await t.createStaff({
      roles: ['lawyer'],
      orgName: '内蒙古阴山公信律师事务所',
      displayName: '律所律师',
    });
    const members = (await trainer.get('/api/study/members')).json().items as { id: string }[];
    expect(members.map((m) => m.id)).toContain(trainer.userId);
    expect(members.map((m) => m.id)).not.toContain(lawyer.id);
    const byName = (await trainer.get(`/api/study/members?q=${encodeURIComponent('律所')}`)).json();
    expect(byName.items).toEqual([]);
    const token = await answeredForm();
    await respond(token, { content: '希望增加周末值班。', answers: { satisfaction: 3 } });
    const list = await trainer.get('/api/opinions?view=managed');
    const o = list.json().items.find((i: { content: string }) => i.content === '希望增加周末值班。');
    const refused = await trainer.post(`/api/opinions/${o.id}/assign`, {
      version: o.version,
      assigneeId: lawyer.id,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'OPINION.ASSIGNEE_NOT_STAFF', field: 'assigneeId' });
  });
});
