import { describe, expect, it } from 'vitest';
import { arbitration } from './arbitration';
import { ACCEPTED, accept, apply, award, lawsuit, tribunal } from './arbitration-test-kit';
import { calendar, dueDates, expectRefused, run, type Step } from './window.fixtures';

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
