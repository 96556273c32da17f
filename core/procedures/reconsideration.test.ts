import { describe, expect, it } from 'vitest';
import { applicationWindow, reconsideration, reconsiderationStatusOn } from './reconsideration';
import { calendar, dueDates, expectRefused, run, type Step } from './window.fixtures';

const apply = (on: string, payload: Record<string, unknown> = {}): Step => ({
  type: 'apply',
  on,
  payload: {
    receivedOn: on,
    form: 'written',
    applicantName: '刘桂英',
    respondentAgency: '包头市某区市场监督管理局',
    actDescription: '罚款五千元的行政处罚决定',
    actDate: '2026-08-20',
    knewActOn: '2026-08-21',
    rightsNotified: true,
    immovable: false,
    ...payload,
  },
});
const accept = (on: string, payload: Record<string, unknown> = { procedure: 'ordinary' }): Step => ({
  type: 'accept',
  on,
  payload,
});
const hear: Step = {
  type: 'hear-opinions',
  on: '2026-10-12',
  payload: { method: 'in-person', record: '申请人称处罚过重，被申请人坚持原处罚' },
};
const decide = (on: string, payload: Record<string, unknown> = {}): Step => ({
  type: 'decide',
  on,
  role: 'bureau-leader',
  payload: { outcome: 'change', documentNumber: '包府复决〔2026〕第15号', ...payload },
});

/** Received Thursday 2026-09-24: the review runs across 中秋 and 国庆 to Friday 10-09. */
const APPLIED = [apply('2026-09-24')];
const ACCEPTED = [...APPLIED, accept('2026-09-24')];

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

describe('reconsideration: ordinary and simple procedures (第四十八条至第六十二条)', () => {
  it('ordinary: decide within 60 days (→ 11-23), copy within 7 working days (→ 10-12), answer 10 working days after it', () => {
    const state = run(reconsideration, ACCEPTED);
    expect(dueDates(reconsideration, state, '2026-09-24')).toEqual({
      decision: '2026-11-23',
      'send-copy': '2026-10-12',
    });
    const sent = run(reconsideration, [
      ...ACCEPTED,
      { type: 'send-copy', on: '2026-09-28', payload: { sentOn: '2026-09-28' } },
    ]);
    expect(dueDates(reconsideration, sent, '2026-09-28')).toEqual({
      decision: '2026-11-23',
      answer: '2026-10-16',
    });
    const decided = run(reconsideration, [...ACCEPTED, hear, decide('2026-11-23')]);
    expect(decided).toMatchObject({ status: 'decided', outcome: 'change', decidedLate: false, closed: true });
  });

  it('simple: decide within 30 days (Sat 10-24 → Mon 10-26); copy within 3 working days; no extension', () => {
    const simple = [
      ...APPLIED,
      accept('2026-09-24', { procedure: 'simple', simpleGround: 'warning-or-criticism', clearFacts: true }),
    ];
    const state = run(reconsideration, simple);
    expect(dueDates(reconsideration, state, '2026-09-24')).toEqual({
      decision: '2026-10-26',
      'send-copy': '2026-09-30',
    });
    expectRefused(
      reconsideration,
      [
        ...simple,
        {
          type: 'extend',
          on: '2026-10-12',
          role: 'bureau-leader',
          payload: {
            days: 10,
            approvedBy: '复议机构负责人',
            reason: '案情复杂，需要调查取证核实',
            partiesNotified: true,
          },
        },
      ],
      'RECONSIDERATION.SIMPLE_NO_EXTENSION',
    );
    // A simple case needs no hearing of opinions before its decision.
    expect(run(reconsideration, [...simple, decide('2026-10-26')]).status).toBe('decided');
    const converted = run(reconsideration, [
      ...simple,
      {
        type: 'convert-to-ordinary',
        on: '2026-10-12',
        role: 'bureau-leader',
        payload: { approvedBy: '复议机构负责人', reason: '双方争议较大，不宜适用简易程序' },
      },
    ]);
    expect(converted.procedure).toBe('ordinary');
    expect(dueDates(reconsideration, converted, '2026-10-12')).toEqual({
      decision: '2026-11-23',
      'send-copy': '2026-10-12',
    });
  });

  it('第五十三条: the simple procedure needs a ground and clear facts, or everyone agreeing', () => {
    const simple = (payload: Record<string, unknown>, application: Record<string, unknown> = {}) => [
      apply('2026-09-24', application),
      accept('2026-09-24', { procedure: 'simple', ...payload }),
    ];
    expectRefused(
      reconsideration,
      simple({}),
      'RECONSIDERATION.SIMPLE_PROCEDURE_NOT_ALLOWED',
      'simpleGround',
    );
    expectRefused(
      reconsideration,
      simple({ simpleGround: 'on-the-spot' }),
      'RECONSIDERATION.SIMPLE_PROCEDURE_NOT_ALLOWED',
      'clearFacts',
    );
    expect(run(reconsideration, simple({ simpleGround: 'all-parties-agree' })).procedure).toBe('simple');
    expect(
      run(reconsideration, simple({ simpleGround: 'small-amount', clearFacts: true }, { amountFen: 300_000 }))
        .procedure,
    ).toBe('simple');
    expectRefused(
      reconsideration,
      simple({ simpleGround: 'small-amount', clearFacts: true }, { amountFen: 300_001 }),
      'RECONSIDERATION.SIMPLE_PROCEDURE_NOT_ALLOWED',
    );
    expectRefused(
      reconsideration,
      [
        ...ACCEPTED,
        {
          type: 'convert-to-ordinary',
          on: '2026-10-12',
          role: 'bureau-leader',
          payload: { approvedBy: '负责人', reason: '不宜适用简易程序的情形' },
        },
      ],
      'RECONSIDERATION.NOT_SIMPLE',
    );
  });

  it('第六十二条: extensions ≤ 30 days in all, approved, before the end (→ 12-23)', () => {
    const extend = (on: string, days: number): Step => ({
      type: 'extend',
      on,
      role: 'bureau-leader',
      payload: { days, approvedBy: '复议机构负责人', reason: '案情复杂需要组织听证', partiesNotified: true },
    });
    expect(
      dueDates(reconsideration, run(reconsideration, [...ACCEPTED, extend('2026-11-20', 30)]), '2026-11-20'),
    ).toMatchObject({
      decision: '2026-12-23',
    });
    expectRefused(
      reconsideration,
      [...ACCEPTED, extend('2026-11-20', 20), extend('2026-11-21', 11)],
      'RECONSIDERATION.EXTENSION_TOO_LONG',
    );
    expectRefused(
      reconsideration,
      [...ACCEPTED, extend('2026-11-24', 10)],
      'RECONSIDERATION.EXTENSION_TOO_LATE',
    );
    expectRefused(
      reconsideration,
      [...ACCEPTED, { ...extend('2026-11-20', 10), role: 'window-clerk' }],
      'RECONSIDERATION.ROLE_NOT_ALLOWED',
    );
  });

  it('第四十九条: an ordinary case hears the parties before deciding; a written review records why', () => {
    expectRefused(reconsideration, [...ACCEPTED, decide('2026-11-20')], 'RECONSIDERATION.OPINIONS_NOT_HEARD');
    expectRefused(
      reconsideration,
      [
        ...ACCEPTED,
        { type: 'hear-opinions', on: '2026-10-12', payload: { method: 'written', record: '书面审理' } },
      ],
      'RECONSIDERATION.WRITTEN_REVIEW_REASON_REQUIRED',
    );
  });

  it('RECONSIDERATION.DECISION_OVERDUE: a decision after 11-23 needs the reason', () => {
    expectRefused(
      reconsideration,
      [...ACCEPTED, hear, decide('2026-11-24')],
      'RECONSIDERATION.DECISION_OVERDUE',
      'lateReason',
    );
    expect(
      run(reconsideration, [
        ...ACCEPTED,
        hear,
        decide('2026-11-24', { lateReason: '被申请人逾期提交证据，延误审理' }),
      ]).decidedLate,
    ).toBe(true);
  });

  it('copy and answer: once each, in order', () => {
    const send = (sentOn: string): Step => ({ type: 'send-copy', on: '2026-09-28', payload: { sentOn } });
    expectRefused(
      reconsideration,
      [...ACCEPTED, { type: 'receive-answer', on: '2026-10-12', payload: { receivedOn: '2026-10-12' } }],
      'RECONSIDERATION.COPY_NOT_SENT',
    );
    expectRefused(
      reconsideration,
      [...ACCEPTED, send('2026-09-28'), send('2026-09-28')],
      'RECONSIDERATION.COPY_ALREADY_SENT',
    );
    expectRefused(
      reconsideration,
      [...ACCEPTED, send('2026-09-23')],
      'RECONSIDERATION.COPY_BEFORE_ACCEPTANCE',
    );
    const answered = run(reconsideration, [
      ...ACCEPTED,
      send('2026-09-28'),
      { type: 'receive-answer', on: '2026-10-12', payload: { receivedOn: '2026-10-12' } },
    ]);
    expect(dueDates(reconsideration, answered, '2026-10-12')).toEqual({ decision: '2026-11-23' });
  });

  it('mediation (第七十三条) needs every party to sign', () => {
    expect(
      run(reconsideration, [
        ...ACCEPTED,
        {
          type: 'mediate',
          on: '2026-10-12',
          role: 'bureau-leader',
          payload: { documentNumber: '包府复调〔2026〕第3号', signedByAll: true },
        },
      ]).status,
    ).toBe('mediated');
  });
});

describe('reconsideration: suspension and termination (第三十九条、第四十一条)', () => {
  const suspend = (on: string, ground: number): Step => ({
    type: 'suspend',
    on,
    payload: { ground, reason: '申请人死亡，其近亲属尚未确定是否参加', partiesNotified: true },
  });
  const terminate = (on: string, ground: number): Step => ({
    type: 'terminate',
    on,
    payload: { ground, reasons: '申请人近亲属放弃行政复议权利' },
  });

  it('a suspension 10-10 → 10-20 stops the decision clock 10 days (11-23 → 12-03)', () => {
    const steps = [...ACCEPTED, suspend('2026-10-10', 5)];
    const during = run(reconsideration, steps);
    expect(reconsideration.clocks(during, { calendar, today: '2026-10-15' })[0]).toMatchObject({
      kind: 'decision',
      pausedSince: '2026-10-10',
      pausedDays: 5,
      dueAt: '2026-11-30',
    });
    const resumed = run(reconsideration, [
      ...steps,
      { type: 'resume', on: '2026-10-20', payload: { partiesNotified: true } },
    ]);
    expect(reconsideration.clocks(resumed, { calendar, today: '2026-10-20' })[0]).toMatchObject({
      dueAt: '2026-12-03',
      pausedDays: 10,
    });
  });

  it('ground 5: only after a 1/2/4 suspension has lasted 60 days', () => {
    expectRefused(
      reconsideration,
      [...ACCEPTED, suspend('2026-10-10', 1), terminate('2026-12-08', 5)],
      'RECONSIDERATION.SUSPENSION_NOT_LONG_ENOUGH',
    );
    expect(
      run(reconsideration, [...ACCEPTED, suspend('2026-10-10', 1), terminate('2026-12-09', 5)]).status,
    ).toBe('terminated');
    expectRefused(
      reconsideration,
      [...ACCEPTED, suspend('2026-10-10', 5), terminate('2026-12-09', 5)],
      'RECONSIDERATION.SUSPENSION_NOT_LONG_ENOUGH',
    );
  });

  it("before acceptance only withdrawal or the applicant's end terminate it", () => {
    expect(run(reconsideration, [...APPLIED, terminate('2026-09-25', 1)]).status).toBe('terminated');
    expectRefused(
      reconsideration,
      [...APPLIED, terminate('2026-09-25', 4)],
      'RECONSIDERATION.TERMINATION_GROUND_INVALID',
    );
  });
});
