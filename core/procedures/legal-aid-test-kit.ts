/** Helpers shared by the legal-aid procedure tests. */
import {
  applyLegalAidAction,
  type LegalAidAction,
  type LegalAidActionType,
  type LegalAidState,
  type LegalAidStatus,
} from './legal-aid';
import { buildAction, later, PATHS, type PathName } from './legal-aid.fixtures';

const notes = (status: LegalAidStatus) => ({ comment: status, attach: status });

/**
 * The specification, written out by hand: from each scenario, the actions that succeed and the
 * status each leads to. Anything not listed must be refused with LEGAL_AID.INVALID_TRANSITION.
 */
export const EXPECTED: Record<PathName, Partial<Record<LegalAidActionType, LegalAidStatus>>> = {
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

export const SCENARIOS = Object.keys(PATHS) as PathName[];

export function next(state: LegalAidState, type: LegalAidActionType, hours = 1): LegalAidAction {
  return buildAction(type, state, later(state.lastActionAt, hours));
}

export function apply(state: LegalAidState | null, action: LegalAidAction) {
  return applyLegalAidAction(state, action, { expectedVersion: state?.version ?? 0 });
}

export function applyOk(state: LegalAidState | null, action: LegalAidAction): LegalAidState {
  const result = apply(state, action);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.state;
}

export function refusal(state: LegalAidState | null, action: LegalAidAction) {
  const result = apply(state, action);
  if (result.ok) throw new Error(`expected ${action.type} to be refused`);
  return result.error;
}
