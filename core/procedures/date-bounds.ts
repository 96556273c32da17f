/**
 * The days a business-date field of a payload may take, declared once on the field (`zDate(label,
 * { notAfter: 'today' })`, core/procedures/payload-kit.ts) and read from the same zod `.meta()` by both
 * sides: the procedure kit refuses a payload outside them (procedure-kit.ts `apply`), and the form's date
 * picker disables the days outside them (the catalog's JSON Schema carries `notBefore` / `notAfter`).
 *
 * "Today" is the business date of the action (Asia/Shanghai): a thing that already happened (调解日期,
 * 送达日期) is not after it; a thing still to come (预约日期, 希望的日期, 履行期限) is not before it.
 * A bound may also name a sibling field (约定的受理期限 not before 收到委托的日期).
 */
import { addCalendarDays, isIsoDate } from '@core/calendar/iso-date';
import type { Localized } from '@core/i18n/localized';
import { englishFieldName } from '@core/i18n/zod-issue-en';
import { z } from 'zod';
import { FIELD_NAMES_EN } from './field-labels';

/** 'today' / 'tomorrow' (business dates), or a sibling field of the same object holding a date. */
export type DateBound = 'today' | 'tomorrow' | { field: string };

export interface DateBounds {
  /** The earliest day allowed (inclusive). */
  notBefore?: DateBound;
  /** The latest day allowed (inclusive). */
  notAfter?: DateBound;
}

/** The day a bound stands for, or undefined when it names a sibling that holds no date. */
export function boundDay(
  bound: DateBound,
  today: string,
  siblings: Record<string, unknown>,
): string | undefined {
  if (bound === 'today') return today;
  if (bound === 'tomorrow') return addCalendarDays(today, 1);
  const value = siblings[bound.field];
  return isIsoDate(value) ? value : undefined;
}

/** Which bound `date` breaks ('notBefore' when too early, 'notAfter' when too late), if any. */
export function brokenBound(
  date: string,
  bounds: DateBounds,
  today: string,
  siblings: Record<string, unknown> = {},
): keyof DateBounds | undefined {
  const earliest = bounds.notBefore && boundDay(bounds.notBefore, today, siblings);
  if (earliest !== undefined && date < earliest) return 'notBefore';
  const latest = bounds.notAfter && boundDay(bounds.notAfter, today, siblings);
  if (latest !== undefined && date > latest) return 'notAfter';
  return undefined;
}

/** The label of each date field (its zod schema), for the messages below; filled by payload-kit `zDate`. */
export const DATE_FIELD_LABELS = new WeakMap<z.ZodType, string>();

/** A refusal of a date outside its bounds: stable code, Chinese message, dotted path of the field. */
export interface DateBoundProblem {
  code: 'DATE_IN_FUTURE' | 'DATE_IN_PAST' | 'DATE_ORDER';
  message: Localized;
  field: string;
}

/** A field's schema without its optional, nullable and default wrappers (where its meta lives). */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodNullable ||
    current instanceof z.ZodDefault
  )
    current = (current instanceof z.ZodDefault ? current.removeDefault() : current.unwrap()) as z.ZodType;
  return current;
}

/** The bounds a date field declares in its meta (none for other fields). */
export function dateBoundsOf(schema: z.ZodType): DateBounds | undefined {
  const meta = unwrap(schema).meta() as (DateBounds & { widget?: string }) | undefined;
  if (meta?.widget !== 'date' || (meta.notBefore === undefined && meta.notAfter === undefined))
    return undefined;
  return { notBefore: meta.notBefore, notAfter: meta.notAfter };
}

function problemOf(
  date: string,
  schema: z.ZodType,
  bounds: DateBounds,
  context: {
    today: string;
    siblings: Record<string, unknown>;
    shape: Record<string, z.ZodType>;
    path: string;
  },
): DateBoundProblem | undefined {
  const broken = brokenBound(date, bounds, context.today, context.siblings);
  if (broken === undefined) return undefined;
  const label = DATE_FIELD_LABELS.get(unwrap(schema)) ?? '日期';
  const nameEn = (path: string) => englishFieldName(path.split('.'), FIELD_NAMES_EN);
  const bound = bounds[broken]!;
  if (typeof bound === 'object') {
    const sibling = context.shape[bound.field];
    const other = (sibling && DATE_FIELD_LABELS.get(unwrap(sibling))) ?? bound.field;
    const word = broken === 'notBefore' ? '早于' : '晚于';
    const wordEn = broken === 'notBefore' ? 'before' : 'after';
    return {
      code: 'DATE_ORDER',
      message: {
        zh: `${label}不能${word}${other}`,
        en: `${nameEn(context.path)} cannot be ${wordEn} ${nameEn(bound.field).toLowerCase()}`,
      },
      field: context.path,
    };
  }
  if (broken === 'notAfter')
    return {
      code: 'DATE_IN_FUTURE',
      message: {
        zh: `${label}不能晚于登记当日（${context.today}）`,
        en: `${nameEn(context.path)} cannot be later than the day it is recorded (${context.today})`,
      },
      field: context.path,
    };
  return {
    code: 'DATE_IN_PAST',
    message:
      bound === 'tomorrow'
        ? {
            zh: `${label}应当晚于今天（${context.today}）`,
            en: `${nameEn(context.path)} must be after today (${context.today})`,
          }
        : {
            zh: `${label}不能早于今天（${context.today}）`,
            en: `${nameEn(context.path)} cannot be before today (${context.today})`,
          },
    field: context.path,
  };
}

/**
 * The first date of a parsed payload outside the bounds its field declares, walking objects, lists
 * (`preferredDates.1`, `terms.0.performanceDeadline`) and the options of a union; undefined when all
 * are within them. `today` is the business date of the action.
 */
export function dateBoundProblem(
  schema: z.ZodType,
  value: unknown,
  today: string,
  path = '',
): DateBoundProblem | undefined {
  const node = unwrap(schema);
  if (node instanceof z.ZodUnion) {
    for (const option of node.options as z.ZodType[]) {
      const problem = dateBoundProblem(option, value, today, path);
      if (problem) return problem;
    }
    return undefined;
  }
  if (node instanceof z.ZodArray && Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = dateBoundProblem(node.element as z.ZodType, item, today, `${path}${index}.`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (!(node instanceof z.ZodObject) || typeof value !== 'object' || value === null) return undefined;
  const siblings = value as Record<string, unknown>;
  const shape = node.shape as Record<string, z.ZodType>;
  for (const [key, field] of Object.entries(shape)) {
    const fieldValue = siblings[key];
    if (fieldValue === undefined) continue;
    const inner = unwrap(field);
    const bounds = dateBoundsOf(inner instanceof z.ZodArray ? (inner.element as z.ZodType) : inner);
    const at = { today, siblings, shape, path: `${path}${key}` };
    if (bounds && typeof fieldValue === 'string') {
      const problem = problemOf(fieldValue, field, bounds, at);
      if (problem) return problem;
    } else if (bounds && Array.isArray(fieldValue)) {
      const element = (inner as z.ZodArray).element as z.ZodType;
      for (const [index, day] of fieldValue.entries()) {
        if (typeof day !== 'string') continue;
        const problem = problemOf(day, element, bounds, { ...at, path: `${path}${key}.${index}` });
        if (problem) return problem;
      }
    } else {
      const problem = dateBoundProblem(field, fieldValue, today, `${path}${key}.`);
      if (problem) return problem;
    }
  }
  return undefined;
}
