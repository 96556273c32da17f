import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  actOk,
  apply,
  BUREAU,
  buildLegalAidTestApp,
  type LegalAidTestApp,
  residentId,
  signCommitment,
} from './legal-aid-test-kit';

let t: LegalAidTestApp;
beforeAll(async () => {
  t = await buildLegalAidTestApp();
});
afterAll(async () => {
  await t?.close();
});

function documentXml(body: Buffer): string {
  return strFromU8(unzipSync(new Uint8Array(body))['word/document.xml']!);
}

/** An application taken to granted (apply → accept → review → grant) at 09:00–10:00 on `date`. */
async function granted(name: string, idNumber: string, date = '2026-03-16') {
  t.clockAt(`${date}T09:00`);
  const matter = await apply(t.clerk, { applicant: { name, idNumber } });
  await actOk(t.clerk, matter.id, 'accept');
  await actOk(t.reviewer, matter.id, 'review');
  t.clockAt(`${date}T10:00`);
  return actOk(t.director, matter.id, 'grant');
}

describe('refusal, objection', () => {
  let refusedId: string;

  it('refuses a matter outside art. 31 with reason codes, naming 包头市司法局 for objections', async () => {
    t.clockAt('2026-03-16T09:00');
    const matter = await apply(t.clerk, {
      applicant: { name: '刘国强', idNumber: residentId('19810227', '031', '150207') },
      matter: 'loan-dispute',
      facts: '申请人出借给朋友五万元，对方到期不还，请求法律援助起诉。',
    });
    expect(matter.eligibility.verdict).toBe('ineligible');
    expect(matter.eligibility.reasons.map((r: { code: string }) => r.code)).toContain('MATTER_NOT_IN_SCOPE');
    await actOk(t.clerk, matter.id, 'accept');
    const reviewed = await actOk(t.reviewer, matter.id, 'review');
    expect(reviewed.actions.at(-1).summary).toContain('不予');
    t.clockAt('2026-03-16T11:00');
    const refused = await actOk(t.director, matter.id, 'refuse', {
      reasonCodes: ['not-in-scope'],
      reasons: '申请人请求返还借款，属于民间借贷纠纷，不属于法律援助法第三十一条规定的事项。',
    });
    expect(refused.status).toBe('refused');
    expect(refused.objectionBody).toBe(BUREAU);
    // A refusal is the 审批 decision: decided, the later steps not applicable, no next step (art. 43, 49).
    expect(refused.fiveSameDay).toMatchObject({
      refused: true,
      missing: [],
      notApplicable: ['assignedAt', 'aidStartedAt'],
      next: null,
      applicable: false,
    });
    const board = (await t.reviewer.get('/api/legal-aid/today?date=2026-03-16')).json();
    const row = board.items.find((item: { id: string }) => item.id === matter.id);
    expect(row.fiveSameDay).toMatchObject({ refused: true, missing: [], next: null });
    expect(board.atRisk.map((item: { id: string }) => item.id)).not.toContain(matter.id);
    expect(refused.availableActions).not.toContain('object');
    const asClerk = (await t.clerk.get(`/api/legal-aid/applications/${matter.id}`)).json();
    expect(asClerk.availableActions).toContain('object');
    refusedId = matter.id;

    const doc = await t.reviewer.get(`/api/legal-aid/applications/${matter.id}/documents/refusal-decision`);
    expect(doc.statusCode, doc.body.slice(0, 300)).toBe(200);
    expect(doc.headers['content-type']).toContain('wordprocessingml');
    expect(decodeURIComponent(String(doc.headers['content-disposition']))).toContain('不予法律援助决定书');
    const xml = documentXml(doc.rawPayload);
    expect(xml).toContain('刘国强');
    expect(xml).toContain('包头市司法局');
    expect(xml).toContain('不属于法律援助范围');
    expect(xml).toContain('包法援〔2026〕第');
  });

  it('records the objection; the bureau decides it within its 5-day clock', async () => {
    t.clockAt('2026-03-17T09:30');
    const objected = await actOk(t.clerk, refusedId, 'object', {
      statement: '申请人认为借款系用于支付医疗费，请求重新审查。',
    });
    expect(objected.status).toBe('objection-pending');
    const clock = objected.deadlines.find((d: { kind: string }) => d.kind === 'objection-decision');
    // 17 March + 5 days = Sunday 22 March, rolled forward to Monday (民法典 第二百零三条).
    expect(clock).toMatchObject({ dueAt: '2026-03-23', source: '法律援助法 第四十九条' });
    // The agency's director cannot decide its own objection; the bureau leader can.
    expect(
      (
        await act(t.director, refusedId, 'decide-objection', {
          outcome: 'upheld',
          reason: '维持原决定的理由充分明确',
        })
      ).statusCode,
    ).toBe(403);

    t.clockAt('2026-03-20T15:00');
    const decided = await actOk(
      t.leader,
      refusedId,
      'decide-objection',
      { outcome: 'upheld', reason: '借款纠纷不属于法律援助范围，原决定正确，予以维持。' },
      t.reviewer,
    );
    expect(decided.status).toBe('refused');
    expect(decided.milestones.objectionDecidedAt < '2026-03-23T16:00:00.000Z').toBe(true);
    expect(decided.deadlines).toEqual([]);
    expect(decided.availableActions).not.toContain('object');
    const again = await act(t.clerk, refusedId, 'object', { statement: '再次异议' });
    expect(again.statusCode).toBe(409);
  });
});

describe('the credit commitment (告知承诺制, art. 41)', () => {
  it('holds the grant until the signed 告知承诺书 is on file; refusing does not wait for it', async () => {
    t.clockAt('2026-03-17T09:00');
    const matter = await apply(
      t.clerk,
      { applicant: { name: '郭桂兰', idNumber: residentId('19580712', '046', '150203') } },
      { signCommitment: false },
    );
    expect(matter.commitmentSigned).toBe(false);
    await actOk(t.clerk, matter.id, 'accept');
    await actOk(t.reviewer, matter.id, 'review');
    const held = await act(t.director, matter.id, 'grant');
    expect(held.statusCode).toBe(409);
    expect(held.json()).toMatchObject({ code: 'LEGAL_AID.COMMITMENT_UNSIGNED' });
    expect(held.json().message).toContain('告知承诺书');
    // Nothing was written: still awaiting the decision, and the commitment can still be signed.
    const waiting = (await t.director.get(`/api/legal-aid/applications/${matter.id}`)).json();
    expect(waiting.status).toBe('reviewed');
    expect(waiting.actions.map((a: { type: string }) => a.type)).not.toContain('grant');
    const signed = await signCommitment(t.clerk, matter.id);
    expect(signed.commitmentSigned).toBe(true);
    expect((await actOk(t.director, matter.id, 'grant')).status).toBe('granted');

    // Evidenced otherwise (documents), or refused: no commitment is asked for.
    const other = await apply(t.clerk, {
      applicant: { name: '郝建军', idNumber: residentId('19610203', '057', '150203') },
      hardship: { householdSize: 3, householdMonthlyIncomeYuan: 2400, method: 'documents' },
    });
    await actOk(t.clerk, other.id, 'accept');
    await actOk(t.reviewer, other.id, 'review');
    expect((await actOk(t.director, other.id, 'grant')).status).toBe('granted');
    const unsigned = await apply(
      t.clerk,
      { applicant: { name: '韩淑芬', idNumber: residentId('19570921', '068', '150203') } },
      { signCommitment: false },
    );
    await actOk(t.clerk, unsigned.id, 'accept');
    await actOk(t.reviewer, unsigned.id, 'review');
    const refused = await act(t.director, unsigned.id, 'refuse', {
      reasonCodes: ['not-in-scope'],
      reasons: '申请人所述纠纷经核实不属于法律援助法第三十一条规定的事项。',
      overrideReason: '审查后核实事项不在援助范围内',
    });
    expect(refused.statusCode, refused.body).toBe(200);
  });
});

describe('termination (art. 48)', () => {
  it('terminates an assigned matter on ground 6 and issues the decision', async () => {
    const matter = await granted('陈晓东', residentId('19990611', '017'));
    await actOk(t.reviewer, matter.id, 'assign', { providerId: t.lawyerId });
    t.clockAt('2026-03-18T10:00');
    const shortReason = await act(t.director, matter.id, 'terminate', { ground: 6, reason: '自行委托' });
    expect(shortReason.statusCode).toBe(400);
    expect(shortReason.json().field).toBe('reason');
    const ended = await actOk(t.director, matter.id, 'terminate', {
      ground: 6,
      reason: '受援人已自行委托律师担任代理人，并书面告知本中心。',
    });
    expect(ended.status).toBe('terminated');
    expect(ended.flags.recoveryRequired).toBe(false);
    expect(ended.objectionBody).toBe(BUREAU);
    const doc = await t.reviewer.get(
      `/api/legal-aid/applications/${matter.id}/documents/termination-decision`,
    );
    expect(doc.statusCode, doc.body.slice(0, 300)).toBe(200);
    const xml = documentXml(doc.rawPayload);
    expect(xml).toContain('陈晓东');
    expect(xml).toContain('受援人自行委托律师或者其他代理人');
    expect(xml).toContain('包头市司法局');
  });
});

describe('advance aid (art. 44)', () => {
  it('starts advance aid when the limitation period ends in fewer than 7 days', async () => {
    t.clockAt('2026-03-16T09:00');
    const matter = await apply(t.clerk, {
      applicant: { name: '杨丽娟', idNumber: residentId('19880130', '024', '150205') },
      limitationDueOn: '2026-03-20',
    });
    const tooFar = await act(t.director, matter.id, 'start-advance-aid', {
      ground: 1,
      reason: '仲裁时效即将届满',
      limitationDueOn: '2026-04-30',
    });
    expect(tooFar.statusCode).toBe(400);
    expect(tooFar.json().field).toBe('limitationDueOn');
    const started = await actOk(t.director, matter.id, 'start-advance-aid', {
      ground: 1,
      reason: '劳动仲裁时效将于2026年3月20日届满，需立即申请仲裁。',
      providerId: t.lawyerId,
    });
    expect(started.status).toBe('applied');
    expect(started.flags.advanceAid).toBe(true);
    expect(started.milestones).toHaveProperty('advanceAidStartedAt');
    expect(
      (await act(t.director, matter.id, 'start-advance-aid', { ground: 2, reason: '证据保全' })).statusCode,
    ).toBe(409);
  });
});

describe('concurrency', () => {
  it('lets exactly one of two directors granting at once succeed; the other gets 409', async () => {
    t.clockAt('2026-03-16T09:00');
    const matter = await apply(t.clerk, {
      applicant: { name: '赵海军', idNumber: residentId('19650822', '011', '150221') },
    });
    await actOk(t.clerk, matter.id, 'accept');
    const reviewed = await actOk(t.reviewer, matter.id, 'review');
    const body = { type: 'grant', expectedVersion: reviewed.version };
    const url = `/api/legal-aid/applications/${matter.id}/actions`;
    const results = await Promise.all([t.director.post(url, body), t.director2.post(url, body)]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().code).toBe('COMMON.STALE_VERSION');
    const final = await t.reviewer.get(`/api/legal-aid/applications/${matter.id}`);
    expect(final.json().actions.filter((a: { type: string }) => a.type === 'grant')).toHaveLength(1);
    expect(final.json().version).toBe(reviewed.version + 1);
  });

  it('refuses a stale expectedVersion with 409 COMMON.STALE_VERSION', async () => {
    t.clockAt('2026-03-16T09:00');
    const matter = await apply(
      t.clerk,
      { applicant: { name: '黄淑珍', idNumber: residentId('19531109', '028', '150222') } },
      { signCommitment: false },
    );
    const r = await t.clerk.post(`/api/legal-aid/applications/${matter.id}/actions`, {
      type: 'accept',
      expectedVersion: 0,
    });
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({
      code: 'COMMON.STALE_VERSION',
      details: { expectedVersion: 0, actualVersion: 1 },
    });
  });

  it('assigns a senior lawyer only where art. 26 applies', async () => {
    t.clockAt('2026-03-16T09:00');
    const matter = await apply(t.clerk, {
      applicant: { name: '周小兵', idNumber: residentId('20050414', '035', '150223') },
      caseKind: 'criminal-defence',
      matter: undefined,
      mandatory: 'life-or-death-sentence',
      hardship: undefined,
    });
    expect(matter.eligibility).toMatchObject({ verdict: 'eligible', requiresSeniorLawyer: true });
    await actOk(t.clerk, matter.id, 'accept');
    await actOk(t.reviewer, matter.id, 'review');
    await actOk(t.director, matter.id, 'grant');
    const junior = await act(t.reviewer, matter.id, 'assign', { providerId: t.juniorLawyerId });
    expect(junior.statusCode).toBe(400);
    expect(junior.json().code).toBe('LEGAL_AID.SENIOR_LAWYER_REQUIRED');
    const suggestions = (
      await t.reviewer.get(`/api/legal-aid/applications/${matter.id}/provider-suggestions`)
    ).json();
    expect(suggestions.map((s: { lawyerId: string }) => s.lawyerId)).not.toContain(t.juniorLawyerId);
    expect(suggestions[0].lawyerId).toBe(t.otherLawyerId);
    const ok = await actOk(t.reviewer, matter.id, 'assign', {
      providerId: t.otherLawyerId,
      basis: 'senior-lawyer',
    });
    expect(ok.status).toBe('assigned');
  });
});
