import { residentIdCheckChar } from '@core/identity';
import { and, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, hardshipStandards, matterActions } from '../db/schema/index';
import { sweepMatterDeadlines } from '../jobs/matter-deadline-sweep';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

/** A valid resident ID number (GB 11643 check character). */
function residentId(birth: string, sequence = '123', division = '150203'): string {
  const body = `${division}${birth}${sequence}`;
  return body + residentIdCheckChar(body);
}

/** The text of a .docx reply's body. */
function docxText(payload: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(payload))['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('');
}

let t: TestApp;
/** One staff member holding every role the nine windows' actions need. */
let staff: TestClient;
let reader: TestClient;
const clockAt = (local: string) => t.services.clock.set(new Date(`${local}:00+08:00`));

beforeAll(async () => {
  t = await buildTestApp();
  const all = await t.createStaff({
    roles: ['window-clerk', 'mediator', 'notary', 'bureau-leader', 'legal-aid-director'],
    username: 'matters_staff',
  });
  staff = await t.login({ username: all.username });
  reader = await t.login({ roles: ['auditor'] });
});
afterAll(async () => {
  await t?.close();
});

async function person(name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await staff.post('/api/persons', { name, ...extra });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().item.id;
}

async function open(service: string, payload: Record<string, unknown>, parties: unknown[] = []) {
  const r = await staff.post('/api/matters', { service, payload, parties });
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { item: Matter; warnings: Warning[] };
}

interface Clock {
  kind: string;
  dueOn: string;
  basis: string;
  source: string;
  level: string;
}
interface Matter {
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
interface Warning {
  partyName: string;
  partyRole: string;
  matchedBy: string;
  adverse: boolean;
  otherRole: string;
  matter: { service: string; number: string } | null;
  message: string;
}

/** Takes an action at the matter's current version; returns the response. */
async function act(
  id: string,
  type: string,
  payload: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) {
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
const clocksOf = (m: Matter) => Object.fromEntries(m.clocks.map((c) => [c.kind, c.dueOn]));

describe('consultation referred to mediation (一厅通办), then the mediation main path', () => {
  let mediationId: string;

  it('a consultation from a ticket, answered by the duty lawyer, referred to mediation with the parties carried over', async () => {
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
    expect(consultation.number).toMatch(/咨〔2026〕第0001号$/);
    expect(consultation.status).toBe('open');
    const answered = await actOk(consultation.id, 'answer', {
      answererKind: 'duty-lawyer',
      answererName: '周律师',
      firmName: '内蒙古甲律师事务所',
      answer: '可以申请人民调解，也可以起诉要求赔偿',
      citedArticles: ['民法典 第一千一百六十五条'],
      minutes: 15,
    });
    expect(answered.status).toBe('answered');

    const r = await act(
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
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(body.item.status).toBe('referred');
    expect(body.referredMatter.service).toBe('mediation');
    expect(body.referredMatter.number).toMatch(/调〔2026〕第0001号$/);
    mediationId = body.referredMatter.id;
    expect(body.item.referrals).toEqual([body.referredMatter]);

    const mediation = (await staff.get(`/api/matters/${mediationId}`)).json() as Matter;
    expect(mediation.status).toBe('accepted');
    expect(mediation.referredFrom?.id).toBe(consultation.id);
    expect(mediation.parties).toEqual([
      { name: '张明华', role: 'applicant' },
      { name: '赵德福', role: 'opposing-party' },
    ]);
    expect(clocksOf(mediation)).toEqual({ 'one-month': '2026-10-01' });
  });

  it('walks mediator, session, agreement (refused without the seal), effect, confirmation clock, return visit', async () => {
    clockAt('2026-09-02T10:00');
    const mediatorAccount = await t.createStaff({ roles: ['mediator'], displayName: '调解员王某' });
    const mediator = await t.login({ username: mediatorAccount.username });
    // The form offers the scope's mediators by name (id and name only), never other roles.
    const offered = await staff.get('/api/matters/handlers?role=mediator');
    expect(offered.statusCode).toBe(200);
    const handlers = offered.json().items as Record<string, unknown>[];
    expect(handlers).toContainEqual({ id: mediatorAccount.id, displayName: '调解员王某' });
    for (const h of handlers) expect(Object.keys(h).sort()).toEqual(['displayName', 'id']);
    const notaries = (await staff.get('/api/matters/handlers?role=notary')).json().items as { id: string }[];
    expect(notaries.some((h) => h.id === mediatorAccount.id)).toBe(false);
    expect((await staff.get('/api/matters/handlers?role=nobody')).statusCode).toBe(400);
    const unknown = await act(mediationId, 'assign-mediator', {
      mediatorName: '调解员王某',
      mediatorUserId: crypto.randomUUID(),
      how: 'assigned',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'MATTER.UNKNOWN_HANDLER', field: 'payload.mediatorUserId' });
    await actOk(mediationId, 'assign-mediator', {
      mediatorName: '调解员王某',
      mediatorUserId: mediatorAccount.id,
      how: 'assigned',
    });
    // The assigned mediator now answers for the matter's clocks (人民调解法 第十九条).
    const theirs = (await mediator.get('/api/matters/my-deadlines')).json().items as (Clock & {
      matterId: string;
    })[];
    expect(theirs.filter((c) => c.matterId === mediationId).map((c) => [c.kind, c.dueOn])).toEqual([
      ['one-month', '2026-10-01'],
    ]);
    clockAt('2026-09-05T10:00');
    await actOk(mediationId, 'hold-session', {
      heldOn: '2026-09-05',
      summary: '双方陈述意见',
      public: false,
    });
    clockAt('2026-09-08T10:00');
    const drafted = await actOk(mediationId, 'draft-agreement', {
      form: 'written',
      partiesDetails: '申请人张明华；被申请人赵德福',
      facts: '502卫生间防水损坏，漏水致402顶棚受损',
      disputedPoints: '维修费用',
      responsibilities: '赵德福承担维修费用',
      terms: [{ content: '赵德福赔偿3000元', performanceManner: '转账', performanceDeadline: '2026-09-30' }],
    });
    expect(drafted.status).toBe('agreement-drafted');
    const doc = await staff.get(`/api/matters/${mediationId}/documents/mediation-agreement`);
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toContain('wordprocessingml');
    const text = docxText(doc.rawPayload);
    for (const part of [
      '人民调解协议书',
      '维修费用',
      '赵德福赔偿3000元',
      '第二十九条',
      '三十日内共同向人民法院申请司法确认',
    ])
      expect(text).toContain(part);
    expect(text).toContain('当事人（签名、盖章或者按指印）：张明华');
    // The mediator's account is the center's (no 人民调解委员会 known): the center heads it; not yet signed.
    expect(text.startsWith('包头市公共法律服务中心人民调解协议书')).toBe(true);
    expect(text).toContain('        年    月    日');
    const none = await staff.get(`/api/matters/${crypto.randomUUID()}/documents/mediation-agreement`);
    expect(none.statusCode).toBe(404);
    clockAt('2026-09-10T10:00');
    const unsealed = await act(mediationId, 'sign-agreement', {
      signedOn: '2026-09-10',
      allPartiesSigned: true,
      mediatorSigned: true,
      sealAffixed: false,
    });
    expect(unsealed.statusCode).toBe(400);
    expect(unsealed.json()).toMatchObject({
      code: 'MEDIATION.AGREEMENT_NOT_EFFECTIVE',
      field: 'payload.sealAffixed',
    });
    const effective = await actOk(mediationId, 'sign-agreement', {
      signedOn: '2026-09-10',
      allPartiesSigned: true,
      mediatorSigned: true,
      sealAffixed: true,
    });
    expect(effective.status).toBe('performing');
    // Signed: the date line carries the signing date (人民调解法 第二十九条第二款).
    const signedDoc = await staff.get(`/api/matters/${mediationId}/documents/mediation-agreement`);
    const signedText = docxText(signedDoc.rawPayload);
    expect(signedText).toContain('（印章）2026年9月10日');
    expect(signedText).not.toContain('        年    月    日');
    expect(clocksOf(effective)).toEqual({
      'judicial-confirmation': '2026-10-10',
      'return-visit': '2026-10-10',
    });
    expect(effective.clocks.find((c) => c.kind === 'judicial-confirmation')?.source).toBe(
      '人民调解法 第三十三条；民事诉讼法 第二百零五条',
    );
    clockAt('2026-10-08T10:00');
    const done = await actOk(mediationId, 'follow-up', {
      visitedOn: '2026-10-08',
      performance: 'performed',
      note: '已履行完毕',
    });
    expect(done).toMatchObject({ status: 'concluded', closed: true, clocks: [] });
    expect(done.actions.map((a) => a.type)).toEqual([
      'apply',
      'assign-mediator',
      'hold-session',
      'draft-agreement',
      'sign-agreement',
      'follow-up',
    ]);
  });

  it('refuses a stale version (409), an action the status does not allow (409) and a role that may not act (403)', async () => {
    const stale = await staff.post(`/api/matters/${mediationId}/actions`, {
      type: 'follow-up',
      expectedVersion: 1,
      payload: { visitedOn: '2026-10-08', performance: 'performed', note: '再次回访' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('COMMON.STALE_VERSION');
    const notAllowed = await act(mediationId, 'hold-session', {
      heldOn: '2026-10-08',
      summary: '再调解',
      public: false,
    });
    expect(notAllowed.statusCode).toBe(409);
    expect(notAllowed.json().code).toBe('MEDIATION.ACTION_NOT_ALLOWED');
    const clerk = await t.login({ roles: ['window-clerk'] });
    const { item } = await open('mediation', {
      initiatedBy: 'party',
      applicants: 'both',
      disputeKind: 'neighbour',
      facts: '噪音扰民',
    });
    await actOk(item.id, 'assign-mediator', { mediatorName: '调解员王某', how: 'assigned' });
    const byClerk = await clerk.post(`/api/matters/${item.id}/actions`, {
      type: 'hold-session',
      expectedVersion: 2,
      payload: { heldOn: '2026-10-08', summary: '调解', public: false },
    });
    expect(byClerk.statusCode).toBe(403);
    expect(byClerk.json().code).toBe('MEDIATION.ROLE_NOT_ALLOWED');
    const readOnly = await reader.post(`/api/matters/${item.id}/actions`, {
      type: 'withdraw',
      expectedVersion: 2,
      payload: {},
    });
    expect(readOnly.statusCode).toBe(403);
  });

  it('keeps the log append-only in the database', async () => {
    await expect(
      t.services.db
        .update(matterActions)
        .set({ type: 'tampered' })
        .where(eq(matterActions.matterId, mediationId)),
    ).rejects.toThrow();
    await expect(
      t.services.db.delete(matterActions).where(eq(matterActions.matterId, mediationId)),
    ).rejects.toThrow();
  });
});

describe('the other windows’ main paths and their statutory clocks', () => {
  it('appraisal: 7 working days to accept across 中秋 and 国庆 2026 with the make-up Saturday 10-10', async () => {
    clockAt('2026-09-23T09:00');
    const { item } = await open('appraisal', {
      receivedOn: '2026-09-23',
      clientKind: 'court',
      clientName: '包头市青山区人民法院',
      field: 'forensic-clinical',
      matter: '被鉴定人伤残等级评定',
      complex: false,
      legalAidRecipient: false,
    });
    expect(item.clocks).toMatchObject([
      { kind: 'acceptance', dueOn: '2026-10-10', basis: 'working-days', source: '司法鉴定程序通则 第十三条' },
    ]);
    clockAt('2026-10-10T09:00');
    const accepted = await actOk(item.id, 'accept', {
      appraisers: ['吴鉴定人', '郑鉴定人'],
      relief: 'none',
      standardFeeFen: 180_000,
    });
    expect(accepted.status).toBe('accepted');
    expect(accepted.clocks.map((c) => c.basis)).toContain('working-days');
  });

  it('reconsideration: the 5-working-day acceptance review ends Fri 10-09; accepted, then decided', async () => {
    clockAt('2026-09-24T09:00');
    const { item } = await open('reconsideration', {
      receivedOn: '2026-09-24',
      form: 'written',
      applicantName: '刘桂英',
      respondentAgency: '包头市某区市场监督管理局',
      actDescription: '罚款五千元的行政处罚决定',
      actDate: '2026-08-20',
      knewActOn: '2026-08-21',
      rightsNotified: true,
      immovable: false,
    });
    expect(clocksOf(item)).toEqual({ 'acceptance-review': '2026-10-09' });
    const accepted = await actOk(item.id, 'accept', { procedure: 'ordinary' });
    expect(accepted.status).toBe('accepted');
  });

  it('notarization: walk-in → materials → accepted (15 working days) → certificate', async () => {
    clockAt('2026-09-24T09:00');
    const { item } = await open('notarization', {
      channel: 'walk-in',
      matterType: 'education',
      applicantName: '王小明',
      byAgent: false,
      involvesImmovable: false,
      legalAidEligible: false,
    });
    // The form offers this matter's checklist; paying waits for the fee to be assessed.
    const materialsAction = item.nextActions.find((a) => a.type === 'record-materials');
    // The checklist, and of it the required materials not yet received (the form names them).
    expect(materialsAction?.choices).toEqual({ items: ['id', 'diploma'], 'items#needed': ['id', 'diploma'] });
    expect(item.nextActions.map((a) => a.type)).not.toContain('pay-fee');
    await actOk(item.id, 'record-materials', { items: ['id', 'diploma'] });
    // 承办公证员 is picked among the notaries: another role's account is refused.
    const clerkAccount = await t.createStaff({ roles: ['window-clerk'], displayName: '窗口甲' });
    const notNotary = await act(item.id, 'accept', { notaryName: '窗口甲', notaryUserId: clerkAccount.id });
    expect(notNotary.statusCode).toBe(400);
    expect(notNotary.json()).toMatchObject({
      code: 'MATTER.ACCOUNT_WRONG_ROLE',
      field: 'payload.notaryUserId',
    });
    // A name alone (entries made before the picker) is still accepted.
    const accepted = await actOk(item.id, 'accept', { notaryName: '李公证员' });
    expect(accepted.clocks.find((c) => c.kind === 'certificate')?.basis).toBe('working-days');
    await actOk(item.id, 'record-explanation', {
      content: '已告知学历公证的法律意义及公证书用途、效力和可能产生的后果',
      acknowledgedBy: '王小明',
    });
    await actOk(item.id, 'assess-fee', { relief: 'none' });
    await actOk(item.id, 'pay-fee', { amountFen: 8_000 });
    clockAt('2026-09-28T09:00');
    const issued = await actOk(item.id, 'issue-certificate', {
      certificateNumber: '（2026）内包证字第1001号',
    });
    expect(issued).toMatchObject({ status: 'issued', closed: true, clocks: [] });
  });

  it('lawyer services, publicity and aid-provider qualification', async () => {
    clockAt('2026-09-24T09:00');
    const lawyer = await open('lawyer', {
      kind: 'consultation',
      channel: 'window',
      personName: '陈秀兰',
      question: '房东不退押金怎么办？',
    });
    const answered = await actOk(lawyer.item.id, 'answer', {
      lawyerName: '律师甲',
      firmName: '内蒙古甲律师事务所',
      answer: '可依据民法典第七百零三条主张返还押金',
      minutes: 20,
    });
    expect(answered.status).toBe('answered');
    const publicity = await open('publicity', {
      kind: 'materials',
      requester: '昆都仑区某社区居委会',
      items: [{ title: '民法典宣传册', copies: 200 }],
    });
    const handed = await actOk(publicity.item.id, 'hand-out', {
      items: [{ title: '民法典宣传册', copies: 150 }],
    });
    expect(handed.status).toBe('materials-handed-out');
    const provider = await open('aid-qualification', {
      providerKind: 'lawyer',
      name: '韩志强',
      organisation: '内蒙古甲律师事务所',
      qualification: 'lawyer-licence',
      licenceNumber: '11502201810123456',
      practiceYears: 8,
      criminalDefenceYears: 5,
      serviceScope: ['criminal-defence', 'civil-representation', 'duty-lawyer'],
    });
    const approved = await actOk(provider.item.id, 'approve');
    expect(approved.status).toBe('active');
  });

  it('a bad opening payload is a field-level 400 with a Chinese message; nothing is stored', async () => {
    const r = await staff.post('/api/matters', {
      service: 'consultation',
      payload: { channel: 'window', category: 'gossip', question: '问题' },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'CONSULTATION.INVALID_PAYLOAD', field: 'payload.category' });
    expect(r.json().message).toMatch(/\p{Script=Han}/u);
    const unknown = await staff.post('/api/matters', { service: 'legal-aid', payload: {} });
    expect(unknown.statusCode).toBe(400);
  });
});

describe('the lawyer team’s free consultations, counted per lawyer', () => {
  it('counts duty-lawyer answers and minutes per lawyer in the period; clerks’ answers are not counted', async () => {
    clockAt('2026-09-03T09:00');
    const answer = (extra: Record<string, unknown>) => ({
      answer: '可以申请劳动仲裁',
      minutes: 10,
      ...extra,
    });
    const ask = { channel: 'phone-12348', category: 'labour', question: '加班费怎么算？' };
    const one = await open('consultation', ask);
    await actOk(
      one.item.id,
      'answer',
      answer({ answererKind: 'duty-lawyer', answererName: '周律师', firmName: '甲所', minutes: 20 }),
    );
    const two = await open('consultation', ask);
    await actOk(two.item.id, 'answer', answer({ answererKind: 'window-clerk', answererName: '窗口甲' }));
    const r = await reader.get('/api/matters/consultation-tally?from=2026-09-01&to=2026-09-30');
    expect(r.statusCode, r.body).toBe(200);
    // 周律师 also answered the consultation of 09-01 (15 minutes).
    expect(r.json().items).toEqual([{ key: '周律师', name: '周律师', count: 2, minutes: 35 }]);
    expect(
      (await reader.get('/api/matters/consultation-tally?from=2026-10-01&to=2026-10-31')).json().items,
    ).toEqual([]);
    const bad = await reader.get('/api/matters/consultation-tally?from=2026-13-01&to=2026-10-31');
    expect(bad.statusCode).toBe(400);
  });
});

describe('the duty lawyer of the lawyer team', () => {
  it('answers the consultations handed to them, and sees no others', async () => {
    clockAt('2026-09-04T09:00');
    const account = await t.createStaff({ roles: ['lawyer'], displayName: '值班律师钱某' });
    const lawyer = await t.login({ username: account.username });
    const handed = await staff.post('/api/matters', {
      service: 'consultation',
      handlerUserId: account.id,
      payload: { channel: 'window', category: 'contract', question: '合同违约金过高能否调整？' },
    });
    expect(handed.statusCode, handed.body).toBe(201);
    const id = handed.json().item.id as string;
    const listed = (await lawyer.get('/api/matters?service=consultation')).json();
    expect(listed.items.map((m: Matter) => m.id)).toEqual([id]);
    const answered = await lawyer.post(`/api/matters/${id}/actions`, {
      type: 'answer',
      expectedVersion: 1,
      payload: {
        answererKind: 'duty-lawyer',
        answererName: '值班律师钱某',
        firmName: '内蒙古乙律师事务所',
        answer: '可以请求人民法院予以适当减少（民法典 第五百八十五条）',
        citedArticles: ['民法典 第五百八十五条'],
        minutes: 12,
      },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().item.actions.at(-1)).toMatchObject({ type: 'answer', actorRole: 'lawyer' });
    const other = (await staff.get('/api/matters?service=mediation&pageSize=1')).json().items[0].id as string;
    expect((await lawyer.get(`/api/matters/${other}`)).statusCode).toBe(403);
  });
});

describe('lists, my deadlines and the deadline sweep', () => {
  it('lists per window with stable paging and literal search', async () => {
    const first = (await staff.get('/api/matters?service=mediation&pageSize=1&page=1')).json();
    const second = (await staff.get('/api/matters?service=mediation&pageSize=1&page=2')).json();
    expect(first.total).toBe(2);
    expect(first.items[0].id).not.toBe(second.items[0].id);
    expect((await staff.get('/api/matters?q=%25')).json().total).toBe(0);
    expect((await staff.get('/api/matters?q=_')).json().total).toBe(0);
    expect((await staff.get(`/api/matters?q=${encodeURIComponent('张明华')}`)).json().total).toBe(2);
    expect((await reader.get('/api/matters?service=consultation')).json().total).toBe(4);
  });

  it('my deadlines lists the handler’s open clocks; the sweep reminds before breach and flags the breach', async () => {
    clockAt('2026-11-02T09:00');
    const { item } = await open('appraisal', {
      receivedOn: '2026-11-02',
      clientKind: 'court',
      clientName: '包头市青山区人民法院',
      field: 'forensic-clinical',
      matter: '伤残等级评定',
      complex: false,
      legalAidRecipient: false,
    });
    const mine = (await staff.get('/api/matters/my-deadlines')).json().items as (Clock & {
      matterId: string;
    })[];
    const clock = mine.find((c) => c.matterId === item.id);
    expect(clock).toMatchObject({ kind: 'acceptance', dueOn: '2026-11-11', level: 'ok' });
    expect((await reader.get('/api/matters/my-deadlines')).json().items).toEqual([]);

    const soon = await sweepMatterDeadlines(t.services, new Date('2026-11-09T09:00:00+08:00'));
    expect(soon.reminded).toBeGreaterThanOrEqual(1);
    const again = await sweepMatterDeadlines(t.services, new Date('2026-11-09T09:00:00+08:00'));
    expect(again.reminded).toBe(0);
    const late = await sweepMatterDeadlines(t.services, new Date('2026-11-12T09:00:00+08:00'));
    expect(late.breached).toBeGreaterThanOrEqual(1);
    clockAt('2026-11-12T09:00');
    const after = (
      (await staff.get('/api/matters/my-deadlines')).json().items as (Clock & {
        matterId: string;
        breachedAt: string | null;
      })[]
    ).find((c) => c.matterId === item.id);
    expect(after).toMatchObject({ level: 'overdue' });
    expect(after?.breachedAt).not.toBeNull();
    const audits = await t.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'matter.clock-breached'), eq(auditLog.entityId, item.id)));
    expect(audits).toHaveLength(1);
    expect(
      (await staff.get('/api/matters?breached=true&service=appraisal')).json().items.map((m: Matter) => m.id),
    ).toContain(item.id);
  });
});

describe('conflict check across windows, legal aid included', () => {
  const idNumber = residentId('19700505', '017');

  it('warns when the legal-aid applicant is the opposing party in a new mediation', async () => {
    clockAt('2026-11-02T10:00');
    await t.services.db.insert(hardshipStandards).values({
      regionCode: '150200',
      basis: 'low-income',
      area: 'all',
      monthlyPerCapitaYuan: '1000.00',
      effectiveFrom: '2022-01-01',
      source: '测试用示例标准',
      isSample: true,
    });
    const applied = await staff.post('/api/legal-aid/applications', {
      channel: 'window',
      applicant: { name: '孙桂芳', idNumber, phone: '13904720188' },
      opposingParty: { name: '包头市某物业公司', kind: 'organisation' },
      facts: '物业公司拖欠保洁工资三个月，申请法律援助追索劳动报酬。',
      caseKind: 'civil',
      matter: 'labour-relation-or-remuneration',
      hardship: { householdSize: 3, householdMonthlyIncomeYuan: 2400, method: 'commitment' },
    });
    expect(applied.statusCode, applied.body).toBe(201);
    // The legal-aid intake registered the applicant in the shared person records.
    const found = (await staff.post('/api/persons/search', { q: idNumber })).json().items as { id: string }[];
    expect(found).toHaveLength(1);
    const check = await staff.post('/api/matters/conflict-check', {
      parties: [{ personId: found[0]!.id, role: 'respondent' }],
    });
    expect(check.statusCode, check.body).toBe(200);
    const warning = (check.json().warnings as Warning[]).find((w) => w.matter?.service === 'legal-aid');
    expect(warning).toMatchObject({ matchedBy: 'id-number', adverse: true, otherRole: 'applicant' });
    expect(warning?.message).toContain('利益冲突');
    expect(warning?.matter?.number).toBe(applied.json().number);
  });

  it('matches by ID number typed with blanks and a lower-case x, and by name only as "possible"', async () => {
    // 张明华 is the applicant in the (closed) consultation and the concluded mediation; open a new one.
    const zhao = await person('赵德福');
    const zhang = (await staff.get(`/api/persons?q=${encodeURIComponent('张明华')}`)).json().items[0].id;
    await open(
      'mediation',
      { initiatedBy: 'party', applicants: 'one', disputeKind: 'neighbour', facts: '又发生漏水' },
      [
        { personId: zhang, role: 'applicant' },
        { personId: zhao, role: 'respondent' },
      ],
    );
    const zhangId = residentId('19800101', '018');
    const typed = `${zhangId.slice(0, 6)} ${zhangId.slice(6, 14)} ${zhangId.slice(14).toLowerCase()}`;
    const warnings = (
      await staff.post('/api/matters/conflict-check', {
        parties: [
          { name: '张明华', idNumber: typed, role: 'respondent' },
          // the old 15-digit number of the same person (GB 11643: upgraded before hashing)
          { name: '张明华', idNumber: '150203800101018', role: 'opposing-party' },
          { name: '赵德福', role: 'applicant' },
          { name: '张明华', idNumber: residentId('19900101', '055'), role: 'applicant' },
          { name: '100%_', role: 'applicant' },
        ],
      })
    ).json().warnings as Warning[];
    expect(zhangId.endsWith('X')).toBe(true);
    const byId = warnings.filter((w) => w.matchedBy === 'id-number');
    expect(byId.map((w) => w.partyRole).sort()).toEqual(['opposing-party', 'respondent']);
    for (const w of byId)
      expect(w).toMatchObject({ partyName: '张明华', adverse: true, otherRole: 'applicant' });
    const byName = warnings.filter((w) => w.matchedBy === 'name');
    expect(byName.map((w) => w.partyName)).toContain('赵德福');
    // Same name with a different ID number is a different person: no warning for that row.
    expect(warnings.filter((w) => w.partyName === '张明华')).toHaveLength(byId.length);
    expect(warnings.some((w) => w.partyName === '100%_')).toBe(false);
  });

  it('co-applicants are no conflict; the same person on both sides of the new matter is', async () => {
    const [wu, zheng] = [await person('吴秀兰'), await person('郑海军')];
    await open(
      'mediation',
      { initiatedBy: 'party', applicants: 'both', disputeKind: 'neighbour', facts: '共同申请调解' },
      [
        { personId: wu, role: 'applicant' },
        { personId: zheng, role: 'applicant' },
      ],
    );
    const check = async (parties: unknown[]) =>
      (await staff.post('/api/matters/conflict-check', { parties })).json().warnings as Warning[];
    // Applicants together again: the same side, nothing to warn about.
    expect(
      await check([
        { personId: wu, role: 'applicant' },
        { personId: zheng, role: 'applicant' },
      ]),
    ).toEqual([]);
    // 郑海军 now against 吴秀兰: opposite sides of the open matter.
    const against = await check([
      { personId: wu, role: 'applicant' },
      { personId: zheng, role: 'respondent' },
    ]);
    expect(against.map((w) => [w.partyName, w.otherRole])).toEqual([['郑海军', 'applicant']]);
    // One person as applicant and respondent of the new matter itself.
    const self = await check([
      { name: '钱某', role: 'applicant' },
      { name: '钱某', role: 'respondent' },
    ]);
    expect(self).toHaveLength(1);
    expect(self[0]).toMatchObject({
      matter: null,
      adverse: true,
      partyRole: 'applicant',
      otherRole: 'respondent',
    });
    expect(self[0]?.message).toContain('既是申请人又是被申请人');
  });

  it('opening a matter returns the warnings; GET /api/matters/:id/conflicts shows them again', async () => {
    const zhang = (await staff.get(`/api/persons?q=${encodeURIComponent('张明华')}`)).json().items[0].id;
    const { item, warnings } = await open(
      'arbitration',
      {
        disputeKind: 'labour',
        receivedOn: '2026-11-02',
        form: 'written',
        applicantSide: 'worker',
        applicantName: '某工人',
        respondentName: '张明华',
        claims: [{ kind: 'wages', amountFen: 100_000 }],
        limitation: { knewOn: '2026-10-01' },
      },
      [{ personId: zhang, role: 'respondent' }],
    );
    expect(warnings.some((w) => w.matter?.service === 'mediation' && w.adverse)).toBe(true);
    // The saved matter's check, for a reload or a colleague: the same warnings, the matter itself left out.
    const saved = await reader.get(`/api/matters/${item.id}/conflicts`);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().warnings).toEqual(warnings);
    expect(JSON.stringify(saved.json().warnings)).not.toContain(item.id);
    // Only within the matter's scope: a county clerk does not see a city matter.
    const county = await t.login({ roles: ['window-clerk'], orgName: '东河区司法局' });
    expect((await county.get(`/api/matters/${item.id}/conflicts`)).statusCode).toBe(403);
    expect((await reader.get(`/api/matters/${crypto.randomUUID()}/conflicts`)).statusCode).toBe(404);
  });
});

describe('party search (shared person records)', () => {
  it('finds by name, pinyin initials (surname mode), ID tail and phone; % and _ are literal', async () => {
    await person('单田芳');
    const q = async (text: string) =>
      ((await staff.post('/api/persons/search', { q: text })).json().items as { name: string }[]).map(
        (p) => p.name,
      );
    expect(await q('张明')).toContain('张明华');
    expect(await q('zmh')).toContain('张明华');
    // 单 as a surname reads shàn (pinyin-pro surname mode), so the initials are s-t-f.
    expect(await q('stf')).toContain('单田芳');
    expect(await q(residentId('19800101', '018').slice(-4))).toContain('张明华');
    expect(await q('13904721234')).toContain('张明华');
    expect(await q('%')).toEqual([]);
    expect(await q('_')).toEqual([]);
    expect(await q('张_')).toEqual([]);
  });
});

describe('GET /api/matters/procedures: bilingual labels for the generated forms', () => {
  it('labels every status, action and payload enum value in Chinese and English', async () => {
    const r = await reader.get('/api/matters/procedures');
    expect(r.statusCode, r.body).toBe(200);
    const items = r.json().items as {
      service: string;
      statuses: { value: string; label: string; labelEn: string }[];
      actions: { type: string; label: string; labelEn: string }[];
      valueLabels: Record<string, [string, string]>;
    }[];
    const appraisal = items.find((p) => p.service === 'appraisal')!;
    expect(appraisal.valueLabels.court).toEqual(['人民法院', 'Court']);
    expect(appraisal.statuses.find((s) => s.value === 'entrusted')).toEqual({
      value: 'entrusted',
      label: '已委托，待受理',
      labelEn: 'Entrusted, awaiting acceptance',
    });
    expect(items.find((p) => p.service === 'mediation')!.valueLabels.court).toEqual([
      '人民法院委托',
      'Entrusted by the court',
    ]);
    for (const p of items)
      for (const a of p.actions) expect(a.labelEn, `${p.service} ${a.type}`).not.toBe('');
  });
});
