import { residentIdCheckChar } from '@core/identity';
import { expect } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

/**
 * Test helpers of the matter route tests matters-mediation, -windows, -lists and -conflicts (not a test
 * file itself): the app with its all-roles staff member, the calls they make, and the mediation path the
 * lists and conflict tests build on.
 */

/** A valid resident ID number (GB 11643 check character). */
export function residentId(birth: string, sequence = '123', division = '150203'): string {
  const body = `${division}${birth}${sequence}`;
  return body + residentIdCheckChar(body);
}

export interface Clock {
  kind: string;
  dueOn: string;
  basis: string;
  source: string;
  level: string;
}
export interface Matter {
  id: string;
  number: string;
  status: string;
  version: number;
  closed: boolean;
  clocks: Clock[];
  parties: { name: string; role: string }[];
  referredFrom: { id: string } | null;
  referrals: { id: string; service: string }[];
  nextActions: { type: string; choices: Record<string, string[]> }[];
  actions: { type: string; label: string; source: string }[];
}
export interface Warning {
  partyName: string;
  partyRole: string;
  matchedBy: string;
  adverse: boolean;
  otherRole: string;
  matter: { service: string; number: string } | null;
  message: string;
}

export const clocksOf = (m: Matter) => Object.fromEntries(m.clocks.map((c) => [c.kind, c.dueOn]));

export interface MattersTestApp extends TestApp {
  /** One staff member holding every role the nine windows' actions need. */
  staff: TestClient;
  /** An auditor (read-only). */
  reader: TestClient;
}

/** A test app with the all-roles staff member (`matters_staff`) and an auditor logged in. */
export async function buildMattersTestApp(): Promise<MattersTestApp> {
  const t = await buildTestApp();
  const all = await t.createStaff({
    roles: ['window-clerk', 'mediator', 'notary', 'bureau-leader', 'legal-aid-director'],
    username: 'matters_staff',
  });
  const staff = await t.login({ username: all.username });
  const reader = await t.login({ roles: ['auditor'] });
  return { ...t, staff, reader };
}

/**
 * The calls the tests make as the all-roles staff member of `app()` (read at each call, so a test file
 * can bind them before its beforeAll has built the app).
 */
export function matterCalls(app: () => MattersTestApp) {
  const clockAt = (local: string) => app().services.clock.set(new Date(`${local}:00+08:00`));

  async function person(name: string, extra: Record<string, unknown> = {}): Promise<string> {
    const r = await app().staff.post('/api/persons', { name, ...extra });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().item.id;
  }

  async function open(service: string, payload: Record<string, unknown>, parties: unknown[] = []) {
    const r = await app().staff.post('/api/matters', { service, payload, parties });
    expect(r.statusCode, r.body).toBe(201);
    return r.json() as { item: Matter; warnings: Warning[] };
  }

  /** Takes an action at the matter's current version; returns the response. */
  async function act(
    id: string,
    type: string,
    payload: Record<string, unknown> = {},
    extra: Record<string, unknown> = {},
  ) {
    const { staff } = app();
    const current = (await staff.get(`/api/matters/${id}`)).json() as Matter;
    return staff.post(`/api/matters/${id}/actions`, {
      type,
      expectedVersion: current.version,
      payload,
      ...extra,
    });
  }
  async function actOk(id: string, type: string, payload: Record<string, unknown> = {}): Promise<Matter> {
    const r = await act(id, type, payload);
    expect(r.statusCode, r.body).toBe(200);
    return r.json().item;
  }

  return { clockAt, person, open, act, actOk };
}

/**
 * The matters matters-mediation.test.ts leaves behind, for the tests that build on them (lists, the
 * lawyers' tally, conflicts, party search): 张明华's consultation against 赵德福, answered by 周律师 on
 * 2026-09-01 (15 minutes) and referred to a mediation that is concluded on 2026-10-08, and a second
 * mediation (噪音扰民, no parties) with its mediator assigned.
 */
export async function seedMediationPath(t: MattersTestApp): Promise<void> {
  const { clockAt, person, open, act, actOk } = matterCalls(() => t);
  clockAt('2026-09-01T09:00');
  const zhang = await person('张明华', { idNumber: residentId('19800101', '018'), phone: '13904721234' });
  const zhao = await person('赵德福');
  const { item: consultation } = await open(
    'consultation',
    {
      channel: 'window',
      ticketNumber: 'A003',
      category: 'property',
      question: '楼上漏水把我家顶棚泡坏了，对方不赔',
    },
    [
      { personId: zhang, role: 'applicant' },
      { personId: zhao, role: 'opposing-party' },
    ],
  );
  await actOk(consultation.id, 'answer', {
    answererKind: 'duty-lawyer',
    answererName: '周律师',
    firmName: '内蒙古甲律师事务所',
    answer: '可以申请人民调解，也可以起诉要求赔偿',
    citedArticles: ['民法典 第一千一百六十五条'],
    minutes: 15,
  });
  const referred = await act(
    consultation.id,
    'refer',
    { target: 'mediation', reason: '双方均同意调解' },
    {
      referralOpening: {
        initiatedBy: 'party',
        applicants: 'both',
        disputeKind: 'neighbour',
        facts: '楼上漏水致楼下顶棚受损，赔偿数额有争议',
      },
    },
  );
  expect(referred.statusCode, referred.body).toBe(200);
  const mediationId = referred.json().referredMatter.id as string;

  clockAt('2026-09-02T10:00');
  const mediator = await t.createStaff({ roles: ['mediator'], displayName: '调解员王某' });
  await actOk(mediationId, 'assign-mediator', {
    mediatorName: '调解员王某',
    mediatorUserId: mediator.id,
    how: 'assigned',
  });
  clockAt('2026-09-05T10:00');
  await actOk(mediationId, 'hold-session', { heldOn: '2026-09-05', summary: '双方陈述意见', public: false });
  clockAt('2026-09-08T10:00');
  await actOk(mediationId, 'draft-agreement', {
    form: 'written',
    partiesDetails: '申请人张明华；被申请人赵德福',
    facts: '502卫生间防水损坏，漏水致402顶棚受损',
    disputedPoints: '维修费用',
    responsibilities: '赵德福承担维修费用',
    terms: [{ content: '赵德福赔偿3000元', performanceManner: '转账', performanceDeadline: '2026-09-30' }],
  });
  clockAt('2026-09-10T10:00');
  await actOk(mediationId, 'sign-agreement', {
    signedOn: '2026-09-10',
    allPartiesSigned: true,
    mediatorSigned: true,
    sealAffixed: true,
  });
  clockAt('2026-10-08T10:00');
  const done = await actOk(mediationId, 'follow-up', {
    visitedOn: '2026-10-08',
    performance: 'performed',
    note: '已履行完毕',
  });
  expect(done.status).toBe('concluded');

  const { item } = await open('mediation', {
    initiatedBy: 'party',
    applicants: 'both',
    disputeKind: 'neighbour',
    facts: '噪音扰民',
  });
  await actOk(item.id, 'assign-mediator', { mediatorName: '调解员王某', how: 'assigned' });
}
