import { describe, expect, it } from 'vitest';
import { notarization } from './notarization';
import { ACCEPTED, accept, apply, explain, fee, issue, materials, pay } from './notarization-test-kit';
import { calendar, dueDates, expectRefused, run, type Step } from './window.fixtures';

describe('notarization: the certificate clock (公证法 第三十条: 15 working days, pauses not counted)', () => {
  it('accepted Thu 2026-09-24: 中秋 and 国庆 skipped, the make-up Saturday 10-10 counted → Thu 10-22', () => {
    const state = run(notarization, ACCEPTED);
    const [clock] = notarization.clocks(state, { calendar, today: '2026-09-24' });
    expect(clock).toEqual({
      kind: 'certificate',
      label: '出具公证书',
      startsAt: '2026-09-24',
      dueAt: '2026-10-22',
      basis: 'working-days',
      amount: 15,
      source: '公证法 第三十条',
      provisional: false,
      responsibleRole: 'notary',
    });
  });

  it('a supplement pause 09-29 → 10-09 takes out 09-30, 10-08 and 10-09 (3 working days) → 10-27', () => {
    const paused = [
      ...ACCEPTED,
      { type: 'pause', on: '2026-09-29', payload: { reason: 'supplement', items: ['学位证书认证件'] } },
    ];
    const during = run(notarization, paused);
    expect(during.status).toBe('paused');
    // While paused, the due date is the one that holds if the pause ends today (10-08: 2 days out).
    expect(notarization.clocks(during, { calendar, today: '2026-10-08' })[0]).toMatchObject({
      dueAt: '2026-10-26',
      pausedSince: '2026-09-29',
      pausedDays: 2,
    });
    const resumed = run(notarization, [...paused, { type: 'resume', on: '2026-10-09' }]);
    const [clock] = notarization.clocks(resumed, { calendar, today: '2026-10-12' });
    expect(clock).toMatchObject({ dueAt: '2026-10-27', pausedDays: 3 });
    expect(clock?.pausedSince).toBeUndefined();
  });

  it('a pause for supplements lists the materials at once (公证法 第二十七条第一款)', () => {
    expectRefused(
      notarization,
      [...ACCEPTED, { type: 'pause', on: '2026-09-25', payload: { reason: 'supplement' } }],
      'NOTARIZATION.SUPPLEMENT_ITEMS_REQUIRED',
    );
    expect(
      run(notarization, [
        ...ACCEPTED,
        { type: 'pause', on: '2026-09-25', payload: { reason: 'verification' } },
      ]).pauses,
    ).toEqual([{ from: '2026-09-25', reason: '核实有关情况' }]);
  });

  it('NOTARIZATION.CERTIFICATE_OVERDUE: issuing after 10-22 needs the reason for the delay, then is marked late', () => {
    const ready = [...ACCEPTED, explain('2026-09-24'), fee('2026-09-24'), pay('2026-09-24')];
    expect(run(notarization, [...ready, issue('2026-10-22')]).certificate?.late).toBe(false);
    expectRefused(
      notarization,
      [...ready, issue('2026-10-23')],
      'NOTARIZATION.CERTIFICATE_OVERDUE',
      'lateReason',
    );
    const late = run(notarization, [
      ...ready,
      issue('2026-10-23', { lateReason: '需向外省档案馆核实学籍档案，回函延误' }),
    ]);
    expect(late.certificate?.late).toBe(true);
  });

  it('the certificate waits for the explanation, the fee and no pause', () => {
    expectRefused(notarization, [...ACCEPTED, issue('2026-09-25')], 'NOTARIZATION.EXPLANATION_MISSING');
    expectRefused(
      notarization,
      [...ACCEPTED, explain('2026-09-24'), issue('2026-09-25')],
      'NOTARIZATION.FEE_NOT_ASSESSED',
    );
    expectRefused(
      notarization,
      [...ACCEPTED, explain('2026-09-24'), fee('2026-09-24'), issue('2026-09-25')],
      'NOTARIZATION.FEE_UNPAID',
    );
    expectRefused(
      notarization,
      [
        ...ACCEPTED,
        explain('2026-09-24'),
        { type: 'pause', on: '2026-09-25', payload: { reason: 'verification' } },
        issue('2026-09-28'),
      ],
      'NOTARIZATION.ACTION_NOT_ALLOWED',
    );
    expectRefused(
      notarization,
      [...ACCEPTED, explain('2026-09-24'), explain('2026-09-25')],
      'NOTARIZATION.EXPLANATION_ALREADY_RECORDED',
    );
  });
});

describe('notarization: refusal (公证法 第三十一条) and withdrawal', () => {
  it('refuse on grounds 1–9 with written reasons and a refund no larger than what was paid', () => {
    const paid = [...ACCEPTED, fee('2026-09-24'), pay('2026-09-24')];
    const refused = run(notarization, [
      ...paid,
      {
        type: 'refuse',
        on: '2026-09-28',
        payload: { grounds: [7, 5], reasons: '经核实，申请人提供的毕业证书系伪造', refundFen: 4_000 },
      },
    ]);
    expect(refused).toMatchObject({ status: 'refused', refusalGrounds: [5, 7], closed: true });
    expectRefused(
      notarization,
      [
        ...paid,
        {
          type: 'refuse',
          on: '2026-09-28',
          payload: { grounds: [7], reasons: '申请公证的事项不真实不合法', refundFen: 9_000 },
        },
      ],
      'NOTARIZATION.REFUND_EXCEEDS_PAID',
    );
    expectRefused(
      notarization,
      [
        ...ACCEPTED,
        {
          type: 'refuse',
          on: '2026-09-28',
          payload: { grounds: [10], reasons: '申请公证的事项不真实不合法', refundFen: 0 },
        },
      ],
      'NOTARIZATION.INVALID_PAYLOAD',
      'grounds.0',
    );
    expectRefused(
      notarization,
      [
        ...ACCEPTED,
        { type: 'refuse', on: '2026-09-28', payload: { grounds: [7], reasons: '不合法', refundFen: 0 } },
      ],
      'NOTARIZATION.INVALID_PAYLOAD',
      'reasons',
    );
  });

  it('ground 9 (fee refused) only while a fee is owed', () => {
    const refuse9 = {
      type: 'refuse',
      on: '2026-09-28',
      payload: { grounds: [9], reasons: '当事人明确拒绝按照规定支付公证费', refundFen: 0 },
    };
    expectRefused(notarization, [...ACCEPTED, refuse9], 'NOTARIZATION.FEE_GROUND_INVALID');
    expect(run(notarization, [...ACCEPTED, fee('2026-09-24'), refuse9]).status).toBe('refused');
  });

  it('the party may withdraw before the certificate; not after', () => {
    expect(
      run(notarization, [...ACCEPTED, { type: 'withdraw', on: '2026-09-25', role: 'party' }]).status,
    ).toBe('withdrawn');
    expectRefused(
      notarization,
      [
        ...ACCEPTED,
        explain('2026-09-24'),
        fee('2026-09-24'),
        pay('2026-09-24'),
        issue('2026-09-25'),
        { type: 'withdraw', on: '2026-09-28' },
      ],
      'NOTARIZATION.ACTION_NOT_ALLOWED',
    );
  });
});

describe('notarization: 复查 (公证法 第三十九条; 公证程序规则)', () => {
  const ISSUED = [
    ...ACCEPTED,
    explain('2026-09-24'),
    fee('2026-09-24'),
    pay('2026-09-24'),
    issue('2026-09-28'),
  ];
  const review = (on: string, payload: Record<string, unknown>): Step => ({
    type: 'request-review',
    on,
    payload: { grounds: '公证书记载的毕业时间与原件不一致', ...payload },
  });

  it('a party applies within one year of receipt; the decision clock runs 30 days', () => {
    const state = run(notarization, [
      ...ISSUED,
      review('2027-09-28', { requester: 'party', certificateReceivedOn: '2026-09-28' }),
    ]);
    expect(state.status).toBe('review-requested');
    expect(dueDates(notarization, state, '2027-09-28')).toEqual({ 'review-decision': '2027-10-28' });
    expectRefused(
      notarization,
      [...ISSUED, review('2027-09-29', { requester: 'party', certificateReceivedOn: '2026-09-28' })],
      'NOTARIZATION.REVIEW_OUT_OF_TIME',
    );
    expectRefused(
      notarization,
      [...ISSUED, review('2026-10-08', { requester: 'party' })],
      'NOTARIZATION.REVIEW_RECEIPT_DATE_REQUIRED',
    );
    expectRefused(
      notarization,
      [...ISSUED, review('2026-10-08', { requester: 'party', certificateReceivedOn: '2026-09-27' })],
      'NOTARIZATION.REVIEW_RECEIPT_DATE_INVALID',
    );
  });

  it('an interested person: one year from learning, twenty years from issue at most', () => {
    expect(
      run(notarization, [
        ...ISSUED,
        review('2040-03-01', { requester: 'interested-person', learnedOn: '2040-01-10' }),
      ]).status,
    ).toBe('review-requested');
    expectRefused(
      notarization,
      [...ISSUED, review('2046-10-08', { requester: 'interested-person', learnedOn: '2046-09-30' })],
      'NOTARIZATION.REVIEW_OUT_OF_TIME',
    );
    expectRefused(
      notarization,
      [...ISSUED, review('2027-01-04', { requester: 'interested-person' })],
      'NOTARIZATION.REVIEW_LEARNED_DATE_REQUIRED',
    );
  });

  it('revoke (announced) → revoked; correct → correcting with a 10-day clock → issued again; uphold → issued', () => {
    const requested = [
      ...ISSUED,
      review('2026-10-12', { requester: 'party', certificateReceivedOn: '2026-09-28' }),
    ];
    const decide = (payload: Record<string, unknown>): Step => ({
      type: 'decide-review',
      on: '2026-10-20',
      payload: { reasons: '经复查，公证书记载的毕业时间确有错误', ...payload },
    });
    expectRefused(
      notarization,
      [...requested, decide({ outcome: 'revoked' })],
      'NOTARIZATION.REVOCATION_NOT_ANNOUNCED',
    );
    expect(
      run(notarization, [
        ...requested,
        decide({ outcome: 'revoked', announcement: '撤销（2026）内包证字第1001号公证书' }),
      ]).status,
    ).toBe('revoked');
    const correcting = run(notarization, [...requested, decide({ outcome: 'corrected' })]);
    expect(dueDates(notarization, correcting, '2026-10-20')).toEqual({ correction: '2026-10-30' });
    const corrected = run(notarization, [
      ...requested,
      decide({ outcome: 'corrected' }),
      {
        type: 'issue-correction',
        on: '2026-10-22',
        payload: { correctedCertificateNumber: '（2026）内包证字第1001-1号' },
      },
    ]);
    expect(corrected).toMatchObject({
      status: 'issued',
      certificate: { number: '（2026）内包证字第1001-1号' },
    });
    expect(run(notarization, [...requested, decide({ outcome: 'upheld' })]).status).toBe('issued');
  });
});

describe('notarization: generic checks', () => {
  it('roles: only a notary accepts; a clerk is refused', () => {
    expectRefused(
      notarization,
      [apply('2026-09-24'), materials('2026-09-24'), { ...accept('2026-09-24'), role: 'window-clerk' }],
      'NOTARIZATION.ROLE_NOT_ALLOWED',
      'actor.role',
    );
  });

  it('the first action must be apply, and only once; unknown actions and backwards time are refused', () => {
    expectRefused(notarization, [accept('2026-09-24')], 'NOTARIZATION.NOT_OPENED');
    expectRefused(notarization, [apply('2026-09-24'), apply('2026-09-24')], 'NOTARIZATION.ALREADY_OPENED');
    expectRefused(
      notarization,
      [apply('2026-09-24'), { type: 'fly', on: '2026-09-24', role: 'notary' }],
      'NOTARIZATION.UNKNOWN_ACTION',
    );
    expectRefused(
      notarization,
      [apply('2026-09-24'), materials('2026-09-23')],
      'NOTARIZATION.INVALID_TIME',
      'at',
    );
  });

  it('payload errors name the field in Chinese', () => {
    const error = expectRefused(
      notarization,
      [apply('2026-09-24', { matterType: 'tattoo' })],
      'NOTARIZATION.INVALID_PAYLOAD',
      'matterType',
    );
    expect(error.message).toBe('请选择公证事项');
  });
});
