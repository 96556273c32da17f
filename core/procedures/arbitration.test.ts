import { describe, expect, it } from 'vitest';
import { arbitration, arbitrationAdvanceLegalAid } from './arbitration';
import { calendar, dueDates, expectRefused, run, type Step } from './window.fixtures';

const apply = (
  on: string,
  payload: Record<string, unknown> = {},
  limitation: Record<string, unknown> = {},
): Step => ({
  type: 'apply',
  on,
  payload: {
    disputeKind: 'labour',
    receivedOn: on,
    form: 'written',
    applicantSide: 'worker',
    applicantName: '张建国',
    respondentName: '包头市某建筑劳务有限公司',
    claims: [{ kind: 'wages', amountFen: 1_800_000 }],
    limitation: { knewOn: '2026-06-01', ...limitation },
    ...payload,
  },
});
const accept = (on: string, payload: Record<string, unknown> = {}): Step => ({ type: 'accept', on, payload });
const award = (on: string, payload: Record<string, unknown> = {}): Step => ({
  type: 'issue-award',
  on,
  payload: {
    items: [{ kind: 'wages', amountFen: 1_800_000 }, { kind: 'employment-relationship' }],
    monthlyMinimumWageFen: 200_000,
    mediationAttempted: true,
    ...payload,
  },
});
const lawsuit = (on: string, payload: Record<string, unknown> = {}): Step => ({
  type: 'record-lawsuit',
  on,
  payload: { filedOn: on, by: 'worker', kind: 'suit', court: '包头市昆都仑区人民法院', ...payload },
});
const tribunal = (on: string, arbitrators = ['赵仲裁', '钱仲裁', '孙仲裁']): Step => ({
  type: 'notify-tribunal',
  on,
  payload: { arbitrators, notifiedOn: on },
});

const ACCEPTED = [apply('2026-09-24'), accept('2026-09-25')];

describe('arbitration: main path (劳动争议调解仲裁法)', () => {
  it('apply → accept → serve, tribunal, hearing → award → effective once the 15 days passed', () => {
    const steps: Step[] = [
      ...ACCEPTED,
      { type: 'serve-respondent', on: '2026-09-28', payload: { servedOn: '2026-09-28' } },
      tribunal('2026-09-28'),
      {
        type: 'schedule-hearing',
        on: '2026-09-28',
        payload: { notifiedOn: '2026-09-28', hearingOn: '2026-10-12' },
      },
      award('2026-10-09'),
    ];
    const awarded = run(arbitration, steps);
    expect(awarded.status).toBe('awarded');
    expect(awarded.award).toEqual({
      issuedOn: '2026-10-09',
      servedOn: '2026-10-09',
      final: false,
      late: false,
    });
    // 第五十条: 10-09 + 15 = Saturday 10-24 → Monday 10-26.
    expect(dueDates(arbitration, awarded, '2026-10-09')).toEqual({ suit: '2026-10-26' });
    expectRefused(
      arbitration,
      [...steps, { type: 'record-effective', on: '2026-10-26' }],
      'ARBITRATION.SUIT_WINDOW_OPEN',
    );
    expect(run(arbitration, [...steps, { type: 'record-effective', on: '2026-10-27' }])).toMatchObject({
      status: 'effective',
      closed: true,
    });
  });

  it('mediation ends the case (第四十二条)', () => {
    const state = run(arbitration, [
      ...ACCEPTED,
      {
        type: 'mediate',
        on: '2026-10-12',
        payload: { signedOn: '2026-10-12', documentNumber: '包劳人仲案字〔2026〕第88号' },
      },
    ]);
    expect(state).toMatchObject({ status: 'mediated', closed: true });
  });

  it('withdrawal after settlement (第四十一条) closes the case', () => {
    expect(
      run(arbitration, [
        ...ACCEPTED,
        { type: 'withdraw', on: '2026-10-12', role: 'party', payload: { reason: 'settled' } },
      ]),
    ).toMatchObject({
      status: 'withdrawn',
      closed: true,
    });
  });

  it('labour only for now', () => {
    expectRefused(
      arbitration,
      [apply('2026-09-24', { disputeKind: 'commercial' })],
      'ARBITRATION.INVALID_PAYLOAD',
      'disputeKind',
    );
  });
});

describe('arbitration: acceptance (第二十七条至第二十九条)', () => {
  it('the acceptance clock is 5 days; from Monday 09-28 it ends in 国庆 and rolls to 10-08', () => {
    const [clock] = arbitration.clocks(run(arbitration, [apply('2026-09-28')]), {
      calendar,
      today: '2026-09-28',
    });
    expect(clock).toEqual({
      kind: 'acceptance',
      label: '决定是否受理',
      startsAt: '2026-09-28',
      dueAt: '2026-10-08',
      rolledForwardFrom: '2026-10-03',
      basis: 'calendar-days',
      amount: 5,
      source: '劳动争议调解仲裁法 第二十九条',
      provisional: false,
      responsibleRole: 'window-clerk',
    });
  });

  it('ARBITRATION.ACCEPTANCE_OVERDUE: accepting after day 5 needs the reason', () => {
    expect(run(arbitration, [apply('2026-09-24'), accept('2026-09-29')]).status).toBe('accepted');
    expectRefused(
      arbitration,
      [apply('2026-09-24'), accept('2026-09-30')],
      'ARBITRATION.ACCEPTANCE_OVERDUE',
      'lateReason',
    );
    expect(
      run(arbitration, [
        apply('2026-09-24'),
        accept('2026-09-30', { lateReason: '申请材料经补正后方可确定被申请人' }),
      ]).status,
    ).toBe('accepted');
  });

  it('ARBITRATION.LIMITATION_EXPIRED: past the one-year limitation acceptance needs a recorded reason', () => {
    const late = apply('2026-10-09', {}, { knewOn: '2025-10-08' });
    expect(run(arbitration, [late])).toMatchObject({
      flags: { limitationExpired: true },
      limitation: { lastDay: '2026-10-08', expired: true },
    });
    expectRefused(
      arbitration,
      [late, accept('2026-10-09')],
      'ARBITRATION.LIMITATION_EXPIRED',
      'limitationNote',
    );
    expect(
      run(arbitration, [
        late,
        accept('2026-10-09', { limitationNote: '申请人主张曾于2026年3月向公司主张权利，需庭审查明' }),
      ]).status,
    ).toBe('accepted');
    expect(
      run(arbitration, [apply('2026-10-08', {}, { knewOn: '2025-10-08' })]).flags.limitationExpired,
    ).toBe(false);
  });

  it('refusal is written with reasons; the applicant may then sue (第二十九条)', () => {
    const refused = [
      apply('2026-09-24'),
      {
        type: 'refuse',
        on: '2026-09-25',
        payload: { ground: 'not-labour-dispute', reasons: '双方系承揽关系，不属于劳动争议' },
      },
    ];
    expect(run(arbitration, refused)).toMatchObject({ status: 'refused', closed: true });
    expect(run(arbitration, [...refused, lawsuit('2026-10-09')]).status).toBe('litigated');
    expectRefused(
      arbitration,
      [
        apply('2026-09-24'),
        { type: 'refuse', on: '2026-09-25', payload: { ground: 'other', reasons: '不符合' } },
      ],
      'ARBITRATION.INVALID_PAYLOAD',
      'reasons',
    );
  });

  it('no decision in 5 days: the applicant may sue from day 6 (第二十九条)', () => {
    expectRefused(
      arbitration,
      [apply('2026-09-24'), lawsuit('2026-09-29')],
      'ARBITRATION.ACCEPTANCE_NOT_OVERDUE',
      'filedOn',
    );
    expect(run(arbitration, [apply('2026-09-24'), lawsuit('2026-09-30')]).status).toBe('litigated');
  });

  it('application checks: oral record, amounts, limitation dates, the wage rule', () => {
    expectRefused(
      arbitration,
      [apply('2026-09-24', { form: 'oral' })],
      'ARBITRATION.ORAL_RECORD_REQUIRED',
      'oralRecord',
    );
    // The form takes yuan, so the refusal speaks of yuan, never of fen.
    const noAmount = expectRefused(
      arbitration,
      [apply('2026-09-24', { claims: [{ kind: 'wages' }] })],
      'ARBITRATION.CLAIM_AMOUNT_REQUIRED',
      'claims.0.amountFen',
    );
    expect(noAmount.message).toBe('请填写请求金额（元）');
    expect(noAmount.messageEn).toContain('yuan');
    expectRefused(
      arbitration,
      [apply('2026-09-24', {}, { knewOn: '2026-09-25' })],
      'ARBITRATION.KNEW_AFTER_APPLICATION',
    );
    expectRefused(
      arbitration,
      [apply('2026-09-24', {}, { interruptions: [{ on: '2026-05-01', kind: 'claim' }] })],
      'ARBITRATION.INTERRUPTION_DATE_INVALID',
      'limitation.interruptions.0.on',
    );
    expectRefused(
      arbitration,
      [apply('2026-09-24', {}, { suspensions: [{ from: '2026-08-01', to: '2026-07-01' }] })],
      'ARBITRATION.SUSPENSION_DATE_INVALID',
    );
    expectRefused(
      arbitration,
      [apply('2026-09-24', { claims: [{ kind: 'standards' }] }, { wageArrears: { employmentEnded: false } })],
      'ARBITRATION.WAGE_RULE_WITHOUT_WAGE_CLAIM',
    );
    expectRefused(
      arbitration,
      [apply('2026-09-24', {}, { wageArrears: { employmentEnded: true } })],
      'ARBITRATION.EMPLOYMENT_END_REQUIRED',
    );
    expectRefused(
      arbitration,
      [apply('2026-09-24', { receivedOn: '2026-09-25' })],
      'ARBITRATION.DATE_IN_FUTURE',
      'receivedOn',
    );
    // A log recorded with the matter-wide wage rule still replays: no claim is limited, no clock.
    const legacy = run(arbitration, [
      apply('2026-09-24', {}, { knewOn: '2019-01-01', wageArrears: { employmentEnded: false } }),
    ]);
    expect(legacy.claims[0]?.limitation).toMatchObject({
      rule: 'wage-arrears-during-employment',
      lastDay: null,
      expired: false,
    });
    expect(legacy.limitation).toBeNull();
  });
});

describe('arbitration: after acceptance (第三十条至第四十三条)', () => {
  it('accepted 09-25: serve and notify the tribunal by 09-30, award by 11-09', () => {
    const state = run(arbitration, ACCEPTED);
    expect(dueDates(arbitration, state, '2026-09-25')).toEqual({
      service: '2026-09-30',
      'tribunal-notice': '2026-09-30',
      award: '2026-11-09',
    });
    const served = run(arbitration, [
      ...ACCEPTED,
      { type: 'serve-respondent', on: '2026-09-28', payload: { servedOn: '2026-09-28' } },
      tribunal('2026-09-29'),
    ]);
    expect(dueDates(arbitration, served, '2026-09-29')).toEqual({ award: '2026-11-09' });
  });

  it('第四十三条: extensions approved before the end, 15 days at most in all; then the award clock moves', () => {
    const extend = (on: string, days: number): Step => ({
      type: 'extend',
      on,
      payload: {
        days,
        approvedBy: '周主任',
        reason: '案情复杂，需调取用工记录并鉴定笔迹',
        partiesNotified: true,
      },
    });
    const extended = run(arbitration, [...ACCEPTED, extend('2026-11-02', 10)]);
    expect(
      arbitration.clocks(extended, { calendar, today: '2026-11-02' }).find((c) => c.kind === 'award'),
    ).toMatchObject({
      dueAt: '2026-11-19',
      amount: 45,
      extendedBy: 10,
    });
    expectRefused(
      arbitration,
      [...ACCEPTED, extend('2026-11-02', 10), extend('2026-11-03', 6)],
      'ARBITRATION.EXTENSION_TOO_LONG',
    );
    expectRefused(arbitration, [...ACCEPTED, extend('2026-11-10', 5)], 'ARBITRATION.EXTENSION_TOO_LATE');
    expectRefused(
      arbitration,
      [
        ...ACCEPTED,
        {
          type: 'extend',
          on: '2026-11-02',
          payload: { days: 5, approvedBy: '周主任', reason: '案情复杂需要调查取证', partiesNotified: false },
        },
      ],
      'ARBITRATION.INVALID_PAYLOAD',
      'partiesNotified',
    );
  });

  it('ARBITRATION.AWARD_OVERDUE: an award after 11-09 needs the reason; the parties may sue from 11-10', () => {
    expectRefused(arbitration, [...ACCEPTED, award('2026-11-10')], 'ARBITRATION.AWARD_OVERDUE', 'lateReason');
    expect(
      run(arbitration, [...ACCEPTED, award('2026-11-10', { lateReason: '仲裁员回避后重新组庭，延误审理' })])
        .award?.late,
    ).toBe(true);
    expectRefused(arbitration, [...ACCEPTED, lawsuit('2026-11-09')], 'ARBITRATION.AWARD_NOT_OVERDUE');
    expect(run(arbitration, [...ACCEPTED, lawsuit('2026-11-10')]).status).toBe('litigated');
  });

  it('第四十二条: mediation before the award; 第四十七条: finality from the awarded items', () => {
    expectRefused(
      arbitration,
      [...ACCEPTED, award('2026-10-09', { mediationAttempted: false })],
      'ARBITRATION.MEDIATION_REQUIRED',
    );
    expectRefused(
      arbitration,
      [...ACCEPTED, award('2026-10-09', { monthlyMinimumWageFen: undefined })],
      'ARBITRATION.MINIMUM_WAGE_REQUIRED',
    );
    const final = run(arbitration, [
      ...ACCEPTED,
      award('2026-10-09', { items: [{ kind: 'wages', amountFen: 1_800_000 }] }),
    ]);
    expect(final.award?.final).toBe(true);
    expect(arbitration.clocks(final, { calendar, today: '2026-10-09' })[0]).toMatchObject({
      kind: 'suit',
      source: '劳动争议调解仲裁法 第四十八条',
    });
    expectRefused(
      arbitration,
      [...ACCEPTED, award('2026-10-09', { servedOn: '2026-10-08' })],
      'ARBITRATION.SERVICE_BEFORE_AWARD',
    );
  });

  it('第三十条至第三十五条: service once and after acceptance; a tribunal of 1 or 3; hearing notice ≥ 5 days ahead', () => {
    const serve = (on: string, servedOn = on): Step => ({
      type: 'serve-respondent',
      on,
      payload: { servedOn },
    });
    expectRefused(
      arbitration,
      [...ACCEPTED, serve('2026-09-28'), serve('2026-09-29')],
      'ARBITRATION.ALREADY_SERVED',
    );
    expectRefused(
      arbitration,
      [...ACCEPTED, serve('2026-09-28', '2026-09-24')],
      'ARBITRATION.SERVICE_BEFORE_ACCEPTANCE',
    );
    expectRefused(
      arbitration,
      [...ACCEPTED, tribunal('2026-09-28', ['赵仲裁', '钱仲裁'])],
      'ARBITRATION.TRIBUNAL_SIZE',
    );
    expect(run(arbitration, [...ACCEPTED, tribunal('2026-09-28', ['赵仲裁'])]).tribunal?.arbitrators).toEqual(
      ['赵仲裁'],
    );
    const hearing = (hearingOn: string): Step => ({
      type: 'schedule-hearing',
      on: '2026-09-28',
      payload: { notifiedOn: '2026-09-28', hearingOn },
    });
    expectRefused(arbitration, [...ACCEPTED, hearing('2026-10-12')], 'ARBITRATION.TRIBUNAL_NOT_FORMED');
    expectRefused(
      arbitration,
      [...ACCEPTED, tribunal('2026-09-28'), hearing('2026-10-02')],
      'ARBITRATION.HEARING_NOTICE_TOO_SHORT',
      'hearingOn',
    );
    expect(run(arbitration, [...ACCEPTED, tribunal('2026-09-28'), hearing('2026-10-03')]).hearingOn).toBe(
      '2026-10-03',
    );
  });
});

describe('arbitration: after the award (第四十八条至第五十条)', () => {
  const FINAL = [...ACCEPTED, award('2026-10-09', { items: [{ kind: 'wages', amountFen: 1_800_000 }] })];
  const NOT_FINAL = [...ACCEPTED, award('2026-10-09')];

  it('a worker sues within 15 days; not on day 16', () => {
    expect(run(arbitration, [...NOT_FINAL, lawsuit('2026-10-26')]).status).toBe('litigated');
    expectRefused(arbitration, [...NOT_FINAL, lawsuit('2026-10-27')], 'ARBITRATION.SUIT_OUT_OF_TIME');
  });

  it('final award: the employer cannot sue, only apply to set aside within 30 days (→ Monday 11-09)', () => {
    expectRefused(
      arbitration,
      [...FINAL, lawsuit('2026-10-12', { by: 'employer' })],
      'ARBITRATION.FINAL_AWARD_NO_EMPLOYER_SUIT',
    );
    expect(
      run(arbitration, [...FINAL, lawsuit('2026-11-09', { by: 'employer', kind: 'set-aside' })]).lawsuit,
    ).toEqual({
      filedOn: '2026-11-09',
      by: 'employer',
      kind: 'set-aside',
    });
    expectRefused(
      arbitration,
      [...FINAL, lawsuit('2026-11-10', { by: 'employer', kind: 'set-aside' })],
      'ARBITRATION.SET_ASIDE_OUT_OF_TIME',
    );
    expectRefused(
      arbitration,
      [...NOT_FINAL, lawsuit('2026-10-12', { by: 'employer', kind: 'set-aside' })],
      'ARBITRATION.SET_ASIDE_NOT_AVAILABLE',
    );
    expectRefused(
      arbitration,
      [...FINAL, { type: 'record-effective', on: '2026-11-09' }],
      'ARBITRATION.SUIT_WINDOW_OPEN',
    );
    expect(run(arbitration, [...FINAL, { type: 'record-effective', on: '2026-11-10' }]).status).toBe(
      'effective',
    );
  });

  it('an employer applicant with a final award sees the 30-day set-aside window', () => {
    const state = run(arbitration, [
      apply('2026-09-24', { applicantSide: 'employer', claims: [{ kind: 'standards' }] }),
      accept('2026-09-25'),
      award('2026-10-09', { items: [{ kind: 'standards' }] }),
    ]);
    expect(dueDates(arbitration, state, '2026-10-09')).toEqual({ 'set-aside': '2026-11-09' });
  });

  it('a lawsuit date before the application is refused', () => {
    expectRefused(
      arbitration,
      [...NOT_FINAL, lawsuit('2026-10-12', { filedOn: '2026-09-01' })],
      'ARBITRATION.LAWSUIT_DATE_INVALID',
    );
  });
});

describe('arbitration: advance legal aid (法律援助法 第四十四条第一项; R30)', () => {
  it('flagged at intake when the limitation ends in fewer than 7 days, cleared by acceptance', () => {
    const near = apply('2026-09-24', {}, { knewOn: '2025-09-28' });
    const applied = run(arbitration, [near]);
    expect(applied.flags.advanceLegalAid).toBe(true);
    expect(dueDates(arbitration, applied, '2026-09-24')).toEqual({
      acceptance: '2026-09-29',
      limitation: '2026-09-28',
    });
    expect(run(arbitration, [apply('2026-09-24', {}, { knewOn: '2025-10-08' })]).flags.advanceLegalAid).toBe(
      false,
    );
    expect(run(arbitration, [near, accept('2026-09-25')]).flags.advanceLegalAid).toBe(false);
  });

  it('after the award: the suit deadline 10-26 is fewer than 7 days away from 10-20, not on 10-19', () => {
    const state = run(arbitration, [...ACCEPTED, award('2026-10-09')]);
    expect(state.flags.advanceLegalAid).toBe(false);
    expect(arbitrationAdvanceLegalAid(state, calendar, '2026-10-19')).toBe(false);
    expect(arbitrationAdvanceLegalAid(state, calendar, '2026-10-20')).toBe(true);
    expect(arbitrationAdvanceLegalAid(state, calendar, '2026-10-26')).toBe(true);
    expect(arbitrationAdvanceLegalAid(state, calendar, '2026-10-27')).toBe(false);
  });
});
