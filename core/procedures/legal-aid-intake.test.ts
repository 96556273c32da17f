import { addCalendarDays } from '@core/calendar/iso-date';
import { describe, expect, it } from 'vitest';
import {
  ACTION_ROLES,
  allowedActions,
  availableActions,
  LEGAL_AID_ACTION_LABELS,
  LEGAL_AID_ACTION_SOURCES,
  LEGAL_AID_ACTIONS,
  LEGAL_AID_STATUS_LABELS,
  LEGAL_AID_STATUSES,
  type LegalAidAction,
  type LegalAidStatus,
} from './legal-aid';
import { ACTORS, buildAction, buildLog, INELIGIBLE, later, nineAm, PATHS, T0 } from './legal-aid.fixtures';
import { apply, applyOk, EXPECTED, next, refusal, SCENARIOS } from './legal-aid-test-kit';

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
