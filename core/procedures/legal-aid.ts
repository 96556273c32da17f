import { ROLE_LABELS } from '@core/access/roles';
import { businessDateOf } from '@core/calendar/business-date';
import { AppError, badInput, conflict } from '@core/errors';
import { commonProblem, type PayloadProblem, payloadProblem } from './legal-aid-payload';
import { reduce } from './legal-aid-transitions';
import type {
  LegalAidAction,
  LegalAidActor,
  LegalAidError,
  LegalAidErrorCode,
  LegalAidResult,
  LegalAidState,
} from './legal-aid-types';
import {
  ACTION_ROLES,
  allowedActions,
  LEGAL_AID_ACTION_LABELS,
  LEGAL_AID_STATUS_LABELS,
  type LegalAidActionType,
  type LegalAidActorRole,
} from './legal-aid-vocabulary';

export * from './legal-aid-deadlines';
export { writtenLength } from './legal-aid-payload';
export * from './legal-aid-types';
export * from './legal-aid-vocabulary';

/**
 * A legal-aid matter as an append-only action log (ARCHITECTURE: "Status is derived from an
 * append-only action log"; opencrvs getStatusFromActions). rules.md §11.1:
 *
 *   (none)                  ─apply→ applied ─accept→ under-review
 *   applied | under-review  ─request-materials→ materials-requested (once per matter, art. 43 para. 2)
 *   materials-requested     ─materials-received→ back where it was | ─deem-withdrawn→ deemed-withdrawn
 *                           (only after the due date)
 *   under-review            ─review→ reviewed (待审批) ─grant→ granted | ─refuse→ refused
 *   reviewed                ─review→ reviewed (the opinion revised before the decision)
 *   granted                 ─assign→ assigned ─provider-decline→ granted
 *   assigned                ─sign-agreement→ agreement-signed
 *   assigned | agreement-signed ─accept-assignment→ in-progress (aid starts; a late 委托协议 is then
 *                           signed in progress)
 *   in-progress ─close-case→ closed ─submit-file→ file-submitted ─review-file→ file-reviewed
 *                           (a returned file goes back to closed) ─pay-subsidy→ subsidy-paid ─archive→ archived
 *   granted … in-progress   ─terminate→ terminated (art. 48)
 *   refused | terminated    ─object→ objection-pending ─decide-objection→ upheld: back, no second
 *                           objection; corrected: a refusal reopens under-review, a termination resumes
 *                           in the status it ended (art. 49)
 *   applied … under-review  ─start-advance-aid→ (same) with flags.advanceAid (art. 44), once
 *   comment, attach: any status, no change (attach not once archived)
 *
 * `applyLegalAidAction` is the write path: it checks the version the client saw, the actor's role,
 * the transition and the payload. `foldLegalAid` replays a stored log: transitions only, no role or
 * payload rules, so tightening those never breaks history. The state each action leads to is in
 * legal-aid-transitions.ts.
 */

const ACTOR_ROLE_LABELS: Record<LegalAidActorRole, string> = {
  ...Object.fromEntries(Object.entries(ROLE_LABELS).map(([role, label]) => [role, label.zh])),
  applicant: '申请人',
  system: '系统',
} as Record<LegalAidActorRole, string>;

/** Why an action the status table lists is not available in this state, or undefined. */
function blockedReason(state: LegalAidState, type: LegalAidActionType, at: Date): string | undefined {
  switch (type) {
    case 'request-materials':
      return state.materialsNotice !== null
        ? '已一次性告知补充材料，不得再次要求补充（法律援助法 第四十三条第二款）'
        : undefined;
    case 'deem-withdrawn': {
      const due = state.materialsNotice?.dueDate;
      return due !== undefined && businessDateOf(at) <= due ? `补充材料期限（${due}）尚未届满` : undefined;
    }
    case 'start-advance-aid':
      return state.flags.advanceAid ? '已决定先行提供法律援助' : undefined;
    case 'grant':
    case 'refuse':
      return state.review === null ? '尚未审查，不能作出决定' : undefined;
    case 'object':
      return state.objection !== null
        ? '对该决定的异议已经审查决定，不能再次提出；不服的，可以依法申请行政复议或者提起行政诉讼'
        : undefined;
    case 'sign-agreement':
      return state.agreementSigned ? '委托协议已经签订' : undefined;
    default:
      return undefined;
  }
}

/**
 * The actions a matter in `state` can take at instant `at`: `allowedActions[status]` refined by the
 * state (one materials notice, one advance aid, one objection per decision, a review before the
 * decision, deemed withdrawal only after the due date, one agreement). `null` state: only 'apply'.
 * Throws RangeError on an invalid `at`.
 */
export function availableActions(state: LegalAidState | null, at: Date): LegalAidActionType[] {
  if (state === null) return ['apply'];
  businessDateOf(at);
  const listed: readonly LegalAidActionType[] = allowedActions[state.status];
  return listed.filter((type) => blockedReason(state, type, at) === undefined);
}

/** The actions `actor` may take now: `availableActions` filtered by role and, for lawyers, assignment. */
export function actionsFor(
  state: LegalAidState | null,
  actor: LegalAidActor,
  at: Date,
): LegalAidActionType[] {
  return availableActions(state, at).filter((type) => actorProblem(state, type, actor) === undefined);
}

/** ACTION_ROLES: the actor's role may take the action (state-independent). */
function roleProblem(type: LegalAidActionType, actor: LegalAidActor): string | undefined {
  const roles: readonly LegalAidActorRole[] = ACTION_ROLES[type];
  return roles.includes(actor.role)
    ? undefined
    : `${ACTOR_ROLE_LABELS[actor.role] ?? '该用户'}无权${LEGAL_AID_ACTION_LABELS[type]}`;
}

/** A lawyer acts only on the matter they are assigned to (法律援助法 第四十六条: the assigned provider). */
function assignmentProblem(
  state: LegalAidState | null,
  type: LegalAidActionType,
  actor: LegalAidActor,
): string | undefined {
  if (actor.role !== 'lawyer') return undefined;
  const assigned = state?.assignedProviderId ?? null;
  return assigned === null || actor.providerId !== assigned
    ? `只有本案指派的法律援助人员可以${LEGAL_AID_ACTION_LABELS[type]}`
    : undefined;
}

function actorProblem(
  state: LegalAidState | null,
  type: LegalAidActionType,
  actor: LegalAidActor,
): string | undefined {
  return roleProblem(type, actor) ?? assignmentProblem(state, type, actor);
}

function fail(
  code: LegalAidErrorCode,
  message: string,
  state: LegalAidState | null,
  action: LegalAidAction,
  extra: { field?: string; details?: Partial<LegalAidError['details']> } = {},
): LegalAidResult {
  const error: LegalAidError = {
    code,
    message,
    details: { status: state?.status ?? null, action: action.type, ...extra.details },
  };
  if (extra.field !== undefined) error.field = extra.field;
  return { ok: false, error };
}

function payloadFail(state: LegalAidState | null, action: LegalAidAction, p: PayloadProblem): LegalAidResult {
  return fail('LEGAL_AID.INVALID_PAYLOAD', p.message, state, action, { field: p.field });
}

function transitionFail(state: LegalAidState | null, action: LegalAidAction): LegalAidResult | undefined {
  const label = LEGAL_AID_ACTION_LABELS[action.type] ?? String(action.type);
  if (state === null) {
    return action.type === 'apply'
      ? undefined
      : fail('LEGAL_AID.INVALID_TRANSITION', `尚未申请，不能${label}`, state, action);
  }
  const listed: readonly LegalAidActionType[] = allowedActions[state.status];
  if (!listed.includes(action.type)) {
    const beforeReview =
      state.status === 'under-review' && (action.type === 'grant' || action.type === 'refuse');
    const message =
      action.type === 'apply'
        ? '该事项已经申请，不能重复申请'
        : beforeReview
          ? '尚未审查，不能作出决定'
          : `当前状态为“${LEGAL_AID_STATUS_LABELS[state.status]}”，不能${label}`;
    return fail('LEGAL_AID.INVALID_TRANSITION', message, state, action);
  }
  const blocked = blockedReason(state, action.type, action.at);
  return blocked === undefined ? undefined : fail('LEGAL_AID.INVALID_TRANSITION', blocked, state, action);
}

/** The structural checks a replay repeats: a valid, ordered instant, a named actor, an allowed transition. */
function replayFail(state: LegalAidState | null, action: LegalAidAction): LegalAidResult | undefined {
  const common = commonProblem(state, action);
  if (common) return payloadFail(state, action, common);
  return transitionFail(state, action);
}

/**
 * Applies one new action: the new state (a new object; `state` is unchanged) or a typed error, checked
 * in this order:
 * - `COMMON.STALE_VERSION`: `expectedVersion` (the version the client saw; 0 before 'apply') differs
 *   from `state.version`: someone acted first, so two directors deciding at once → one succeeds;
 * - `AUTH.FORBIDDEN`: the actor's role may not take the action (ACTION_ROLES);
 * - `LEGAL_AID.INVALID_PAYLOAD` for a bad instant (invalid, or before the last action) or no actor id;
 * - `LEGAL_AID.INVALID_TRANSITION`: the state does not allow the action (`availableActions`);
 * - `AUTH.FORBIDDEN`: a lawyer who is not the matter's assigned provider;
 * - `LEGAL_AID.INVALID_PAYLOAD`: the payload rules (`payloadProblem`, each naming its article).
 */
export function applyLegalAidAction(
  state: LegalAidState | null,
  action: LegalAidAction,
  options: { expectedVersion: number },
): LegalAidResult {
  const actualVersion = state?.version ?? 0;
  if (options.expectedVersion !== actualVersion) {
    return fail('COMMON.STALE_VERSION', '该法律援助事项已被他人修改，请刷新后重试', state, action, {
      details: { expectedVersion: options.expectedVersion, actualVersion },
    });
  }
  const role = roleProblem(action.type, action.actor);
  if (role !== undefined) return fail('AUTH.FORBIDDEN', role, state, action);
  const replay = replayFail(state, action);
  if (replay) return replay;
  const assignment = assignmentProblem(state, action.type, action.actor);
  if (assignment !== undefined) return fail('AUTH.FORBIDDEN', assignment, state, action);
  const payload = payloadProblem(state, action);
  if (payload) return payloadFail(state, action, payload);
  return { ok: true, state: reduce(state, action) };
}

/** A stored log that does not fold: corruption, as every entry went through `applyLegalAidAction`. */
export class LegalAidLogError extends Error {
  constructor(readonly error: LegalAidError) {
    super(`${error.code}: ${error.message} (action #${error.details.index ?? '?'})`);
    this.name = 'LegalAidLogError';
  }
}

/**
 * Replays a stored log: the first action must be 'apply'. Checks instants, order and transitions,
 * not roles, versions or payload rules (those are write-time policy). The error of the first
 * refused action carries its `details.index`; an empty log is INVALID_TRANSITION.
 */
export function tryFoldLegalAid(actions: readonly LegalAidAction[]): LegalAidResult {
  let state: LegalAidState | null = null;
  for (const [index, action] of actions.entries()) {
    const refused = replayFail(state, action);
    if (refused && !refused.ok) {
      return { ok: false, error: { ...refused.error, details: { ...refused.error.details, index } } };
    }
    state = reduce(state, action);
  }
  if (state === null) {
    return {
      ok: false,
      error: {
        code: 'LEGAL_AID.INVALID_TRANSITION',
        message: '没有申请记录',
        details: { status: null, action: 'apply' },
      },
    };
  }
  return { ok: true, state };
}

/** `tryFoldLegalAid`, throwing LegalAidLogError on an invalid log. */
export function foldLegalAid(actions: readonly LegalAidAction[]): LegalAidState {
  const result = tryFoldLegalAid(actions);
  if (!result.ok) throw new LegalAidLogError(result.error);
  return result.state;
}

/** The AppError the server throws for a refused action (one map to HTTP, core/errors). */
export function legalAidErrorToAppError(error: LegalAidError): AppError {
  switch (error.code) {
    case 'LEGAL_AID.INVALID_PAYLOAD':
      return badInput(error.code, error.message, error.field, error.details);
    case 'AUTH.FORBIDDEN':
      return new AppError('forbidden', error.code, error.message, undefined, error.details);
    case 'LEGAL_AID.INVALID_TRANSITION':
    case 'COMMON.STALE_VERSION':
      return conflict(error.code, error.message, error.details);
    default: {
      const unreachable: never = error.code;
      return unreachable;
    }
  }
}
