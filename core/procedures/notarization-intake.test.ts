import { describe, expect, it } from 'vitest';
import { NOTARIAL_MATTER_TYPES, NOTARIZATION_LABELS, notarization } from './notarization';
import { ACCEPTED, accept, apply, explain, fee, issue, materials, pay } from './notarization-test-kit';
import type { NotarialMatterType } from './notarization-vocabulary';
import { calendar, expectRefused, run } from './window.fixtures';

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
