import { and, eq } from 'drizzle-orm';
import { lawyers, organisations, persons, windows } from '../db/schema/index';
import { evaluationRows, insertActivity, matterRows, ticketRows } from '../seed/activity/activity-rows';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

/**
 * The hand-made history of the dashboard route tests dashboard-figures and dashboard-exports (not a test
 * file itself): tickets, legal-aid matters and ratings whose figures those tests work out by hand. Clock:
 * Tuesday 2026-03-17 10:00 Beijing; period 2026-03-01 … 2026-03-17.
 */
const NOW = new Date('2026-03-17T10:00:00+08:00');
const at = (s: string) => new Date(`${s}+08:00`);
export const PERIOD = 'from=2026-03-01&to=2026-03-17';

export interface DashboardTestApp extends TestApp {
  /** The city bureau's leader. */
  leader: TestClient;
  /** 东河区司法局's leader. */
  countyLeader: TestClient;
  /** A receptionist (no dashboard.read). */
  receptionist: TestClient;
  cityId: string;
  countyId: string;
  /** The team lawyer 高律师. */
  teamLawyerId: string;
  /** The ids of the history's window 1, tickets, matters and ratings by name (w1, T1, M1, E2, …). */
  ids: Record<string, string>;
}

/** A test app on the clock NOW with the history inserted and the leaders and a receptionist logged in. */
export async function buildDashboardTestApp(): Promise<DashboardTestApp> {
  const t = await buildTestApp();
  t.services.clock.set(NOW);
  const ids: Record<string, string> = {};
  const db = t.services.db;
  const cityId = await t.orgId('包头市司法局');
  const countyId = await t.orgId('东河区司法局');
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
  const teamLawyerId = lawyer!.id;
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
  return {
    ...t,
    leader: await t.login({ roles: ['bureau-leader'], orgName: '包头市司法局' }),
    countyLeader: await t.login({ roles: ['bureau-leader'], orgName: '东河区司法局' }),
    receptionist: await t.login({ roles: ['receptionist'] }),
    cityId,
    countyId,
    teamLawyerId,
    ids,
  };
}
