import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { brokenBound, dateBoundProblem, dateBoundsOf } from './date-bounds';
import { mediation } from './mediation';
import { notarization } from './notarization';
import { zDate, zList } from './payload-kit';
import { publicity } from './publicity';

const TODAY = '2026-09-08';

describe('brokenBound', () => {
  it('today, tomorrow and a sibling field as bounds, inclusive', () => {
    expect(brokenBound('2026-09-08', { notAfter: 'today' }, TODAY)).toBeUndefined();
    expect(brokenBound('2026-09-09', { notAfter: 'today' }, TODAY)).toBe('notAfter');
    expect(brokenBound('2026-09-07', { notBefore: 'today' }, TODAY)).toBe('notBefore');
    expect(brokenBound('2026-09-08', { notBefore: 'tomorrow' }, TODAY)).toBe('notBefore');
    expect(brokenBound('2026-09-09', { notBefore: 'tomorrow' }, TODAY)).toBeUndefined();
    const after = { notBefore: { field: 'from' } };
    expect(brokenBound('2026-09-01', after, TODAY, { from: '2026-09-02' })).toBe('notBefore');
    expect(brokenBound('2026-09-02', after, TODAY, { from: '2026-09-02' })).toBeUndefined();
    // A sibling not (yet) filled bounds nothing.
    expect(brokenBound('2026-09-01', after, TODAY, {})).toBeUndefined();
  });
});

describe('dateBoundProblem', () => {
  const schema = z.object({
    heldOn: zDate('调解日期', { notAfter: 'today' }),
    wished: zList(zDate('希望的日期', { notBefore: 'today' }), '希望的日期').optional(),
    terms: z.array(z.object({ due: zDate('履行期限', { notBefore: 'today' }) })).optional(),
    to: zDate('结束日期', { notBefore: { field: 'heldOn' } }).optional(),
    free: zDate('其他日期').optional(),
  });

  it('names the field, its label and a stable code', () => {
    expect(dateBoundProblem(schema, { heldOn: '2026-09-09' }, TODAY)).toEqual({
      code: 'DATE_IN_FUTURE',
      message: {
        zh: '调解日期不能晚于登记当日（2026-09-08）',
        en: expect.stringMatching(/^[A-Z][\w ]+ cannot be later than the day it is recorded \(2026-09-08\)$/),
      },
      field: 'heldOn',
    });
    expect(dateBoundProblem(schema, { heldOn: TODAY, wished: [TODAY, '2026-09-01'] }, TODAY)).toEqual({
      code: 'DATE_IN_PAST',
      message: {
        zh: '希望的日期不能早于今天（2026-09-08）',
        en: expect.stringMatching(/^[A-Z][\w ]+ cannot be before today \(2026-09-08\)$/),
      },
      field: 'wished.1',
    });
    expect(
      dateBoundProblem(schema, { heldOn: TODAY, terms: [{ due: TODAY }, { due: '2026-01-01' }] }, TODAY),
    ).toMatchObject({ code: 'DATE_IN_PAST', field: 'terms.1.due' });
    expect(dateBoundProblem(schema, { heldOn: '2026-09-05', to: '2026-09-04' }, TODAY)).toEqual({
      code: 'DATE_ORDER',
      message: {
        zh: '结束日期不能早于调解日期',
        en: expect.stringMatching(/^[A-Z][\w ]+ cannot be before [\w ]+$/),
      },
      field: 'to',
    });
  });

  it('accepts dates within their bounds and unbounded dates', () => {
    expect(
      dateBoundProblem(
        schema,
        { heldOn: TODAY, wished: ['2026-12-01'], to: '2026-09-08', free: '2030-01-01' },
        TODAY,
      ),
    ).toBeUndefined();
  });
});

describe('the windows declare their bounds where the rules set them', () => {
  const bounds = (
    definition: { payloadSchemas: Record<string, z.ZodType> },
    action: string,
    field: string,
  ) => {
    const object = definition.payloadSchemas[action] as z.ZodObject;
    return dateBoundsOf(object.shape[field] as z.ZodType);
  };

  it('past events are not after today, appointments and deadlines not before it', () => {
    expect(bounds(mediation, 'hold-session', 'heldOn')).toEqual({ notAfter: 'today' });
    expect(bounds(mediation, 'sign-agreement', 'signedOn')).toEqual({ notAfter: 'today' });
    expect(bounds(mediation, 'follow-up', 'visitedOn')).toEqual({ notAfter: 'today' });
    expect(bounds(notarization, 'apply', 'appointmentDate')).toEqual({ notBefore: 'today' });
    expect(bounds(notarization, 'request-review', 'learnedOn')).toEqual({ notAfter: 'today' });
    expect(bounds(publicity, 'schedule', 'date')).toEqual({ notBefore: 'today' });
  });

  it('the bounds reach the JSON Schema the form reads', () => {
    const json = z.toJSONSchema(notarization.payloadSchemas.apply, {
      unrepresentable: 'any',
      io: 'input',
    }) as {
      properties: Record<string, unknown>;
    };
    expect(json.properties.appointmentDate).toMatchObject({ widget: 'date', notBefore: 'today' });
  });

  it('the procedure refuses what the picker disables (same meta)', () => {
    const calendar = {
      addPeriod: () => ({ due: TODAY, provisional: false }),
      isWorkingDay: () => ({ working: true, provisional: false }),
    } as never;
    const result = notarization.apply(
      notarization.initialState(),
      {
        type: 'apply',
        at: new Date('2026-09-08T02:00:00Z'),
        actor: { id: 'u', role: 'window-clerk' },
        payload: {
          channel: 'appointment',
          appointmentDate: '2026-09-07',
          matterType: 'kinship',
          applicantName: '赵六',
          byAgent: false,
          involvesImmovable: false,
          legalAidEligible: false,
        },
      },
      { calendar },
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOTARIZATION.DATE_IN_PAST', field: 'appointmentDate' },
    });
  });
});
