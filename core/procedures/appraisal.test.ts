import { describe, expect, it } from 'vitest';
import {
  APPRAISAL_DECLINE_GROUNDS,
  APPRAISAL_FIELDS,
  APPRAISAL_LABELS,
  APPRAISAL_TERMINATION_GROUNDS,
  appraisal,
} from './appraisal';
import { calendar, dueDates, expectRefused, run, type Step } from './window.fixtures';

const entrust = (on: string, payload: Record<string, unknown> = {}): Step => ({
  type: 'entrust',
  on,
  payload: {
    receivedOn: on,
    clientKind: 'court',
    clientName: '包头市青山区人民法院',
    field: 'forensic-clinical',
    matter: '被鉴定人伤残等级评定',
    complex: false,
    legalAidRecipient: false,
    ...payload,
  },
});
const accept = (on: string, payload: Record<string, unknown> = {}): Step => ({
  type: 'accept',
  on,
  payload: { appraisers: ['吴鉴定人', '郑鉴定人'], relief: 'none', standardFeeFen: 180_000, ...payload },
});
const complete = (on: string, payload: Record<string, unknown> = {}): Step => ({
  type: 'complete',
  on,
  payload: { opinionNumber: '内包司鉴〔2026〕临鉴字第301号', ...payload },
});
const extend = (on: string, workingDays: number): Step => ({
  type: 'extend',
  on,
  payload: {
    workingDays,
    approvedBy: '机构负责人冯某',
    reason: '需补充影像学复查结果，案情复杂',
    clientNotified: true,
  },
});

/** Accepted Friday 2026-09-18: the 30 working days cross 中秋 and 国庆 2026 with both make-up days. */
const ACCEPTED = [entrust('2026-09-17'), accept('2026-09-18')];

describe('appraisal: main path (司法鉴定程序通则)', () => {
  it('entrust → accept → complete in time', () => {
    const state = run(appraisal, [...ACCEPTED, complete('2026-11-05')]);
    expect(state).toMatchObject({
      status: 'completed',
      closed: true,
      appraisers: ['吴鉴定人', '郑鉴定人'],
      fee: { standardFen: 180_000, relief: 'none', payableFen: 180_000, paidFen: 0 },
      opinion: { number: '内包司鉴〔2026〕临鉴字第301号', issuedOn: '2026-11-05', late: false },
    });
  });

  it('the client may withdraw before acceptance', () => {
    expect(
      run(appraisal, [entrust('2026-09-17'), { type: 'withdraw', on: '2026-09-18', role: 'party' }]).status,
    ).toBe('withdrawn');
  });
});

describe('appraisal: acceptance (第十三条: 7 working days)', () => {
  it('received Wed 09-23: 中秋 and 国庆 skipped, the clock ends on the make-up Saturday 10-10', () => {
    const state = run(appraisal, [entrust('2026-09-23')]);
    expect(appraisal.clocks(state, { calendar, today: '2026-09-23' })).toEqual([
      {
        kind: 'acceptance',
        label: '决定是否受理鉴定委托',
        startsAt: '2026-09-23',
        dueAt: '2026-10-10',
        basis: 'working-days',
        amount: 7,
        source: '司法鉴定程序通则 第十三条',
        provisional: false,
        responsibleRole: 'window-clerk',
      },
    ]);
    expect(run(appraisal, [entrust('2026-09-23'), accept('2026-10-10')]).status).toBe('accepted');
    expectRefused(
      appraisal,
      [entrust('2026-09-23'), accept('2026-10-12')],
      'APPRAISAL.ACCEPTANCE_OVERDUE',
      'lateReason',
    );
    expect(
      run(appraisal, [
        entrust('2026-09-23'),
        accept('2026-10-12', { lateReason: '委托书载明的鉴定事项需与法院再次确认' }),
      ]).status,
    ).toBe('accepted');
  });

  it('a complex matter may agree its acceptance date; a simple one may not', () => {
    const agreed = run(appraisal, [
      entrust('2026-09-23', { complex: true, agreedAcceptanceBy: '2026-10-30' }),
    ]);
    expect(dueDates(appraisal, agreed, '2026-09-23')).toEqual({ acceptance: '2026-10-30' });
    expectRefused(
      appraisal,
      [entrust('2026-09-23', { agreedAcceptanceBy: '2026-10-30' })],
      'APPRAISAL.AGREED_TIME_ONLY_FOR_COMPLEX',
    );
    expectRefused(
      appraisal,
      [entrust('2026-09-23', { complex: true, agreedAcceptanceBy: '2026-09-22' })],
      'APPRAISAL.DATE_ORDER',
    );
    expectRefused(
      appraisal,
      [entrust('2026-09-23', { receivedOn: '2026-09-24' })],
      'APPRAISAL.DATE_IN_FUTURE',
    );
  });

  it('第十九条: two appraisers at least', () => {
    expectRefused(
      appraisal,
      [entrust('2026-09-17'), accept('2026-09-18', { appraisers: ['吴鉴定人'] })],
      'APPRAISAL.TOO_FEW_APPRAISERS',
      'appraisers',
    );
  });

  it('第十三条、第十五条: a refusal gives grounds, written reasons, and returns the materials', () => {
    const decline = (materialsReturned: boolean): Step => ({
      type: 'decline',
      on: '2026-09-18',
      payload: {
        grounds: ['beyond-capacity'],
        reasons: '本机构不具备该项毒物分析的检测条件',
        materialsReturned,
      },
    });
    expect(run(appraisal, [entrust('2026-09-17'), decline(true)])).toMatchObject({
      status: 'declined',
      declineGrounds: ['beyond-capacity'],
    });
    expectRefused(appraisal, [entrust('2026-09-17'), decline(false)], 'APPRAISAL.MATERIALS_NOT_RETURNED');
  });
});

describe('appraisal: fee relief for aided persons (法律援助法 第五十三条第二款)', () => {
  const aided = entrust('2026-09-17', {
    legalAidRecipient: true,
    aidDecisionNumber: '包法援〔2026〕第0042号',
  });

  it('an aided person must get a reduction or waiver; nobody else may', () => {
    expectRefused(appraisal, [aided, accept('2026-09-18')], 'APPRAISAL.FEE_RELIEF_REQUIRED', 'relief');
    expect(
      run(appraisal, [aided, accept('2026-09-18', { relief: 'reduced', payableFen: 90_000 })]).fee,
    ).toMatchObject({ payableFen: 90_000 });
    expect(run(appraisal, [aided, accept('2026-09-18', { relief: 'waived' })]).fee).toMatchObject({
      payableFen: 0,
    });
    expectRefused(
      appraisal,
      [entrust('2026-09-17'), accept('2026-09-18', { relief: 'waived' })],
      'APPRAISAL.FEE_RELIEF_NOT_ELIGIBLE',
    );
    expectRefused(
      appraisal,
      [entrust('2026-09-17', { legalAidRecipient: true })],
      'APPRAISAL.AID_DECISION_REQUIRED',
    );
  });
});

describe('appraisal: completion clock (第二十八条: 30 working days, pauses, extensions)', () => {
  it('accepted Fri 09-18: the make-up Sunday 09-20 and Saturday 10-10 count, holidays do not → Thu 11-05', () => {
    const state = run(appraisal, ACCEPTED);
    expect(appraisal.clocks(state, { calendar, today: '2026-09-18' })).toEqual([
      {
        kind: 'completion',
        label: '完成鉴定',
        startsAt: '2026-09-18',
        dueAt: '2026-11-05',
        basis: 'working-days',
        amount: 30,
        source: '司法鉴定程序通则 第二十八条',
        provisional: false,
        responsibleRole: 'window-clerk',
      },
    ]);
  });

  it('supplementing 09-29 → 10-12 takes out 5 working days (09-30, 10-08, 10-09, 10-10, 10-12) → 11-12', () => {
    const steps = [
      ...ACCEPTED,
      { type: 'request-supplement', on: '2026-09-29', payload: { items: ['伤后三个月复查CT片'] } },
    ];
    const during = run(appraisal, steps);
    expect(during.status).toBe('supplementing');
    expect(appraisal.clocks(during, { calendar, today: '2026-09-30' })[0]).toMatchObject({
      pausedSince: '2026-09-29',
      pausedDays: 1,
      dueAt: '2026-11-06',
    });
    const back = run(appraisal, [...steps, { type: 'receive-supplement', on: '2026-10-12' }]);
    expect(appraisal.clocks(back, { calendar, today: '2026-10-12' })[0]).toMatchObject({
      dueAt: '2026-11-12',
      pausedDays: 5,
    });
    expect(back.pauses).toEqual([{ from: '2026-09-29', to: '2026-10-12', reason: 'supplement' }]);
  });

  it('an extension of 10 working days → 11-19; 30 in all at most; only before the end', () => {
    const extended = run(appraisal, [...ACCEPTED, extend('2026-10-30', 10)]);
    expect(appraisal.clocks(extended, { calendar, today: '2026-10-30' })[0]).toMatchObject({
      dueAt: '2026-11-19',
      extendedBy: 10,
    });
    expect(
      run(appraisal, [...ACCEPTED, extend('2026-10-30', 10), extend('2026-11-02', 20)]).extensionDays,
    ).toBe(30);
    expectRefused(
      appraisal,
      [...ACCEPTED, extend('2026-10-30', 10), extend('2026-11-02', 21)],
      'APPRAISAL.EXTENSION_TOO_LONG',
    );
    expectRefused(appraisal, [...ACCEPTED, extend('2026-11-06', 5)], 'APPRAISAL.EXTENSION_TOO_LATE');
    expectRefused(
      appraisal,
      [
        ...ACCEPTED,
        {
          type: 'extend',
          on: '2026-10-30',
          payload: {
            workingDays: 5,
            approvedBy: '冯某',
            reason: '需补充影像学复查结果',
            clientNotified: false,
          },
        },
      ],
      'APPRAISAL.INVALID_PAYLOAD',
      'clientNotified',
    );
  });

  it('an agreed limit prevails (20 working days → 10-22)', () => {
    const state = run(appraisal, [entrust('2026-09-17'), accept('2026-09-18', { agreedWorkingDays: 20 })]);
    expect(dueDates(appraisal, state, '2026-09-18')).toEqual({ completion: '2026-10-22' });
  });

  it('APPRAISAL.COMPLETION_OVERDUE: late opinions need the reason', () => {
    expectRefused(
      appraisal,
      [...ACCEPTED, complete('2026-11-06')],
      'APPRAISAL.COMPLETION_OVERDUE',
      'lateReason',
    );
    expect(
      run(appraisal, [...ACCEPTED, complete('2026-11-06', { lateReason: '被鉴定人两次未按约到场检查' })])
        .opinion?.late,
    ).toBe(true);
    expectRefused(
      appraisal,
      [
        ...ACCEPTED,
        { type: 'request-supplement', on: '2026-09-29', payload: { items: ['CT片'] } },
        complete('2026-10-12'),
      ],
      'APPRAISAL.ACTION_NOT_ALLOWED',
    );
  });
});

describe('appraisal: termination (第二十九条)', () => {
  const terminate = (payload: Record<string, unknown>): Step => ({
    type: 'terminate',
    on: '2026-10-12',
    payload: {
      ground: 'non-cooperation',
      reasons: '被鉴定人拒不到场接受检查，鉴定无法继续进行',
      materialsReturned: true,
      refundFen: 90_000,
      ...payload,
    },
  });

  it('terminates with materials returned and a refund within the fee', () => {
    expect(run(appraisal, [...ACCEPTED, terminate({})])).toMatchObject({
      status: 'terminated',
      terminationGround: 'non-cooperation',
      closed: true,
    });
    expectRefused(
      appraisal,
      [...ACCEPTED, terminate({ materialsReturned: false })],
      'APPRAISAL.MATERIALS_NOT_RETURNED',
    );
    expectRefused(
      appraisal,
      [...ACCEPTED, terminate({ refundFen: 180_001 })],
      'APPRAISAL.REFUND_EXCEEDS_FEE',
    );
  });

  it('while materials are awaited too; the pause is closed', () => {
    const state = run(appraisal, [
      ...ACCEPTED,
      { type: 'request-supplement', on: '2026-09-29', payload: { items: ['CT片'] } },
      terminate({ ground: 'materials-exhausted' }),
    ]);
    expect(state.pauses).toEqual([{ from: '2026-09-29', to: '2026-10-12', reason: 'supplement' }]);
    expect(appraisal.clocks(state, { calendar, today: '2026-10-12' })).toEqual([]);
  });
});

describe('appraisal: vocabulary', () => {
  it('鉴定类别 lists categories only: its codes share no label with the decline or termination grounds', () => {
    const fields = Object.keys(APPRAISAL_FIELDS);
    const grounds = [
      ...Object.keys(APPRAISAL_DECLINE_GROUNDS),
      ...Object.keys(APPRAISAL_TERMINATION_GROUNDS),
    ];
    expect(fields.filter((code) => grounds.includes(code))).toEqual([]);
    expect(new Set(grounds).size).toBe(grounds.length);
    const categoryLabels = fields.map((code) => APPRAISAL_LABELS.values[code]?.[0]);
    expect(categoryLabels).toContain('其他');
    expect(categoryLabels).not.toContain('其他需要终止鉴定的情形');
  });
});
