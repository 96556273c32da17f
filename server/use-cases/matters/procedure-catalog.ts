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
      /** Chinese label of each top-level payload field (from the schema's own messages). */
      fieldLabels: z.record(z.string(), z.string()),
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
 * The Chinese label of each top-level field of an object payload schema: every field is given a value
 * of the wrong type, and the first message zod reports for it ('请填写咨询的问题', '用时（分钟）应为整数')
 * is trimmed to the label ('咨询的问题', '用时（分钟）'). Fields whose message names a fault instead
 * (NOT_A_LABEL) keep no label, as do fields without a message.
 */
function fieldLabelsOf(schema: z.ZodType, properties: readonly string[]): Record<string, string> {
  const probe = Object.fromEntries(properties.map((key) => [key, Symbol(key)]));
  const result = schema.safeParse(probe);
  const labels: Record<string, string> = {};
  if (result.success) return labels;
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    if (typeof key !== 'string' || key in labels) continue;
    const label = issue.message.replace(PREFIX, '').replace(SUFFIX, '');
    if (label.length > 0 && label.length <= 30 && !NOT_A_LABEL.test(label)) labels[key] = label;
  }
  return labels;
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
      valueLabels: Object.fromEntries(
        Object.entries(labels.values).map(([code, [zh, en]]) => [code, [zh, en] as [string, string]]),
      ),
      actions: definition.actions.map((type) => {
        const schema = definition.payloadSchemas[type]!;
        const payloadSchema = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Record<
          string,
          unknown
        >;
        const properties = Object.keys(
          (payloadSchema.properties as Record<string, unknown> | undefined) ?? {},
        );
        return {
          type,
          label: definition.actionLabels[type] ?? type,
          labelEn: labels.actionsEn[type] ?? type,
          source: definition.actionSources[type] ?? '',
          roles: [...(definition.actionRoles[type] ?? [])],
          payloadSchema,
          fieldLabels: fieldLabelsOf(schema, properties),
        };
      }),
    };
  });
  return cached;
}
