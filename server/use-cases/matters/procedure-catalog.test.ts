import { MONETARY_CLAIM_KINDS } from '@core/procedures/arbitration-rules';
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

/** Every property schema of a JSON Schema by path, through lists and unions. */
function properties(node: unknown, prefix = '', out: [string, Record<string, unknown>][] = []) {
  if (node === null || typeof node !== 'object') return out;
  const record = node as Record<string, unknown>;
  for (const option of [record.items, ...((record.oneOf ?? record.anyOf ?? []) as unknown[])])
    properties(option, prefix, out);
  for (const [key, sub] of Object.entries((record.properties ?? {}) as Record<string, unknown>)) {
    out.push([`${prefix}${key}`, sub as Record<string, unknown>]);
    properties(sub, `${prefix}${key}.`, out);
  }
  return out;
}

describe('procedureCatalog field widgets (zod .meta → JSON Schema)', () => {
  const all = procedureCatalog().flatMap((p) =>
    p.actions.flatMap((a) =>
      properties(a.payloadSchema).map(([path, schema]) => ({ at: `${p.service}.${a.type}.${path}`, schema })),
    ),
  );
  const widget = (s: Record<string, unknown>) =>
    (s.widget ?? (s.items as Record<string, unknown> | undefined)?.widget) as string | undefined;

  it('marks every amount in fen as money, and only those', () => {
    const money = all.filter((f) => widget(f.schema) === 'money').map((f) => f.at);
    expect(money.length).toBeGreaterThan(5);
    expect(money.filter((at) => !at.endsWith('Fen'))).toEqual([]);
    expect(all.filter((f) => f.at.endsWith('Fen') && widget(f.schema) !== 'money')).toEqual([]);
  });

  it('marks business dates and times of day', () => {
    const dates = all.filter((f) => widget(f.schema) === 'date').map((f) => f.at);
    expect(dates).toContain('mediation.hold-session.heldOn');
    expect(dates).toContain('publicity.request.preferredDates');
    expect(all.filter((f) => widget(f.schema) === 'time').map((f) => f.at)).toContain(
      'publicity.schedule.startTime',
    );
  });

  it('marks the mediator account with the role offered and the name field it fills', () => {
    const account = all.find((f) => f.at === 'mediation.assign-mediator.mediatorUserId');
    expect(account?.schema).toMatchObject({ widget: 'account', role: 'mediator', nameField: 'mediatorName' });
  });
});

describe('procedureCatalog English names by place', () => {
  it('names one entry of every list of objects (Add claim), and the matter-wide knew-on day apart', () => {
    const missing: string[] = [];
    const walk = (schema: unknown, path: string, names: Record<string, string>, at: string) => {
      const s = schema as {
        type?: unknown;
        items?: { properties?: unknown };
        properties?: Record<string, unknown>;
        oneOf?: unknown[];
      };
      if (s.type === 'array' && s.items?.properties && !names[path]) missing.push(`${at} ${path}`);
      for (const [key, sub] of Object.entries(s.properties ?? {}))
        walk(sub, path ? `${path}.${key}` : key, names, at);
      for (const variant of s.oneOf ?? []) walk(variant, path, names, at);
      if (s.items) walk(s.items, path, names, at);
    };
    for (const p of procedureCatalog())
      for (const a of p.actions) walk(a.payloadSchema, '', a.itemNamesEn, `${p.service}.${a.type}`);
    expect(missing).toEqual([]);
    const apply = procedureCatalog()
      .find((p) => p.service === 'arbitration')
      ?.actions.find((a) => a.type === 'apply');
    expect(apply?.itemNamesEn.claims).toBe('claim');
    expect(apply?.fieldLabelsEn['claims.knewOn']).toBe('Learned of the infringement on');
    expect(apply?.fieldLabelsEn['limitation.knewOn']).toMatch(/^Date common to all claims/);
  });
});

describe('procedureCatalog conditional fields', () => {
  const schemaOf = (service: string, type: string) =>
    procedureCatalog()
      .find((p) => p.service === service)
      ?.actions.find((a) => a.type === type)?.payloadSchema as {
      properties: Record<string, { shownWhen?: unknown; properties?: Record<string, unknown> }>;
    };

  it('marks 预约日期, 律师编号 / 律师事务所 and 劳动关系终止日期 with the sibling value they need', () => {
    expect(schemaOf('notarization', 'apply').properties.appointmentDate?.shownWhen).toEqual({
      field: 'channel',
      values: ['appointment'],
    });
    const answer = schemaOf('consultation', 'answer').properties;
    for (const key of ['lawyerId', 'firmName'])
      expect(answer[key]?.shownWhen).toEqual({ field: 'answererKind', values: ['duty-lawyer'] });
    // Per claim (第二十七条第四款): the labour relation only for wages, its end date only once ended.
    const claim = JSON.parse(JSON.stringify(schemaOf('arbitration', 'apply'))).properties.claims.items
      .properties;
    expect(claim.employment.shownWhen).toEqual({ field: 'kind', values: ['wages'] });
    expect(claim.endedOn.shownWhen).toEqual({ field: 'employment', values: ['ended'] });
  });

  it('hides the notarization and reconsideration fields whose switch or choice is off', () => {
    const apply = schemaOf('notarization', 'apply').properties;
    expect(apply.agentName).toMatchObject({
      shownWhen: { field: 'byAgent', values: [true] },
      requiredWhen: { field: 'byAgent', values: [true] },
    });
    expect(apply.immovableInJurisdiction?.shownWhen).toEqual({ field: 'involvesImmovable', values: [true] });
    expect(apply.aidEligibilityBasis).toMatchObject({
      shownWhen: { field: 'legalAidEligible', values: [true] },
      requiredWhen: { field: 'legalAidEligible', values: [true] },
    });
    const accept = schemaOf('reconsideration', 'accept').properties;
    expect(accept.simpleGround).toMatchObject({
      shownWhen: { field: 'procedure', values: ['simple'] },
      requiredWhen: { field: 'procedure', values: ['simple'] },
    });
    expect(accept.clearFacts?.shownWhen).toEqual({ field: 'procedure', values: ['simple'] });
  });

  it('marks the amount of a claim required for the monetary claim kinds, typed as money', () => {
    const claim = JSON.parse(JSON.stringify(schemaOf('arbitration', 'apply'))).properties.claims.items
      .properties;
    expect(claim.amountFen).toMatchObject({
      widget: 'money',
      requiredWhen: { field: 'kind', values: [...MONETARY_CLAIM_KINDS] },
    });
  });

  it('marks the matter-wide wage rule of older arbitration payloads legacy (kept to replay, not shown)', () => {
    const limitation = schemaOf('arbitration', 'apply').properties.limitation?.properties;
    expect(limitation?.wageArrears).toMatchObject({ legacy: true });
  });
});
