import { describe, expect, it } from 'vitest';
import { applicationWindow, reconsideration, reconsiderationStatusOn } from './reconsideration';
import { APPLIED, accept, apply } from './reconsideration-test-kit';
import { calendar, dueDates, expectRefused, run, type Step } from './window.fixtures';

describe('applicationWindow (行政复议法 第二十条、第二十一条)', () => {
  const base = { actDate: '2026-06-30', knewActOn: '2026-07-01', rightsNotified: true, immovable: false };

  it('第二十条第一款: 60 days from knowing; a Sunday last day moves to Monday', () => {
    expect(applicationWindow(base, calendar)).toEqual({
      lastDay: '2026-08-31',
      limitedBy: 'period',
      longStopDay: '2031-06-30',
      obstacleDays: 0,
      provisional: true,
      source: '行政复议法 第二十条',
    });
  });

  it('a longer statutory period wins; 第二十条第二款 adds the days of an obstacle', () => {
    expect(applicationWindow({ ...base, statutoryPeriodDays: 90 }, calendar).lastDay).toBe('2026-09-29');
    expect(
      applicationWindow({ ...base, obstacles: [{ from: '2026-07-10', to: '2026-07-25' }] }, calendar),
    ).toMatchObject({
      lastDay: '2026-09-14',
      obstacleDays: 15,
    });
  });

  it('第二十条第三款: not told of the right → from learning of it, one year from knowing at most', () => {
    const window = applicationWindow(
      {
        actDate: '2025-05-30',
        knewActOn: '2025-06-01',
        rightsNotified: false,
        learnedRightsOn: '2026-05-20',
        immovable: false,
      },
      calendar,
    );
    expect(window).toMatchObject({
      lastDay: '2026-06-01',
      limitedBy: 'one-year-cap',
      source: '行政复议法 第二十条第三款',
    });
    const early = applicationWindow(
      { ...base, rightsNotified: false, learnedRightsOn: '2026-07-15' },
      calendar,
    );
    expect(early).toMatchObject({ lastDay: '2026-09-14', limitedBy: 'period' });
  });

  it('第二十一条: 5 years after the act at most, 20 for immovables', () => {
    const late = { actDate: '2021-03-10', knewActOn: '2026-03-01', rightsNotified: true, immovable: false };
    expect(applicationWindow(late, calendar)).toMatchObject({
      lastDay: '2026-03-10',
      limitedBy: 'long-stop',
      source: '行政复议法 第二十一条',
    });
    expect(applicationWindow({ ...late, immovable: true }, calendar)).toMatchObject({
      lastDay: '2026-04-30',
      limitedBy: 'period',
    });
  });
});

describe('reconsideration: acceptance review (第三十条, 第八十八条: 5 working days)', () => {
  it('received Thu 09-24: 中秋 and 国庆 skipped → Fri 10-09', () => {
    expect(reconsideration.clocks(run(reconsideration, APPLIED), { calendar, today: '2026-09-24' })).toEqual([
      {
        kind: 'acceptance-review',
        label: '受理审查',
        startsAt: '2026-09-24',
        dueAt: '2026-10-09',
        basis: 'working-days',
        amount: 5,
        source: '行政复议法 第三十条、第八十八条',
        provisional: false,
        responsibleRole: 'window-clerk',
      },
    ]);
  });

  it('received Fri 09-18: the make-up Sunday 09-20 counts → Thu 09-24', () => {
    expect(dueDates(reconsideration, run(reconsideration, [apply('2026-09-18')]), '2026-09-18')).toEqual({
      'acceptance-review': '2026-09-24',
    });
  });

  it('第三十条第三款: nothing decided by 10-09 → deemed accepted from 10-09 (derived and by the sweep)', () => {
    const state = run(reconsideration, APPLIED);
    expect(reconsiderationStatusOn(state, calendar, '2026-10-09')).toBe('applied');
    expect(reconsiderationStatusOn(state, calendar, '2026-10-10')).toBe('accepted');
    expectRefused(
      reconsideration,
      [...APPLIED, { type: 'deem-accepted', on: '2026-10-09', role: 'system' }],
      'RECONSIDERATION.REVIEW_PERIOD_RUNNING',
    );
    const deemed = run(reconsideration, [
      ...APPLIED,
      { type: 'deem-accepted', on: '2026-10-10', role: 'system' },
    ]);
    expect(deemed).toMatchObject({
      status: 'accepted',
      acceptedOn: '2026-10-09',
      deemedAccepted: true,
      procedure: 'ordinary',
    });
    expect(dueDates(reconsideration, deemed, '2026-10-10')).toEqual({
      decision: '2026-12-08',
      'send-copy': '2026-10-19',
    });
    expectRefused(
      reconsideration,
      [...APPLIED, { type: 'deem-accepted', on: '2026-10-10', role: 'party' }],
      'RECONSIDERATION.ROLE_NOT_ALLOWED',
    );
  });

  it('after the review lapsed, a refusal is no longer possible; a late acceptance dates from 10-09', () => {
    const refuse = {
      type: 'refuse',
      on: '2026-10-12',
      payload: { failedCriteria: [3], reasons: '没有具体的行政复议请求和理由' },
    };
    expectRefused(reconsideration, [...APPLIED, refuse], 'RECONSIDERATION.REVIEW_PERIOD_LAPSED');
    expect(run(reconsideration, [...APPLIED, accept('2026-10-12')])).toMatchObject({
      acceptedOn: '2026-10-09',
      deemedAccepted: true,
    });
  });

  it('an application out of time is refused within the review; once deemed accepted it is dismissed (第三十三条)', () => {
    const late = apply('2026-09-24', { actDate: '2026-07-01', knewActOn: '2026-07-01' }); // last day 08-31
    expectRefused(
      reconsideration,
      [late, accept('2026-09-25')],
      'RECONSIDERATION.APPLICATION_OUT_OF_TIME',
      'receivedOn',
    );
    expect(
      run(reconsideration, [
        late,
        {
          type: 'refuse',
          on: '2026-09-25',
          payload: { failedCriteria: [4], reasons: '超过六十日的法定申请期限' },
        },
      ]).status,
    ).toBe('refused');
    const dismissed = run(reconsideration, [
      late,
      { type: 'deem-accepted', on: '2026-10-10', role: 'system' },
      {
        type: 'dismiss',
        on: '2026-10-12',
        role: 'bureau-leader',
        payload: { failedCriteria: [4], reasons: '申请超过法定申请期限' },
      },
    ]);
    expect(dismissed).toMatchObject({ status: 'dismissed', closed: true });
    expectRefused(
      reconsideration,
      [apply('2026-09-24', { actDate: '2021-03-10', knewActOn: '2026-09-01' }), accept('2026-09-25')],
      'RECONSIDERATION.LONG_STOP_PASSED',
    );
  });

  it('a jurisdiction refusal names the competent organ (第三十条第二款)', () => {
    const refuse = (payload: Record<string, unknown>): Step => ({
      type: 'refuse',
      on: '2026-09-25',
      payload: { failedCriteria: [6], reasons: '被申请人系自治区垂直管理机关，不属于本机关管辖', ...payload },
    });
    expectRefused(reconsideration, [...APPLIED, refuse({})], 'RECONSIDERATION.COMPETENT_ORGAN_REQUIRED');
    expect(
      run(reconsideration, [...APPLIED, refuse({ competentOrgan: '国家税务总局内蒙古自治区税务局' })]).status,
    ).toBe('refused');
  });

  it('application checks (第二十条、第二十二条)', () => {
    expectRefused(
      reconsideration,
      [apply('2026-09-24', { form: 'oral' })],
      'RECONSIDERATION.ORAL_RECORD_REQUIRED',
    );
    expectRefused(
      reconsideration,
      [apply('2026-09-24', { knewActOn: '2026-08-19' })],
      'RECONSIDERATION.KNEW_BEFORE_ACT',
    );
    expectRefused(
      reconsideration,
      [apply('2026-09-24', { knewActOn: '2026-09-25' })],
      'RECONSIDERATION.KNEW_AFTER_APPLICATION',
    );
    expectRefused(
      reconsideration,
      [apply('2026-09-24', { rightsNotified: false })],
      'RECONSIDERATION.LEARNED_RIGHTS_REQUIRED',
    );
    expectRefused(
      reconsideration,
      [apply('2026-09-24', { rightsNotified: false, learnedRightsOn: '2026-08-01' })],
      'RECONSIDERATION.LEARNED_RIGHTS_INVALID',
    );
    expectRefused(
      reconsideration,
      [apply('2026-09-24', { obstacles: [{ from: '2026-09-10', to: '2026-09-01', reason: '住院治疗' }] })],
      'RECONSIDERATION.OBSTACLE_DATE_INVALID',
      'obstacles.0',
    );
  });
});

describe('reconsideration: supplements (第三十一条)', () => {
  const request = (on: string): Step => ({
    type: 'request-supplement',
    on,
    payload: { items: ['行政处罚决定书复印件', '申请人身份证明'] },
  });
  const SUPPLEMENTING = [...APPLIED, request('2026-09-28')];

  it('one notice within the review; the applicant has 10 working days (→ 10-16); receipt restarts the review (→ 10-23)', () => {
    const state = run(reconsideration, SUPPLEMENTING);
    expect(dueDates(reconsideration, state, '2026-09-28')).toEqual({ supplement: '2026-10-16' });
    const back = run(reconsideration, [
      ...SUPPLEMENTING,
      { type: 'receive-supplement', on: '2026-10-16', payload: { receivedOn: '2026-10-16' } },
    ]);
    expect(back).toMatchObject({ status: 'applied', reviewStartsOn: '2026-10-16' });
    expect(dueDates(reconsideration, back, '2026-10-16')).toEqual({ 'acceptance-review': '2026-10-23' });
    expectRefused(
      reconsideration,
      [
        ...SUPPLEMENTING,
        { type: 'receive-supplement', on: '2026-10-16', payload: { receivedOn: '2026-10-16' } },
        request('2026-10-19'),
      ],
      'RECONSIDERATION.SUPPLEMENT_ALREADY_REQUESTED',
    );
  });

  it('a notice after the 5 working days is too late: the application is already deemed accepted', () => {
    expectRefused(
      reconsideration,
      [...APPLIED, request('2026-10-12')],
      'RECONSIDERATION.SUPPLEMENT_NOTICE_LATE',
    );
  });

  it('late materials need an extension first; no materials → deemed abandoned after 10-16', () => {
    expectRefused(
      reconsideration,
      [
        ...SUPPLEMENTING,
        { type: 'receive-supplement', on: '2026-10-19', payload: { receivedOn: '2026-10-19' } },
      ],
      'RECONSIDERATION.SUPPLEMENT_LATE',
    );
    const extended = [
      ...SUPPLEMENTING,
      {
        type: 'extend-supplement',
        on: '2026-10-15',
        payload: { workingDays: 5, reason: '申请人住院治疗，无法按期提交补正材料' },
      },
    ];
    expect(dueDates(reconsideration, run(reconsideration, extended), '2026-10-15')).toEqual({
      supplement: '2026-10-23',
    });
    expect(
      run(reconsideration, [
        ...extended,
        { type: 'receive-supplement', on: '2026-10-19', payload: { receivedOn: '2026-10-19' } },
      ]).status,
    ).toBe('applied');
    expectRefused(
      reconsideration,
      [...SUPPLEMENTING, { type: 'deem-abandoned', on: '2026-10-16', role: 'system' }],
      'RECONSIDERATION.SUPPLEMENT_PERIOD_RUNNING',
    );
    expect(
      run(reconsideration, [...SUPPLEMENTING, { type: 'deem-abandoned', on: '2026-10-19', role: 'system' }]),
    ).toMatchObject({
      status: 'abandoned',
      closed: true,
    });
  });
});
