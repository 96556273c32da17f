/**
 * The staff programme (issue #8) through the API on a real database: QR check-in codes that expire and
 * cannot be carried to another session, and county scope (市县两级联动) — the city pushes a plan to a
 * county, the county's staff see and attend their county's copy only, the county's training officer manages
 * that copy and not the city's plan, and the city follows the county's progress on its own plan. Also a
 * knowledge test through the API: options shuffled per person, graded by the right option wherever it is
 * shown, answers after the time limit ignored; and the public opinion form's link.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { studySessions } from '../db/schema/index';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';
import { beijing } from './legal-aid-test-kit';

let t: TestApp;
let trainer: TestClient;
let cityClerk: TestClient;
let cityClerk2: TestClient;
let countyTrainer: TestClient;
let countyClerk: TestClient;
let otherCountyClerk: TestClient;
let dongheId: string;

const clockAt = (local: string, seconds = 0) =>
  t.services.clock.set(new Date(beijing(local).getTime() + seconds * 1000));

interface PlanDetail {
  plan: { id: string; version: number; status: string; orgId: string };
  sessions: { id: string; kind: string; startsAt: string; myStatus: string | null }[];
  progress?: { members: number; sessionsHeld: number; attendance: { present: number; expected: number } };
  counties?: {
    orgId: string;
    planId: string;
    progress: { members: number; sessionsHeld: number; attendance: { present: number; expected: number } };
  }[];
}

async function token(client: TestClient, sessionId: string): Promise<string> {
  const r = await client.get(`/api/study/sessions/${sessionId}/check-in-token`);
  expect(r.statusCode, r.body).toBe(200);
  expect(r.json().token).toEqual(expect.any(String));
  expect(r.json().checkInPath).toContain(`s=${sessionId}`);
  return r.json().token;
}

let plan: PlanDetail;

beforeAll(async () => {
  t = await buildTestApp();
  trainer = await t.login({ roles: ['training-officer'], orgName: '包头市司法局' });
  cityClerk = await t.login({ roles: ['window-clerk'] });
  cityClerk2 = await t.login({ roles: ['window-clerk'] });
  countyTrainer = await t.login({ roles: ['training-officer'], orgName: '东河区司法局' });
  countyClerk = await t.login({ roles: ['window-clerk'], orgName: '东河区司法局' });
  otherCountyClerk = await t.login({ roles: ['window-clerk'], orgName: '昆都仑区司法局' });
  dongheId = await t.orgId('东河区司法局');
  clockAt('2026-03-13T10:00');
  const created = await trainer.post('/api/study/plans', {
    title: '三月政治教育',
    themes: ['political', 'warning'],
    forms: ['self-and-group'],
    readings: [{ title: '习近平法治思想学习纲要', source: '人民出版社' }],
    startsOn: '2026-03-16',
    endsOn: '2026-03-31',
    sessions: [
      {
        kind: 'evening-study',
        title: '晚学',
        location: '三楼会议室',
        from: '2026-03-16',
        to: '2026-03-17',
        startTime: '18:00',
        durationMinutes: 60,
      },
    ],
  });
  expect(created.statusCode, created.body).toBe(201);
  const draft = created.json() as PlanDetail;
  expect(draft.sessions).toHaveLength(2);
  const published = await trainer.post(`/api/study/plans/${draft.plan.id}/status`, {
    version: draft.plan.version,
    status: 'published',
  });
  expect(published.statusCode, published.body).toBe(200);
  plan = published.json();
});

afterAll(async () => {
  await t.close();
});

describe('QR check-in codes', () => {
  it('checks a staff member in with the code the room screen shows', async () => {
    clockAt('2026-03-16T17:55');
    const code = await token(trainer, plan.sessions[0]!.id);
    const r = await cityClerk.post('/api/study/check-in', { sessionId: plan.sessions[0]!.id, token: code });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'present', alreadyCheckedIn: false });
  });

  it('refuses a code of one session for another session, even while both are open', async () => {
    clockAt('2026-03-16T17:56');
    const code = await token(trainer, plan.sessions[0]!.id);
    const r = await cityClerk2.post('/api/study/check-in', { sessionId: plan.sessions[1]!.id, token: code });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'STUDY.CHECK_IN_INVALID', details: { reason: 'wrong-session' } });
    // Rewriting the session id inside the code breaks its signature.
    const forged = code.replace(plan.sessions[0]!.id, plan.sessions[1]!.id);
    const f = await cityClerk2.post('/api/study/check-in', {
      sessionId: plan.sessions[1]!.id,
      token: forged,
    });
    expect(f.statusCode).toBe(400);
    expect(f.json().details.reason).toBe('bad-signature');
  });

  it('accepts a code during its 30 s and 15 s of grace, never after', async () => {
    clockAt('2026-03-16T17:58');
    const code = await token(trainer, plan.sessions[0]!.id);
    clockAt('2026-03-16T17:58', 46);
    const late = await cityClerk2.post('/api/study/check-in', {
      sessionId: plan.sessions[0]!.id,
      token: code,
    });
    expect(late.statusCode).toBe(400);
    expect(late.json()).toMatchObject({ code: 'STUDY.CHECK_IN_INVALID', details: { reason: 'expired' } });
    clockAt('2026-03-16T17:58', 44);
    const ok = await cityClerk2.post('/api/study/check-in', { sessionId: plan.sessions[0]!.id, token: code });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().status).toBe('present');
  });

  it('does not issue a code outside the check-in window', async () => {
    clockAt('2026-03-16T12:00');
    const r = await trainer.get(`/api/study/sessions/${plan.sessions[0]!.id}/check-in-token`);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ phase: 'not-open', token: null, checkInPath: null });
  });

  it('shows only the organisers the code', async () => {
    clockAt('2026-03-16T17:57');
    const r = await cityClerk.get(`/api/study/sessions/${plan.sessions[0]!.id}/check-in-token`);
    expect(r.statusCode).toBe(403);
  });
});

describe('county scope (市县两级联动)', () => {
  let copyId: string;
  let copySessionId: string;

  it('pushes the city plan to a county, once', async () => {
    clockAt('2026-03-16T09:00');
    const r = await trainer.post(`/api/study/plans/${plan.plan.id}/push`, { countyIds: [dongheId] });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().pushed).toHaveLength(1);
    expect(r.json().pushed[0].orgId).toBe(dongheId);
    copyId = r.json().pushed[0].planId;
    const again = await trainer.post(`/api/study/plans/${plan.plan.id}/push`, { countyIds: [dongheId] });
    expect(again.json()).toMatchObject({ pushed: [], alreadyPushed: [dongheId] });
    const copy = await countyTrainer.get(`/api/study/plans/${copyId}`);
    expect(copy.statusCode, copy.body).toBe(200);
    expect(copy.json().plan).toMatchObject({
      orgId: dongheId,
      status: 'published',
      parentPlanId: plan.plan.id,
    });
    copySessionId = copy.json().sessions[0].id;
  });

  it("lets a county's staff see their county's plan, not the city's", async () => {
    const mine = (c: TestClient) =>
      c.get('/api/study/plans?view=mine').then((r) => r.json().items.map((p: { id: string }) => p.id));
    expect(await mine(countyClerk)).toEqual([copyId]);
    expect(await mine(cityClerk)).toEqual([plan.plan.id]);
    expect(await mine(otherCountyClerk)).toEqual([]);
    expect((await countyClerk.get(`/api/study/plans/${plan.plan.id}`)).statusCode).toBe(404);
    expect((await otherCountyClerk.get(`/api/study/plans/${copyId}`)).statusCode).toBe(404);
  });

  it("gives the county's training officer its copy to manage and hides the city's plan", async () => {
    const managed = await countyTrainer.get('/api/study/plans?view=managed');
    expect(managed.json().items.map((p: { id: string }) => p.id)).toEqual([copyId]);
    expect((await countyTrainer.get(`/api/study/plans/${plan.plan.id}`)).statusCode).toBe(404);
    expect(
      (await countyTrainer.post(`/api/study/plans/${plan.plan.id}/push`, { countyIds: [dongheId] }))
        .statusCode,
    ).toBe(404);
  });

  it("refuses a county member at the city's session and counts them at the county's", async () => {
    clockAt('2026-03-16T17:59');
    const cityCode = await token(trainer, plan.sessions[0]!.id);
    const refused = await countyClerk.post('/api/study/check-in', {
      sessionId: plan.sessions[0]!.id,
      token: cityCode,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('STUDY.NOT_IN_AUDIENCE');
    const countyCode = await token(countyTrainer, copySessionId);
    const ok = await countyClerk.post('/api/study/check-in', { sessionId: copySessionId, token: countyCode });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it("shows the city each county's progress, and the city's own audience without the counties", async () => {
    clockAt('2026-03-16T19:30');
    const detail = (await trainer.get(`/api/study/plans/${plan.plan.id}`)).json() as PlanDetail;
    expect(detail.counties).toHaveLength(1);
    const county = detail.counties![0]!;
    expect(county).toMatchObject({ orgId: dongheId, planId: copyId });
    expect(county.progress.sessionsHeld).toBe(1);
    expect(county.progress.attendance.present).toBe(1);
    expect(county.progress.members).toBeGreaterThanOrEqual(2); // county trainer and clerk
    expect(detail.progress!.attendance.present).toBe(2);
    const sheet = await trainer.get(`/api/study/sessions/${plan.sessions[0]!.id}/attendance`);
    const names = sheet.json().items.map((i: { userId: string }) => i.userId);
    expect(names).toContain(cityClerk.userId);
    expect(names).not.toContain(countyClerk.userId);
    expect(names).not.toContain(otherCountyClerk.userId);
  });

  it('lists the counties to push to, and leaves out sessions that have started', async () => {
    clockAt('2026-03-16T18:30'); // the first 晚学 (18:00) has started, the second not
    const targets = await trainer.get(`/api/study/plans/${plan.plan.id}/push-targets`);
    expect(targets.statusCode, targets.body).toBe(200);
    const counties = targets.json().counties as { orgId: string; pushed: boolean }[];
    expect(counties.find((c) => c.orgId === dongheId)?.pushed).toBe(true);
    expect(counties.filter((c) => !c.pushed).length).toBeGreaterThan(0);
    expect(targets.json()).toMatchObject({ sessionsToCopy: plan.sessions.length - 1, sessionsStarted: 1 });
    const qingshan = await t.orgId('青山区司法局');
    const r = await trainer.post(`/api/study/plans/${plan.plan.id}/push`, { countyIds: [qingshan] });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ sessionsCopied: plan.sessions.length - 1, sessionsStarted: 1 });
    const copy = await t.services.db
      .select()
      .from(studySessions)
      .where(eq(studySessions.planId, r.json().pushed[0].planId));
    expect(copy.map((s) => s.startsAt.toISOString())).not.toContain(plan.sessions[0]!.startsAt);
    expect((await countyTrainer.get(`/api/study/plans/${plan.plan.id}/push-targets`)).statusCode).toBe(404);
  });
});

describe('a knowledge test through the API (grading under shuffling, time limit)', () => {
  const BANK = [
    { stem: '法律援助申请的审查期限是？', options: ['三日', '七日', '十五日', '三十日'], correct: [1] },
    { stem: '公共法律服务热线号码是？', options: ['12345', '12348', '12315', '12368'], correct: [1] },
    {
      stem: '人民调解是否收费？',
      options: ['按标的收费', '按件收费', '不收取费用', '协商确定'],
      correct: [2],
    },
    { stem: '晨训一般安排在？', options: ['上班前', '午休', '下班后', '周末'], correct: [0] },
  ];
  let paperId: string;

  interface Attempt {
    id: string;
    questions: { id: string; stem: string; options: string[] }[];
    result: { score: number; maxScore: number } | null;
  }
  /** The displayed positions of the right options, found by their text. */
  const rightAnswers = (attempt: Attempt) =>
    Object.fromEntries(
      attempt.questions.map((q) => {
        const bank = BANK.find((b) => b.stem === q.stem)!;
        return [q.id, bank.correct.map((c) => q.options.indexOf(bank.options[c]!))];
      }),
    );

  beforeAll(async () => {
    clockAt('2026-03-18T09:00');
    for (const q of BANK) {
      const r = await trainer.post('/api/study/questions', { kind: 'single', category: '测试', ...q });
      expect(r.statusCode, r.body).toBe(201);
    }
    const created = await trainer.post('/api/study/papers', {
      title: '应知应会第一轮',
      round: '第一轮',
      counts: { single: 4 },
      categories: ['测试'],
      timeLimitMinutes: 10,
      maxAttempts: 1,
      passScore: 6,
    });
    expect(created.statusCode, created.body).toBe(201);
    const published = await trainer.post(`/api/study/papers/${created.json().id}/status`, {
      version: created.json().version,
      status: 'published',
    });
    expect(published.statusCode, published.body).toBe(200);
    paperId = published.json().id;
  });

  it('shows each taker their own order, never the answers, and scores the right options wherever shown', async () => {
    const a = (await cityClerk.post(`/api/study/papers/${paperId}/attempts`)).json() as Attempt;
    const b = (await cityClerk2.post(`/api/study/papers/${paperId}/attempts`)).json() as Attempt;
    const layout = (x: Attempt) => x.questions.map((q) => `${q.stem}:${q.options.join('/')}`).join('|');
    expect(layout(a)).not.toBe(layout(b));
    for (const attempt of [a, b]) {
      expect(JSON.stringify(attempt)).not.toMatch(/"correct/);
      expect(attempt.questions.map((q) => [...q.options].sort())).toEqual(
        attempt.questions.map((q) => [...BANK.find((x) => x.stem === q.stem)!.options].sort()),
      );
    }
    const full = await cityClerk.post(`/api/study/attempts/${a.id}/submit`, { answers: rightAnswers(a) });
    expect(full.statusCode, full.body).toBe(200);
    expect(full.json().result).toMatchObject({ score: 8, maxScore: 8, passed: true });
    // Taker B picks the option shown after the right one, for every question: nothing scores.
    const wrong = Object.fromEntries(
      b.questions.map((q) => [q.id, [(rightAnswers(b)[q.id]![0]! + 1) % q.options.length]]),
    );
    const none = await cityClerk2.post(`/api/study/attempts/${b.id}/submit`, { answers: wrong });
    expect(none.json().result).toMatchObject({ score: 0, maxScore: 8, passed: false });
  });

  it('ignores answers handed in after the time limit and grades the saved ones', async () => {
    const taker = await t.login({ roles: ['window-clerk'] });
    const attempt = (await taker.post(`/api/study/papers/${paperId}/attempts`)).json() as Attempt;
    const right = rightAnswers(attempt);
    const [first] = attempt.questions;
    const saved = await taker.put(`/api/study/attempts/${attempt.id}/answers`, {
      answers: { [first!.id]: right[first!.id] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    clockAt('2026-03-18T09:12');
    const late = await taker.post(`/api/study/attempts/${attempt.id}/submit`, { answers: right });
    expect(late.statusCode, late.body).toBe(200);
    expect(late.json().result).toMatchObject({ score: 2, maxScore: 8 });
  });

  it('reports the round to the officer with item statistics', async () => {
    const r = await trainer.get(`/api/study/papers/${paperId}/results`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().summary).toMatchObject({ participants: 3, highest: 8, lowest: 0 });
    expect(r.json().items).toHaveLength(4);
    expect((await cityClerk.get(`/api/study/papers/${paperId}/results`)).statusCode).toBe(403);
  });
});

describe('opinion solicitation (开门纳谏)', () => {
  it('gives a form a public link on the phone pages that takes an opinion without login', async () => {
    const form = await trainer.post('/api/opinion-forms', {
      title: '请您为我局队伍建设提意见',
      respondentKinds: ['npc-deputy', 'service-user'],
    });
    expect(form.statusCode, form.body).toBe(201);
    const path: string = form.json().publicPath;
    expect(path).toMatch(/^\/m\/opinion\/[A-Za-z0-9_-]{16,}$/);
    const token = path.split('/').pop();
    const view = await t.app.inject({ method: 'GET', url: `/api/public/opinion-forms/${token}` });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json().title).toBe('请您为我局队伍建设提意见');
    const sent = await t.app.inject({
      method: 'POST',
      url: `/api/public/opinion-forms/${token}/responses`,
      payload: { respondentKind: 'npc-deputy', content: '建议增加夜间和周末的法律咨询服务。' },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const list = await trainer.get('/api/opinions?view=managed');
    expect(list.json().items.map((o: { content: string }) => o.content)).toContain(
      '建议增加夜间和周末的法律咨询服务。',
    );
  });
});
