import { services } from '@core/queue/services';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIELD_NAMES_EN, FIELD_NAMES_ZH, INTERNAL_FIELDS } from './field-labels';
import { formatMatterNumber, LEGAL_AID_TYPE_WORD, parseMatterNumber } from './matter-number';
import {
  getProcedure,
  isMatterService,
  MATTER_SERVICES,
  type MatterService,
  openClocksOf,
  PROCEDURES,
} from './registry';
import { calendar, run } from './window.fixtures';

describe('PROCEDURES: the nine windows keyed by the queue’s service codes', () => {
  it('covers every hall service except legal aid, each definition under its own code', () => {
    const codes = services.map((s) => s.code).filter((code) => code !== 'legal-aid');
    expect([...MATTER_SERVICES].sort()).toEqual(codes.sort());
    for (const code of MATTER_SERVICES) expect(PROCEDURES[code].definition.service).toBe(code);
  });

  it('every definition is complete: labels, sources, roles, schemas and allowed actions for each name', () => {
    for (const code of MATTER_SERVICES) {
      const d = PROCEDURES[code].definition;
      for (const status of d.statuses) {
        expect(d.statusLabels[status], `${code} ${status}`).toMatch(/\p{Script=Han}/u);
        expect(d.allowedActions[status], `${code} ${status}`).toBeDefined();
        for (const action of d.allowedActions[status] ?? []) expect(d.actions).toContain(action);
      }
      for (const action of d.actions) {
        expect(d.actionLabels[action], `${code} ${action}`).toMatch(/\p{Script=Han}/u);
        expect(typeof d.actionSources[action]).toBe('string');
        expect(d.actionRoles[action]?.length, `${code} ${action}`).toBeGreaterThan(0);
        expect(d.payloadSchemas[action], `${code} ${action}`).toBeDefined();
      }
      expect(d.actions).toContain(d.openingAction);
    }
  });

  it('type words are distinct Chinese words that round-trip through the matter number', () => {
    const words = MATTER_SERVICES.map((code) => PROCEDURES[code].typeWord);
    expect(new Set([...words, LEGAL_AID_TYPE_WORD]).size).toBe(words.length + 1);
    for (const code of MATTER_SERVICES) {
      const typeWord = PROCEDURES[code].typeWord;
      const number = formatMatterNumber({ orgShort: '包', year: 2026, seq: 12, typeWord });
      expect(parseMatterNumber(number, typeWord)).toEqual({ orgShort: '包', year: 2026, seq: 12, typeWord });
    }
    expect(
      formatMatterNumber({ orgShort: '包', year: 2026, seq: 7, typeWord: PROCEDURES.mediation.typeWord }),
    ).toBe('包调〔2026〕第0007号');
  });

  it('getProcedure refuses legal aid and unknown codes', () => {
    expect(getProcedure('mediation').definition.nameZh).toBe('人民调解');
    expect(() => getProcedure('legal-aid')).toThrow(RangeError);
    expect(() => getProcedure('nope')).toThrow(RangeError);
    expect(isMatterService('consultation')).toBe(true);
    expect(isMatterService(42)).toBe(false);
  });

  it('openClocksOf runs the definition’s clocks', () => {
    const state = run(PROCEDURES.mediation.definition, [
      {
        type: 'apply',
        on: '2026-09-01',
        payload: { initiatedBy: 'party', applicants: 'both', disputeKind: 'neighbour', facts: '噪音扰民' },
      },
    ]);
    expect(openClocksOf('mediation', state, calendar, '2026-09-01').map((c) => c.kind)).toEqual([
      'one-month',
    ]);
  });
});

/**
 * Every enum value anywhere in a JSON Schema (nested objects, arrays, unions), and every string `const`
 * of a union's variants (the `kind` the form offers as a choice, web payload-form VariantFields).
 */
function enumValues(node: unknown, out = new Set<string>()): Set<string> {
  if (node === null || typeof node !== 'object') return out;
  const record = node as Record<string, unknown>;
  if (Array.isArray(record.enum)) for (const value of record.enum) out.add(String(value));
  if (typeof record.const === 'string') out.add(record.const);
  for (const child of Object.values(record)) enumValues(child, out);
  return out;
}

describe('labels: every status, action and payload enum value of every window has zh and en', () => {
  it.each(MATTER_SERVICES)('%s', (code) => {
    const { definition: d, labels } = PROCEDURES[code];
    for (const status of d.statuses)
      expect(labels.statusesEn[status], `${code} status ${status}`).toMatch(/[A-Za-z]/);
    for (const action of d.actions)
      expect(labels.actionsEn[action], `${code} action ${action}`).toMatch(/[A-Za-z]/);
    const missing: string[] = [];
    for (const action of d.actions) {
      const schema = z.toJSONSchema(d.payloadSchemas[action]!, { unrepresentable: 'any', io: 'input' });
      for (const value of enumValues(schema)) {
        const label = labels.values[value];
        if (!label || !/\p{Script=Han}/u.test(label[0]) || !/[A-Za-z]/.test(label[1]))
          missing.push(`${action}: ${value}`);
      }
    }
    expect(missing, `${code}: enum values without a zh/en label`).toEqual([]);
  });

  it('the check sees nested enums (an array of objects with an enum field)', () => {
    const schema = z.toJSONSchema(PROCEDURES.arbitration.definition.payloadSchemas.apply!, {
      io: 'input',
      unrepresentable: 'any',
    });
    expect(enumValues(schema)).toContain('relief-request');
  });

  it('the check sees the kinds of a union payload (法治宣传 申请: materials or a lecture)', () => {
    const schema = z.toJSONSchema(PROCEDURES.publicity.definition.payloadSchemas.request!, {
      io: 'input',
      unrepresentable: 'any',
    });
    expect(enumValues(schema)).toContain('lecture');
    expect(PROCEDURES.publicity.labels.values.lecture?.[0]).toMatch(/\p{Script=Han}/u);
  });
});

/** Every property key anywhere in a JSON Schema (nested objects, arrays, unions). */
function propertyKeys(node: unknown, out = new Set<string>()): Set<string> {
  if (node === null || typeof node !== 'object') return out;
  const record = node as Record<string, unknown>;
  if (record.properties && typeof record.properties === 'object')
    for (const key of Object.keys(record.properties)) out.add(key);
  for (const child of Object.values(record)) propertyKeys(child, out);
  return out;
}

describe('field names: every payload field of every window has an English name', () => {
  it.each(MATTER_SERVICES)('%s', (code) => {
    const d = PROCEDURES[code].definition;
    const missing: string[] = [];
    for (const action of d.actions) {
      const schema = z.toJSONSchema(d.payloadSchemas[action]!, { unrepresentable: 'any', io: 'input' });
      for (const key of propertyKeys(schema))
        if (!/[A-Za-z]/.test(FIELD_NAMES_EN[key] ?? '')) missing.push(`${action}: ${key}`);
    }
    expect(missing, `${code}: fields without an English name`).toEqual([]);
  });

  it('the check sees nested fields (the agreement terms, a union’s alternatives)', () => {
    const keys = (service: MatterService, action: string) =>
      propertyKeys(z.toJSONSchema(PROCEDURES[service].definition.payloadSchemas[action]!, { io: 'input' }));
    expect(keys('mediation', 'draft-agreement')).toContain('performanceManner');
    expect(keys('lawyer', 'register')).toContain('respondentLawyerName');
  });

  it('Chinese fallbacks and internal fields name real fields', () => {
    for (const key of [...Object.keys(FIELD_NAMES_ZH), ...INTERNAL_FIELDS])
      expect(FIELD_NAMES_EN[key], key).toBeDefined();
  });
});
