import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lawyers, organisations, persons, windows } from '../db/schema/index';
import { evaluationRows, insertActivity, matterRows, ticketRows } from '../seed/activity/activity-rows';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

/**
 * The leadership dashboard on hand-made history (tickets, legal-aid matters, ratings) with figures worked
 * out by hand below. Clock: Tuesday 2026-03-17 10:00 Beijing; period 2026-03-01 … 2026-03-17.
 */
const NOW = new Date('2026-03-17T10:00:00+08:00');
const at = (s: string) => new Date(`${s}+08:00`);
const PERIOD = 'from=2026-03-01&to=2026-03-17';

let t: TestApp;
let leader: TestClient;
let countyLeader: TestClient;
let receptionist: TestClient;
let cityId: string;
let countyId: string;
let teamLawyerId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  t.services.clock.set(NOW);
  const db = t.services.db;
  cityId = await t.orgId('包头市司法局');
  countyId = await t.orgId('东河区司法局');
  const centerId = await t.orgId('包头市公共法律服务中心');
  const aidId = await t.orgId('包头市法律援助中心');
  const countyAidId = await t.orgId('东河区法律援助中心');
  const [countyCenter] = await db
    .insert(organisations)
    .values({
      parentId: countyId,
      kind: 'service-center',
      name: '东河区公共法律服务中心',
      divisionCode: '150202',
    })
    .returning();
  const [countyWindow] = await db
    .insert(windows)
    .values({ orgId: countyCenter!.id, number: 1, name: '综合窗口', services: ['notarization'] })
    .returning();
  const win = async (n: number) =>
    (
      await db
        .select({ id: windows.id })
        .from(windows)
        .where(and(eq(windows.orgId, centerId), eq(windows.number, n)))
    )[0]!.id;
  const [w1, w2, w3] = [await win(1), await win(2), await win(3)];
  ids.w1 = w1;

  const lawyerUser = await t.createStaff({ roles: ['lawyer'], orgName: '内蒙古北疆明正律师事务所' });
  const [lawyer] = await db
    .insert(lawyers)
    .values({
      orgId: cityId,
      userId: lawyerUser.id,
      name: '高律师',
      licenceNo: '11502200910099999',
      firstPracticeYear: 2009,
      teamMember: true,
      teamJoinedOn: '2025-01-01',
    })
    .returning();
  teamLawyerId = lawyer!.id;
  const [person] = await db.insert(persons).values({ orgId: aidId, name: '申请人甲' }).returning();

  const T1 = ticketRows({
    orgId: centerId,
    serviceCode: 'consultation',
    windowId: w1,
    sequence: 1,
    status: 'finished',
    issuedAt: at('2026-03-16T09:00:00'),
    calledAt: at('2026-03-16T09:10:00'),
    startedAt: at('2026-03-16T09:10:30'),
    finishedAt: at('2026-03-16T09:25:30'),
    servedBy: lawyerUser.id,
    idNumberMasked: '1502**********1234',
  });
  const T2 = ticketRows({
    orgId: centerId,
    serviceCode: 'consultation',
    windowId: w1,
    sequence: 2,
    status: 'finished',
    issuedAt: at('2026-03-16T09:05:00'),
    calledAt: at('2026-03-16T09:35:00'),
    startedAt: at('2026-03-16T09:35:00'),
    finishedAt: at('2026-03-16T09:45:00'),
  });
  const M1 = matterRows({
    orgId: aidId,
    number: '包法援〔2026〕第0001号',
    year: 2026,
    seq: 1,
    applicantPersonId: person!.id,
    caseKind: 'civil',
    matter: 'labour-relation-or-remuneration',
    priorityGroups: ['migrant-worker-wage'],
    regionCode: '150200',
    status: 'in-progress',
    appliedAt: at('2026-03-16T09:00:00'),
    acceptedAt: at('2026-03-16T09:10:00'),
    approvedAt: at('2026-03-16T09:30:00'),
    assignedAt: at('2026-03-16T10:00:00'),
    aidStartedAt: at('2026-03-16T11:00:00'),
    assignedLawyerId: teamLawyerId,
  });
  const T3 = ticketRows({
    orgId: centerId,
    serviceCode: 'legal-aid',
    windowId: w2,
    sequence: 1,
    status: 'finished',
    issuedAt: at('2026-03-16T09:00:00'),
    calledAt: at('2026-03-16T09:02:00'),
    startedAt: at('2026-03-16T09:02:00'),
    finishedAt: at('2026-03-16T09:32:00'),
    matterId: M1.matter.id!,
  });
  const T4 = ticketRows({
    orgId: centerId,
    serviceCode: 'mediation',
    windowId: w3,
    sequence: 1,
    status: 'no-show',
    issuedAt: at('2026-03-16T10:00:00'),
    calledAt: at('2026-03-16T10:20:00'),
  });
  const T5 = ticketRows({
    orgId: centerId,
    serviceCode: 'consultation',
    sequence: 1,
    status: 'waiting',
    issuedAt: at('2026-03-17T09:30:00'),
  });
  const T6 = ticketRows({
    orgId: centerId,
    serviceCode: 'consultation',
    windowId: w1,
    sequence: 2,
    status: 'called',
    issuedAt: at('2026-03-17T09:40:00'),
    calledAt: at('2026-03-17T09:50:00'),
  });
  const C1 = ticketRows({
    orgId: countyCenter!.id,
    serviceCode: 'notarization',
    windowId: countyWindow!.id,
    sequence: 1,
    status: 'finished',
    issuedAt: at('2026-03-16T14:00:00'),
    calledAt: at('2026-03-16T14:05:00'),
    startedAt: at('2026-03-16T14:05:00'),
    finishedAt: at('2026-03-16T14:15:00'),
  });
  Object.assign(ids, { T1: T1.ticket.id, T2: T2.ticket.id, T5: T5.ticket.id, T6: T6.ticket.id });
  const common = { applicantPersonId: person!.id, year: 2026, regionCode: '150200' } as const;
  const M2 = matterRows({
    ...common,
    orgId: aidId,
    number: '包法援〔2026〕第0002号',
    seq: 2,
    caseKind: 'civil',
    matter: 'maintenance',
    priorityGroups: ['elderly', 'disabled'],
    status: 'assigned',
    appliedAt: at('2026-03-02T10:00:00'),
    acceptedAt: at('2026-03-02T10:30:00'),
    approvedAt: at('2026-03-12T10:00:00'),
    assignedAt: at('2026-03-13T10:00:00'),
  });
  const M3 = matterRows({
    ...common,
    orgId: aidId,
    number: '包法援〔2026〕第0003号',
    seq: 3,
    caseKind: 'civil',
    matter: 'loan-dispute',
    status: 'refused',
    appliedAt: at('2026-03-05T10:00:00'),
    acceptedAt: at('2026-03-05T10:30:00'),
    refusedAt: at('2026-03-06T10:00:00'),
  });
  const M4 = matterRows({
    ...common,
    orgId: aidId,
    number: '包法援〔2026〕第0004号',
    seq: 4,
    caseKind: 'civil',
    matter: 'maintenance',
    status: 'under-review',
    appliedAt: at('2026-03-03T10:00:00'),
    acceptedAt: at('2026-03-03T10:30:00'),
  });
  const M5 = matterRows({
    ...common,
    orgId: countyAidId,
    number: '东法援〔2026〕第0001号',
    seq: 1,
    regionCode: '150202',
    caseKind: 'civil',
    matter: 'pension',
    priorityGroups: ['elderly'],
    status: 'in-progress',
    appliedAt: at('2026-03-16T09:00:00'),
    acceptedAt: at('2026-03-16T09:05:00'),
    approvedAt: at('2026-03-16T09:10:00'),
    assignedAt: at('2026-03-16T09:20:00'),
    aidStartedAt: at('2026-03-16T09:40:00'),
  });
  const M6 = matterRows({
    ...common,
    orgId: aidId,
    number: '包法援〔2026〕第0005号',
    seq: 5,
    caseKind: 'civil',
    status: 'applied',
    appliedAt: at('2026-02-20T10:00:00'),
  });
  Object.assign(ids, { M1: M1.matter.id, M2: M2.matter.id, M4: M4.matter.id, M5: M5.matter.id });
  const E1 = evaluationRows({
    orgId: centerId,
    ticketId: T1.ticket.id,
    subjectNumber: 'A001',
    serviceCode: 'consultation',
    level: 5,
    at: at('2026-03-16T09:30:00'),
  });
  const E2 = evaluationRows({
    orgId: centerId,
    ticketId: T2.ticket.id,
    subjectNumber: 'A002',
    serviceCode: 'consultation',
    level: 2,
    at: at('2026-03-16T09:50:00'),
    rectification: { status: 'open', callbackDueOn: '2026-03-16', fixDueOn: '2026-03-20' },
  });
  const E3 = evaluationRows({
    orgId: aidId,
    matterId: M1.matter.id!,
    subjectNumber: '包法援〔2026〕第0001号',
    serviceCode: 'legal-aid',
    level: 4,
    at: at('2026-03-16T12:00:00'),
  });
  const E4 = evaluationRows({
    orgId: countyAidId,
    matterId: M5.matter.id!,
    subjectNumber: '东法援〔2026〕第0001号',
    serviceCode: 'legal-aid',
    level: 1,
    at: at('2026-03-16T12:00:00'),
    rectification: {
      status: 'closed',
      callbackDueOn: '2026-03-17',
      fixDueOn: '2026-03-23',
      calledBackAt: at('2026-03-16T15:00:00'),
      rectifiedAt: at('2026-03-17T09:00:00'),
    },
  });
  Object.assign(ids, { E2: E2.evaluation.id, E4: E4.evaluation.id });
  await insertActivity(db, {
    tickets: [T1, T2, T3, T4, T5, T6, C1],
    matters: [M1, M2, M3, M4, M5, M6],
    evaluations: [E1, E2, E3, E4],
  });
  leader = await t.login({ roles: ['bureau-leader'], orgName: '包头市司法局' });
  countyLeader = await t.login({ roles: ['bureau-leader'], orgName: '东河区司法局' });
  receptionist = await t.login({ roles: ['receptionist'] });
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

describe('exports', () => {
  it('exports the list behind a chart as .xlsx: same rows, same order, identifiers as text, Chinese name', async () => {
    const r = await leader.get(`/api/dashboard/export/tickets?${PERIOD}&serviceCode=consultation`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    const disposition = String(r.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(
      '数据看板-取号办件明细-包头市司法局-2026-03-01至2026-03-17.xlsx',
    );
    // Narrowed to a unit, the file says which.
    const county = await leader.get(`/api/dashboard/export/legal-aid?${PERIOD}&unitId=${countyId}`);
    expect(county.statusCode, county.body).toBe(200);
    expect(decodeURIComponent(String(county.headers['content-disposition']).split("UTF-8''")[1]!)).toBe(
      '数据看板-法律援助事项明细-东河区司法局-2026-03-01至2026-03-17.xlsx',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(5);
    expect([2, 3, 4, 5].map((n) => sheet.getCell(`B${n}`).value)).toEqual(['A002', 'A001', 'A002', 'A001']);
    expect(sheet.getCell('K5').value).toBe('1502**********1234');
    expect(sheet.getCell('K5').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('I5').value).toBe(10);
    // Codes go out as their labels: the status 已办结, not `finished`.
    expect(sheet.getCell('G1').value).toBe('状态');
    expect(sheet.getCell('G5').value).toBe('已办结');
    // The header row is bold on a light fill with a bottom border, frozen, with an autofilter; the long
    // Chinese center name (包头市公共法律服务中心) makes its column wider than the window number's.
    expect(sheet.getCell('C1').font?.bold).toBe(true);
    expect(sheet.getCell('C1').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet.getCell('C1').border?.bottom?.style).toBe('thin');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:K1');
    expect(sheet.getCell('C2').value).toBe('包头市公共法律服务中心');
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(22);
    expect(sheet.getColumn(3).width).toBeGreaterThan(sheet.getColumn(6).width!);
  });

  /** The columns of an export's first sheet, by header. */
  const load = async (url: string) => {
    const r = await leader.get(url);
    expect(r.statusCode, r.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    return (name: string) => {
      expect(header).toContain(name);
      return Array.from(
        { length: sheet.rowCount - 1 },
        (_, i) => sheet.getRow(i + 2).getCell(header.indexOf(name)).value,
      );
    };
  };
  /** An Excel date-time cell's clock (Excel dates have no zone; exceljs reads them back as UTC). */
  const clock = (v: unknown) => (v as Date).toISOString().slice(0, 16).replace('T', ' ');

  it('writes every instant as Beijing wall time, whatever the process TZ', async () => {
    const tickets = await load(`/api/dashboard/export/tickets?${PERIOD}&serviceCode=consultation`);
    // A001 of 2026-03-16 was issued at 09:00 Beijing (01:00 UTC).
    expect(tickets('取号时间').map(clock)).toContain('2026-03-16 09:00');
    expect(tickets('取号时间').map(clock)).not.toContain('2026-03-16 01:00');
    const matters = await load(`/api/dashboard/export/legal-aid?${PERIOD}`);
    const applied = Object.fromEntries(matters('案号').map((n, i) => [n, clock(matters('申请时间')[i])]));
    expect(applied['包法援〔2026〕第0002号']).toBe('2026-03-02 10:00');
    expect(applied['东法援〔2026〕第0001号']).toBe('2026-03-16 09:00');
  });

  it('labels deadline results, 不适用 with its reason, and rating levels (no codes)', async () => {
    const matters = await load(`/api/dashboard/export/legal-aid?${PERIOD}`);
    const row = (number: string, column: string) => matters(column)[matters('案号').indexOf(number)];
    expect(row('包法援〔2026〕第0002号', '审批期限（7日）')).toBe('超期');
    expect(row('包法援〔2026〕第0002号', '指派期限（3日）')).toBe('按期');
    expect(row('包法援〔2026〕第0004号', '指派期限（3日）')).toMatch(/^不适用（未给予法律援助/);
    expect(row('包法援〔2026〕第0003号', '五个当天')).toBe('不适用');
    expect(row('包法援〔2026〕第0001号', '五个当天')).toBe('达成');
    const all = [...matters('五个当天'), ...matters('审批期限（7日）'), ...matters('指派期限（3日）')];
    expect(all.join()).not.toMatch(/n\/a|met|breached|pending|按期\/达成/);
    const ratings = await load(`/api/dashboard/export/evaluations?${PERIOD}`);
    expect(new Set(ratings('评价等级'))).toEqual(new Set(['非常满意', '不满意', '满意', '非常不满意']));
  });

  it('writes labels, not codes, in the legal-aid and rating exports (priority groups, rectification status)', async () => {
    const matters = await load(`/api/dashboard/export/legal-aid?${PERIOD}&priorityGroup=elderly`);
    expect(matters('重点群体')).toHaveLength(2);
    expect(matters('重点群体').every((v) => String(v).includes('老年人'))).toBe(true);
    expect(matters('重点群体').join()).not.toContain('elderly');
    const ratings = await load(`/api/dashboard/export/evaluations?${PERIOD}&overdue=true`);
    expect(ratings('整改状态')).toEqual(['待回访']);
  });

  it('exports every chart as one workbook, and refuses a county leader the city', async () => {
    const r = await leader.get(`/api/dashboard/export/figures?${PERIOD}`);
    expect(r.statusCode, r.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toContain('法援按重点群体');
    const units = workbook.getWorksheet('各单位办件')!;
    expect(units.getCell('A2').value).toBe('包头市司法局');
    expect(units.getCell('B2').value).toBe(6);
    // The five same-day pie and the rectification bars, every slice and bar (the figures of the legal-aid
    // and satisfaction tests above).
    const rows = (name: string) =>
      workbook
        .getWorksheet(name)!
        .getSheetValues()
        .slice(1)
        .map((row) => (row as unknown[]).slice(1));
    expect(rows('五个当天')).toEqual([
      ['结果', '数量'],
      ['达成', 2],
      ['未达成', 2],
      ['今日进行中', 0],
      ['不适用', 1],
    ]);
    expect(rows('差评整改')).toEqual([
      ['整改状态', '数量'],
      ['待回访', 1],
      ['已回访，整改中', 0],
      ['已整改，待群众复评', 0],
      ['已办结', 1],
    ]);
    // The deadline chart's three parts per unit: over the units, the totals of the legal-aid test above.
    const [header, ...aidRows] = rows('法援各单位') as [string[], ...unknown[][]];
    const unitRows = aidRows.slice(0, -1);
    expect(header).toEqual(expect.arrayContaining(['审批未到期', '指派未到期']));
    const total = (column: string) =>
      unitRows.reduce((sum: number, row) => sum + Number(row[header.indexOf(column)] ?? 0), 0);
    expect(['审批按期', '审批超期', '审批未到期', '指派按期', '指派超期', '指派未到期'].map(total)).toEqual([
      3, 2, 0, 3, 0, 0,
    ]);
    // Each sheet by unit, service or day ends with 合计: the scope's figures, so its counts are the sums of
    // the rows above (the units, services and days split the scope) and its rate is over the whole.
    const counts: Record<string, string[]> = {
      各单位办件: ['取号', '办结', '形成事项', '过号'],
      各事项办件: ['取号', '办结', '形成事项', '过号'],
      // The windows and the row of the tickets no window called split the scope too.
      各窗口办件: ['取号', '办结', '形成事项', '过号'],
      每日办件: ['取号', '办结'],
      法援各单位: [
        '申请',
        '给予',
        '不予',
        '五个当天达成',
        '五个当天未达成',
        '审批按期',
        '审批超期',
        '指派按期',
      ],
      好差评各单位: ['评价数', '差评', '整改', '已整改', '整改超期'],
    };
    for (const [name, columns] of Object.entries(counts)) {
      const [head, ...body] = rows(name) as [string[], ...unknown[][]];
      const totalRow = body.at(-1)!;
      expect(totalRow[0], name).toBe('合计');
      for (const column of columns) {
        const at = head.indexOf(column);
        const sum = body.slice(0, -1).reduce((n: number, row) => n + Number(row[at] ?? 0), 0);
        expect([name, column, Number(totalRow[at] ?? 0)]).toEqual([name, column, sum]);
      }
    }
    const [aidHead] = rows('法援各单位') as [string[]];
    const aidTotal = aidRows.at(-1)!;
    expect(aidTotal[aidHead.indexOf('申请')]).toBeGreaterThan(0);
    expect(aidTotal[aidHead.indexOf('五个当天达成率')]).toBe(0.5);
    // Rates are numbers shown as percentages (50.0%), as the dashboard shows them.
    const rateCell = workbook
      .getWorksheet('法援各单位')!
      .getRow(aidRows.length + 1)
      .getCell(aidHead.indexOf('五个当天达成率') + 1);
    expect([rateCell.value, rateCell.numFmt]).toEqual([0.5, '0.0%']);
    const satisfaction = workbook.getWorksheet('好差评各单位')!;
    expect(satisfaction.getRow(2).getCell(3).numFmt).toBe('0.0%');
    // Every sheet: a styled, frozen header row with an autofilter over its columns.
    for (const ws of workbook.worksheets) {
      const columns = ws.getRow(1).cellCount;
      expect([ws.name, ws.views[0]]).toMatchObject([ws.name, { state: 'frozen', ySplit: 1 }]);
      expect([ws.name, ws.autoFilter]).toEqual([ws.name, `A1:${ws.getColumn(columns).letter}1`]);
      for (let i = 1; i <= columns; i++) {
        const cell = ws.getRow(1).getCell(i);
        expect([ws.name, i, cell.font?.bold, cell.border?.bottom?.style]).toEqual([ws.name, i, true, 'thin']);
        expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
      }
    }
    // Widths follow the content: the windows' long Chinese names are wider than the counts beside them.
    const windowSheet = workbook.getWorksheet('各窗口办件')!;
    expect(String(windowSheet.getCell('A2').value)).toContain('包头市公共法律服务中心');
    const windowLabels = (rows('各窗口办件') as unknown[][]).map((row) => row[0]);
    expect(windowLabels.at(-2)).toBe('未到窗口（等候中取消、关闭或仍在等候）');
    expect(windowSheet.getColumn(1).width).toBeGreaterThan(windowSheet.getColumn(2).width!);
    const refused = await countyLeader.get(`/api/dashboard/export/figures?${PERIOD}&orgId=${cityId}`);
    expect(refused.statusCode).toBe(403);
  });

  it('writes the monthly report as .docx with the key figures', async () => {
    const r = await leader.get('/api/dashboard/report.docx?month=2026-03');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(decodeURIComponent(String(r.headers['content-disposition']).split("UTF-8''")[1]!)).toBe(
      '包头市司法局2026年3月公共法律服务工作报告.docx',
    );
    const xml = documentXml(r.rawPayload);
    expect(xml).toContain('本月受理法律援助申请5件');
    expect(xml).toContain('达成率50.0%');
    const future = await leader.get('/api/dashboard/report.docx?month=2026-05');
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({
      code: 'DASHBOARD.MONTH_IN_FUTURE',
      field: 'month',
      message: '该月尚未开始，无法生成报告',
    });
    // A malformed month (no such month, a date, nothing) is a 400 naming the field, in Chinese.
    for (const bad of ['2026-13', '2026-3', '2026-03-01', '']) {
      const malformed = await leader.get(`/api/dashboard/report.docx?month=${bad}`);
      expect(malformed.statusCode, bad).toBe(400);
      expect(malformed.json(), bad).toMatchObject({ field: 'month' });
      expect(malformed.json().message, bad).toMatch(/[\u4e00-\u9fff]/);
    }
    const missing = await leader.get('/api/dashboard/report.docx');
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ field: 'month' });
  });
});

/** word/document.xml of a .docx. */
function documentXml(docx: Buffer): string {
  return strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!);
}
