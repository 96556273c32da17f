import { describe, expect, it } from 'vitest';
import { reconsideration } from './reconsideration';
import { APPLIED, accept, apply } from './reconsideration-test-kit';
import { calendar, dueDates, expectRefused, run, type Step } from './window.fixtures';

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

const ACCEPTED = [...APPLIED, accept('2026-09-24')];

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
