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
import type { Localized } from '@core/i18n/localized';
import { englishFieldName, englishIssue, valueAt } from '@core/i18n/zod-issue-en';
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
import { englishActionName, englishStatusName } from './english-names';
import { FIELD_NAMES_EN } from './field-labels';

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

/**
 * The key under which `choices` lists, of a multi-choice field's allowed values, those the matter still
 * needs (`items#needed`: the required checklist materials not yet received): the form marks them and
 * names the ones not yet picked.
 */
export function neededKey(path: string): string {
  return `${path}#needed`;
}

/** Allowed values of enum fields, by action and field path ('items'); see also neededKey. */
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

/**
 * A refusal: stable code, its message in Chinese and English (written together at the rule, so no rule
 * has one language only), the payload field at fault.
 */
export function fail(code: string, message: Localized, field?: string): { ok: false; error: ProcedureError } {
  const error: ProcedureError = { code, message: message.zh, messageEn: message.en };
  return { ok: false, error: field === undefined ? error : { ...error, field } };
}

/** An accepted step. */
export function ok<TState>(state: TState): { ok: true; state: TState } {
  return { ok: true, state };
}

const ACTOR_LABELS: Record<Role | 'party' | 'system', Localized> = {
  ...ROLE_LABELS,
  party: { zh: '当事人', en: 'The party' },
  system: { zh: '系统', en: 'The system' },
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

  const S = spec.service;
  function check(state: TState, action: ProcedureAction<TAction>): ProcedureError | undefined {
    if (!isAction(action.type)) {
      const type = String(action.type);
      return fail(`${P}.UNKNOWN_ACTION`, { zh: `未知的操作：${type}`, en: `Unknown action: ${type}` }, 'type')
        .error;
    }
    const label = { zh: spec.actionLabels[action.type], en: englishActionName(S, action.type) };
    if (!(action.at instanceof Date) || Number.isNaN(action.at.getTime()))
      return fail(
        `${P}.INVALID_TIME`,
        { zh: '操作时间无效', en: 'The time of the action is not valid' },
        'at',
      ).error;
    if (state.lastActionAt !== null && action.at.getTime() < state.lastActionAt.getTime())
      return fail(
        `${P}.INVALID_TIME`,
        { zh: '操作时间早于上一次操作', en: 'The action is dated before the previous one' },
        'at',
      ).error;
    if (state.openedAt === null && action.type !== spec.openingAction) {
      const opening = spec.openingAction;
      return fail(
        `${P}.NOT_OPENED`,
        {
          zh: `事项尚未登记，应先“${spec.actionLabels[opening]}”`,
          en: `The matter is not registered yet; first “${englishActionName(S, opening)}”`,
        },
        'type',
      ).error;
    }
    if (state.openedAt !== null && !spec.allowedActions[state.status].includes(action.type)) {
      const status = { zh: spec.statusLabels[state.status], en: englishStatusName(S, state.status) };
      return action.type === spec.openingAction
        ? fail(
            `${P}.ALREADY_OPENED`,
            {
              zh: `事项已登记，不能再次“${label.zh}”`,
              en: `The matter is already registered; “${label.en}” cannot be taken again`,
            },
            'type',
          ).error
        : fail(
            `${P}.ACTION_NOT_ALLOWED`,
            {
              zh: `当前状态“${status.zh}”下不能“${label.zh}”`,
              en: `“${label.en}” is not possible while the matter is “${status.en}”`,
            },
            'type',
          ).error;
    }
    const role = action.actor?.role;
    const roles: readonly string[] = spec.actionRoles[action.type];
    const permitted = role === 'system' ? systemActions.includes(action.type) : roles.includes(role);
    if (!permitted) {
      const who = ACTOR_LABELS[role as Role] ?? { zh: '该用户', en: 'This user' };
      return fail(
        `${P}.ROLE_NOT_ALLOWED`,
        { zh: `${who.zh}无权“${label.zh}”`, en: `${who.en} may not “${label.en}”` },
        'actor.role',
      ).error;
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
      return invalidPayload(P, parsed.error.issues[0], action.payload ?? {});
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
 * The refusal of a payload its schema rejects: the issue's Chinese message (the schemas carry it) and
 * its English from the issue and the field's English name (core/procedures/field-labels.ts).
 */
export function invalidPayload(
  P: string,
  issue: z.core.$ZodIssue | undefined,
  payload: unknown,
): { ok: false; error: ProcedureError } {
  const path = issue?.path ?? [];
  const field = path.map(String).join('.');
  const name = englishFieldName(path, FIELD_NAMES_EN);
  const en = issue
    ? englishIssue(issue, name, valueAt(payload, path) !== undefined)
    : 'The form is not filled in as required';
  return fail(
    `${P}.INVALID_PAYLOAD`,
    { zh: issue?.message ?? '填写的内容不符合要求', en },
    field || undefined,
  );
}

/**
 * `date` must not be after the day the action is recorded (an event already happened). `what` is the
 * date's Chinese name; the English names the field (core/procedures/field-labels.ts). Prefer declaring
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
  const en = `${englishFieldName([field], FIELD_NAMES_EN)} cannot be later than the day it is recorded (${context.date})`;
  return date > context.date
    ? fail(`${P}.DATE_IN_FUTURE`, { zh: `${what}不能晚于登记当日（${context.date}）`, en }, field).error
    : undefined;
}

/** Wraps a ProcedureError (or nothing) so a handler can `return refusal ?? ok(next)`. */
export function refusal(error: ProcedureError | undefined): { ok: false; error: ProcedureError } | undefined {
  return error ? { ok: false, error } : undefined;
}
