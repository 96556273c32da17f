/**
 * The state changes of a legal-aid matter (rules.md §11.1; the procedure in legal-aid.ts): the state after
 * each action, once `applyLegalAidAction` or `tryFoldLegalAid` has checked the transition. A termination
 * (法律援助法 第四十八条) records the status it ended and whether the cost is recovered (第六十四条); an
 * objection is decided under 第四十九条.
 */
import type { LegalAidAction, LegalAidActionOf, LegalAidState } from './legal-aid-types';
import { RECOVERY_GROUNDS } from './legal-aid-vocabulary';

function initialState(action: LegalAidActionOf<'apply'>): LegalAidState {
  return {
    status: 'applied',
    flags: { advanceAid: false, recoveryRequired: false, simpleCase: action.simpleCase === true },
    milestones: { appliedAt: action.receivedAt },
    channel: action.channel,
    caseKind: action.caseKind ?? null,
    materialsNotice: null,
    review: null,
    decision: null,
    advanceAid: null,
    assignedProviderId: null,
    assignedProviderName: null,
    agreementSigned: false,
    declineCount: 0,
    termination: null,
    objection: null,
    reopenCount: 0,
    caseEndedOn: null,
    fileReview: null,
    subsidy: null,
    lastActionAt: action.at,
    version: 1,
  };
}

/** The state after `action`; the transition has been checked. */
export function reduce(state: LegalAidState | null, action: LegalAidAction): LegalAidState {
  if (state === null) {
    if (action.type !== 'apply') throw new RangeError('reduce: the first action must be apply');
    return initialState(action);
  }
  const at = action.at;
  const next: LegalAidState = {
    ...state,
    flags: { ...state.flags },
    milestones: { ...state.milestones },
    lastActionAt: at,
    version: state.version + 1,
  };
  const m = next.milestones;
  switch (action.type) {
    case 'apply':
      throw new RangeError('reduce: apply on an existing matter');
    case 'accept':
      next.status = 'under-review';
      m.acceptedAt = at;
      break;
    case 'request-materials':
      next.materialsNotice = {
        items: action.items.map((item) => item.trim()),
        dueDate: action.dueDate,
        requestedAt: at,
        returnTo: state.status === 'applied' || state.status === 'reviewed' ? state.status : 'under-review',
        receivedAt: null,
      };
      next.status = 'materials-requested';
      m.materialsRequestedAt = at;
      break;
    case 'materials-received':
      next.status = state.materialsNotice?.returnTo ?? 'under-review';
      if (state.materialsNotice) next.materialsNotice = { ...state.materialsNotice, receivedAt: at };
      m.materialsReceivedAt = at;
      break;
    case 'deem-withdrawn':
      next.status = 'deemed-withdrawn';
      m.withdrawnAt = at;
      break;
    case 'review':
      next.status = 'reviewed';
      next.review = {
        at,
        by: action.actor.id,
        verdict: action.eligibility.verdict,
        recommendation: action.recommendation,
        overridden: action.overrideReason !== undefined && action.overrideReason.trim() !== '',
        requiresSeniorLawyer: action.eligibility.requiresSeniorLawyer === true,
      };
      if (action.simpleCase !== undefined) next.flags.simpleCase = action.simpleCase;
      m.reviewedAt = at;
      break;
    case 'grant':
    case 'refuse':
      next.status = action.type === 'grant' ? 'granted' : 'refused';
      next.decision = {
        kind: action.type,
        at,
        by: action.actor.id,
        reasonCodes: action.type === 'refuse' ? [...action.reasonCodes] : [],
        objectionBody: action.type === 'refuse' ? action.objectionBody : null,
        documentNumber: action.documentNumber ?? null,
      };
      next.objection = null;
      m.decidedAt = at;
      if (action.type === 'grant') m.approvedAt = at;
      else m.refusedAt = at;
      break;
    case 'start-advance-aid':
      next.flags.advanceAid = true;
      next.advanceAid = { ground: action.ground, at, providerId: action.providerId ?? null };
      m.advanceAidStartedAt = at;
      break;
    case 'assign':
      next.status = 'assigned';
      next.assignedProviderId = action.providerId;
      next.assignedProviderName = action.providerName;
      next.agreementSigned = false;
      m.assignedAt = at;
      break;
    case 'provider-decline':
      next.status = 'granted';
      next.assignedProviderId = null;
      next.assignedProviderName = null;
      next.declineCount += 1;
      break;
    case 'accept-assignment':
      next.status = 'in-progress';
      m.aidStartedAt = at;
      break;
    case 'sign-agreement':
      if (state.status === 'assigned') next.status = 'agreement-signed';
      next.agreementSigned = true;
      m.agreementSignedAt = at;
      break;
    case 'terminate':
      next.termination = {
        ground: action.ground,
        at,
        statusBefore: toTerminable(state.status),
        objectionBody: action.objectionBody,
        documentNumber: action.documentNumber ?? null,
      };
      next.status = 'terminated';
      next.flags.recoveryRequired = RECOVERY_GROUNDS.includes(action.ground);
      next.objection = null;
      m.terminatedAt = at;
      break;
    case 'object':
      next.objection = {
        against: state.status === 'terminated' ? 'termination' : 'refusal',
        receivedAt: action.receivedAt,
        outcome: null,
      };
      next.status = 'objection-pending';
      m.objectionReceivedAt = action.receivedAt;
      break;
    case 'decide-objection':
      decideObjection(state, next, action);
      m.objectionDecidedAt = at;
      break;
    case 'close-case':
      next.status = 'closed';
      next.caseEndedOn = action.endedOn;
      m.closedAt = at;
      break;
    case 'submit-file':
      next.status = 'file-submitted';
      m.fileSubmittedAt = at;
      break;
    case 'review-file':
      next.fileReview = { result: action.result, grade: action.grade ?? null };
      if (action.result === 'accepted') {
        next.status = 'file-reviewed';
        m.fileReviewedAt = at;
      } else {
        next.status = 'closed';
      }
      break;
    case 'pay-subsidy':
      next.status = 'subsidy-paid';
      next.subsidy = { amountFen: action.amountFen, taxExempt: action.taxExempt };
      m.subsidyPaidAt = at;
      break;
    case 'archive':
      next.status = 'archived';
      m.archivedAt = at;
      break;
    case 'comment':
    case 'attach':
      break;
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
  return next;
}

function toTerminable(
  status: LegalAidState['status'],
): NonNullable<LegalAidState['termination']>['statusBefore'] {
  switch (status) {
    case 'granted':
    case 'assigned':
    case 'agreement-signed':
    case 'in-progress':
      return status;
    default:
      throw new RangeError(`reduce: cannot terminate from ${status}`);
  }
}

/**
 * 法律援助法 第四十九条第二款: upheld → the decision stands (status back to refused / terminated, and
 * no second objection: the way on is 行政复议 or 行政诉讼, para. 3); corrected → a refusal reopens
 * the review (a new review and decision are needed), a termination is undone and aid resumes in the
 * status it was ended in.
 */
function decideObjection(
  state: LegalAidState,
  next: LegalAidState,
  action: LegalAidActionOf<'decide-objection'>,
): void {
  const objection = state.objection;
  const against = objection?.against ?? 'refusal';
  if (action.outcome === 'upheld') {
    next.status = against === 'termination' ? 'terminated' : 'refused';
    next.objection = objection ? { ...objection, outcome: 'upheld' } : null;
    return;
  }
  // The corrected decision is gone: a later decision may be objected to afresh.
  next.objection = null;
  next.reopenCount += 1;
  if (against === 'termination') {
    next.status = state.termination?.statusBefore ?? 'in-progress';
    next.termination = null;
    next.flags.recoveryRequired = false;
  } else {
    next.status = 'under-review';
    next.decision = null;
    next.review = null;
  }
}
