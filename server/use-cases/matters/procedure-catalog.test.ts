import { describe, expect, it } from 'vitest';
import { procedureCatalog } from './procedure-catalog';

describe('procedureCatalog field labels', () => {
  it('labels fields with names, never with an error message', () => {
    const labels = procedureCatalog().flatMap((p) =>
      p.actions.flatMap((a) =>
        Object.values(a.fieldLabels).map((label) => `${p.service}.${a.type}: ${label}`),
      ),
    );
    expect(labels.length).toBeGreaterThan(50);
    expect(labels.filter((l) => /无效|期望|实际接收|不正确|格式/u.test(l))).toEqual([]);
  });
});

/** Every property path of a JSON Schema ('terms', 'terms.content'), through lists and unions. */
function propertyPaths(node: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (node === null || typeof node !== 'object') return out;
  const record = node as Record<string, unknown>;
  for (const option of [record.items, ...((record.oneOf ?? record.anyOf ?? []) as unknown[])])
    propertyPaths(option, prefix, out);
  for (const [key, sub] of Object.entries((record.properties ?? {}) as Record<string, unknown>)) {
    out.add(`${prefix}${key}`);
    propertyPaths(sub, `${prefix}${key}.`, out);
  }
  return out;
}

describe('procedureCatalog field labels in both languages', () => {
  it('names every field, nested ones and a union’s alternatives too, in Chinese and English', () => {
    const missing: string[] = [];
    for (const p of procedureCatalog())
      for (const a of p.actions)
        for (const path of propertyPaths(a.payloadSchema)) {
          if (!/\p{Script=Han}/u.test(a.fieldLabels[path] ?? ''))
            missing.push(`${p.service}.${a.type} zh ${path}`);
          if (!/[A-Za-z]/.test(a.fieldLabelsEn[path] ?? ''))
            missing.push(`${p.service}.${a.type} en ${path}`);
        }
    expect(missing).toEqual([]);
  });

  it('derives nested names from the schema and keeps per-action Chinese names', () => {
    const action = (service: string, type: string) =>
      procedureCatalog()
        .find((p) => p.service === service)
        ?.actions.find((a) => a.type === type);
    const draft = action('mediation', 'draft-agreement');
    expect(draft?.fieldLabels['terms.performanceManner']).toBe('履行方式');
    expect(draft?.fieldLabelsEn['terms.performanceManner']).toBe('Manner of performance');
    expect(action('lawyer', 'register')?.fieldLabels.kind).toBe('事项类型（咨询、委托或者投诉）');
    expect(action('mediation', 'withdraw')?.fieldLabels.reason).toBe('撤回原因');
    expect(action('consultation', 'refer')?.fieldLabels.reason).toBe('转介原因');
    expect(action('consultation', 'answer')?.fieldLabels.citedArticles).toBe('引用的法条');
    // A '请填写…' message names its field even when the name reads '不能…'.
    expect(action('reconsideration', 'extend-supplement')?.fieldLabels.reason).toBe('不能按期补正的正当理由');
  });
});
