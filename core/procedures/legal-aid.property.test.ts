import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  applyLegalAidAction,
  availableActions,
  foldLegalAid,
  LEGAL_AID_ACTIONS,
  LEGAL_AID_STATUSES,
  type LegalAidAction,
  type LegalAidActionType,
  type LegalAidState,
  type LegalAidStatus,
  TERMINATION_GROUND_NUMBERS,
} from './legal-aid';
import { buildAction, INELIGIBLE, T0 } from './legal-aid.fixtures';

/**
 * Random walks through the procedure: at each step, a random pause, then one of the actions
 * `availableActions` offers, with a payload varied among valid ones (refusal recommendations,
 * corrected objections, every termination ground, returned files). rules.md §11.1.
 */

const AIDED: readonly LegalAidStatus[] = [
  'granted',
  'assigned',
  'agreement-signed',
  'in-progress',
  'closed',
  'file-submitted',
  'file-reviewed',
  'subsidy-paid',
  'archived',
  'terminated',
];
const WITH_PROVIDER: readonly LegalAidStatus[] = [
  'assigned',
  'agreement-signed',
  'in-progress',
  'closed',
  'file-submitted',
  'file-reviewed',
  'subsidy-paid',
  'archived',
];

function vary(
  type: LegalAidActionType,
  state: LegalAidState | null,
  at: Date,
  variant: number,
): LegalAidAction {
  const action = buildAction(type, state, at);
  switch (action.type) {
    case 'review':
      return variant % 2 === 0 ? action : { ...action, eligibility: INELIGIBLE, recommendation: 'refuse' };
    case 'decide-objection':
      return variant % 2 === 0 ? action : { ...action, outcome: 'corrected' };
    case 'terminate':
      return {
        ...action,
        ground: TERMINATION_GROUND_NUMBERS[variant % TERMINATION_GROUND_NUMBERS.length] ?? 6,
      };
    case 'review-file':
      return variant % 3 === 0 ? { ...action, result: 'returned', note: '缺少判决书副本，请补交' } : action;
    case 'start-advance-aid':
      return variant % 2 === 0
        ? action
        : { type: action.type, at, actor: action.actor, ground: 2, reason: '需要立即申请证据保全' };
    default:
      return action;
  }
}

function check(condition: boolean, message: string): void {
  // A plain throw: expect() in the inner loop of 300 walks is too slow for the core project.
  if (!condition) throw new Error(message);
}

/** Invariants of every reachable state (the status is consistent with the rest of the state). */
function checkInvariants(state: LegalAidState, length: number): void {
  const { status } = state;
  check(LEGAL_AID_STATUSES.includes(status), `unknown status ${status}`);
  check(state.version === length, `version ${state.version} after ${length} actions`);
  check(state.milestones.appliedAt instanceof Date, 'appliedAt missing');
  check(
    !state.flags.recoveryRequired || [1, 2].includes(state.termination?.ground ?? 0),
    'recovery without fraud',
  );
  check(!WITH_PROVIDER.includes(status) || state.assignedProviderId !== null, `${status} without provider`);
  check(!AIDED.includes(status) || state.decision?.kind === 'grant', `${status} without a grant`);
  check(status !== 'refused' || state.decision?.kind === 'refuse', 'refused without a refusal');
  check(status !== 'terminated' || state.termination !== null, 'terminated without a termination');
  check(status !== 'agreement-signed' || state.agreementSigned, 'agreement-signed without an agreement');
  check(
    status !== 'objection-pending' || state.objection?.outcome === null,
    'pending objection with an outcome',
  );
  check(
    status !== 'materials-requested' || state.materialsNotice?.receivedAt === null,
    'materials already received',
  );
}

const NOTES: readonly LegalAidActionType[] = ['comment', 'attach'];

const DETOURS: readonly LegalAidActionType[] = ['terminate', 'provider-decline'];

const step = fc.record({
  pick: fc.nat(),
  // One step in ten is a note (comment, attach); the others move the matter on when they can.
  note: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  variant: fc.nat(),
  // Up to 4 days between actions, so materials due dates (5 days) sometimes pass.
  minutes: fc.integer({ min: 0, max: 4 * 24 * 60 }),
  stray: fc.constantFrom(...LEGAL_AID_ACTIONS),
});

describe('legal-aid procedure, random walks (rules.md §11.1)', () => {
  it('every sequence of available actions succeeds, folds to the same state, and stays consistent with allowedActions', () => {
    const reached = new Set<LegalAidStatus>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40, size: 'max' }), (steps) => {
        const log: LegalAidAction[] = [];
        let state: LegalAidState | null = null;
        let at = T0;
        for (const s of steps) {
          at = new Date(at.getTime() + s.minutes * 60_000);
          const available = availableActions(state, at);
          if (state !== null) {
            const listed: readonly LegalAidActionType[] = allowedActions[state.status];
            for (const type of available) check(listed.includes(type), `${type} offered in ${state.status}`);
            // An action the status table does not list is refused, and changes nothing.
            if (!listed.includes(s.stray)) {
              const stray = applyLegalAidAction(state, buildAction(s.stray, state, at), {
                expectedVersion: state.version,
              });
              check(
                !stray.ok && stray.error.code === 'LEGAL_AID.INVALID_TRANSITION',
                `${s.stray} in ${state.status}`,
              );
            }
          }
          // Detours (termination, a provider's decline) one time in four, so walks also reach the end.
          const moving = available.filter(
            (type) => !NOTES.includes(type) && (s.variant % 4 === 0 || !DETOURS.includes(type)),
          );
          const choices = s.note || moving.length === 0 ? available : moving;
          const type = choices[s.pick % choices.length];
          if (type === undefined) break;
          const action = vary(type, state, at, s.variant);
          const result = applyLegalAidAction(state, action, { expectedVersion: state?.version ?? 0 });
          if (!result.ok) throw new Error(`${type} from ${state?.status}: ${result.error.message}`);
          log.push(action);
          state = result.state;
          checkInvariants(state, log.length);
          reached.add(state.status);
        }
        expect(foldLegalAid(log)).toEqual(state);
      }),
      { numRuns: 300, seed: 20260302 },
    );
    // With this seed the walks reach every status (a guard against a generator that stops early).
    expect([...reached].sort()).toEqual([...LEGAL_AID_STATUSES].sort());
  });

  it('a stale version is always refused and never changes the state', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3, max: 10 }).filter((v) => v !== 1),
        (expectedVersion) => {
          const apply = buildAction('apply', null, T0);
          const state = foldLegalAid([apply]);
          const result = applyLegalAidAction(state, buildAction('accept', state, T0), { expectedVersion });
          expect(result.ok ? 'ok' : result.error.code).toBe('COMMON.STALE_VERSION');
        },
      ),
    );
  });
});
