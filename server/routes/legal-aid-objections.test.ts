import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  actOk,
  apply,
  BUREAU,
  buildLegalAidTestApp,
  type LegalAidTestApp,
  residentId,
} from './legal-aid-test-kit';

/**
 * The other outcomes of an objection (法律援助法 第四十九条: the bureau orders the agency to correct a
 * refusal or a termination) and advance aid followed through to its decision (第四十四条). The upheld
 * objection, the refusal and the termination themselves are in legal-aid-decisions.test.ts.
 */
let t: LegalAidTestApp;
beforeAll(async () => {
  t = await buildLegalAidTestApp();
});
afterAll(async () => {
  await t?.close();
});

const kinds = (items: { kind: string }[]) => items.map((i) => i.kind);
const types = (detail: { actions: { type: string }[] }) => detail.actions.map((a) => a.type);

describe('an objection the bureau upholds for the applicant (第四十九条: 责令改正)', () => {
  it('reopens a refused application for a new review and decision', async () => {
    t.clockAt('2026-03-16T09:00');
    const matter = await apply(t.clerk, {
      applicant: { name: '傅春生', idNumber: residentId('19640919', '121', '150207') },
      hardship: { householdSize: 2, householdMonthlyIncomeYuan: 2600, method: 'commitment' },
    });
    expect(matter.eligibility).toMatchObject({ verdict: 'ineligible', hardship: 'not-met' });
    await actOk(t.clerk, matter.id, 'accept');
    const reviewed = await actOk(t.reviewer, matter.id, 'review');
    expect(reviewed.review).toMatchObject({
      recommendation: 'refuse',
      verdict: 'ineligible',
      overridden: false,
    });
    const refused = await actOk(t.director, matter.id, 'refuse', {
      reasonCodes: ['hardship-not-met'],
      reasons: '申请人家庭人均月收入一千三百元，高于本市经济困难标准。',
    });
    // Refused, the matter is off the way to aid: five same-day no longer applies, it is not "at risk".
    expect(refused.fiveSameDay).toMatchObject({ met: false, applicable: false });
    t.clockAt('2026-03-16T18:00');
    const board = (await t.director.get('/api/legal-aid/today?date=2026-03-16')).json();
    const ids = (items: { id: string }[]) => items.map((i) => i.id);
    expect(ids(board.items)).toContain(matter.id);
    expect(ids(board.atRisk)).not.toContain(matter.id);
    const atRisk = (await t.director.get('/api/legal-aid/applications?atRisk=true')).json();
    expect(ids(atRisk.items)).not.toContain(matter.id);

    t.clockAt('2026-03-17T10:00');
    const objected = await actOk(t.clerk, matter.id, 'object', {
      statement: '申请人配偶已于本月失业，家庭收入已大幅下降，请求重新审查。',
    });
    expect(objected.status).toBe('objection-pending');
    // Only the bureau decides, and its reason is written (第四十九条).
    const short = await act(
      t.leader,
      matter.id,
      'decide-objection',
      { outcome: 'corrected', reason: '改正' },
      t.reviewer,
    );
    expect([short.statusCode, short.json().field]).toEqual([400, 'reason']);

    t.clockAt('2026-03-19T15:00');
    const corrected = await actOk(
      t.leader,
      matter.id,
      'decide-objection',
      { outcome: 'corrected', reason: '申请人家庭经济状况已发生变化，责令法律援助中心重新审查并作出决定。' },
      t.reviewer,
    );
    expect(corrected.status).toBe('under-review');
    expect(corrected.fiveSameDay.applicable).toBe(true);
    // The refusal and its review are gone: a new review and decision are needed; no decision clock runs.
    expect(corrected.review).toBeNull();
    expect(corrected.objectionBody).toBeNull();
    expect(kinds(corrected.documents)).not.toContain('refusal-decision');
    expect(corrected.deadlines).toEqual([]);
    expect(corrected.availableActions).not.toContain('grant');
    expect((await act(t.director, matter.id, 'grant')).statusCode).toBe(409);

    const again = await actOk(t.reviewer, matter.id, 'review', {
      recommendation: 'grant',
      overrideReason: '申请人配偶失业，异议期间提交了失业证明，家庭人均收入已低于标准。',
    });
    expect(again.review).toMatchObject({ recommendation: 'grant', verdict: 'ineligible', overridden: true });
    const granted = await actOk(t.director, matter.id, 'grant');
    expect(granted.status).toBe('granted');
    expect(kinds(granted.documents)).toContain('grant-decision');
    expect(types(granted)).toEqual([
      'apply',
      'attach',
      'accept',
      'review',
      'refuse',
      'object',
      'decide-objection',
      'review',
      'grant',
    ]);
    // A later refusal could be objected to afresh; this grant is simply in force.
    expect(granted.availableActions).not.toContain('object');
  });

  it('undoes a termination: aid resumes in the status it was ended in', async () => {
    t.clockAt('2026-03-16T09:00');
    const matter = await apply(t.clerk, {
      applicant: { name: '柳淑芬', idNumber: residentId('19760224', '139', '150203') },
    });
    await actOk(t.clerk, matter.id, 'accept');
    await actOk(t.reviewer, matter.id, 'review');
    await actOk(t.director, matter.id, 'grant');
    await actOk(t.reviewer, matter.id, 'assign', { providerId: t.lawyerId });
    const inProgress = await actOk(t.lawyer, matter.id, 'accept-assignment');
    expect(inProgress.status).toBe('in-progress');

    t.clockAt('2026-03-20T09:00');
    const ended = await actOk(t.director, matter.id, 'terminate', {
      ground: 4,
      reason: '受援人在工地重新就业，经济状况发生变化，不再符合法律援助条件。',
    });
    expect(ended).toMatchObject({ status: 'terminated', objectionBody: BUREAU });
    expect(kinds(ended.documents)).toContain('termination-decision');
    // A termination can be objected to like a refusal (第四十九条).
    t.clockAt('2026-03-23T09:00');
    const objected = await actOk(t.clerk, matter.id, 'object', {
      statement: '受援人新工作仅为临时工，收入不稳定，不服终止决定。',
    });
    expect(objected.status).toBe('objection-pending');
    // Received Monday 23 March + 5 days = Saturday 28th, rolled forward to Monday 30 March.
    expect(objected.deadlines).toMatchObject([{ kind: 'objection-decision', dueAt: '2026-03-30' }]);

    t.clockAt('2026-03-25T09:00');
    const resumed = await actOk(
      t.leader,
      matter.id,
      'decide-objection',
      { outcome: 'corrected', reason: '受援人系临时务工，经济状况未发生实质变化，终止决定应予改正。' },
      t.reviewer,
    );
    expect(resumed.status).toBe('in-progress');
    expect(resumed.objectionBody).toBeNull();
    expect(resumed.flags.recoveryRequired).toBe(false);
    expect(kinds(resumed.documents)).not.toContain('termination-decision');
    expect(resumed.assignedProvider).toMatchObject({ lawyerId: t.lawyerId });
    // The lawyer carries on: the unsigned agreement is still due, and the lawyer can sign it.
    const asLawyer = (await t.lawyer.get(`/api/legal-aid/applications/${matter.id}`)).json();
    expect(asLawyer.availableActions).toContain('sign-agreement');
    expect(kinds(asLawyer.deadlines)).toEqual(['agreement']);
  });
});

describe('advance aid (第四十四条) followed through', () => {
  it('lets the director start it before the decision, with a lawyer who can then see the matter', async () => {
    t.clockAt('2026-03-16T09:00');
    const matter = await apply(t.clerk, {
      applicant: { name: '骆海涛', idNumber: residentId('19870405', '148', '150203') },
      limitationDueOn: '2026-03-19',
      facts: '申请人被拖欠工资，劳动仲裁时效将于2026年3月19日届满，请求法律援助。',
    });
    // Only the director decides advance aid.
    const byReviewer = await act(t.reviewer, matter.id, 'start-advance-aid', {
      ground: 1,
      reason: '仲裁时效即将届满，需立即申请劳动仲裁。',
    });
    expect(byReviewer.statusCode).toBe(403);
    expect((await t.lawyer.get(`/api/legal-aid/applications/${matter.id}`)).statusCode).toBe(403);

    t.clockAt('2026-03-16T09:30');
    const started = await actOk(t.director, matter.id, 'start-advance-aid', {
      ground: 1,
      reason: '劳动仲裁时效将于2026年3月19日届满，需立即申请仲裁。',
      providerId: t.lawyerId,
    });
    expect(started.status).toBe('applied');
    expect(started.flags.advanceAid).toBe(true);
    expect(started.milestones.advanceAidStartedAt).toBe('2026-03-16T01:30:00.000Z');
    expect(started.actions.at(-1)).toMatchObject({ type: 'start-advance-aid' });
    expect(started.actions.at(-1).summary).toContain('距法定时效或者期限届满不足七日');
    expect(started.assignedProvider).toMatchObject({ lawyerId: t.lawyerId, name: '周志远' });
    // The advance-aid lawyer sees the matter (and no one else of the roster does), with nothing to accept yet.
    const asLawyer = await t.lawyer.get(`/api/legal-aid/applications/${matter.id}`);
    expect(asLawyer.statusCode, asLawyer.body).toBe(200);
    expect(asLawyer.json().availableActions).not.toContain('accept-assignment');
    expect((await t.otherLawyer.get(`/api/legal-aid/applications/${matter.id}`)).statusCode).toBe(403);
    // The statutory decision clock still runs (第四十三条), and advance aid is once only.
    expect(kinds(started.deadlines)).toEqual(['decision']);
    const twice = await act(t.director, matter.id, 'start-advance-aid', { ground: 2, reason: '证据保全' });
    expect(twice.statusCode).toBe(409);

    // The application then goes its ordinary way: accepted, reviewed, granted, assigned to the same lawyer.
    await actOk(t.clerk, matter.id, 'accept');
    await actOk(t.reviewer, matter.id, 'review');
    const granted = await actOk(t.director, matter.id, 'grant');
    expect(granted.flags.advanceAid).toBe(true);
    expect(granted.availableActions).not.toContain('start-advance-aid');
    await actOk(t.reviewer, matter.id, 'assign', { providerId: t.lawyerId, basis: 'expertise' });
    const aided = await actOk(t.lawyer, matter.id, 'accept-assignment');
    expect(aided.status).toBe('in-progress');
    expect(types(aided)).toEqual([
      'apply',
      'attach',
      'start-advance-aid',
      'accept',
      'review',
      'grant',
      'assign',
      'accept-assignment',
    ]);
  });

  it('starts it on another ground without a limitation date, and a later refusal still stands', async () => {
    t.clockAt('2026-03-16T09:00');
    const matter = await apply(t.clerk, {
      applicant: { name: '苗德胜', idNumber: residentId('19800909', '157', '150207') },
      matter: 'loan-dispute',
      facts: '申请人称对方正在转移财产，请求立即申请财产保全并提起诉讼。',
    });
    const started = await actOk(t.director, matter.id, 'start-advance-aid', {
      ground: 2,
      reason: '对方当事人正在转移财产，需要立即申请财产保全。',
    });
    expect(started.flags.advanceAid).toBe(true);
    expect(started.assignedProvider).toBeNull();
    await actOk(t.clerk, matter.id, 'accept');
    await actOk(t.reviewer, matter.id, 'review');
    const refused = await actOk(t.director, matter.id, 'refuse', {
      reasonCodes: ['not-in-scope'],
      reasons: '民间借贷纠纷不属于法律援助法第三十一条规定的事项，先行提供的法律援助终止。',
    });
    expect(refused.status).toBe('refused');
    expect(refused.flags.advanceAid).toBe(true);
    expect(kinds(refused.documents)).toContain('refusal-decision');
    // Advance aid is not possible once a decision is made.
    expect(
      (await act(t.director, matter.id, 'start-advance-aid', { ground: 2, reason: '证据保全需要' }))
        .statusCode,
    ).toBe(409);
  });
});
