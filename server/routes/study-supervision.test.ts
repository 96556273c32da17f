/**
 * Supervision in the staff programme through the API on a real database. Attendance rates (issue #8:
 * "attendance rates per person, department and county"): a person sees only their own rate, a supervisor
 * their scope, the city each county (市县两级联动); by period and by plan. Hand-picked spot checks
 * (指定抽查): a supervisor chooses notes of their scope, never one drawn before, never another county's.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
let planId: string;
let copyId: string;

const clockAt = (local: string) => t.services.clock.set(beijing(local));

interface Tally {
  expected: number;
  present: number;
  late: number;
  leave: number;
  absent: number;
  rate: number | null;
}
interface Rates {
  view: 'own' | 'scope';
  bureauKind: string;
  sessionsHeld: number;
  total: Tally;
  counties: { id: string; name: string; tally: Tally }[];
  departments: { id: string; name: string; county: string; tally: Tally }[];
  persons: { id: string; name: string; department: string; county: string; tally: Tally }[];
}

async function rates(client: TestClient, query = ''): Promise<Rates> {
  const r = await client.get(`/api/study/attendance-rates${query}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

async function mark(client: TestClient, sessionId: string, userId: string, status: string) {
  const r = await client.post(`/api/study/sessions/${sessionId}/attendance`, {
    userId,
    status,
    reason: '手机无法扫码，组织者代签到',
  });
  expect(r.statusCode, r.body).toBe(200);
}

beforeAll(async () => {
  t = await buildTestApp();
  trainer = await t.login({ roles: ['training-officer'], orgName: '包头市司法局' });
  cityClerk = await t.login({ roles: ['window-clerk'] });
  cityClerk2 = await t.login({ roles: ['window-clerk'] });
  countyTrainer = await t.login({ roles: ['training-officer'], orgName: '东河区司法局' });
  countyClerk = await t.login({ roles: ['window-clerk'], orgName: '东河区司法局' });
  otherCountyClerk = await t.login({ roles: ['window-clerk'], orgName: '昆都仑区司法局' });
  dongheId = await t.orgId('东河区司法局');
  clockAt('2026-04-10T10:00');
  const created = await trainer.post('/api/study/plans', {
    title: '四月警示教育',
    themes: ['warning'],
    forms: ['self-and-group'],
    startsOn: '2026-04-13',
    endsOn: '2026-04-30',
    sessions: [
      {
        kind: 'evening-study',
        title: '晚学',
        location: '三楼会议室',
        from: '2026-04-13',
        to: '2026-04-14',
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
  planId = published.json().plan.id;
  const [first, second] = published.json().sessions as { id: string }[];
  const pushed = await trainer.post(`/api/study/plans/${planId}/push`, { countyIds: [dongheId] });
  expect(pushed.statusCode, pushed.body).toBe(200);
  copyId = pushed.json().pushed[0].planId;
  const copy = await countyTrainer.get(`/api/study/plans/${copyId}`);
  const [copyFirst, copySecond] = copy.json().sessions as { id: string }[];
  // City: clerk 1 at both sessions (once late), clerk 2 at the first only. County clerk: first only.
  clockAt('2026-04-14T19:30');
  await mark(trainer, first!.id, cityClerk.userId, 'present');
  await mark(trainer, second!.id, cityClerk.userId, 'late');
  await mark(trainer, first!.id, cityClerk2.userId, 'present');
  await mark(trainer, second!.id, cityClerk2.userId, 'leave');
  await mark(countyTrainer, copyFirst!.id, countyClerk.userId, 'present');
  expect(copySecond).toBeDefined();
});

afterAll(async () => {
  await t.close();
});

describe('attendance rates (出勤率)', () => {
  it('shows a staff member only their own rate', async () => {
    const mine = await rates(cityClerk);
    expect(mine.view).toBe('own');
    expect(mine.persons.map((p) => p.id)).toEqual([cityClerk.userId]);
    expect(mine.total).toMatchObject({ expected: 2, present: 1, late: 1, rate: 1 });
    expect(mine.departments).toEqual([
      expect.objectContaining({
        name: '包头市公共法律服务中心',
        tally: expect.objectContaining({ rate: 1 }),
      }),
    ]);
    const other = await rates(cityClerk2);
    // Leave is excused: one session due, attended.
    expect(other.total).toMatchObject({ expected: 2, present: 1, leave: 1, rate: 1 });
    const county = await rates(countyClerk);
    expect(county.persons.map((p) => p.id)).toEqual([countyClerk.userId]);
    expect(county.total).toMatchObject({ expected: 2, present: 1, absent: 1, rate: 0.5 });
    const nobody = await rates(otherCountyClerk);
    expect(nobody.total).toMatchObject({ expected: 0, rate: null });
    expect(nobody.persons).toEqual([]);
  });

  it('shows the city each county, and each department and person, highest rate first', async () => {
    const city = await rates(trainer);
    expect(city).toMatchObject({ view: 'scope', bureauKind: 'city-bureau' });
    expect(city.counties.map((c) => c.name)).toEqual(
      expect.arrayContaining(['包头市司法局', '东河区司法局']),
    );
    const donghe = city.counties.find((c) => c.id === dongheId)!;
    expect(donghe.tally.present).toBe(1);
    expect(donghe.tally.expected % 2).toBe(0); // every county member at both sessions
    const persons = new Map(city.persons.map((p) => [p.id, p]));
    expect(persons.get(cityClerk.userId)!.tally.rate).toBe(1);
    expect(persons.get(countyClerk.userId)).toMatchObject({ county: '东河区司法局', tally: { rate: 0.5 } });
    expect(persons.has(otherCountyClerk.userId)).toBe(false);
    const ratesInOrder = city.persons.map((p) => p.tally.rate ?? -1);
    expect(ratesInOrder).toEqual([...ratesInOrder].sort((a, b) => b - a));
    const center = city.departments.find((d) => d.name === '包头市公共法律服务中心')!;
    expect(center.tally).toMatchObject({ present: 2, late: 1, leave: 1 });
  });

  it("keeps a county's training officer to the county", async () => {
    const county = await rates(countyTrainer);
    expect(county).toMatchObject({ view: 'scope', bureauKind: 'county-bureau' });
    expect(county.counties.map((c) => c.id)).toEqual([dongheId]);
    expect(county.persons.map((p) => p.county)).toEqual(county.persons.map(() => '东河区司法局'));
    expect(county.persons.map((p) => p.id)).toContain(countyClerk.userId);
    expect(county.persons.map((p) => p.id)).not.toContain(cityClerk.userId);
    const city = await countyTrainer.get(`/api/study/attendance-rates?planId=${planId}`);
    expect(city.statusCode).toBe(404);
    expect(city.json().code).toBe('STUDY.NOT_FOUND');
  });

  it('narrows to a plan (with its county copies) and to a period', async () => {
    const byPlan = await rates(trainer, `?planId=${planId}`);
    expect(byPlan.counties.map((c) => c.id)).toContain(dongheId);
    expect(byPlan.sessionsHeld).toBe(4);
    const copyOnly = await rates(countyTrainer, `?planId=${copyId}`);
    expect(copyOnly.sessionsHeld).toBe(2);
    const firstDay = await rates(cityClerk, '?from=2026-04-13&to=2026-04-13');
    expect(firstDay.total).toMatchObject({ expected: 1, present: 1, late: 0 });
    const before = await rates(trainer, '?to=2026-04-12');
    expect(before.total.expected).toBe(0);
    const bad = await trainer.get('/api/study/attendance-rates?from=2026-04-14&to=2026-04-13');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('STUDY.INVALID_PERIOD');
  });
});

describe('hand-picked spot checks (指定抽查)', () => {
  let cityNote: string;
  let cityNote2: string;
  let countyNote: string;

  async function note(client: TestClient, plan: string, content: string): Promise<string> {
    const r = await client.post('/api/study/records', { planId: plan, content });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id;
  }

  beforeAll(async () => {
    clockAt('2026-04-14T20:00');
    cityNote = await note(cityClerk, planId, '学习警示教育案例，深刻反思窗口服务中的廉洁风险。');
    clockAt('2026-04-16T20:00');
    cityNote2 = await note(cityClerk2, planId, '对照案例查摆自身问题，明确整改措施和时限。');
    countyNote = await note(countyClerk, copyId, '东河区：学习警示教育案例并结合本职工作谈体会。');
    clockAt('2026-04-17T09:00');
  });

  it('creates a spot check of exactly the notes the supervisor picked, to grade like a drawn one', async () => {
    const r = await trainer.post('/api/study/spot-checks/picks', {
      recordIds: [cityNote2, cityNote, cityNote2],
      reason: '群众反映窗口服务问题',
    });
    expect(r.statusCode, r.body).toBe(201);
    const check = r.json();
    expect(check).toMatchObject({ periodFrom: '2026-04-14', periodTo: '2026-04-16', candidates: 2 });
    expect(check.rule).toMatchObject({ mode: 'picked', recordIds: [cityNote2, cityNote] });
    expect(check.items.map((i: { record: { id: string } }) => i.record.id).sort()).toEqual(
      [cityNote, cityNote2].sort(),
    );
    const item = check.items[0];
    const graded = await trainer.patch(`/api/study/spot-check-items/${item.id}`, {
      version: item.version,
      grade: 'good',
      comment: '联系实际较好',
    });
    expect(graded.statusCode, graded.body).toBe(200);
    const list = await trainer.get('/api/study/spot-checks');
    expect(list.json().items[0]).toMatchObject({ id: check.id, mode: 'picked', drawn: 2, graded: 1 });
    const audit = await t.services.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'study.pick-spot-check' and entity_id = ${check.id}`,
    );
    expect(audit.rows[0]!.n).toBe(1);
  });

  it('refuses a note already checked, and leaves it out of the next random draw', async () => {
    const again = await trainer.post('/api/study/spot-checks/picks', { recordIds: [cityNote] });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'STUDY.ALREADY_DRAWN', details: { recordIds: [cityNote] } });
    const draw = await trainer.post('/api/study/spot-checks', {
      from: '2026-04-13',
      to: '2026-04-17',
      planId,
      rule: { mode: 'random', count: 10 },
    });
    expect(draw.statusCode, draw.body).toBe(201);
    const drawn = draw.json().items.map((i: { record: { id: string } }) => i.record.id);
    expect(drawn).not.toContain(cityNote);
    expect(drawn).not.toContain(cityNote2);
  });

  it("keeps a county's supervisor to the county's notes and staff out altogether", async () => {
    const outOfScope = await countyTrainer.post('/api/study/spot-checks/picks', {
      recordIds: [countyNote, cityNote],
    });
    expect(outOfScope.statusCode).toBe(404);
    expect(outOfScope.json().code).toBe('STUDY.NOT_FOUND');
    const staff = await countyClerk.post('/api/study/spot-checks/picks', { recordIds: [countyNote] });
    expect(staff.statusCode).toBe(403);
    const empty = await countyTrainer.post('/api/study/spot-checks/picks', { recordIds: [] });
    expect(empty.statusCode).toBe(400);
    const own = await countyTrainer.post('/api/study/spot-checks/picks', { recordIds: [countyNote] });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().items).toHaveLength(1);
  });
});
