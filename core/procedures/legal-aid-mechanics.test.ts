import { addCalendarDays } from '@core/calendar/iso-date';
import { assessFiveSameDay } from '@core/legal-aid/five-same-day';
import { describe, expect, it } from 'vitest';
import {
  ACTION_ROLES,
  actionsFor,
  applyLegalAidAction,
  foldLegalAid,
  LEGAL_AID_ACTIONS,
  type LegalAidAction,
  type LegalAidActionType,
  type LegalAidActorRole,
  LegalAidLogError,
  type LegalAidState,
  legalAidErrorToAppError,
  tryFoldLegalAid,
} from './legal-aid';
import { ACTORS, buildAction, buildLog, later, lawyer, nineAm, PATHS, T0 } from './legal-aid.fixtures';
import { apply, applyOk, EXPECTED, next, refusal, SCENARIOS } from './legal-aid-test-kit';

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
