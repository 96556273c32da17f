/**
 * The contract every window's procedure implements (ARCHITECTURE: "one definition file per service in
 * core/procedures; status from the action log"). Pure: no I/O, the calendar is passed in.
 *
 * A matter of any window (consultation, mediation, notarization, lawyer services, arbitration, judicial
 * appraisal, administrative reconsideration, legal publicity, aid-provider qualification) is an
 * append-only list of actions; its state is `definition.apply` folded over them, and its open clocks are
 * `definition.clocks(state)`. The server keeps one generic matter table and action log and runs every
 * definition the same way (validate the payload with `payloadSchemas`, check `allowedActions` and
 * `actionRoles`, fold, store, recompute clocks). Legal aid predates this contract and keeps its own
 * module (core/procedures/legal-aid.ts) with the same shape of ideas.
 */
import type { Role } from '@core/access/roles';
import type { PeriodResult, PeriodUnit } from '@core/calendar/calendar';
import type { z } from 'zod';

/** What a procedure needs from a calendar (core/calendar `createCalendar()` has this shape). */
export interface ProcedureCalendar {
  addPeriod(start: string, amount: number, unit: PeriodUnit): PeriodResult;
  isWorkingDay(date: string): { working: boolean; provisional: boolean };
}

/** Who took an action: a staff member (by role), the applicant/party, or the system (sweeps). */
export interface ProcedureActor {
  id: string;
  role: Role | 'party' | 'system';
  name?: string;
}

/**
 * One entry of a matter's log. `at` is the instant it was recorded (logs are in time order); business
 * dates inside payloads are `YYYY-MM-DD` (Asia/Shanghai). `payload` has passed `payloadSchemas[type]`.
 */
export interface ProcedureAction<TType extends string = string> {
  type: TType;
  at: Date;
  actor: ProcedureActor;
  payload: Record<string, unknown>;
}

/**
 * A statutory clock ("every deadline is data"). Day clocks run on business dates; a paused clock
 * (materials being supplemented, an appraisal's extension pending) has `pausedSince` and its `dueAt`
 * is recomputed on resumption by adding the paused days (`pausedDays`).
 */
export interface ProcedureClock {
  /** Stable key within the procedure, e.g. 'certificate' (公证书出具). */
  kind: string;
  /** Chinese label shown to staff, e.g. '出具公证书'. */
  label: string;
  /** Business date `YYYY-MM-DD` the period starts from (its own day not counted). */
  startsAt: string;
  /** Last business date to act, by the end of that day (Beijing). */
  dueAt: string;
  basis: 'calendar-days' | 'working-days';
  /** Period length in units of `basis` (before extensions). */
  amount: number;
  /** Days added by approved extensions, in units of `basis`. */
  extendedBy?: number;
  /** Statute and article, e.g. '公证法 第三十条' or '行政复议法 第三十条'. */
  source: string;
  /** Business date the clock was paused (not counting), when paused. */
  pausedSince?: string;
  /** Total days the clock was paused so far, in units of `basis`. */
  pausedDays?: number;
  /** True when the calendar had to guess rest days (a year without holiday data). */
  provisional: boolean;
  /** The role expected to act before the clock runs out (reminders go to the matter's handler). */
  responsibleRole?: Role;
}

/**
 * A refusal of an action by the procedure: stable code, Chinese message, its English (`messageEn`, the
 * server replies with it to a request in English: docs/api-conventions.md), the payload field at fault.
 */
export interface ProcedureError {
  code: string;
  message: string;
  messageEn: string;
  field?: string;
}

export type ProcedureResult<TState> = { ok: true; state: TState } | { ok: false; error: ProcedureError };

/** The part of every procedure state the generic server code reads. */
export interface ProcedureStateBase<TStatus extends string = string> {
  status: TStatus;
  /** When the matter was opened (the first action's instant), null before it. */
  openedAt: Date | null;
  /** True once the matter reached a final status (concluded, refused, withdrawn …). */
  closed: boolean;
}

/**
 * One window's procedure. `TStatus`/`TAction` are string unions from `as const` arrays.
 *
 * - `apply(state, action, { calendar })` checks the action against the state (status, roles, payload
 *   rules, statutory limits) and returns the next state or a ProcedureError; it never throws for bad
 *   input. `initialState()` is the state before the first action (whose type is `openingAction`).
 * - `clocks(state, { calendar, today })` lists the clocks open in that state (none when closed).
 * - Each action's `source` cites the article it implements; every rule's docstring does too.
 */
export interface ProcedureDefinition<
  TStatus extends string = string,
  TAction extends string = string,
  TState extends ProcedureStateBase<TStatus> = ProcedureStateBase<TStatus>,
> {
  /** The hall service (core/queue/services code), e.g. 'notarization'. */
  service: string;
  /** Chinese name of the procedure, e.g. '公证'. */
  nameZh: string;
  statuses: readonly TStatus[];
  statusLabels: Record<TStatus, string>;
  actions: readonly TAction[];
  actionLabels: Record<TAction, string>;
  /** The statute and article each action implements ('' only for purely clerical actions). */
  actionSources: Record<TAction, string>;
  /** The action that opens a matter. */
  openingAction: TAction;
  /** What may happen next in each status (closed statuses allow nothing or only e.g. 'follow-up'). */
  allowedActions: Record<TStatus, readonly TAction[]>;
  /** Which staff roles may take each action ('party' for the citizen's own online steps). */
  actionRoles: Record<TAction, readonly (Role | 'party')[]>;
  /** The payload of each action, validated before `apply` (zod 4; Chinese messages). */
  payloadSchemas: Record<TAction, z.ZodType<Record<string, unknown>>>;
  initialState(): TState;
  apply(
    state: TState,
    action: ProcedureAction<TAction>,
    context: { calendar: ProcedureCalendar },
  ): ProcedureResult<TState>;
  clocks(state: TState, context: { calendar: ProcedureCalendar; today: string }): ProcedureClock[];
}

/** Folds a whole log; the first refused action stops the fold and is returned with its index. */
export function foldActions<
  TStatus extends string,
  TAction extends string,
  TState extends ProcedureStateBase<TStatus>,
>(
  definition: ProcedureDefinition<TStatus, TAction, TState>,
  actions: readonly ProcedureAction<TAction>[],
  context: { calendar: ProcedureCalendar },
): ProcedureResult<TState> & { failedAt?: number } {
  let state = definition.initialState();
  for (const [index, action] of actions.entries()) {
    const result = definition.apply(state, action, context);
    if (!result.ok) return { ...result, failedAt: index };
    state = result.state;
  }
  return { ok: true, state };
}
