/**
 * The machinery every window definition shares (core/procedures/definition.ts): the checks made
 * before any rule of a procedure (the action exists, the matter is opened once, the status allows
 * the action, the actor's role may take it, the payload passes its schema and its dates lie within the
 * bounds their fields declare (date-bounds.ts), time runs forward), the
 * bookkeeping after it (opened, last action, closed), and typed per-action handlers. A definition
 * supplies its vocabulary, handlers and clocks; `defineProcedure` returns a ProcedureDefinition.
 */
import { ROLE_LABELS, type Role } from '@core/access/roles';
import { businessDateOf } from '@core/calendar/business-date';
import type { z } from 'zod';
import { dateBoundProblem } from './date-bounds';
import type {
  ProcedureAction,
  ProcedureActor,
  ProcedureCalendar,
  ProcedureClock,
  ProcedureDefinition,
  ProcedureError,
  ProcedureResult,
  ProcedureStateBase,
} from './definition';

/** The state every window procedure keeps besides its own fields. */
export interface MatterState<TStatus extends string = string> extends ProcedureStateBase<TStatus> {
  /** Instant of the last action, for the "time runs forward" check. */
  lastActionAt: Date | null;
}

/** What a handler gets besides the state and the parsed payload. */
export interface ActionContext {
  calendar: ProcedureCalendar;
  at: Date;
  /** Business date of `at` (Asia/Shanghai), `YYYY-MM-DD`. */
  date: string;
  actor: ProcedureActor;
}

type PayloadSchemas<TAction extends string> = { [A in TAction]: z.ZodType<Record<string, unknown>> };

export type Handlers<TAction extends string, TState, TSchemas extends PayloadSchemas<TAction>> = {
  [A in TAction]: (
    state: TState,
    payload: z.output<TSchemas[A]>,
    context: ActionContext,
  ) => ProcedureResult<TState>;
};

export interface ProcedureSpec<
  TStatus extends string,
  TAction extends string,
  TState extends MatterState<TStatus>,
  TSchemas extends PayloadSchemas<TAction>,
> extends Omit<ProcedureDefinition<TStatus, TAction, TState>, 'apply' | 'clocks' | 'payloadSchemas'> {
  /** Prefix of every error code, e.g. 'NOTARIZATION'. */
  codePrefix: string;
  payloadSchemas: TSchemas;
  /** Final statuses: the matter is closed in them (they may still allow a follow-up action). */
  closedStatuses: readonly TStatus[];
  /** Actions the system itself may take (sweeps: deemed acceptance, deemed abandonment …). */
  systemActions?: readonly TAction[];
  handlers: Handlers<TAction, TState, TSchemas>;
  /** Recomputes derived fields (flags) after every accepted action, e.g. the advance-aid flag. */
  derive?(state: TState, context: ActionContext): TState;
  /**
   * The values an action's enum field may take in this state, by action and field path (e.g. the
   * materials of this notarization matter's checklist); forms offer only these. Absent: the schema's own.
   */
  choices?(state: TState): FieldChoices<TAction>;
  /**
   * Whether an action the status allows is worth offering now (e.g. paying a fee once it is assessed);
   * the handler still refuses it with its own reason when taken anyway.
   */
  offers?(state: TState, action: TAction): boolean;
  /** Clocks of an opened, not closed matter (the wrapper returns [] otherwise). */
  openClocks(state: TState, context: { calendar: ProcedureCalendar; today: string }): ProcedureClock[];
}

/** Allowed values of enum fields, by action and field path ('items'). */
export type FieldChoices<TAction extends string = string> = Partial<
  Record<TAction, Record<string, readonly string[]>>
>;

/** A ProcedureDefinition plus what the kit knows about it (for tests and the generic server). */
export interface WindowProcedure<
  TStatus extends string = string,
  TAction extends string = string,
  TState extends MatterState<TStatus> = MatterState<TStatus>,
> extends ProcedureDefinition<TStatus, TAction, TState> {
  codePrefix: string;
  closedStatuses: readonly TStatus[];
  systemActions: readonly TAction[];
  /** The actions the matter's status offers now: the opening action before it is opened. */
  nextActions(state: TState): readonly TAction[];
  /** The spec's `choices` for this state ({} when it has none). */
  choices(state: TState): FieldChoices<TAction>;
}

/** A refusal: stable code, Chinese message, the payload field at fault. */
export function fail(code: string, message: string, field?: string): { ok: false; error: ProcedureError } {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}

/** An accepted step. */
export function ok<TState>(state: TState): { ok: true; state: TState } {
  return { ok: true, state };
}

const ACTOR_LABELS: Record<Role | 'party' | 'system', string> = {
  ...(Object.fromEntries(Object.entries(ROLE_LABELS).map(([role, label]) => [role, label.zh])) as Record<
    Role,
    string
  >),
  party: '当事人',
  system: '系统',
};

/** Builds a window's ProcedureDefinition from its spec (see the file comment for what is checked). */
export function defineProcedure<
  TStatus extends string,
  TAction extends string,
  TState extends MatterState<TStatus>,
  TSchemas extends PayloadSchemas<TAction>,
>(spec: ProcedureSpec<TStatus, TAction, TState, TSchemas>): WindowProcedure<TStatus, TAction, TState> {
  const P = spec.codePrefix;
  const systemActions: readonly TAction[] = spec.systemActions ?? [];
  const isAction = (type: unknown): type is TAction =>
    typeof type === 'string' && (spec.actions as readonly string[]).includes(type);
  const nextActions = (state: TState): readonly TAction[] =>
    state.openedAt === null
      ? [spec.openingAction]
      : spec.allowedActions[state.status].filter((type) => spec.offers?.(state, type) ?? true);

  function check(state: TState, action: ProcedureAction<TAction>): ProcedureError | undefined {
    if (!isAction(action.type))
      return fail(`${P}.UNKNOWN_ACTION`, `未知的操作：${String(action.type)}`, 'type').error;
    const label = spec.actionLabels[action.type];
    if (!(action.at instanceof Date) || Number.isNaN(action.at.getTime()))
      return fail(`${P}.INVALID_TIME`, '操作时间无效', 'at').error;
    if (state.lastActionAt !== null && action.at.getTime() < state.lastActionAt.getTime())
      return fail(`${P}.INVALID_TIME`, '操作时间早于上一次操作', 'at').error;
    if (state.openedAt === null && action.type !== spec.openingAction)
      return fail(`${P}.NOT_OPENED`, `事项尚未登记，应先“${spec.actionLabels[spec.openingAction]}”`, 'type')
        .error;
    if (state.openedAt !== null && !spec.allowedActions[state.status].includes(action.type)) {
      return action.type === spec.openingAction
        ? fail(`${P}.ALREADY_OPENED`, `事项已登记，不能再次“${label}”`, 'type').error
        : fail(
            `${P}.ACTION_NOT_ALLOWED`,
            `当前状态“${spec.statusLabels[state.status]}”下不能“${label}”`,
            'type',
          ).error;
    }
    const role = action.actor?.role;
    const roles: readonly string[] = spec.actionRoles[action.type];
    const permitted = role === 'system' ? systemActions.includes(action.type) : roles.includes(role);
    if (!permitted) {
      const who = ACTOR_LABELS[role as Role] ?? '该用户';
      return fail(`${P}.ROLE_NOT_ALLOWED`, `${who}无权“${label}”`, 'actor.role').error;
    }
    return undefined;
  }

  function apply(
    state: TState,
    action: ProcedureAction<TAction>,
    context: { calendar: ProcedureCalendar },
  ): ProcedureResult<TState> {
    const problem = check(state, action);
    if (problem) return { ok: false, error: problem };
    const parsed = spec.payloadSchemas[action.type].safeParse(action.payload ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.map(String).join('.');
      return fail(`${P}.INVALID_PAYLOAD`, issue?.message ?? '填写的内容不符合要求', field || undefined);
    }
    const date = businessDateOf(action.at);
    const outOfBounds = dateBoundProblem(spec.payloadSchemas[action.type], parsed.data, date);
    if (outOfBounds) return fail(`${P}.${outOfBounds.code}`, outOfBounds.message, outOfBounds.field);
    const handler = spec.handlers[action.type] as (
      state: TState,
      payload: unknown,
      context: ActionContext,
    ) => ProcedureResult<TState>;
    const actionContext: ActionContext = {
      calendar: context.calendar,
      at: action.at,
      date,
      actor: action.actor,
    };
    const result = handler(state, parsed.data, actionContext);
    if (!result.ok) return result;
    const next: TState = {
      ...result.state,
      openedAt: state.openedAt ?? action.at,
      lastActionAt: action.at,
      closed: spec.closedStatuses.includes(result.state.status),
    };
    return ok(spec.derive ? spec.derive(next, actionContext) : next);
  }

  const { handlers: _handlers, derive: _derive, openClocks, choices, offers: _offers, ...vocabulary } = spec;
  return {
    ...vocabulary,
    systemActions,
    nextActions,
    choices: (state) => choices?.(state) ?? {},
    apply,
    clocks(state, context) {
      if (state.openedAt === null || state.closed) return [];
      return openClocks(state, context);
    },
  };
}

/**
 * `date` must not be after the day the action is recorded (an event already happened). Prefer declaring
 * `zDate(label, { notAfter: 'today' })`, which the form's picker also honours; this stays for payloads
 * whose date is checked only under a condition.
 */
export function notAfterToday(
  P: string,
  date: string,
  context: ActionContext,
  field: string,
  what: string,
): ProcedureError | undefined {
  return date > context.date
    ? fail(`${P}.DATE_IN_FUTURE`, `${what}不能晚于登记当日（${context.date}）`, field).error
    : undefined;
}

/** Wraps a ProcedureError (or nothing) so a handler can `return refusal ?? ok(next)`. */
export function refusal(error: ProcedureError | undefined): { ok: false; error: ProcedureError } | undefined {
  return error ? { ok: false, error } : undefined;
}
