import { describe, expect, it } from 'vitest';
import type { LegalAidAction } from './legal-aid';
import {
  ACTORS,
  buildAction,
  buildLog,
  later,
  PATHS,
  type PathName,
  PROVIDER_ID,
} from './legal-aid.fixtures';
import { applyOk, next, refusal } from './legal-aid-test-kit';

describe('advance aid (法律援助法 第四十四条)', () => {
  it('sets the side flag before the decision and leaves the status alone, once', () => {
    const { state } = buildLog(['apply', 'accept', 'start-advance-aid']);
    expect(state.status).toBe('under-review');
    expect(state.flags.advanceAid).toBe(true);
    expect(state.milestones.advanceAidStartedAt).toEqual(state.lastActionAt);
    expect(refusal(state, next(state, 'start-advance-aid')).code).toBe('LEGAL_AID.INVALID_TRANSITION');
    const granted = buildLog(['apply', 'accept', 'start-advance-aid', 'review', 'grant']).state;
    expect(granted.flags.advanceAid).toBe(true);
  });

  it('item 1 needs a limitation deadline fewer than 7 days away', () => {
    const { state } = buildLog(['apply']);
    const action = next(state, 'start-advance-aid') as Extract<LegalAidAction, { type: 'start-advance-aid' }>;
    expect(refusal(state, { ...action, limitationDueOn: '2026-03-09' }).field).toBe('limitationDueOn');
    expect(applyOk(state, { ...action, limitationDueOn: '2026-03-08' }).flags.advanceAid).toBe(true);
    expect(refusal(state, { ...action, limitationDueOn: '2026-03-01' }).field).toBe('limitationDueOn');
    const { limitationDueOn: _, ...withoutDate } = action;
    expect(refusal(state, withoutDate).field).toBe('limitationDueOn');
  });

  it('item 2 (preservation) needs no limitation date; an unknown item is refused', () => {
    const { state } = buildLog(['apply']);
    const at = later(state.lastActionAt, 1);
    const preservation: LegalAidAction = {
      type: 'start-advance-aid',
      at,
      actor: ACTORS.director,
      ground: 2,
      reason: '需要立即申请财产保全',
      providerId: PROVIDER_ID,
      providerName: '张三',
    };
    expect(applyOk(state, preservation).advanceAid).toEqual({ ground: 2, at, providerId: PROVIDER_ID });
    expect(refusal(state, { ...preservation, ground: 4 as never }).field).toBe('ground');
  });
});

describe('assignment and start of aid (法律援助法 第四十三条、第四十六条; 程序规定 第二十七条)', () => {
  it('art. 26: a senior lawyer must be confirmed when the review requires one', () => {
    const { state } = buildLog([
      'apply',
      'accept',
      (_, at) => ({
        type: 'review',
        at,
        actor: ACTORS.reviewer,
        eligibility: {
          verdict: 'eligible',
          hardship: 'not-required',
          requiresSeniorLawyer: true,
          reasons: [],
        },
        recommendation: 'grant',
      }),
      'grant',
    ]);
    const assign = next(state, 'assign') as Extract<LegalAidAction, { type: 'assign' }>;
    const error = refusal(state, { ...assign, seniorLawyerConfirmed: false });
    expect(error.field).toBe('seniorLawyerConfirmed');
    expect(error.message).toContain('第二十六条');
    expect(applyOk(state, assign).assignedProviderId).toBe(PROVIDER_ID);
  });

  it('a provider may decline only with a written good reason (art. 46), and the matter goes back to granted', () => {
    const { state } = buildLog(['apply', 'accept', 'review', 'grant', 'assign']);
    const decline = next(state, 'provider-decline') as Extract<LegalAidAction, { type: 'provider-decline' }>;
    expect(refusal(state, { ...decline, reason: '太忙' }).field).toBe('reason');
    const declined = applyOk(state, decline);
    expect(declined).toMatchObject({ status: 'granted', assignedProviderId: null, declineCount: 1 });
    expect(refusal(declined, next(declined, 'accept-assignment')).code).toBe('LEGAL_AID.INVALID_TRANSITION');
  });

  it('once aid started the provider cannot decline (art. 46: 接受指派后不得拒绝)', () => {
    const { state } = buildLog(['apply', 'accept', 'review', 'grant', 'assign', 'accept-assignment']);
    expect(refusal(state, next(state, 'provider-decline')).code).toBe('LEGAL_AID.INVALID_TRANSITION');
  });

  it('aid may start before the agreement; the agreement is then signed in progress, once', () => {
    const { state } = buildLog([
      'apply',
      'accept',
      'review',
      'grant',
      'assign',
      'accept-assignment',
      'sign-agreement',
    ]);
    expect(state).toMatchObject({ status: 'in-progress', agreementSigned: true });
    expect(state.milestones.agreementSignedAt).toEqual(state.lastActionAt);
    expect(refusal(state, next(state, 'sign-agreement')).code).toBe('LEGAL_AID.INVALID_TRANSITION');
  });

  it('a reassignment needs a new agreement', () => {
    const { state } = buildLog([
      'apply',
      'accept',
      'review',
      'grant',
      'assign',
      'provider-decline',
      'assign',
    ]);
    expect(state).toMatchObject({ status: 'assigned', agreementSigned: false });
  });
});

describe('termination (法律援助法 第四十八条) and recovery (第六十四条)', () => {
  const base: PathName = 'in-progress';

  it.each([1, 2] as const)('ground %i sets recoveryRequired (R16)', (ground) => {
    const { state } = buildLog(PATHS[base]);
    const terminated = applyOk(state, { ...next(state, 'terminate'), ground } as LegalAidAction);
    expect(terminated.flags.recoveryRequired).toBe(true);
    expect(terminated.termination).toMatchObject({ ground, statusBefore: 'in-progress' });
  });

  it.each([3, 4, 5, 6, 7, 8] as const)('ground %i does not set recoveryRequired', (ground) => {
    const { state } = buildLog(PATHS[base]);
    const terminated = applyOk(state, { ...next(state, 'terminate'), ground } as LegalAidAction);
    expect(terminated.flags.recoveryRequired).toBe(false);
  });

  it('needs a ground 1–8, a written reason and the objection body (R15)', () => {
    const { state } = buildLog(PATHS[base]);
    const action = next(state, 'terminate') as Extract<LegalAidAction, { type: 'terminate' }>;
    expect(refusal(state, { ...action, ground: 9 as never }).field).toBe('ground');
    expect(refusal(state, { ...action, ground: '1' as never }).field).toBe('ground');
    expect(refusal(state, { ...action, reason: '自行委托' }).field).toBe('reason');
    expect(refusal(state, { ...action, objectionBody: '' }).field).toBe('objectionBody');
  });

  it('is refused before a grant and after the case is closed', () => {
    for (const name of ['reviewed', 'closed', 'refused'] as const) {
      const { state } = buildLog(PATHS[name]);
      expect(refusal(state, next(state, 'terminate')).code).toBe('LEGAL_AID.INVALID_TRANSITION');
    }
  });
});

describe('objection (法律援助法 第四十九条)', () => {
  it('upheld: the refusal stands and no second objection is possible (para. 3: 行政复议 or 行政诉讼)', () => {
    const { state } = buildLog(PATHS['refused (objection upheld)']);
    expect(state.status).toBe('refused');
    expect(state.objection?.outcome).toBe('upheld');
    const error = refusal(state, next(state, 'object'));
    expect(error.message).toContain('行政复议');
  });

  it('corrected refusal: the review reopens and needs a new review before a new decision', () => {
    const { state } = buildLog(PATHS['objection-pending']);
    const corrected = applyOk(state, {
      ...next(state, 'decide-objection'),
      outcome: 'corrected',
    } as LegalAidAction);
    expect(corrected).toMatchObject({
      status: 'under-review',
      review: null,
      decision: null,
      reopenCount: 1,
      objection: null,
    });
    expect(refusal(corrected, next(corrected, 'grant')).message).toBe('尚未审查，不能作出决定');
    const reviewed = applyOk(corrected, next(corrected, 'review'));
    const refusedAgain = applyOk(reviewed, next(reviewed, 'refuse'));
    // A new refusal may be objected to afresh.
    expect(applyOk(refusedAgain, next(refusedAgain, 'object')).status).toBe('objection-pending');
  });

  it('corrected termination: aid resumes in the status it ended in, with the same provider; recovery lifted', () => {
    const { state } = buildLog([
      ...PATHS.terminated.slice(0, -1),
      (s, at) => ({ ...buildAction('terminate', s, at), ground: 1 }) as LegalAidAction,
      'object',
    ]);
    expect(state).toMatchObject({ status: 'objection-pending', flags: { recoveryRequired: true } });
    expect(state.objection?.against).toBe('termination');
    const corrected = applyOk(state, {
      ...next(state, 'decide-objection'),
      outcome: 'corrected',
    } as LegalAidAction);
    expect(corrected).toMatchObject({
      status: 'in-progress',
      assignedProviderId: PROVIDER_ID,
      termination: null,
      flags: { recoveryRequired: false },
    });
  });

  it('upheld termination goes back to terminated', () => {
    const { state } = buildLog([...PATHS.terminated, 'object', 'decide-objection']);
    expect(state.status).toBe('terminated');
  });

  it('the objection is received after the decision, not before, nor after it is recorded', () => {
    const { state } = buildLog(PATHS.refused);
    const action = next(state, 'object') as Extract<LegalAidAction, { type: 'object' }>;
    expect(refusal(state, { ...action, receivedAt: later(state.lastActionAt, -2) }).field).toBe('receivedAt');
    expect(refusal(state, { ...action, receivedAt: later(action.at, 1) }).field).toBe('receivedAt');
    expect(refusal(state, { ...action, statement: '' }).field).toBe('statement');
  });

  it('a decision on an objection is written, ≥ 10 characters', () => {
    const { state } = buildLog(PATHS['objection-pending']);
    const action = next(state, 'decide-objection') as Extract<LegalAidAction, { type: 'decide-objection' }>;
    expect(refusal(state, { ...action, reason: '维持' }).field).toBe('reason');
    expect(refusal(state, { ...action, outcome: 'partly' as never }).field).toBe('outcome');
  });
});

describe('closing, file, subsidy (法律援助法 第五十条、第五十二条、第五十九条)', () => {
  it('close-case records the day the case ended, not after today', () => {
    const { state } = buildLog(PATHS['in-progress']);
    const action = next(state, 'close-case') as Extract<LegalAidAction, { type: 'close-case' }>;
    expect(refusal(state, { ...action, endedOn: '2026-03-03' }).field).toBe('endedOn');
    expect(refusal(state, { ...action, result: '' }).field).toBe('result');
    expect(applyOk(state, { ...action, endedOn: '2026-02-27' }).caseEndedOn).toBe('2026-02-27');
  });

  it('a returned file goes back to closed and needs a written reason', () => {
    const { state } = buildLog(PATHS['file-submitted']);
    const action = next(state, 'review-file') as Extract<LegalAidAction, { type: 'review-file' }>;
    expect(refusal(state, { ...action, result: 'returned' }).field).toBe('note');
    const returned = applyOk(state, { ...action, result: 'returned', note: '缺少判决书副本，请补交' });
    expect(returned.status).toBe('closed');
    expect(returned.milestones.fileReviewedAt).toBeUndefined();
    expect(refusal(state, { ...action, grade: 'A' as never }).field).toBe('grade');
  });

  it('the subsidy is integer fen with a tax-exempt flag (art. 52)', () => {
    const { state } = buildLog(PATHS['file-reviewed']);
    const action = next(state, 'pay-subsidy') as Extract<LegalAidAction, { type: 'pay-subsidy' }>;
    expect(refusal(state, { ...action, amountFen: 12.5 }).field).toBe('amountFen');
    expect(refusal(state, { ...action, amountFen: -1 }).field).toBe('amountFen');
    expect(refusal(state, { ...action, taxExempt: 'yes' as never }).field).toBe('taxExempt');
    expect(applyOk(state, action).subsidy).toEqual({ amountFen: 120_000, taxExempt: true });
  });

  it('notes need content', () => {
    const { state } = buildLog(['apply']);
    expect(refusal(state, { ...next(state, 'comment'), text: '  ' } as LegalAidAction).field).toBe('text');
    expect(refusal(state, { ...next(state, 'attach'), fileId: '' } as LegalAidAction).field).toBe('fileId');
    expect(refusal(state, { ...next(state, 'attach'), fileName: '' } as LegalAidAction).field).toBe(
      'fileName',
    );
  });
});
