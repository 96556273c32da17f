import { addCalendarDays } from '@core/calendar/iso-date';
import { assessFiveSameDay } from '@core/legal-aid/five-same-day';
import { describe, expect, it } from 'vitest';
import {
  ACTION_ROLES,
  actionsFor,
  allowedActions,
  applyLegalAidAction,
  availableActions,
  foldLegalAid,
  LEGAL_AID_ACTION_LABELS,
  LEGAL_AID_ACTION_SOURCES,
  LEGAL_AID_ACTIONS,
  LEGAL_AID_STATUS_LABELS,
  LEGAL_AID_STATUSES,
  type LegalAidAction,
  type LegalAidActionType,
  type LegalAidActorRole,
  LegalAidLogError,
  type LegalAidState,
  type LegalAidStatus,
  legalAidErrorToAppError,
  tryFoldLegalAid,
} from './legal-aid';
import {
  ACTORS,
  buildAction,
  buildLog,
  INELIGIBLE,
  later,
  lawyer,
  nineAm,
  PATHS,
  type PathName,
  PROVIDER_ID,
  T0,
} from './legal-aid.fixtures';

const notes = (status: LegalAidStatus) => ({ comment: status, attach: status });

/**
 * The specification, written out by hand: from each scenario, the actions that succeed and the
 * status each leads to. Anything not listed must be refused with LEGAL_AID.INVALID_TRANSITION.
 */
const EXPECTED: Record<PathName, Partial<Record<LegalAidActionType, LegalAidStatus>>> = {
  applied: {
    accept: 'under-review',
    'request-materials': 'materials-requested',
    'start-advance-aid': 'applied',
    ...notes('applied'),
  },
  // deem-withdrawn is refused an hour after the notice: the due date has not passed.
  'materials-requested': {
    'materials-received': 'applied',
    'start-advance-aid': 'materials-requested',
    ...notes('materials-requested'),
  },
  // grant and refuse are refused before a review.
  'under-review': {
    'request-materials': 'materials-requested',
    review: 'reviewed',
    'start-advance-aid': 'under-review',
    ...notes('under-review'),
  },
  // After the review the matter awaits the director's decision (待审批); the review may be revised.
  reviewed: {
    'request-materials': 'materials-requested',
    review: 'reviewed',
    grant: 'granted',
    refuse: 'refused',
    'start-advance-aid': 'reviewed',
    ...notes('reviewed'),
  },
  granted: { assign: 'assigned', terminate: 'terminated', ...notes('granted') },
  refused: { object: 'objection-pending', ...notes('refused') },
  'deemed-withdrawn': notes('deemed-withdrawn'),
  assigned: {
    'accept-assignment': 'in-progress',
    'sign-agreement': 'agreement-signed',
    'provider-decline': 'granted',
    terminate: 'terminated',
    ...notes('assigned'),
  },
  'agreement-signed': {
    'accept-assignment': 'in-progress',
    terminate: 'terminated',
    ...notes('agreement-signed'),
  },
  'in-progress': { 'close-case': 'closed', terminate: 'terminated', ...notes('in-progress') },
  'in-progress (agreement pending)': {
    'sign-agreement': 'in-progress',
    'close-case': 'closed',
    terminate: 'terminated',
    ...notes('in-progress'),
  },
  closed: { 'submit-file': 'file-submitted', ...notes('closed') },
  'file-submitted': { 'review-file': 'file-reviewed', ...notes('file-submitted') },
  'file-reviewed': { 'pay-subsidy': 'subsidy-paid', ...notes('file-reviewed') },
  'subsidy-paid': { archive: 'archived', ...notes('subsidy-paid') },
  archived: { comment: 'archived' },
  terminated: { object: 'objection-pending', ...notes('terminated') },
  'objection-pending': { 'decide-objection': 'refused', ...notes('objection-pending') },
  'refused (objection upheld)': notes('refused'),
};

const SCENARIOS = Object.keys(PATHS) as PathName[];

function next(state: LegalAidState, type: LegalAidActionType, hours = 1): LegalAidAction {
  return buildAction(type, state, later(state.lastActionAt, hours));
}

function apply(state: LegalAidState | null, action: LegalAidAction) {
  return applyLegalAidAction(state, action, { expectedVersion: state?.version ?? 0 });
}

function applyOk(state: LegalAidState | null, action: LegalAidAction): LegalAidState {
  const result = apply(state, action);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.state;
}

function refusal(state: LegalAidState | null, action: LegalAidAction) {
  const result = apply(state, action);
  if (result.ok) throw new Error(`expected ${action.type} to be refused`);
  return result.error;
}

describe('vocabulary', () => {
  it('labels every status and action in Chinese, and names a source for every status-changing action', () => {
    for (const status of LEGAL_AID_STATUSES)
      expect(LEGAL_AID_STATUS_LABELS[status]).toMatch(/\p{Script=Han}/u);
    for (const action of LEGAL_AID_ACTIONS) {
      expect(LEGAL_AID_ACTION_LABELS[action]).toMatch(/\p{Script=Han}/u);
      expect(ACTION_ROLES[action].length).toBeGreaterThan(0);
      if (action !== 'comment' && action !== 'attach')
        expect(LEGAL_AID_ACTION_SOURCES[action]).toMatch(/第|规定/);
    }
  });

  it('the scenarios reach every status', () => {
    const reached = new Set(SCENARIOS.map((name) => buildLog(PATHS[name]).state.status));
    expect([...reached].sort()).toEqual([...LEGAL_AID_STATUSES].sort());
  });

  it('allowedActions lists, per status, exactly the union of what the scenarios in that status allow', () => {
    const union = new Map<LegalAidStatus, Set<string>>();
    for (const name of SCENARIOS) {
      const status = buildLog(PATHS[name]).state.status;
      const set = union.get(status) ?? new Set<string>();
      for (const action of Object.keys(EXPECTED[name])) set.add(action);
      union.set(status, set);
    }
    // deem-withdrawn is allowed in materials-requested, after the due date (tested below).
    union.get('materials-requested')?.add('deem-withdrawn');
    for (const status of LEGAL_AID_STATUSES) {
      expect([...(union.get(status) ?? [])].sort(), status).toEqual([...allowedActions[status]].sort());
    }
  });
});

describe.each(SCENARIOS)('from %s, every action', (name) => {
  const { state } = buildLog(PATHS[name]);
  const expected = EXPECTED[name];

  it('availableActions is what the specification allows', () => {
    expect(availableActions(state, later(state.lastActionAt, 1)).sort()).toEqual(
      Object.keys(expected).sort(),
    );
  });

  it.each(LEGAL_AID_ACTIONS.map((action) => [action, LEGAL_AID_ACTION_SOURCES[action] ?? '记录']))(
    '%s (%s)',
    (type) => {
      const action = next(state, type);
      const result = apply(state, action);
      const target = expected[type];
      if (target === undefined) {
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('LEGAL_AID.INVALID_TRANSITION');
          expect(result.error.message).toMatch(/\p{Script=Han}/u);
          expect(result.error.details).toMatchObject({ status: state.status, action: type });
        }
      } else {
        expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
        if (result.ok) {
          expect(result.state.status).toBe(target);
          expect(result.state.version).toBe(state.version + 1);
          expect(result.state.lastActionAt).toEqual(action.at);
        }
      }
    },
  );
});

describe('apply (法律援助法 第三十八条至第四十一条)', () => {
  it('creates the matter in applied; appliedAt is the receipt time, not the recording time', () => {
    const receivedAt = new Date('2026-03-01T02:00:00Z');
    const state = applyOk(null, { ...buildAction('apply', null, T0), receivedAt });
    expect(state).toMatchObject({ status: 'applied', version: 1, channel: 'window', caseKind: 'civil' });
    expect(state.milestones.appliedAt).toEqual(receivedAt);
  });

  it('refuses any other first action, and a second apply', () => {
    expect(refusal(null, buildAction('accept', null, T0)).code).toBe('LEGAL_AID.INVALID_TRANSITION');
    const { state } = buildLog(['apply']);
    expect(refusal(state, next(state, 'apply')).message).toBe('该事项已经申请，不能重复申请');
  });

  it('refuses a receipt after the recording time, an unknown channel or case kind (R1)', () => {
    const action = buildAction('apply', null, T0);
    expect(refusal(null, { ...action, receivedAt: later(T0, 1) }).field).toBe('receivedAt');
    expect(refusal(null, { ...action, channel: 'fax' as never }).field).toBe('channel');
    expect(refusal(null, { ...action, caseKind: 'tax' as never }).field).toBe('caseKind');
  });
});

describe('materials (法律援助法 第四十三条第二款, 一次性告知)', () => {
  it('allows one single notice per matter, even after the materials arrived', () => {
    const { state } = buildLog(['apply', 'request-materials', 'materials-received', 'accept']);
    expect(state.status).toBe('under-review');
    expect(availableActions(state, later(state.lastActionAt, 1))).not.toContain('request-materials');
    const error = refusal(state, next(state, 'request-materials'));
    expect(error.code).toBe('LEGAL_AID.INVALID_TRANSITION');
    expect(error.message).toContain('一次性告知');
  });

  it('returns to the status the notice was given in', () => {
    const fromApplied = buildLog(['apply', 'request-materials', 'materials-received']).state;
    expect(fromApplied.status).toBe('applied');
    const fromReview = buildLog(['apply', 'accept', 'request-materials', 'materials-received']).state;
    expect(fromReview.status).toBe('under-review');
    expect(fromReview.materialsNotice?.receivedAt).toEqual(fromReview.lastActionAt);
  });

  it('needs every item listed, none blank or repeated, and a due date after the notice day', () => {
    const { state } = buildLog(['apply']);
    const action = next(state, 'request-materials') as Extract<LegalAidAction, { type: 'request-materials' }>;
    expect(refusal(state, { ...action, items: [] }).field).toBe('items');
    expect(refusal(state, { ...action, items: ['身份证', ' '] }).field).toBe('items');
    expect(refusal(state, { ...action, items: ['身份证', '身份证 '] }).message).toBe('补充材料重复列出');
    expect(refusal(state, { ...action, dueDate: '2026-03-02' }).field).toBe('dueDate');
    expect(refusal(state, { ...action, dueDate: '2026-3-9' }).field).toBe('dueDate');
  });

  it('deems the application withdrawn only once the due date has passed', () => {
    const { state } = buildLog(['apply', 'request-materials']);
    const due = state.materialsNotice?.dueDate ?? '';
    const onDueDay = buildAction('deem-withdrawn', state, new Date(`${due}T23:59:00+08:00`));
    expect(refusal(state, onDueDay).message).toContain('尚未届满');
    expect(availableActions(state, onDueDay.at)).not.toContain('deem-withdrawn');
    const dayAfter = buildAction('deem-withdrawn', state, nineAm(addCalendarDays(due, 1)));
    expect(availableActions(state, dayAfter.at)).toContain('deem-withdrawn');
    const withdrawn = applyOk(state, dayAfter);
    expect(withdrawn.status).toBe('deemed-withdrawn');
    expect(withdrawn.milestones.withdrawnAt).toEqual(dayAfter.at);
  });
});

describe('review and decision (法律援助法 第四十三条)', () => {
  it('a recommendation that departs from the eligibility verdict needs a written reason of ≥ 10 characters', () => {
    const { state } = buildLog(['apply', 'accept']);
    const at = later(state.lastActionAt, 1);
    const departing: LegalAidAction = {
      type: 'review',
      at,
      actor: ACTORS.reviewer,
      eligibility: INELIGIBLE,
      recommendation: 'grant',
    };
    expect(refusal(state, departing).field).toBe('overrideReason');
    expect(refusal(state, { ...departing, overrideReason: '收入证明有误差' }).field).toBe('overrideReason');
    // 10 characters, one of them outside the BMP, counts as 10.
    const reviewed = applyOk(state, { ...departing, overrideReason: '𠮷申请人收入计算有误差' });
    expect(reviewed.review).toMatchObject({
      verdict: 'ineligible',
      recommendation: 'grant',
      overridden: true,
    });
  });

  it('an incomplete verdict cannot be turned into a decision without a written override', () => {
    const { state } = buildLog(['apply', 'accept']);
    const action: LegalAidAction = {
      type: 'review',
      at: later(state.lastActionAt, 1),
      actor: ACTORS.reviewer,
      eligibility: { verdict: 'incomplete', hardship: 'unknown', requiresSeniorLawyer: false, reasons: [] },
      recommendation: 'refuse',
    };
    expect(refusal(state, action).field).toBe('overrideReason');
  });

  it('the director may decide against the recommendation only with a written reason', () => {
    const { state } = buildLog(['apply', 'accept']);
    const reviewed = applyOk(state, {
      type: 'review',
      at: later(state.lastActionAt, 1),
      actor: ACTORS.reviewer,
      eligibility: INELIGIBLE,
      recommendation: 'refuse',
    });
    const grant: LegalAidAction = {
      type: 'grant',
      at: later(reviewed.lastActionAt, 1),
      actor: ACTORS.director,
    };
    expect(refusal(reviewed, grant).field).toBe('overrideReason');
    expect(applyOk(reviewed, { ...grant, overrideReason: '申请人补充证据证明其已失业半年以上' }).status).toBe(
      'granted',
    );
  });

  it('a refusal states reason codes, written reasons and where to object (第四十三条、第四十九条, R11)', () => {
    const { state } = buildLog(['apply', 'accept']);
    const reviewed = applyOk(state, {
      type: 'review',
      at: later(state.lastActionAt, 1),
      actor: ACTORS.reviewer,
      eligibility: INELIGIBLE,
      recommendation: 'refuse',
    });
    const refuse = next(reviewed, 'refuse') as Extract<LegalAidAction, { type: 'refuse' }>;
    expect(refusal(reviewed, { ...refuse, reasonCodes: [] }).field).toBe('reasonCodes');
    expect(refusal(reviewed, { ...refuse, reasonCodes: ['too-rich' as never] }).field).toBe('reasonCodes');
    expect(refusal(reviewed, { ...refuse, reasonCodes: ['other', 'other'] }).field).toBe('reasonCodes');
    expect(refusal(reviewed, { ...refuse, reasons: '收入超标' }).field).toBe('reasons');
    expect(refusal(reviewed, { ...refuse, objectionBody: ' ' }).field).toBe('objectionBody');
    expect(refusal(reviewed, { ...refuse, documentNumber: '' }).field).toBe('documentNumber');
    const refused = applyOk(reviewed, { ...refuse, documentNumber: '包法援〔2026〕第0001号' });
    expect(refused.decision).toMatchObject({
      kind: 'refuse',
      reasonCodes: ['hardship-not-met'],
      objectionBody: '包头市司法局',
      documentNumber: '包法援〔2026〕第0001号',
    });
    expect(refused.milestones.refusedAt).toEqual(refuse.at);
    expect(refused.milestones.approvedAt).toBeUndefined();
  });

  it('the last review counts; review may be repeated', () => {
    const { state } = buildLog(['apply', 'accept', 'review']);
    const again = applyOk(state, { ...next(state, 'review'), actor: ACTORS.clerk } as LegalAidAction);
    expect(again.review?.by).toBe(ACTORS.clerk.id);
  });
});

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

describe('actors (ACTION_ROLES)', () => {
  const ALL_ROLES: LegalAidActorRole[] = [
    'admin',
    'receptionist',
    'window-clerk',
    'legal-aid-reviewer',
    'legal-aid-director',
    'lawyer',
    'mediator',
    'notary',
    'bureau-leader',
    'training-officer',
    'auditor',
    'applicant',
    'system',
  ];
  /** A state where `type` is available, and the action (notes: a matter with a lawyer assigned). */
  function setUp(type: LegalAidActionType): { state: LegalAidState; action: LegalAidAction } {
    if (type === 'deem-withdrawn') {
      const { state } = buildLog(PATHS['materials-requested']);
      const due = state.materialsNotice?.dueDate ?? '';
      return { state, action: buildAction(type, state, nineAm(addCalendarDays(due, 1))) };
    }
    const name = EXPECTED.assigned[type]
      ? 'assigned'
      : SCENARIOS.find((n) => EXPECTED[n][type] !== undefined);
    if (name === undefined) throw new Error(`no scenario allows ${type}`);
    const { state } = buildLog(PATHS[name]);
    return { state, action: next(state, type) };
  }

  it.each(LEGAL_AID_ACTIONS.filter((type) => type !== 'apply'))(
    '%s: only the listed roles may take it',
    (type) => {
      const { state, action } = setUp(type);
      const allowed: readonly LegalAidActorRole[] = ACTION_ROLES[type];
      for (const role of ALL_ROLES) {
        const actor = role === 'lawyer' ? lawyer() : { id: `${role}-1`, role };
        const result = apply(state, { ...action, actor } as LegalAidAction);
        if (allowed.includes(role))
          expect(result.ok, `${role} ${result.ok ? '' : result.error.message}`).toBe(true);
        else expect(result.ok ? 'ok' : result.error.code, role).toBe('AUTH.FORBIDDEN');
      }
    },
  );

  it('apply: clerks, reviewers and applicants (online) only', () => {
    const action = buildAction('apply', null, T0);
    expect(refusal(null, { ...action, actor: ACTORS.director }).code).toBe('AUTH.FORBIDDEN');
    expect(applyOk(null, { ...action, actor: ACTORS.applicant, channel: 'online' }).channel).toBe('online');
  });

  it('a lawyer acts only on the matter assigned to them (art. 46)', () => {
    const { state } = buildLog(PATHS.assigned);
    const stranger = { ...next(state, 'accept-assignment'), actor: lawyer('provider-99') } as LegalAidAction;
    const error = refusal(state, stranger);
    expect(error.code).toBe('AUTH.FORBIDDEN');
    expect(error.message).toBe('只有本案指派的法律援助人员可以接受指派');
    expect(
      refusal(state, { ...next(state, 'comment'), actor: lawyer('provider-99') } as LegalAidAction).code,
    ).toBe('AUTH.FORBIDDEN');
  });

  it('actionsFor gives the buttons one person may press', () => {
    const { state } = buildLog(PATHS.assigned);
    const at = later(state.lastActionAt, 1);
    expect(actionsFor(state, lawyer(), at).sort()).toEqual(
      ['accept-assignment', 'attach', 'comment', 'provider-decline', 'sign-agreement'].sort(),
    );
    expect(actionsFor(state, lawyer('provider-99'), at)).toEqual([]);
    expect(actionsFor(state, ACTORS.director, at).sort()).toEqual(['attach', 'comment', 'terminate']);
    expect(actionsFor(null, ACTORS.applicant, at)).toEqual(['apply']);
  });
});

describe('concurrency (expectedVersion)', () => {
  it('two directors deciding at once: the first wins, the second gets COMMON.STALE_VERSION', () => {
    const { state } = buildLog(PATHS.reviewed);
    const seen = state.version;
    const grant = { ...next(state, 'grant'), actor: ACTORS.director };
    const refuse = { ...next(state, 'refuse'), actor: ACTORS.director2 };
    const first = applyLegalAidAction(state, grant, { expectedVersion: seen });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const second = applyLegalAidAction(
      first.state,
      { ...refuse, at: later(first.state.lastActionAt, 0) },
      { expectedVersion: seen },
    );
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error).toMatchObject({
      code: 'COMMON.STALE_VERSION',
      details: { expectedVersion: seen, actualVersion: seen + 1 },
    });
    expect(legalAidErrorToAppError(second.error)).toMatchObject({
      kind: 'conflict',
      code: 'COMMON.STALE_VERSION',
    });
  });

  it('the first action expects version 0', () => {
    const result = applyLegalAidAction(null, buildAction('apply', null, T0), { expectedVersion: 1 });
    expect(result.ok ? 'ok' : result.error.code).toBe('COMMON.STALE_VERSION');
  });

  it('refuses an action dated before the previous one, or without an actor id', () => {
    const { state } = buildLog(['apply']);
    expect(refusal(state, { ...next(state, 'accept'), at: later(state.lastActionAt, -1) }).field).toBe('at');
    expect(refusal(state, { ...next(state, 'accept'), at: new Date(Number.NaN) }).field).toBe('at');
    expect(refusal(state, { ...next(state, 'accept'), actor: { id: ' ', role: 'window-clerk' } }).field).toBe(
      'actor.id',
    );
  });
});

describe('fold (getStatusFromActions)', () => {
  it.each(SCENARIOS)('%s: folding the log gives the state built step by step', (name) => {
    const { log, state } = buildLog(PATHS[name]);
    expect(foldLegalAid(log)).toEqual(state);
    expect(foldLegalAid(log).version).toBe(log.length);
  });

  it('does not re-check roles or payload rules: history stays readable when policy tightens', () => {
    const { log } = buildLog(PATHS.granted);
    const grantIndex = log.findIndex((action) => action.type === 'grant');
    const rewritten = log.map((action, index) =>
      index === grantIndex
        ? { ...action, actor: { id: 'old-reviewer', role: 'legal-aid-reviewer' as const } }
        : action,
    );
    expect(foldLegalAid(rewritten).status).toBe('granted');
  });

  it('an invalid log fails at the first bad action, with its index', () => {
    const { log } = buildLog(PATHS.granted);
    const broken = [...log, { ...buildAction('close-case', null, later(T0, 10)) }];
    const result = tryFoldLegalAid(broken);
    expect(result.ok ? 'ok' : result.error).toMatchObject({
      code: 'LEGAL_AID.INVALID_TRANSITION',
      details: { index: log.length, status: 'granted', action: 'close-case' },
    });
    expect(() => foldLegalAid(broken)).toThrow(LegalAidLogError);
    expect(tryFoldLegalAid([]).ok).toBe(false);
    expect(() => foldLegalAid([])).toThrow('没有申请记录');
  });

  it('an out-of-order log is invalid', () => {
    const { log } = buildLog(PATHS['under-review']);
    const swapped = [log[0], { ...log[1], at: later(T0, -5) }] as LegalAidAction[];
    expect(tryFoldLegalAid(swapped).ok).toBe(false);
  });
});

describe('milestones', () => {
  it('feed five-same-day (五个当天) directly', () => {
    const { state } = buildLog(['apply', 'accept', 'review', 'grant', 'assign', 'accept-assignment']);
    const result = assessFiveSameDay(state.milestones);
    expect(result).toMatchObject({ met: true, businessDate: '2026-03-02', missing: [], late: [] });
  });

  it('a matter not yet assigned misses the last two', () => {
    const { state } = buildLog(PATHS.granted);
    expect(assessFiveSameDay(state.milestones).missing).toEqual(['assignedAt', 'aidStartedAt']);
  });

  it('simpleCase comes from intake and may be set by the review', () => {
    const { state } = buildLog([
      (_, at) => ({ ...buildAction('apply', null, at), simpleCase: true }) as LegalAidAction,
      'accept',
    ]);
    expect(state.flags.simpleCase).toBe(true);
    const reviewed = applyOk(state, { ...next(state, 'review'), simpleCase: false } as LegalAidAction);
    expect(reviewed.flags.simpleCase).toBe(false);
  });
});

describe('legalAidErrorToAppError', () => {
  it('maps codes to HTTP kinds', () => {
    const { state } = buildLog(['apply']);
    expect(legalAidErrorToAppError(refusal(state, next(state, 'grant')))).toMatchObject({ kind: 'conflict' });
    expect(
      legalAidErrorToAppError(refusal(state, { ...next(state, 'comment'), text: '' } as LegalAidAction)),
    ).toMatchObject({ kind: 'bad-input', field: 'text' });
    expect(
      legalAidErrorToAppError(refusal(state, { ...next(state, 'accept'), actor: ACTORS.bureau })),
    ).toMatchObject({
      kind: 'forbidden',
      code: 'AUTH.FORBIDDEN',
    });
  });
});
