/**
 * Pure helpers of the payload form (payload-form.tsx): how a field is shown, read from the `widget`
 * its procedure definition put on it (core/procedures/payload-kit.ts FieldWidget, via zod `.meta()` in
 * the catalog's JSON Schema), and the conversions between form values and payload values.
 */
import { brokenBound, type DateBound } from '@core/procedures/date-bounds';
import dayjs from 'dayjs';
import { type Dayjs, toDayjs, todayIso, toIsoDate } from '../../lib/dates';
import type { JsonSchema } from './types';

export type Widget = NonNullable<JsonSchema['widget']>;

/** The widget of a field, or of a list's items ('date' for a list of dates). */
export function widgetOf(schema: JsonSchema): Widget | undefined {
  return schema.widget ?? schema.items?.widget;
}

/** Form value of a date field: the business date `YYYY-MM-DD` as the picker's day (no time zone shift). */
export function dateToPicker(value: unknown): Dayjs | undefined {
  return typeof value === 'string' && value !== '' ? toDayjs(value) : undefined;
}

/** The picker's day back to the payload's `YYYY-MM-DD`. */
export function dateFromPicker(value: Dayjs | null | undefined): string | undefined {
  return toIsoDate(value);
}

/** The sibling fields a date's bounds name (`{ field }`), to watch in the form. */
export function boundFields(schema: JsonSchema): string[] {
  return [schema.notBefore, schema.notAfter].flatMap((bound?: DateBound) =>
    typeof bound === 'object' ? [bound.field] : [],
  );
}

/**
 * Whether the picker disables `day`: it lies outside the bounds the field declares (the same ones the
 * server checks, core/procedures/date-bounds.ts), today being the Asia/Shanghai business date (never the
 * browser's), `siblings` the values of the fields a bound names.
 */
export function isDayDisabled(
  day: Dayjs,
  schema: JsonSchema,
  siblings: Record<string, unknown> = {},
  today: string = todayIso(),
): boolean {
  if (schema.notBefore === undefined && schema.notAfter === undefined) return false;
  const bounds = { notBefore: schema.notBefore, notAfter: schema.notAfter };
  return brokenBound(day.format('YYYY-MM-DD'), bounds, today, siblings) !== undefined;
}

/** A list of dates both ways. */
export function datesToPicker(value: unknown): Dayjs[] | undefined {
  return Array.isArray(value) ? value.flatMap((v) => dateToPicker(v) ?? []) : undefined;
}
export function datesFromPicker(value: Dayjs[] | null | undefined): string[] | undefined {
  return value ? value.flatMap((v) => dateFromPicker(v) ?? []) : undefined;
}

/** Form value of a time field: `HH:MM` as the picker's time of an arbitrary day. */
export function timeToPicker(value: unknown): Dayjs | undefined {
  if (typeof value !== 'string' || !/^\d{2}:\d{2}$/.test(value)) return undefined;
  return dayjs(`2000-01-01T${value}:00`);
}
export function timeFromPicker(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('HH:mm') : undefined;
}

/**
 * The account an account field starts with: the logged-in user's own, when they hold the field's `role`
 * (a notary accepting a matter is most often its 承办公证员); nobody otherwise.
 */
export function ownAccount(
  role: string,
  user: { id: string; displayName: string; roles: readonly string[] },
): { id: string; name: string } | undefined {
  return user.roles.includes(role) ? { id: user.id, name: user.displayName } : undefined;
}

/** Money: fen in the payload, yuan in the box. */
export function fenToYuan(fen: unknown): unknown {
  return typeof fen === 'number' ? fen / 100 : fen;
}
export function yuanToFen(yuan: unknown): unknown {
  return typeof yuan === 'number' ? Math.round(yuan * 100) : yuan;
}

/**
 * True for an Enter key in a one-line text box of the form, which browsers turn into a submit of the
 * whole (half-filled) form: the form swallows it. Text areas (new lines), buttons and pickers' own
 * handling of Enter (they act on it before it reaches the form) keep working.
 */
export function isAccidentalSubmit(event: { key: string; target: unknown }): boolean {
  if (event.key !== 'Enter') return false;
  const target = event.target as { tagName?: unknown; type?: unknown } | null;
  if (target?.tagName !== 'INPUT') return false;
  return !['submit', 'button', 'checkbox', 'radio'].includes(String(target.type ?? 'text'));
}

/** A form's onKeyDown: Enter in a text box does not submit the form (isAccidentalSubmit). */
export function swallowAccidentalSubmit(event: {
  key: string;
  target: unknown;
  preventDefault(): void;
}): void {
  if (isAccidentalSubmit(event)) event.preventDefault();
}

/**
 * The values an enum field offers: the schema's `values`, narrowed to `allowed` when the matter gives
 * its own (GET /api/matters/:id nextActions[].choices, e.g. a notarization matter's checklist).
 */
export function offeredValues(values: readonly unknown[], allowed: readonly string[] | undefined): string[] {
  const all = values.map(String);
  return allowed ? all.filter((v) => allowed.includes(v)) : all;
}

/**
 * Of the values a matter still needs (`choices[neededKey(path)]`, e.g. the required materials not yet
 * received), those not among `selected`: the form names them under the field (尚缺：…).
 */
export function stillNeeded(needed: readonly string[] | undefined, selected: unknown): string[] {
  const picked = Array.isArray(selected) ? selected.map(String) : [];
  return (needed ?? []).filter((value) => !picked.includes(value));
}

/**
 * The fields a sibling picker fills (an account's or a party's `nameField`), mapped to that picker's key:
 * such a name is typed only while nothing is picked (a mediator without an account here), else the
 * picker writes it and the form hides it.
 */
export function pickerFilledFields(
  properties: Record<string, JsonSchema> | undefined,
): Record<string, string> {
  const filled: Record<string, string> = {};
  for (const [key, schema] of Object.entries(properties ?? {}))
    if ((schema.widget === 'account' || schema.widget === 'party') && schema.nameField)
      filled[schema.nameField] = key;
  return filled;
}

/** Whether a field marked `shownWhen` (core/procedures/payload-kit.ts) shows for its sibling's value. */
export function isShown(when: { field: string; values: (string | boolean)[] }, sibling: unknown): boolean {
  return when.values.some((v) => v === sibling);
}
