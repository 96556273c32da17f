import { describe, expect, it } from 'vitest';
import { addMonths, isOverMonth, mediation } from './mediation';
import { calendar, dueDates, expectRefused, run, type Step } from './window.fixtures';

const apply = (applicants: 'both' | 'one' | 'none', initiatedBy = 'party', on = '2026-09-01'): Step => ({
  type: 'apply',
  on,
  payload: {
    initiatedBy,
    applicants,
    disputeKind: 'neighbour',
    facts: '楼上漏水致楼下房屋受损，赔偿数额有争议',
  },
});
const assign: Step = {
  type: 'assign-mediator',
  on: '2026-09-02',
  payload: {
    mediatorName: '调解员王某',
    how: 'chosen-by-parties',
    invitedParticipants: [{ name: '社区网格员李某', role: '社区工作人员', partiesConsent: true }],
  },
};
const session = (heldOn: string, on = heldOn): Step => ({
  type: 'hold-session',
  on,
  payload: { heldOn, summary: '双方陈述意见，初步同意按维修费用分担', public: false },
});
const draft = (form: 'written' | 'oral', on = '2026-09-08', deadline = '2026-09-30'): Step => ({
  type: 'draft-agreement',
  on,
  payload: {
    form,
    partiesDetails: '申请人张某，住某小区3号楼402；被申请人赵某，住同楼502',
    facts: '502卫生间防水损坏，漏水致402顶棚受损',
    disputedPoints: '维修费用与赔偿数额',
    responsibilities: '赵某承担主要责任',
    terms: [
      { content: '赵某赔偿张某维修费3000元', performanceManner: '银行转账', performanceDeadline: deadline },
    ],
  },
});
const sign = (flags: Record<string, boolean> = {}, on = '2026-09-10'): Step => ({
  type: 'sign-agreement',
  on,
  payload: { signedOn: on, allPartiesSigned: true, mediatorSigned: true, sealAffixed: true, ...flags },
});
const MEDIATING = [apply('both'), assign, session('2026-09-05')];
const EFFECTIVE = [...MEDIATING, draft('written'), sign()];

describe('mediation: application and consent (人民调解法 第十七条)', () => {
  it('both parties applying → accepted at once, with the one-month clock from acceptance', () => {
    const state = run(mediation, [apply('both')]);
    expect(state).toMatchObject({ status: 'accepted', allPartiesConsent: true, acceptedOn: '2026-09-01' });
    expect(mediation.clocks(state, { calendar, today: '2026-09-01' })).toEqual([
      {
        kind: 'one-month',
        label: '调解期限（一般一个月内调结）',
        startsAt: '2026-09-01',
        dueAt: '2026-10-01',
        basis: 'calendar-days',
        amount: 30,
        source: '人民调解工作若干规定 第三十三条',
        provisional: false,
        responsibleRole: 'mediator',
      },
    ]);
  });

  it('one party applying waits for the other; a refusal means no case', () => {
    const waiting = run(mediation, [apply('one')]);
    expect(waiting).toMatchObject({ status: 'awaiting-consent', allPartiesConsent: false, acceptedOn: null });
    expectRefused(mediation, [apply('one'), assign], 'MEDIATION.ACTION_NOT_ALLOWED', 'type');
    const refused = run(mediation, [
      apply('one'),
      { type: 'party-refuses', on: '2026-09-03', payload: { partyName: '赵某', reason: '不愿意调解' } },
    ]);
    expect(refused).toMatchObject({ status: 'refused', closed: true, refusedBy: '赵某' });
    expect(mediation.clocks(refused, { calendar, today: '2026-09-03' })).toEqual([]);
    const consented = run(mediation, [
      apply('one'),
      { type: 'other-party-consents', on: '2026-09-03', payload: { partyName: '赵某' } },
    ]);
    expect(consented).toMatchObject({
      status: 'accepted',
      allPartiesConsent: true,
      acceptedOn: '2026-09-03',
    });
  });

  it('a court referral or the committee itself may start it; a party application needs an applicant', () => {
    expect(run(mediation, [apply('none', 'court')]).status).toBe('awaiting-consent');
    expectRefused(mediation, [apply('none')], 'MEDIATION.NO_APPLICANT', 'applicants');
  });
});

describe('mediation: mediator, sessions, invited participants (第十九条、第二十条、第二十七条)', () => {
  it('records the chosen mediator, the invited participants and each session', () => {
    const state = run(mediation, [...MEDIATING, session('2026-09-07')]);
    expect(state).toMatchObject({
      status: 'mediating',
      mediator: { name: '调解员王某', how: 'chosen-by-parties', userId: null },
      invitedParticipants: [{ name: '社区网格员李某', role: '社区工作人员' }],
    });
    expect(state.sessions.map((s) => s.heldOn)).toEqual(['2026-09-05', '2026-09-07']);
  });

  it('invited participants need the parties’ consent; sessions are not in the future nor before acceptance', () => {
    expectRefused(
      mediation,
      [
        apply('both'),
        {
          ...assign,
          payload: { ...assign.payload, invitedParticipants: [{ name: '某专家', role: '专家' }] },
        },
      ],
      'MEDIATION.INVALID_PAYLOAD',
      'invitedParticipants.0.partiesConsent',
    );
    expectRefused(
      mediation,
      [apply('both'), assign, session('2026-09-06', '2026-09-05')],
      'MEDIATION.DATE_IN_FUTURE',
    );
    expectRefused(
      mediation,
      [apply('both'), assign, session('2026-08-30', '2026-09-05')],
      'MEDIATION.SESSION_BEFORE_ACCEPTANCE',
      'heldOn',
    );
  });

  it('only a mediator records sessions', () => {
    expectRefused(
      mediation,
      [apply('both'), assign, { ...session('2026-09-05'), role: 'window-clerk' }],
      'MEDIATION.ROLE_NOT_ALLOWED',
    );
  });
});

describe('mediation: the agreement (第二十八条—第三十条)', () => {
  it('a written agreement takes effect only with all signatures and the seal', () => {
    for (const [flag, field] of [
      ['allPartiesSigned', 'allPartiesSigned'],
      ['mediatorSigned', 'mediatorSigned'],
      ['sealAffixed', 'sealAffixed'],
    ] as const) {
      const error = expectRefused(
        mediation,
        [...MEDIATING, draft('written'), sign({ [flag]: false })],
        'MEDIATION.AGREEMENT_NOT_EFFECTIVE',
        field,
      );
      expect(error.message).toContain('第二十九条');
    }
    const drafted = run(mediation, [...MEDIATING, draft('written')]);
    expect(drafted).toMatchObject({ status: 'agreement-drafted', agreement: { effectiveOn: null } });
    const effective = run(mediation, EFFECTIVE);
    expect(effective).toMatchObject({
      status: 'performing',
      closed: false,
      agreement: { form: 'written', effectiveOn: '2026-09-10', draftedOn: '2026-09-08' },
    });
  });

  it('the agreement needs the art. 29 contents and at least one term with its manner and deadline', () => {
    const base = draft('written');
    expectRefused(
      mediation,
      [...MEDIATING, { ...base, payload: { ...base.payload, terms: [] } }],
      'MEDIATION.INVALID_PAYLOAD',
      'terms',
    );
    expectRefused(
      mediation,
      [...MEDIATING, { ...base, payload: { ...base.payload, disputedPoints: ' ' } }],
      'MEDIATION.INVALID_PAYLOAD',
      'disputedPoints',
    );
    expectRefused(
      mediation,
      [...MEDIATING, draft('written', '2026-09-08', '2026-09-07')],
      'MEDIATION.DATE_IN_PAST',
    );
  });

  it('an oral agreement takes effect when reached (第三十条)', () => {
    const state = run(mediation, [...MEDIATING, draft('oral')]);
    expect(state).toMatchObject({
      status: 'performing',
      agreement: { form: 'oral', effectiveOn: '2026-09-08' },
    });
  });

  it('after effect: the 30-day judicial-confirmation window and the return visit are open', () => {
    const state = run(mediation, EFFECTIVE);
    expect(dueDates(mediation, state, '2026-09-10')).toEqual({
      'judicial-confirmation': '2026-10-10',
      'return-visit': '2026-10-10',
    });
    const confirmation = mediation.clocks(state, { calendar, today: '2026-09-10' })[0];
    expect(confirmation?.source).toBe('人民调解法 第三十三条；民事诉讼法 第二百零五条');
  });

  it('a judicial confirmation is applied for jointly within the 30 days', () => {
    const applied = run(mediation, [
      ...EFFECTIVE,
      {
        type: 'record-confirmation',
        on: '2026-10-10',
        payload: { appliedOn: '2026-10-10', court: '包头市昆都仑区人民法院', jointly: true },
      },
    ]);
    expect(applied.judicialConfirmation).toEqual({
      appliedOn: '2026-10-10',
      court: '包头市昆都仑区人民法院',
      jointly: true,
    });
    expect(dueDates(mediation, applied, '2026-10-10')).toEqual({ 'return-visit': '2026-10-10' });
    expectRefused(
      mediation,
      [
        ...EFFECTIVE,
        {
          type: 'record-confirmation',
          on: '2026-10-12',
          payload: { appliedOn: '2026-10-12', court: '包头市昆都仑区人民法院', jointly: true },
        },
      ],
      'MEDIATION.CONFIRMATION_LATE',
      'appliedOn',
    );
    expectRefused(
      mediation,
      [
        ...EFFECTIVE,
        {
          type: 'record-confirmation',
          on: '2026-09-12',
          payload: { appliedOn: '2026-09-12', court: '某法院', jointly: false },
        },
      ],
      'MEDIATION.INVALID_PAYLOAD',
      'jointly',
    );
  });

  it('a return visit finding full performance concludes the matter; later visits still allowed', () => {
    const visit = (performance: string, on: string): Step => ({
      type: 'follow-up',
      on,
      payload: { visitedOn: on, performance, note: '电话回访' },
    });
    const partly = run(mediation, [...EFFECTIVE, visit('partly-performed', '2026-09-20')]);
    expect(partly).toMatchObject({ status: 'performing', closed: false });
    expect(dueDates(mediation, partly, '2026-09-20')).toEqual({ 'judicial-confirmation': '2026-10-10' });
    const done = run(mediation, [
      ...EFFECTIVE,
      visit('performed', '2026-10-08'),
      visit('performed', '2026-11-08'),
    ]);
    expect(done).toMatchObject({ status: 'concluded', closed: true });
    expect(done.followUps).toHaveLength(2);
    expect(mediation.clocks(done, { calendar, today: '2026-11-08' })).toEqual([]);
  });

  it('cannot withdraw once the agreement is in effect', () => {
    expectRefused(
      mediation,
      [...EFFECTIVE, { type: 'withdraw', on: '2026-09-11' }],
      'MEDIATION.ACTION_NOT_ALLOWED',
    );
  });
});

describe('mediation: failure (第二十六条) and a party ending it (第二十三条)', () => {
  it('records the reason and the routes advised', () => {
    const state = run(mediation, [
      ...MEDIATING,
      {
        type: 'fail',
        on: '2026-09-09',
        payload: {
          reason: '双方对赔偿数额分歧过大，无法达成一致',
          routesAdvised: ['litigation', 'legal-aid'],
        },
      },
    ]);
    expect(state).toMatchObject({
      status: 'failed',
      closed: true,
      failure: { routes: ['litigation', 'legal-aid'], endedOn: '2026-09-09' },
    });
    expectRefused(
      mediation,
      [
        ...MEDIATING,
        { type: 'fail', on: '2026-09-09', payload: { reason: '双方对赔偿数额分歧过大', routesAdvised: [] } },
      ],
      'MEDIATION.INVALID_PAYLOAD',
      'routesAdvised',
    );
  });

  it('a party ending mediation under way fails it with advice', () => {
    const state = run(mediation, [
      ...MEDIATING,
      { type: 'party-refuses', on: '2026-09-09', payload: { partyName: '赵某' } },
    ]);
    expect(state).toMatchObject({ status: 'failed', refusedBy: '赵某', failure: { routes: ['litigation'] } });
  });
});

describe('mediation: open over one month (R23)', () => {
  it('flags an open case after one month unless both parties agreed to continue', () => {
    const state = run(mediation, MEDIATING);
    expect(isOverMonth(state, '2026-10-01')).toBe(false);
    expect(isOverMonth(state, '2026-10-02')).toBe(true);
    const continued = run(mediation, [
      ...MEDIATING,
      { type: 'continue-past-month', on: '2026-09-28', payload: { bothPartiesConsent: true } },
    ]);
    expect(isOverMonth(continued, '2026-10-02')).toBe(false);
    expect(dueDates(mediation, continued, '2026-10-02')).toEqual({});
    expect(isOverMonth(run(mediation, EFFECTIVE), '2026-12-01')).toBe(false);
    expectRefused(
      mediation,
      [
        ...MEDIATING,
        { type: 'continue-past-month', on: '2026-09-28', payload: { bothPartiesConsent: false } },
      ],
      'MEDIATION.INVALID_PAYLOAD',
      'bothPartiesConsent',
    );
  });

  it('addMonths ends on the corresponding day, or the month’s last day (民法典 第二百零二条)', () => {
    expect(addMonths('2026-09-01', 1)).toBe('2026-10-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
  });
});
