/**
 * The leadership dashboard's figures on the hand-made history of dashboard-test-kit.ts: visits and times,
 * today live, legal aid, satisfaction and rectification, the lawyer team, and the lists behind them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test/app';
import { buildDashboardTestApp, type DashboardTestApp, PERIOD } from './dashboard-test-kit';

let t: DashboardTestApp;
let leader: TestClient;
let countyLeader: TestClient;
let receptionist: TestClient;
let cityId: string;
let countyId: string;
let teamLawyerId: string;
let ids: Record<string, string>;

beforeAll(async () => {
  t = await buildDashboardTestApp();
  ({ leader, countyLeader, receptionist, cityId, countyId, teamLawyerId, ids } = t);
});
afterAll(async () => {
  await t?.close();
});

const ok = async (client: TestClient, url: string) => {
  const r = await client.get(url);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};

describe('visits and times', () => {
  it('rolls the city up from its own hall and its counties, with exact averages and p90', async () => {
    const body = await ok(leader, `/api/dashboard/queue?${PERIOD}`);
    expect(body.root).toMatchObject({ id: cityId, name: '包头市司法局' });
    expect(body.overall).toEqual({
      tickets: 7,
      finished: 4,
      matters: 1,
      noShows: 1,
      avgWaitSeconds: 770,
      p90WaitSeconds: 1800,
      avgServiceSeconds: 975,
      p90ServiceSeconds: 1800,
    });
    const consultation = body.services.find((s: { code: string }) => s.code === 'consultation');
    expect(consultation).toMatchObject({
      name: '法律咨询',
      tickets: 4,
      finished: 2,
      avgWaitSeconds: 1000,
      p90WaitSeconds: 1800,
      avgServiceSeconds: 750,
      p90ServiceSeconds: 900,
    });
    expect(body.services.map((s: { code: string }) => s.code)).toEqual([
      'consultation',
      'legal-aid',
      'mediation',
      'notarization',
    ]);
    const byUnit = Object.fromEntries(
      body.byUnit.map((u: { name: string; tickets: number }) => [u.name, u.tickets]),
    );
    expect(byUnit).toMatchObject({ 包头市司法局: 6, 东河区司法局: 1 });
    expect(body.daily).toEqual([
      { date: '2026-03-16', tickets: 5, finished: 4 },
      { date: '2026-03-17', tickets: 2, finished: 0 },
    ]);
    const window1 = body.windows.find((w: { id: string }) => w.id === ids.w1);
    expect(window1).toMatchObject({ number: 1, centerName: '包头市公共法律服务中心', tickets: 3 });
  });

  it('shows a county leader only the county, and refuses the city on the server', async () => {
    const body = await ok(countyLeader, `/api/dashboard/queue?${PERIOD}`);
    expect(body.root).toMatchObject({ id: countyId, name: '东河区司法局' });
    expect(body.units).toHaveLength(1);
    expect(body.overall).toMatchObject({
      tickets: 1,
      finished: 1,
      avgWaitSeconds: 300,
      avgServiceSeconds: 600,
    });
    const refused = await countyLeader.get(`/api/dashboard/queue?${PERIOD}&orgId=${cityId}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('AUTH.FORBIDDEN');
    const list = await countyLeader.get(`/api/dashboard/lists/tickets?${PERIOD}&orgId=${cityId}`);
    expect(list.statusCode).toBe(403);
  });

  it('lets the city leader narrow to one county', async () => {
    const body = await ok(leader, `/api/dashboard/queue?${PERIOD}&orgId=${countyId}`);
    expect(body.overall.tickets).toBe(1);
  });

  it('refuses roles without dashboard.read and bad periods with a field error', async () => {
    expect((await receptionist.get(`/api/dashboard/queue?${PERIOD}`)).statusCode).toBe(403);
    const reversed = await leader.get('/api/dashboard/queue?from=2026-03-10&to=2026-03-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json()).toMatchObject({ code: 'DASHBOARD.PERIOD_REVERSED', field: 'to' });
  });

  it('checks every list and export query against its schema, and every list reply (routes from one table)', async () => {
    for (const kind of ['tickets', 'legal-aid', 'evaluations', 'lectures']) {
      expect((await receptionist.get(`/api/dashboard/lists/${kind}?${PERIOD}`)).statusCode).toBe(403);
      expect((await receptionist.get(`/api/dashboard/export/${kind}?${PERIOD}`)).statusCode).toBe(403);
      const tooBig = await leader.get(`/api/dashboard/lists/${kind}?${PERIOD}&pageSize=500`);
      expect(tooBig.statusCode, kind).toBe(400);
      const listed = await leader.get(`/api/dashboard/lists/${kind}?${PERIOD}&pageSize=1`);
      expect(listed.statusCode, listed.body).toBe(200);
      expect(Object.keys(listed.json()).sort()).toEqual(['items', 'total']);
      expect(listed.json().items.length).toBeLessThanOrEqual(1);
    }
    const badFive = await leader.get(`/api/dashboard/export/legal-aid?${PERIOD}&five=maybe`);
    expect(badFive.statusCode).toBe(400);
    expect(badFive.json()).toMatchObject({ field: 'five' });
  });
});

describe('today live', () => {
  it('counts waiting and called tickets and names the number at each window', async () => {
    const body = await ok(leader, '/api/dashboard/live');
    expect(body.today).toBe('2026-03-17');
    expect(body.totals).toEqual({ issued: 2, waiting: 1, called: 1, serving: 0, finished: 0 });
    const window1 = body.windows.find((w: { id: string }) => w.id === ids.w1);
    expect(window1).toMatchObject({ current: ['A002'], waiting: 1 });
    const county = await ok(countyLeader, '/api/dashboard/live');
    expect(county.totals.issued).toBe(0);
    expect(county.windows.map((w: { centerName: string }) => w.centerName)).toEqual([
      '东河区公共法律服务中心',
    ]);
  });
});

describe('legal aid', () => {
  it('counts the application cohort: outcomes, five same-day, deadlines, per unit', async () => {
    const body = await ok(leader, `/api/dashboard/legal-aid?${PERIOD}`);
    expect(body.applications).toBe(5);
    expect(body.outcomes).toEqual({ granted: 3, refused: 1, withdrawn: 0, pending: 1 });
    expect(body.fiveSameDay).toEqual({ met: 2, missed: 2, open: 0, notApplicable: 1, rate: 0.5 });
    expect(body.deadlines).toEqual({
      decision: { met: 3, breached: 2, pending: 0 },
      assignment: { met: 3, breached: 0, pending: 0 },
    });
    const maintenance = body.byMatter.find((m: { key: string }) => m.key === 'maintenance');
    expect(maintenance).toMatchObject({ label: '请求给付赡养费、抚养费、扶养费', granted: 1, pending: 1 });
    const elderly = body.byPriorityGroup.find((g: { key: string }) => g.key === 'elderly');
    expect(elderly).toMatchObject({ label: '老年人', granted: 2 });
    const none = body.byPriorityGroup.find((g: { key: string }) => g.key === 'none');
    expect(none).toMatchObject({ refused: 1, pending: 1 });
    const county = body.byUnit.find((u: { id: string }) => u.id === countyId);
    expect(county).toMatchObject({ applications: 1, fiveSameDay: { met: 1, rate: 1 } });
    const mine = await ok(countyLeader, `/api/dashboard/legal-aid?${PERIOD}`);
    expect(mine.applications).toBe(1);
  });

  it('opens the list behind each figure, in a stable order', async () => {
    const met = await ok(leader, `/api/dashboard/lists/legal-aid?${PERIOD}&five=met`);
    expect(met.items.map((m: { id: string }) => m.id).sort()).toEqual([ids.M1, ids.M5].sort());
    const breached = await ok(leader, `/api/dashboard/lists/legal-aid?${PERIOD}&decision=breached`);
    expect(breached.items.map((m: { id: string }) => m.id)).toEqual([ids.M4, ids.M2]);
    expect(breached.total).toBe(2);
    const elderly = await ok(leader, `/api/dashboard/lists/legal-aid?${PERIOD}&priorityGroup=elderly`);
    expect(elderly.total).toBe(2);
    const lawyer = await ok(leader, `/api/dashboard/lists/legal-aid?${PERIOD}&lawyerId=${teamLawyerId}`);
    expect(lawyer.items).toEqual([
      expect.objectContaining({
        id: ids.M1,
        lawyerName: '高律师',
        five: 'met',
        matter: 'labour-relation-or-remuneration',
        matterLabel: '请求确认劳动关系或者支付劳动报酬',
      }),
    ]);
  });
});

describe('satisfaction and rectification', () => {
  it('rates, counts bad reviews and overdue rectifications, per unit', async () => {
    const body = await ok(leader, `/api/dashboard/satisfaction?${PERIOD}`);
    expect(body.overall).toEqual({
      evaluations: 4,
      satisfactionRate: 0.5,
      badReviews: 2,
      rectifications: 2,
      rectified: 1,
      overdue: 1,
    });
    expect(body.levels.find((l: { level: number }) => l.level === 2)).toEqual({
      level: 2,
      label: '不满意',
      count: 1,
    });
    const county = await ok(countyLeader, `/api/dashboard/satisfaction?${PERIOD}`);
    expect(county.overall).toMatchObject({ evaluations: 1, satisfactionRate: 0, badReviews: 1, overdue: 0 });
    const overdue = await ok(leader, `/api/dashboard/lists/evaluations?${PERIOD}&overdue=true`);
    expect(overdue.items).toEqual([
      expect.objectContaining({ id: ids.E2, rectificationStatus: 'open', overdue: true }),
    ]);
    const bad = await ok(leader, `/api/dashboard/lists/evaluations?${PERIOD}&bad=true`);
    expect(bad.total).toBe(2);
  });
});

describe('lawyer team and the ticket lists', () => {
  it('counts each team lawyer’s consultations and legal aid, and opens them', async () => {
    const body = await ok(leader, `/api/dashboard/lawyer-team?${PERIOD}`);
    const mine = body.lawyers.find((l: { id: string }) => l.id === teamLawyerId);
    expect(mine).toMatchObject({ name: '高律师', consultations: 1, legalAid: 1 });
    const served = await ok(leader, `/api/dashboard/lists/tickets?${PERIOD}&lawyerId=${teamLawyerId}`);
    expect(served.items).toEqual([
      expect.objectContaining({
        id: ids.T1,
        waitSeconds: 600,
        serviceSeconds: 900,
        idNumberMasked: '1502**********1234',
      }),
    ]);
  });

  it('pages the tickets of a service newest first without repeating or dropping a row', async () => {
    const all = await ok(
      leader,
      `/api/dashboard/lists/tickets?${PERIOD}&serviceCode=consultation&pageSize=200`,
    );
    expect(all.items.map((x: { id: string }) => x.id)).toEqual([ids.T6, ids.T5, ids.T2, ids.T1]);
    const p1 = await ok(leader, `/api/dashboard/lists/tickets?${PERIOD}&serviceCode=consultation&pageSize=3`);
    const p2 = await ok(
      leader,
      `/api/dashboard/lists/tickets?${PERIOD}&serviceCode=consultation&pageSize=3&page=2`,
    );
    expect([...p1.items, ...p2.items].map((x: { id: string }) => x.id)).toEqual(
      all.items.map((x: { id: string }) => x.id),
    );
    expect(p2.total).toBe(4);
    const day = await ok(leader, `/api/dashboard/lists/tickets?${PERIOD}&date=2026-03-17`);
    expect(day.total).toBe(2);
  });
});
