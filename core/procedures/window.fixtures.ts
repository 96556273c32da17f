/**
 * Test helpers for the window procedures: instants given in Beijing time (so tests mean the same in
 * every process TZ), actions built from short steps, and folds that report the refused step.
 */
import type { Role } from '@core/access/roles';
import { createCalendar } from '@core/calendar';
import { hasCjk } from '@core/i18n/localized';
import { expect } from 'vitest';
import { foldActions, type ProcedureAction, type ProcedureError } from './definition';
import type { MatterState, WindowProcedure } from './procedure-kit';
import { type MatterService, PROCEDURES } from './registry';

export const calendar = createCalendar();

/** The instant `time` (HH:MM) Beijing time on business date `date`. */
export function beijing(date: string, time = '09:00'): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

export interface Step {
  type: string;
  /** Business date of the action. */
  on: string;
  time?: string;
  /** Default: the first role allowed for the action. */
  role?: Role | 'party' | 'system';
  payload?: Record<string, unknown>;
}

/** The action a step describes. */
export function act<TStatus extends string, TAction extends string, TState extends MatterState<TStatus>>(
  definition: WindowProcedure<TStatus, TAction, TState>,
  step: Step,
): ProcedureAction<TAction> {
  const type = step.type as TAction;
  const role = step.role ?? definition.actionRoles[type]?.[0] ?? 'window-clerk';
  return {
    type,
    at: beijing(step.on, step.time),
    actor: { id: `user-${role}`, role },
    payload: step.payload ?? {},
  };
}

/** Folds the steps; fails the test with the refusal when one is refused. */
export function run<TStatus extends string, TAction extends string, TState extends MatterState<TStatus>>(
  definition: WindowProcedure<TStatus, TAction, TState>,
  steps: readonly Step[],
): TState {
  const result = foldActions(
    definition,
    steps.map((step) => act(definition, step)),
    { calendar },
  );
  if (!result.ok) {
    throw new Error(
      `step ${result.failedAt} (${steps[result.failedAt ?? 0]?.type}) refused: ${JSON.stringify(result.error)}`,
    );
  }
  return result.state;
}

/** Folds the steps and returns the refusal of the last one (all earlier steps must pass). */
export function refusalOf<
  TStatus extends string,
  TAction extends string,
  TState extends MatterState<TStatus>,
>(definition: WindowProcedure<TStatus, TAction, TState>, steps: readonly Step[]): ProcedureError {
  const state = run(definition, steps.slice(0, -1));
  const last = steps.at(-1);
  if (!last) throw new Error('refusalOf needs at least one step');
  const result = definition.apply(state, act(definition, last), { calendar });
  if (result.ok) throw new Error(`expected ${last.type} to be refused, but it passed`);
  return result.error;
}

/** Asserts the last step is refused with `code` (and `field` when given). */
export function expectRefused<
  TStatus extends string,
  TAction extends string,
  TState extends MatterState<TStatus>,
>(
  definition: WindowProcedure<TStatus, TAction, TState>,
  steps: readonly Step[],
  code: string,
  field?: string,
): ProcedureError {
  const error = refusalOf(definition, steps);
  expect(error.code).toBe(code);
  if (field !== undefined) expect(error.field).toBe(field);
  expect(error.message).toMatch(/\p{Script=Han}/u);
  expect(error.messageEn.trim()).not.toBe('');
  expect(hasCjk(error.messageEn), error.messageEn).toBe(false);
  return error;
}

/**
 * Kind → dueAt of the open clocks on `today`. Every clock met this way must have an English name in its
 * procedure's labels (`clocksEn`), so the English console never shows a Chinese clock.
 */
export function dueDates<TStatus extends string, TAction extends string, TState extends MatterState<TStatus>>(
  definition: WindowProcedure<TStatus, TAction, TState>,
  state: TState,
  today: string,
): Record<string, string> {
  const clocks = definition.clocks(state, { calendar, today });
  const { clocksEn } = PROCEDURES[definition.service as MatterService].labels;
  expect(clocks.filter((c) => !clocksEn[c.kind]).map((c) => `${definition.service}.${c.kind}`)).toEqual([]);
  return Object.fromEntries(clocks.map((c) => [c.kind, c.dueAt]));
}
