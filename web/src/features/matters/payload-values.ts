/**
 * Pure helpers of the payload form (payload-form.tsx) on its JSON Schema: the variants of a `oneOf`
 * payload and the payload a form's values stand for.
 */
import type { JsonSchema } from './types';

/** A schema's type, `null` left out of a union. */
export function typeOf(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  return schema.type;
}

/** The discriminator of a `oneOf` payload: every variant an object with this key as a string `const`. */
export const VARIANT_KEY = 'kind';

/** The variants of a payload schema that is a `oneOf` of objects told apart by `kind`, else undefined. */
export function payloadVariants(schema: JsonSchema): { kind: string; schema: JsonSchema }[] | undefined {
  const variants = schema.oneOf ?? schema.anyOf;
  if (!variants?.length) return undefined;
  const out = variants.map((v) => ({ kind: v.properties?.[VARIANT_KEY]?.const, schema: v }));
  return out.every((v) => typeof v.kind === 'string' && v.schema.properties)
    ? (out as { kind: string; schema: JsonSchema }[])
    : undefined;
}

/** The object schema a form value stands for: the schema itself, or the `oneOf` variant its `kind` names. */
function schemaFor(schema: JsonSchema, values: Record<string, unknown> | undefined): JsonSchema | undefined {
  if (schema.properties) return schema;
  return payloadVariants(schema)?.find((v) => v.kind === values?.[VARIANT_KEY])?.schema;
}

/** Form values → payload: empty strings and lists dropped, JSON fallbacks parsed. */
export function cleanPayload(
  values: Record<string, unknown> | undefined,
  schema: JsonSchema,
): Record<string, unknown> {
  if (!values) return {};
  if (typeof values.__json === 'string')
    return values.__json ? (JSON.parse(values.__json) as Record<string, unknown>) : {};
  const object = schemaFor(schema, values) ?? schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0 && !object.required?.includes(key)) continue;
    const sub = object.properties?.[key];
    if (typeof value === 'string' && sub && !sub.enum && typeOf(sub) !== 'string') {
      try {
        out[key] = JSON.parse(value);
        continue;
      } catch {
        // left as text: the server names the field
      }
    }
    out[key] = value;
  }
  return out;
}
