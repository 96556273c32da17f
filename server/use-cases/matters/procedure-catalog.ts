import {
  FIELD_NAMES_EN,
  FIELD_NAMES_ZH,
  FIELD_PATH_NAMES_EN,
  LIST_ITEM_NAMES_EN,
} from '@core/procedures/field-labels';
import { MATTER_SERVICES, PROCEDURES } from '@core/procedures/registry';
import { getService } from '@core/queue/services';
import { z } from 'zod';

export const procedureCatalogItem = z.object({
  service: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  typeWord: z.string(),
  openingAction: z.string(),
  statuses: z.array(z.object({ value: z.string(), label: z.string(), labelEn: z.string() })),
  /** English name of each clock kind the procedure opens (the Chinese comes with the clock). */
  clockLabelsEn: z.record(z.string(), z.string()),
  /** Chinese and English label of every enum value of the payloads (core/procedures/labels.ts). */
  valueLabels: z.record(z.string(), z.tuple([z.string(), z.string()])),
  actions: z.array(
    z.object({
      type: z.string(),
      label: z.string(),
      labelEn: z.string(),
      source: z.string(),
      roles: z.array(z.string()),
      /** JSON Schema (draft 2020-12) of the payload, for forms; refinements are checked by the server. */
      payloadSchema: z.record(z.string(), z.unknown()),
      /**
       * Chinese label of each payload field, nested ones by dotted path ('terms.content'): from the
       * schema's own messages, else the shared name (core/procedures/field-labels.ts).
       */
      fieldLabels: z.record(z.string(), z.string()),
      /** English label of each field of `fieldLabels` (core/procedures/field-labels.ts). */
      fieldLabelsEn: z.record(z.string(), z.string()),
      /** English name of one entry of each list field, by dotted path ('claims' → 'claim'): 'Add claim'. */
      itemNamesEn: z.record(z.string(), z.string()),
    }),
  ),
});
export type ProcedureCatalogItem = z.infer<typeof procedureCatalogItem>;

let cached: ProcedureCatalogItem[] | undefined;

const PREFIX = /^(请填写|请选择|请提供|请至少填写一项)/u;
const SUFFIX = /(应为整数（单位：分）|应为整数|应为 YYYY-MM-DD 格式的日期|不能为空)$/u;
/** Messages that describe a fault, not the field ('律师编号格式不正确', zod's '无效输入：期望 数组…'): no label. */
const NOT_A_LABEL = /无效|期望|实际接收|不正确|格式|不能|必须|应为|超过|至少|至多/u;

/**
 * The Chinese label of each field of an object payload schema: every field is given a value of the wrong
 * type, and the first message zod reports for it ('请填写咨询的问题', '用时（分钟）应为整数') is trimmed to
 * the label ('咨询的问题', '用时（分钟）'). Fields whose message names a fault instead (NOT_A_LABEL) keep no
 * label, as do fields without a message; a '请填写…' / '请选择…' message always names its field.
 */
function probeLabels(schema: z.ZodType, properties: readonly string[]): Record<string, string> {
  const probe = Object.fromEntries(properties.map((key) => [key, Symbol(key)]));
  const result = schema.safeParse(probe);
  const labels: Record<string, string> = {};
  if (result.success) return labels;
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    if (typeof key !== 'string' || key in labels || !properties.includes(key)) continue;
    // The kit's own '请填写…' / '请选择…' names the field even when the name reads '不能…' or '超过…'.
    const named = PREFIX.test(issue.message);
    const label = issue.message.replace(PREFIX, '').replace(SUFFIX, '');
    if (label.length > 0 && label.length <= 30 && (named || !NOT_A_LABEL.test(label))) labels[key] = label;
  }
  return labels;
}

/** `schema` without its optional, nullable and default wrappers, and a list's item schema. */
function inner(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable)
      current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodDefault) current = current.removeDefault() as z.ZodType;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return current;
  }
}

/**
 * The Chinese label of every field of a payload schema, nested ones by their dotted path
 * ('terms.content', the alternatives of a union merged): derived from the messages (probeLabels), else
 * the shared name of the field (core/procedures/field-labels.ts FIELD_NAMES_ZH).
 */
function fieldLabelsOf(schema: z.ZodType, prefix = ''): Record<string, string> {
  const labels: Record<string, string> = {};
  const node = inner(schema);
  if (node instanceof z.ZodUnion) {
    // The union itself names its discriminator ('事项类型（咨询、委托或者投诉）'); each option its own fields.
    const keys = (node.options as z.ZodType[]).flatMap((o) =>
      o instanceof z.ZodObject ? Object.keys(o.shape as object) : [],
    );
    for (const [key, label] of Object.entries(probeLabels(node, [...new Set(keys)])))
      labels[`${prefix}${key}`] = label;
    for (const option of node.options as z.ZodType[])
      for (const [key, label] of Object.entries(fieldLabelsOf(option, prefix))) labels[key] ??= label;
    return labels;
  }
  if (!(node instanceof z.ZodObject)) return labels;
  const shape = node.shape as Record<string, z.ZodType>;
  const derived = probeLabels(node, Object.keys(shape));
  for (const [key, sub] of Object.entries(shape)) {
    const label = derived[key] ?? FIELD_NAMES_ZH[key];
    if (label) labels[`${prefix}${key}`] = label;
    Object.assign(labels, fieldLabelsOf(sub, `${prefix}${key}.`));
  }
  return labels;
}

const lastKey = (path: string) => path.slice(path.lastIndexOf('.') + 1);

/** The English name of each field labelled in `labels` (its path's own, else its last key's). */
function fieldLabelsEnOf(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.keys(labels).map((path) => {
      const key = lastKey(path);
      return [path, FIELD_PATH_NAMES_EN[path] ?? FIELD_NAMES_EN[key] ?? key];
    }),
  );
}

/** The English name of one entry of each labelled list field (LIST_ITEM_NAMES_EN), by path. */
function itemNamesEnOf(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.keys(labels).flatMap((path) => {
      const name = LIST_ITEM_NAMES_EN[lastKey(path)];
      return name ? [[path, name]] : [];
    }),
  );
}

/**
 * The nine windows' procedures as data for the UI: statuses, actions with their article and roles,
 * and each payload's JSON Schema (zod `toJSONSchema`; parts it cannot express are left open). Static:
 * computed once.
 */
export function procedureCatalog(): ProcedureCatalogItem[] {
  cached ??= MATTER_SERVICES.map((service) => {
    const { definition, typeWord, labels } = PROCEDURES[service];
    const info = getService(service);
    return {
      service,
      nameZh: info.nameZh,
      nameEn: info.nameEn,
      typeWord,
      openingAction: definition.openingAction,
      statuses: definition.statuses.map((value) => ({
        value,
        label: definition.statusLabels[value] ?? value,
        labelEn: labels.statusesEn[value] ?? value,
      })),
      clockLabelsEn: { ...labels.clocksEn },
      valueLabels: Object.fromEntries(
        Object.entries(labels.values).map(([code, [zh, en]]) => [code, [zh, en] as [string, string]]),
      ),
      actions: definition.actions.map((type) => {
        const schema = definition.payloadSchemas[type]!;
        const payloadSchema = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Record<
          string,
          unknown
        >;
        const fieldLabels = fieldLabelsOf(schema);
        return {
          type,
          label: definition.actionLabels[type] ?? type,
          labelEn: labels.actionsEn[type] ?? type,
          source: definition.actionSources[type] ?? '',
          roles: [...(definition.actionRoles[type] ?? [])],
          payloadSchema,
          fieldLabels,
          fieldLabelsEn: fieldLabelsEnOf(fieldLabels),
          itemNamesEn: itemNamesEnOf(fieldLabels),
        };
      }),
    };
  });
  return cached;
}
