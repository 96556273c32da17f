import { isServiceCode, type ServiceCode } from './services';

/**
 * The life of one ticket as a fold over its append-only action log (see ARCHITECTURE.md):
 *
 *   issue → waiting ─call→ called ─start→ serving ─finish→ finished
 *                            │  └─no-show→ no-show ─recall→ called (recallCount + 1)
 *                            │                     ├─requeue→ waiting (back of the queue, recallCount + 1)
 *                            │                     └─close→ closed
 *   transfer (waiting | called | serving) → waiting, other service and/or window, same place
 *   cancel (waiting | called) → cancelled
 *
 * A no-show (过号) gets `maxRecalls` second chances (recall or requeue); the no-show after the last
 * one closes the ticket (`endReason: 'no-show-limit'`). So with `maxRecalls: 2` a citizen is called
 * at most three times. There is no "transferred" status: a transfer keeps the same ticket (number,
 * history, first call) and its original `queuedAt`, so the citizen keeps their place.
 * A no-show cannot be cancelled, only closed, so `no-show`/`closed` always mean "did not come".
 */

export const ticketStatuses = [
  'waiting',
  'called',
  'serving',
  'finished',
  'no-show',
  'closed',
  'cancelled',
] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const ticketActionTypes = [
  'issue',
  'call',
  'recall',
  'no-show',
  'requeue',
  'transfer',
  'start',
  'finish',
  'cancel',
  'close',
] as const;
export type TicketActionType = (typeof ticketActionTypes)[number];

export const ticketStatusLabels = {
  waiting: '等候中',
  called: '已叫号',
  serving: '办理中',
  finished: '已办结',
  'no-show': '过号',
  closed: '过号作废',
  cancelled: '已取消',
} as const satisfies Record<TicketStatus, string>;

export const ticketActionLabels = {
  issue: '取号',
  call: '叫号',
  recall: '过号重呼',
  'no-show': '标记过号',
  requeue: '过号重新排队',
  transfer: '转办',
  start: '开始办理',
  finish: '办结',
  cancel: '取消',
  close: '作废',
} as const satisfies Record<TicketActionType, string>;

/** How a served ticket ended. */
export const ticketOutcomes = [
  'resolved',
  'matter-opened',
  'needs-documents',
  'referred',
  'declined',
] as const;
export type TicketOutcome = (typeof ticketOutcomes)[number];

export const ticketOutcomeLabels = {
  resolved: '当场办结',
  'matter-opened': '已受理立案',
  'needs-documents': '需补充材料',
  referred: '已转介其他机构',
  declined: '不属于受理范围',
} as const satisfies Record<TicketOutcome, string>;

export type CancelReason = 'citizen-request' | 'end-of-day' | 'staff-decision';
export type CloseReason = 'end-of-day' | 'staff-decision';
/** Why a ticket ended without being finished; `'no-show-limit'` is set by the no-show past `maxRecalls`. */
export type EndReason = CancelReason | CloseReason | 'no-show-limit';

/** One entry of the action log. `at` is the instant of the action; actions come in time order. */
export type TicketAction =
  | { type: 'issue'; at: Date; serviceCode: string; priority: boolean }
  | { type: 'call'; at: Date; windowId: string }
  | { type: 'recall'; at: Date; windowId: string }
  | { type: 'no-show'; at: Date }
  | { type: 'requeue'; at: Date }
  | { type: 'transfer'; at: Date; toServiceCode?: string; toWindowId?: string }
  | { type: 'start'; at: Date }
  | { type: 'finish'; at: Date; outcome: TicketOutcome; matterId?: string }
  | { type: 'cancel'; at: Date; reason: CancelReason }
  | { type: 'close'; at: Date; reason: CloseReason };

/** The state of a ticket. Instants are `Date`; counts are whole numbers ≥ 0. */
export interface TicketState {
  status: TicketStatus;
  serviceCode: ServiceCode;
  priority: boolean;
  /** The window it is called to or served at; while waiting, the window a transfer sent it to (else null). */
  windowId: string | null;
  issuedAt: Date;
  /** Its place in the queue: the issue time, kept by transfers, reset by a requeue after a no-show. */
  queuedAt: Date;
  /** The first call ever (ends the citizen's wait in statistics); kept by transfers. */
  calledAt: Date | null;
  /** The latest call or recall of the current leg (reset by a transfer or requeue). */
  lastCalledAt: Date | null;
  /** When service started at the current window (reset by a transfer). */
  startedAt: Date | null;
  finishedAt: Date | null;
  /** When the ticket reached finished, cancelled or closed. */
  endedAt: Date | null;
  /** Second chances used after no-shows (recall or requeue), ≤ maxRecalls. */
  recallCount: number;
  noShowCount: number;
  transferCount: number;
  outcome: TicketOutcome | null;
  matterId: string | null;
  endReason: EndReason | null;
  /** The instant of the last action. */
  updatedAt: Date;
}

/** `maxRecalls`: second chances after no-shows (whole number ≥ 0). */
export interface TicketConfig {
  maxRecalls: number;
}

export type TicketErrorCode = 'QUEUE.INVALID_TRANSITION' | 'QUEUE.INVALID_PAYLOAD';

/** A refused action. `message` is Chinese, for the staff member who pressed the button. */
export interface TicketError {
  code: TicketErrorCode;
  message: string;
  field?: string;
  details: { status: TicketStatus | null; action: TicketActionType; index?: number };
}

export type TicketResult = { ok: true; state: TicketState } | { ok: false; error: TicketError };

/**
 * Actions each status allows (`issue` creates a ticket and is allowed from no status). `recall` and
 * `requeue` are further limited by `maxRecalls`; `availableActions` applies that limit.
 */
export const allowedActions = {
  waiting: ['call', 'transfer', 'cancel'],
  called: ['start', 'no-show', 'transfer', 'cancel'],
  serving: ['finish', 'transfer'],
  'no-show': ['recall', 'requeue', 'close'],
  finished: [],
  closed: [],
  cancelled: [],
} as const satisfies Record<TicketStatus, readonly TicketActionType[]>;

/** Statuses no action leaves. */
export const terminalStatuses: readonly TicketStatus[] = ticketStatuses.filter(
  (status) => allowedActions[status].length === 0,
);

function assertConfig(config: TicketConfig): void {
  if (!Number.isSafeInteger(config.maxRecalls) || config.maxRecalls < 0) {
    throw new RangeError(`maxRecalls must be a whole number ≥ 0: ${config.maxRecalls}`);
  }
}

/** The actions a ticket in `state` can take now (for the buttons of the staff console). */
export function availableActions(state: TicketState | null, config: TicketConfig): TicketActionType[] {
  assertConfig(config);
  if (state === null) return ['issue'];
  const allowed: readonly TicketActionType[] = allowedActions[state.status];
  return allowed.filter(
    (action) => (action !== 'recall' && action !== 'requeue') || state.recallCount < config.maxRecalls,
  );
}

function refuse(
  code: TicketErrorCode,
  message: string,
  state: TicketState | null,
  action: TicketAction,
  field?: string,
): TicketResult {
  const error: TicketError = {
    code,
    message,
    details: { status: state?.status ?? null, action: action.type },
  };
  if (field !== undefined) error.field = field;
  return { ok: false, error };
}

function transitionError(
  state: TicketState | null,
  action: TicketAction,
  config: TicketConfig,
): TicketResult {
  const actionLabel = ticketActionLabels[action.type];
  let message: string;
  if (state === null) {
    message = `尚未取号，不能${actionLabel}`;
  } else if (action.type === 'issue') {
    message = '该号已取，不能重复取号';
  } else if ((allowedActions[state.status] as readonly TicketActionType[]).includes(action.type)) {
    message = `过号重呼次数已达上限（${config.maxRecalls}次），不能${actionLabel}`;
  } else {
    message = `当前状态为“${ticketStatusLabels[state.status]}”，不能${actionLabel}`;
  }
  return refuse('QUEUE.INVALID_TRANSITION', message, state, action);
}

function isBlank(value: string | undefined): boolean {
  return value !== undefined && value.trim() === '';
}

/** Checks the payload; returns an error result or undefined. */
function payloadError(state: TicketState | null, action: TicketAction): TicketResult | undefined {
  const invalid = (message: string, field: string) =>
    refuse('QUEUE.INVALID_PAYLOAD', message, state, action, field);
  if (Number.isNaN(action.at.getTime())) return invalid('操作时间无效', 'at');
  if (state !== null && action.at.getTime() < state.updatedAt.getTime()) {
    return invalid('操作时间早于上一次操作', 'at');
  }
  switch (action.type) {
    case 'issue':
      return isServiceCode(action.serviceCode) ? undefined : invalid('未知的服务事项', 'serviceCode');
    case 'call':
    case 'recall':
      return action.windowId.trim() === '' ? invalid('缺少窗口', 'windowId') : undefined;
    case 'transfer': {
      if (action.toServiceCode === undefined && action.toWindowId === undefined) {
        return invalid('转办需要指定服务事项或窗口', 'toServiceCode');
      }
      if (action.toServiceCode !== undefined && !isServiceCode(action.toServiceCode)) {
        return invalid('未知的服务事项', 'toServiceCode');
      }
      if (isBlank(action.toWindowId)) return invalid('缺少窗口', 'toWindowId');
      const sameService = action.toServiceCode === undefined || action.toServiceCode === state?.serviceCode;
      const sameWindow = action.toWindowId === undefined || action.toWindowId === state?.windowId;
      return sameService && sameWindow ? invalid('转办目标与当前相同', 'toServiceCode') : undefined;
    }
    case 'finish':
      return isBlank(action.matterId) ? invalid('关联事项编号为空', 'matterId') : undefined;
    case 'no-show':
    case 'requeue':
    case 'start':
    case 'cancel':
    case 'close':
      return undefined;
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}

/**
 * Applies one action: the new state (a new object; the input is not changed) or a typed error:
 * `QUEUE.INVALID_TRANSITION` when the status (or the recall limit) does not allow the action,
 * `QUEUE.INVALID_PAYLOAD` for a bad payload or an action dated before the previous one.
 * `state` is null before the ticket is issued. Throws RangeError on a bad config.
 */
export function applyTicketAction(
  state: TicketState | null,
  action: TicketAction,
  config: TicketConfig,
): TicketResult {
  if (!availableActions(state, config).includes(action.type)) return transitionError(state, action, config);
  const bad = payloadError(state, action);
  if (bad) return bad;
  const at = action.at;
  if (state === null) {
    if (action.type !== 'issue') return transitionError(state, action, config);
    return { ok: true, state: issuedState(action, at) };
  }
  const next: TicketState = { ...state, updatedAt: at };
  switch (action.type) {
    case 'issue':
      return transitionError(state, action, config);
    case 'call':
    case 'recall':
      if (action.type === 'recall') next.recallCount += 1;
      next.status = 'called';
      next.windowId = action.windowId;
      next.calledAt = state.calledAt ?? at;
      next.lastCalledAt = at;
      break;
    case 'no-show':
      next.noShowCount += 1;
      if (state.recallCount < config.maxRecalls) {
        next.status = 'no-show';
      } else {
        next.status = 'closed';
        next.endReason = 'no-show-limit';
        next.endedAt = at;
      }
      break;
    case 'requeue':
      next.status = 'waiting';
      next.recallCount += 1;
      next.queuedAt = at;
      next.windowId = null;
      next.lastCalledAt = null;
      break;
    case 'transfer':
      next.status = 'waiting';
      next.transferCount += 1;
      if (action.toServiceCode !== undefined && isServiceCode(action.toServiceCode)) {
        next.serviceCode = action.toServiceCode;
      }
      next.windowId = action.toWindowId ?? null;
      next.lastCalledAt = null;
      next.startedAt = null;
      break;
    case 'start':
      next.status = 'serving';
      next.startedAt = at;
      break;
    case 'finish':
      next.status = 'finished';
      next.outcome = action.outcome;
      next.matterId = action.matterId ?? null;
      next.finishedAt = at;
      next.endedAt = at;
      break;
    case 'cancel':
    case 'close':
      next.status = action.type === 'cancel' ? 'cancelled' : 'closed';
      next.endReason = action.reason;
      next.endedAt = at;
      break;
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
  return { ok: true, state: next };
}

function issuedState(action: Extract<TicketAction, { type: 'issue' }>, at: Date): TicketState {
  if (!isServiceCode(action.serviceCode)) throw new RangeError(`Unknown service code: ${action.serviceCode}`);
  return {
    status: 'waiting',
    serviceCode: action.serviceCode,
    priority: action.priority,
    windowId: null,
    issuedAt: at,
    queuedAt: at,
    calledAt: null,
    lastCalledAt: null,
    startedAt: null,
    finishedAt: null,
    endedAt: null,
    recallCount: 0,
    noShowCount: 0,
    transferCount: 0,
    outcome: null,
    matterId: null,
    endReason: null,
    updatedAt: at,
  };
}

/**
 * The state after a whole action log (the first action must be `issue`), or the error of the first
 * refused action with its `details.index`. An empty log is an error (`QUEUE.INVALID_TRANSITION`).
 */
export function ticketStateFromActions(actions: readonly TicketAction[], config: TicketConfig): TicketResult {
  let state: TicketState | null = null;
  for (const [index, action] of actions.entries()) {
    const result = applyTicketAction(state, action, config);
    if (!result.ok) {
      return { ok: false, error: { ...result.error, details: { ...result.error.details, index } } };
    }
    state = result.state;
  }
  if (state === null) {
    assertConfig(config);
    return {
      ok: false,
      error: {
        code: 'QUEUE.INVALID_TRANSITION',
        message: '没有取号记录',
        details: { status: null, action: 'issue' },
      },
    };
  }
  return { ok: true, state };
}
