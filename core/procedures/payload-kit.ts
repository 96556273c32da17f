/**
 * zod 4 building blocks for the window procedures' payloads, with the Chinese messages staff see.
 * Dates are business dates `YYYY-MM-DD` (Asia/Shanghai); money is integer fen, never float.
 */
import { isIsoDate } from '@core/calendar/iso-date';
import { z } from 'zod';
import { DATE_FIELD_LABELS, type DateBounds, unwrap } from './date-bounds';

/** The fewest characters of a written reason (书面说明理由). */
export const MIN_WRITTEN_LENGTH = 10;

/** A required line of text, trimmed. */
export function zText(label: string, max = 2000) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `${label}不能为空`)
    .max(max, `${label}不能超过 ${max} 个字`);
}

/** A written statement of reasons, at least MIN_WRITTEN_LENGTH characters. */
export function zWritten(label: string, max = 5000) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .refine((text) => [...text].length >= MIN_WRITTEN_LENGTH, {
      message: `${label}应当书面说明，不少于${MIN_WRITTEN_LENGTH}个字`,
      params: { en: `{field} must be written out in at least ${MIN_WRITTEN_LENGTH} characters` },
    })
    .refine((text) => [...text].length <= max, {
      message: `${label}不能超过 ${max} 个字`,
      params: { en: `{field} can have at most ${max} characters` },
    });
}

/**
 * How a form shows a payload field whose JSON type alone does not say it, carried by zod `.meta()` into
 * the payload's JSON Schema (GET /api/matters/procedures) as `widget`: a business date (date picker,
 * value `YYYY-MM-DD`), a time of day `HH:MM`, money in fen (typed as yuan), or a staff account (picked by
 * name from the accounts of `role`, the name also written to the sibling field `nameField`; likewise one
 * of the matter's own parties), or personal
 * data shown masked wherever it is displayed (a phone number, an identity document number; rules R37).
 * A date may carry its bounds (`notBefore` / `notAfter`, core/procedures/date-bounds.ts).
 */
export type FieldWidget =
  | { widget: 'phone' }
  | { widget: 'id-number' }
  | ({ widget: 'date' } & DateBounds)
  | { widget: 'time' }
  | { widget: 'money' }
  | { widget: 'account'; role: string; nameField: string }
  | { widget: 'party'; nameField: string };

/**
 * A business date `YYYY-MM-DD`, within `bounds` when given (e.g. `{ notAfter: 'today' }` for the day a
 * thing happened): the procedure kit refuses a day outside them and the form's picker disables it, both
 * reading this meta (core/procedures/date-bounds.ts).
 */
export function zDate(label: string, bounds: DateBounds = {}) {
  const schema = z
    .string({ error: `请填写${label}` })
    .refine(isIsoDate, {
      message: `${label}应为 YYYY-MM-DD 格式的日期`,
      params: { en: '{field} must be a date (YYYY-MM-DD)' },
    })
    .meta({ widget: 'date', ...bounds } satisfies FieldWidget);
  DATE_FIELD_LABELS.set(schema, label);
  return schema;
}

/** A phone number (typed as text, displayed masked: core/identity/phone.ts maskPhone). */
export function zPhone(label: string) {
  return zText(label, 30).meta({ widget: 'phone' } satisfies FieldWidget);
}

/** A time of day `HH:MM` (24-hour). */
export function zTime(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}应为 HH:MM 格式`)
    .meta({ widget: 'time' } satisfies FieldWidget);
}

/** An amount of money in fen (integer ≥ 0). */
export function zFen(label: string) {
  return z
    .int({ error: `${label}应为整数（单位：分）` })
    .min(0, `${label}不能为负数`)
    .max(Number.MAX_SAFE_INTEGER, `${label}过大`)
    .meta({ widget: 'money' } satisfies FieldWidget);
}

/**
 * The id of a staff account of `role` (e.g. 人民调解 确定调解员's mediator), whose display name the form
 * also writes to the payload's `nameField`.
 */
export function zAccount(label: string, role: string, nameField: string) {
  return z
    .uuid({ error: `${label}格式不正确` })
    .meta({ widget: 'account', role, nameField } satisfies FieldWidget);
}

/**
 * The id of one of the matter's own parties (人民调解 同意 / 拒绝调解的当事人), picked from the matter's
 * parties; the form also writes the party's name to `nameField`. The server checks the party belongs to
 * the matter (server/use-cases/matters/payload-references.ts).
 */
export function zParty(label: string, nameField: string) {
  return z.uuid({ error: `请选择${label}` }).meta({ widget: 'party', nameField } satisfies FieldWidget);
}

/** The widget a payload field declares (through optional wrappers), if any. */
export function fieldWidget(schema: z.ZodType): FieldWidget | undefined {
  const meta = unwrap(schema).meta() as Partial<FieldWidget> | undefined;
  return typeof meta?.widget === 'string' ? (meta as FieldWidget) : undefined;
}

/**
 * A field the form shows only while its sibling `field` holds one of `values` (预约日期 only for an
 * appointment), carried into the catalog's JSON Schema as `shownWhen`. The definition's handler still
 * checks what the field means; this only keeps the form short.
 */
export function shownWhen<T extends z.ZodType>(
  schema: T,
  field: string,
  values: readonly (string | boolean)[],
): T {
  return schema.meta({ shownWhen: { field, values: [...values] } }) as T;
}

/**
 * An optional field the form marks required while its sibling `field` holds one of `values` (a claim's
 * amount for a monetary kind), carried into the catalog's JSON Schema as `requiredWhen`. The definition's
 * handler is what refuses the payload without it; this only tells staff before they submit.
 */
export function requiredWhen<T extends z.ZodType>(
  schema: T,
  field: string,
  values: readonly (string | boolean)[],
): T {
  return schema.meta({ requiredWhen: { field, values: [...values] } }) as T;
}

/** A field the form shows, and marks required, only while its sibling `field` holds one of `values`. */
export function neededWhen<T extends z.ZodType>(
  schema: T,
  field: string,
  values: readonly (string | boolean)[],
): T {
  return requiredWhen(shownWhen(schema, field, values), field, values);
}

/**
 * A field kept only so that payloads recorded before a change still validate when a matter's log is
 * replayed (status comes from the action log): carried into the catalog's JSON Schema as
 * `legacy: true`, which forms do not show. The handler reads it as it always did.
 */
export function zLegacy<T extends z.ZodType>(schema: T): T {
  return schema.meta({ legacy: true }) as T;
}

/** A whole number in [min, max]. */
export function zCount(label: string, min: number, max: number) {
  return z
    .int({ error: `${label}应为整数` })
    .min(min, `${label}不能小于 ${min}`)
    .max(max, `${label}不能大于 ${max}`);
}

/** One of `values`. */
export function zChoice<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, { error: `请选择${label}` });
}

/** A yes/no answer. */
export function zFlag(label: string) {
  return z.boolean({ error: `请选择${label}` });
}

/** A non-empty list without duplicates (compared as JSON). */
export function zList<T extends z.ZodType>(item: T, label: string, max = 100) {
  return z
    .array(item, { error: `请填写${label}` })
    .min(1, `请至少填写一项${label}`)
    .max(max, `${label}不能超过 ${max} 项`)
    .refine((items) => new Set(items.map((x) => JSON.stringify(x))).size === items.length, {
      message: `${label}有重复`,
      params: { en: '{field} lists an entry twice' },
    });
}

/** The empty payload of an action that carries nothing but an optional note. */
export const noteOnly = z.object({ note: zText('备注').optional() });
