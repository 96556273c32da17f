/**
 * A consultation referred to mediation (一厅通办) and the mediation's main path over HTTP: mediator,
 * session, agreement and its document, effect, the judicial-confirmation and return-visit clocks (人民调解法
 * 第十九条、第二十九条、第三十一条、第三十三条); stale versions, statuses and roles refused; the log append-only.
 */
import { eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matterActions } from '../db/schema/index';
import type { TestClient } from '../test/app';
import {
  buildMattersTestApp,
  type Clock,
  clocksOf,
  type Matter,
  type MattersTestApp,
  matterCalls,
  residentId,
} from './matters-test-kit';

/** The text of a .docx reply's body. */
function docxText(payload: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(payload))['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('');
}

let t: MattersTestApp;
let staff: TestClient;
let reader: TestClient;
const { clockAt, person, open, act, actOk } = matterCalls(() => t);

beforeAll(async () => {
  t = await buildMattersTestApp();
  ({ staff, reader } = t);
});
afterAll(async () => {
  await t?.close();
});

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
