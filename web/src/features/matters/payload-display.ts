/**
 * An action's payload as the action log shows it (办理记录): each field by its name in the current language
 * (the procedure catalog's `fieldLabels` / `fieldLabelsEn`), enum values by their labels (`valueLabels`,
 * core/procedures/labels.ts), business dates and money readable, law citations kept apart to be shown as
 * links. Phone and identity numbers (marked by their definitions) are masked. Record ids (core/procedures/field-labels.ts INTERNAL_FIELDS) and fields the catalog does not name
 * are left out. Pure: no React, so it is unit-tested (payload-display.test.ts).
 */
import { maskPhone } from '@core/identity/phone';
import { maskResidentId } from '@core/identity/resident-id';
import { INTERNAL_FIELDS } from '@core/procedures/field-labels';
import type { Locale } from '../../app/i18n';
import { widgetOf } from './field-kinds';
import type { CatalogAction, JsonSchema, ValueLabels } from './types';

export interface PayloadLine {
  /** The field's path, nested steps joined by '.' ('terms', 'limitation.knewOn'). */
  key: string;
  label: string;
  /** The value as text (empty when `articles` carries it). */
  text: string;
  /** Law citations ('民法典 第一千一百六十五条'), each to be shown as a link to its article. */
  articles?: string[];
}

/** Payload fields that hold citations of law articles. */
const ARTICLE_FIELDS = new Set(['citedArticles']);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Context {
  action: CatalogAction;
  valueLabels: ValueLabels;
  locale: Locale;
}

const zh = (locale: Locale) => locale === 'zh-CN';

function labelOf(path: string, ctx: Context): string | undefined {
  return (zh(ctx.locale) ? ctx.action.fieldLabels : ctx.action.fieldLabelsEn)[path];
}

/** The schema node of property `key` under `node` (through lists and a union's alternatives). */
function childSchema(node: JsonSchema | undefined, key: string): JsonSchema | undefined {
  if (!node) return undefined;
  if (node.items) return childSchema(node.items, key);
  if (node.properties?.[key]) return node.properties[key];
  for (const option of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) {
    const found = childSchema(option, key);
    if (found) return found;
  }
  return undefined;
}

/** The property names of `node` in schema order (a list's items, every alternative of a union). */
function fieldOrder(node: JsonSchema | undefined): string[] {
  if (!node) return [];
  if (node.items) return fieldOrder(node.items);
  const keys = Object.keys(node.properties ?? {});
  for (const option of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) keys.push(...fieldOrder(option));
  return [...new Set(keys)];
}

function isEnum(schema: JsonSchema | undefined): boolean {
  if (!schema) return false;
  if (schema.enum || schema.const !== undefined) return true;
  return schema.items ? isEnum(schema.items) : false;
}

/** A business date `YYYY-MM-DD` as '2026年3月16日' or 'Mar 16, 2026'. */
export function formatBusinessDate(iso: string, locale: Locale): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  if (zh(locale)) return `${Number(y)}年${Number(m)}月${Number(d)}日`;
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** Integer fen as yuan: '1,250.00 元' / 'CNY 1,250.00'. */
function formatFen(fen: number, locale: Locale): string {
  const yuan = (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return zh(locale) ? `${yuan} 元` : `CNY ${yuan}`;
}

function formatValue(value: unknown, path: string, schema: JsonSchema | undefined, ctx: Context): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return zh(ctx.locale) ? (value ? '是' : '否') : value ? 'Yes' : 'No';
  // Money as its definition marks it (widget 'money', core/procedures/payload-kit.ts zFen).
  if (typeof value === 'number')
    return schema && widgetOf(schema) === 'money' ? formatFen(value, ctx.locale) : String(value);
  if (typeof value === 'string') {
    // Personal data as its definition marks it (payload-kit zPhone …), masked like everywhere else (R37).
    const widget = schema && widgetOf(schema);
    if (widget === 'phone') return maskPhone(value);
    if (widget === 'id-number') return maskResidentId(value);
    const label = ctx.valueLabels[value];
    if (label && (isEnum(schema) || !schema)) return label[zh(ctx.locale) ? 0 : 1];
    return ISO_DATE.test(value) ? formatBusinessDate(value, ctx.locale) : value;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => formatValue(item, path, schema?.items ?? schema, ctx)).filter(Boolean);
    const objects = value.some((item) => item !== null && typeof item === 'object');
    const zhText = zh(ctx.locale);
    return items.join(objects ? (zhText ? '；' : '; ') : zhText ? '、' : ', ');
  }
  if (typeof value === 'object') {
    // A field named like the list it is in (协议内容 of the terms 协议内容) is not named twice.
    const outer = labelOf(path, ctx);
    const parts = describeFields(value as Record<string, unknown>, `${path}.`, schema, ctx).map((line) => {
      const text = line.text || (line.articles ?? []).join('、');
      return line.label === outer ? text : `${line.label}${zh(ctx.locale) ? '：' : ': '}${text}`;
    });
    return parts.join(zh(ctx.locale) ? '，' : ', ');
  }
  return String(value);
}

function describeFields(
  record: Record<string, unknown>,
  prefix: string,
  schema: JsonSchema | undefined,
  ctx: Context,
): PayloadLine[] {
  const lines: PayloadLine[] = [];
  // In the form's order (the stored JSON keeps no order of its own).
  const order = fieldOrder(schema);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const entries = Object.entries(record).sort(([a], [b]) => rank(a) - rank(b));
  for (const [key, value] of entries) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (INTERNAL_FIELDS.includes(key)) continue;
    const path = `${prefix}${key}`;
    const label = labelOf(path, ctx);
    if (!label) continue;
    if (ARTICLE_FIELDS.has(key) && Array.isArray(value)) {
      lines.push({ key: path, label, text: '', articles: value.map(String) });
      continue;
    }
    const text = formatValue(value, path, childSchema(schema, key), ctx);
    if (text) lines.push({ key: path, label, text });
  }
  return lines;
}

/**
 * The lines of `payload` of an action of `action`'s type, in `locale`; none for an action the catalog
 * does not list (its fields have no names to show).
 */
export function describePayload(
  payload: Record<string, unknown>,
  action: CatalogAction | undefined,
  valueLabels: ValueLabels,
  locale: Locale,
): PayloadLine[] {
  if (!action) return [];
  return describeFields(payload, '', action.payloadSchema, { action, valueLabels, locale });
}
