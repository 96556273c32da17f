import { describe, expect, it } from 'vitest';
import { NOTARIAL_MATTER_TYPES, NOTARIZATION_LABELS, notarization } from './notarization';
import type { NotarialMatterType } from './notarization-vocabulary';
import { calendar, dueDates, expectRefused, run, type Step } from './window.fixtures';

const apply = (on: string, payload: Record<string, unknown> = {}): Step => ({
  type: 'apply',
  on,
  payload: {
    channel: 'walk-in',
    matterType: 'education',
    applicantName: '王小明',
    byAgent: false,
    involvesImmovable: false,
    legalAidEligible: false,
    ...payload,
  },
});
const materials = (on: string, items = ['id', 'diploma']): Step => ({
  type: 'record-materials',
  on,
  payload: { items },
});
const accept = (on: string): Step => ({ type: 'accept', on, payload: { notaryName: '李公证员' } });
const explain = (on: string): Step => ({
  type: 'record-explanation',
  on,
  payload: {
    content: '已告知学历公证的法律意义及公证书用途、效力和可能产生的后果',
    acknowledgedBy: '王小明',
  },
});
const fee = (on: string, payload: Record<string, unknown> = { relief: 'none' }): Step => ({
  type: 'assess-fee',
  on,
  payload,
});
const pay = (on: string, amountFen = 8_000): Step => ({ type: 'pay-fee', on, payload: { amountFen } });
const issue = (on: string, payload: Record<string, unknown> = {}): Step => ({
  type: 'issue-certificate',
  on,
  payload: { certificateNumber: '（2026）内包证字第1001号', ...payload },
});

/** Accepted on Thursday 2026-09-24, the week before 中秋 and 国庆 2026. */
const ACCEPTED = [apply('2026-09-24'), materials('2026-09-24'), accept('2026-09-24')];

describe('notarization: main paths (公证法 第二十五条至第三十二条)', () => {
  it('walk-in → accepted → explained, fee paid → certificate issued', () => {
    const state = run(notarization, [
      ...ACCEPTED,
      explain('2026-09-24'),
      fee('2026-09-24'),
      pay('2026-09-24'),
      issue('2026-09-28'),
    ]);
    expect(state.status).toBe('issued');
    expect(state.closed).toBe(true);
    expect(state.certificate).toEqual({
      number: '（2026）内包证字第1001号',
      issuedOn: '2026-09-28',
      mongolianText: false,
      late: false,
    });
    expect(state.fee).toEqual({ standardFen: 8_000, relief: 'none', payableFen: 8_000, paidFen: 8_000 });
    expect(notarization.clocks(state, { calendar, today: '2026-09-28' })).toEqual([]);
  });

  it('appointment on a working day → booked → arrive → applied; or cancelled', () => {
    const booked = run(notarization, [
      apply('2026-09-21', { channel: 'appointment', appointmentDate: '2026-09-28' }),
    ]);
    expect(booked.status).toBe('booked');
    expect(booked.appliedOn).toBeNull();
    const arrived = run(notarization, [
      apply('2026-09-21', { channel: 'appointment', appointmentDate: '2026-09-28' }),
      { type: 'arrive', on: '2026-09-28' },
    ]);
    expect(arrived).toMatchObject({ status: 'applied', appliedOn: '2026-09-28' });
    const cancelled = run(notarization, [
      apply('2026-09-21', { channel: 'appointment', appointmentDate: '2026-09-28' }),
      { type: 'cancel-appointment', on: '2026-09-22', role: 'party' },
    ]);
    expect(cancelled).toMatchObject({ status: 'cancelled', closed: true });
  });

  it('an appointment on the 国庆 holiday or in the past is refused; the 2026-10-10 make-up Saturday is fine', () => {
    expectRefused(
      notarization,
      [apply('2026-09-21', { channel: 'appointment', appointmentDate: '2026-10-05' })],
      'NOTARIZATION.APPOINTMENT_NOT_WORKING_DAY',
      'appointmentDate',
    );
    expectRefused(
      notarization,
      [apply('2026-09-21', { channel: 'appointment', appointmentDate: '2026-09-20' })],
      'NOTARIZATION.DATE_IN_PAST',
    );
    expectRefused(
      notarization,
      [apply('2026-09-21', { channel: 'appointment' })],
      'NOTARIZATION.APPOINTMENT_DATE_REQUIRED',
    );
    expect(
      run(notarization, [apply('2026-09-21', { channel: 'appointment', appointmentDate: '2026-10-10' })])
        .status,
    ).toBe('booked');
  });

  it('every matter type has a checklist with at least one required item and an article of 第十一条', () => {
    for (const type of Object.values(NOTARIAL_MATTER_TYPES)) {
      expect(type.checklist.some((item) => item.required)).toBe(true);
      expect(type.article).toMatch(/^公证法 第十一条第.+项$/);
      expect(
        type.feeBasis === 'by-value' ? type.standardFeeFen === null : (type.standardFeeFen ?? -1) > 0,
      ).toBe(true);
    }
  });
});

describe('notarization: refusals before acceptance', () => {
  it('公证法 第二十七条: acceptance waits for every required material, listed by name', () => {
    const error = expectRefused(
      notarization,
      [apply('2026-09-24'), materials('2026-09-24', ['id']), accept('2026-09-24')],
      'NOTARIZATION.MATERIALS_INCOMPLETE',
      'materials',
    );
    expect(error.message).toContain('毕业证书、学位证书原件');
    // Named as the materials form and the log name them (NOTARIAL_MATERIALS), not by the checklist's wording.
    const proxy = expectRefused(
      notarization,
      [
        apply('2026-09-24', { matterType: 'power-of-attorney' }),
        materials('2026-09-24', ['instrument']),
        accept('2026-09-24'),
      ],
      'NOTARIZATION.MATERIALS_INCOMPLETE',
    );
    expect(proxy.message).toContain(`尚缺：${NOTARIZATION_LABELS.values.id?.[0]}、`);
    expect(proxy.message).toContain(String(NOTARIZATION_LABELS.values['agent-id']?.[0]));
    expect(proxy.message).not.toContain('委托人身份证件');
  });

  it("a material not on the matter's checklist is refused by its label; an unknown code by the schema", () => {
    const error = expectRefused(
      notarization,
      [apply('2026-09-24'), materials('2026-09-24', ['contract'])],
      'NOTARIZATION.UNKNOWN_MATERIAL',
      'items',
    );
    expect(error.message).toContain('房屋买卖合同文本');
    expectRefused(
      notarization,
      [apply('2026-09-24'), materials('2026-09-24', ['passport'])],
      'NOTARIZATION.INVALID_PAYLOAD',
      'items.0',
    );
  });

  it("the materials form offers the matter's own checklist, each material with a label", () => {
    expect(notarization.choices(notarization.initialState())).toEqual({});
    const state = run(notarization, [apply('2026-09-24')]);
    // Both are required (公证法 第二十七条第一款): named as still needed until received.
    expect(notarization.choices(state)).toEqual({
      'record-materials': { items: ['id', 'diploma'], 'items#needed': ['id', 'diploma'] },
    });
    const withId = run(notarization, [apply('2026-09-24'), materials('2026-09-24', ['id'])]);
    expect(notarization.choices(withId)['record-materials']?.['items#needed']).toEqual(['diploma']);
    const types: readonly NotarialMatterType[] = Object.values(NOTARIAL_MATTER_TYPES);
    for (const item of types.flatMap((type) => type.checklist))
      expect(NOTARIZATION_LABELS.values[item.code]).toBeDefined();
    expect(NOTARIZATION_LABELS.values.diploma?.[0]).toBe('毕业证书、学位证书原件');
    // The matter type keeps its own label where a material shares its code.
    expect(NOTARIZATION_LABELS.values['marital-status']?.[0]).toBe('婚姻状况');
  });

  it('公证法 第二十六条: a will is made in person, never through an agent', () => {
    const will = apply('2026-09-24', { matterType: 'will', byAgent: true, agentName: '王大明' });
    expectRefused(
      notarization,
      [will, materials('2026-09-24', ['id', 'instrument', 'property-certificate']), accept('2026-09-24')],
      'NOTARIZATION.IN_PERSON_REQUIRED',
      'byAgent',
    );
    expectRefused(notarization, [apply('2026-09-24', { byAgent: true })], 'NOTARIZATION.AGENT_NAME_REQUIRED');
  });

  it('公证法 第二十五条: a house contract goes to the office where the house lies; a power of attorney may not', () => {
    const contract = apply('2026-09-24', {
      matterType: 'house-purchase-contract',
      involvesImmovable: true,
      immovableInJurisdiction: false,
    });
    expectRefused(
      notarization,
      [contract, materials('2026-09-24', ['id', 'contract', 'property-certificate']), accept('2026-09-24')],
      'NOTARIZATION.IMMOVABLE_JURISDICTION',
    );
    const power = apply('2026-09-24', {
      matterType: 'power-of-attorney',
      involvesImmovable: true,
      immovableInJurisdiction: false,
    });
    expect(
      run(notarization, [
        power,
        materials('2026-09-24', ['id', 'instrument', 'agent-id']),
        accept('2026-09-24'),
      ]).status,
    ).toBe('accepted');
    expectRefused(
      notarization,
      [apply('2026-09-24', { involvesImmovable: true })],
      'NOTARIZATION.IMMOVABLE_LOCATION_REQUIRED',
    );
  });

  it('decline (不予受理) with a reason closes the matter', () => {
    const state = run(notarization, [
      apply('2026-09-24'),
      {
        type: 'decline',
        on: '2026-09-24',
        payload: { reason: 'out-of-jurisdiction', explanation: '申请人住所地和行为地均不在本公证处辖区' },
      },
    ]);
    expect(state).toMatchObject({ status: 'declined', declineReason: 'out-of-jurisdiction', closed: true });
  });
});

describe('notarization: fees (公证法 第三十四条; 法律援助法 第五十三条第二款)', () => {
  it('paying the fee is offered only once a fee is assessed and while some of it is due', () => {
    const applied = run(notarization, [apply('2026-09-24')]);
    expect(notarization.nextActions(applied)).not.toContain('pay-fee');
    expect(notarization.nextActions(applied)).toContain('assess-fee');
    const assessed = run(notarization, [apply('2026-09-24'), fee('2026-09-24')]);
    expect(notarization.nextActions(assessed)).toContain('pay-fee');
    const paid = run(notarization, [apply('2026-09-24'), fee('2026-09-24'), pay('2026-09-24')]);
    expect(notarization.nextActions(paid)).not.toContain('pay-fee');
  });

  const aid = apply('2026-09-24', {
    legalAidEligible: true,
    aidEligibilityBasis: '持包头市法律援助中心给予法律援助决定书',
  });

  it('a person entitled to legal aid must get relief: waived means 0 and no payment before the certificate', () => {
    expectRefused(notarization, [aid, fee('2026-09-24')], 'NOTARIZATION.FEE_RELIEF_REQUIRED', 'relief');
    const state = run(notarization, [
      aid,
      materials('2026-09-24'),
      accept('2026-09-24'),
      explain('2026-09-24'),
      fee('2026-09-24', { relief: 'waived' }),
      issue('2026-09-25'),
    ]);
    expect(state.fee).toEqual({ standardFen: 8_000, relief: 'waived', payableFen: 0, paidFen: 0 });
    expect(state.status).toBe('issued');
    expectRefused(
      notarization,
      [aid, fee('2026-09-24', { relief: 'waived' }), pay('2026-09-24', 0)],
      'NOTARIZATION.FEE_NOTHING_DUE',
    );
  });

  it('a reduced fee lies strictly between 0 and the standard', () => {
    expect(
      run(notarization, [aid, fee('2026-09-24', { relief: 'reduced', payableFen: 4_000 })]).fee?.payableFen,
    ).toBe(4_000);
    expectRefused(
      notarization,
      [aid, fee('2026-09-24', { relief: 'reduced', payableFen: 8_000 })],
      'NOTARIZATION.FEE_REDUCTION_INVALID',
    );
    expectRefused(
      notarization,
      [aid, fee('2026-09-24', { relief: 'reduced' })],
      'NOTARIZATION.FEE_REDUCTION_INVALID',
    );
  });

  it('nobody else gets relief; a full fee must match the standard; by-value matters need the amount', () => {
    expectRefused(
      notarization,
      [apply('2026-09-24'), fee('2026-09-24', { relief: 'waived' })],
      'NOTARIZATION.FEE_RELIEF_NOT_ELIGIBLE',
    );
    expectRefused(
      notarization,
      [apply('2026-09-24'), fee('2026-09-24', { relief: 'none', payableFen: 1 })],
      'NOTARIZATION.FEE_AMOUNT_INVALID',
    );
    expectRefused(
      notarization,
      [apply('2026-09-24', { matterType: 'inheritance' }), fee('2026-09-24')],
      'NOTARIZATION.FEE_STANDARD_REQUIRED',
      'standardFeeFen',
    );
    expect(
      run(notarization, [
        apply('2026-09-24', { matterType: 'inheritance' }),
        fee('2026-09-24', { relief: 'none', standardFeeFen: 150_000 }),
      ]).fee,
    ).toMatchObject({ payableFen: 150_000 });
  });

  it('pay the exact amount owed, once; no reassessment after payment; money is integer fen', () => {
    expectRefused(notarization, [apply('2026-09-24'), pay('2026-09-24')], 'NOTARIZATION.FEE_NOT_ASSESSED');
    expectRefused(
      notarization,
      [apply('2026-09-24'), fee('2026-09-24'), pay('2026-09-24', 7_999)],
      'NOTARIZATION.FEE_AMOUNT_MISMATCH',
    );
    expectRefused(
      notarization,
      [apply('2026-09-24'), fee('2026-09-24'), pay('2026-09-24'), fee('2026-09-24')],
      'NOTARIZATION.FEE_ALREADY_PAID',
    );
    expectRefused(
      notarization,
      [apply('2026-09-24'), fee('2026-09-24'), pay('2026-09-24', 80.5)],
      'NOTARIZATION.INVALID_PAYLOAD',
      'amountFen',
    );
  });

  it('the legal-aid basis must be recorded', () => {
    expectRefused(
      notarization,
      [apply('2026-09-24', { legalAidEligible: true })],
      'NOTARIZATION.AID_BASIS_REQUIRED',
    );
  });
});

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
