import { describe, expect, it } from 'vitest';
import { arbitration, arbitrationAdvanceLegalAid } from './arbitration';
import { ACCEPTED, accept, apply, award, lawsuit, tribunal } from './arbitration-test-kit';
import { calendar, dueDates, expectRefused, run, type Step } from './window.fixtures';

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
