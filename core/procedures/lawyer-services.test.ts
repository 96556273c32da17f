import { describe, expect, it } from 'vitest';
import { consultationMinutesByLawyer, lawyerServices } from './lawyer-services';
import { calendar, expectRefused, run, type Step } from './window.fixtures';

const register = (payload: Record<string, unknown>): Step => ({
  type: 'register',
  on: '2026-09-24',
  payload: { channel: 'window', personName: '陈秀兰', ...payload },
});
const CONSULTING = register({ kind: 'consultation', question: '房东不退押金怎么办？' });
const ENGAGING = register({ kind: 'engagement', matterSummary: '商品房买卖合同纠纷，拟起诉开发商' });
const COMPLAINT = register({
  kind: 'complaint',
  respondentFirmName: '内蒙古某某律师事务所',
  respondentLawyerName: '某律师',
  facts: '收取代理费后长期不联系委托人，也未按约定提起诉讼',
});
const answer = (lawyerName: string, minutes: number): Step => ({
  type: 'answer',
  on: '2026-09-24',
  payload: {
    lawyerName,
    firmName: '内蒙古甲律师事务所',
    answer: '可依据民法典第七百零三条主张返还押金',
    minutes,
    citedArticles: ['民法典 第七百零三条'],
  },
});
const refer = (firmName: string, extra: Record<string, unknown> = {}): Step => ({
  type: 'refer-to-firm',
  on: '2026-09-24',
  payload: { firmName, clientChoseFirm: false, ...extra },
});

describe('lawyer services: consultations (律师法 第二十八条第七项)', () => {
  it('register → answered, with the time spent', () => {
    const state = run(lawyerServices, [CONSULTING, answer('律师甲', 20)]);
    expect(state).toMatchObject({
      status: 'answered',
      closed: true,
      kind: 'consultation',
      answer: { lawyerName: '律师甲', minutes: 20 },
    });
    expect(lawyerServices.clocks(state, { calendar, today: '2026-09-24' })).toEqual([]);
  });

  it('counts answered consultations and minutes per lawyer', () => {
    const states = [
      run(lawyerServices, [CONSULTING, answer('律师甲', 20)]),
      run(lawyerServices, [CONSULTING, answer('律师甲', 15)]),
      run(lawyerServices, [CONSULTING, answer('律师乙', 30)]),
      run(lawyerServices, [CONSULTING]),
    ];
    expect(Object.fromEntries(consultationMinutesByLawyer(states))).toEqual({
      律师甲: { count: 2, minutes: 35 },
      律师乙: { count: 1, minutes: 30 },
    });
  });

  it('minutes are a whole number from 1 to 480', () => {
    expectRefused(lawyerServices, [CONSULTING, answer('律师甲', 0)], 'LAWYER.INVALID_PAYLOAD', 'minutes');
  });

  it('the kind must be one of the three', () => {
    const error = expectRefused(
      lawyerServices,
      [register({ kind: 'gossip' })],
      'LAWYER.INVALID_PAYLOAD',
      'kind',
    );
    expect(error.message).toBe('请选择事项类型（咨询、委托或者投诉）');
  });
});

describe('lawyer services: engagements (律师法 第二十五条、第二十六条)', () => {
  it('referred → engaged with a written contract signed by the firm', () => {
    const state = run(lawyerServices, [
      ENGAGING,
      refer('内蒙古乙律师事务所'),
      {
        type: 'record-engagement',
        on: '2026-09-28',
        payload: { signedOn: '2026-09-27', contractParty: 'firm', contractNumber: '乙律民字2026-112' },
      },
    ]);
    expect(state).toMatchObject({
      status: 'engaged',
      engagement: { signedOn: '2026-09-27', contractNumber: '乙律民字2026-112' },
    });
  });

  it('a contract with the lawyer personally is refused (第二十五条)', () => {
    expectRefused(
      lawyerServices,
      [
        ENGAGING,
        refer('内蒙古乙律师事务所'),
        {
          type: 'record-engagement',
          on: '2026-09-28',
          payload: { signedOn: '2026-09-27', contractParty: 'lawyer' },
        },
      ],
      'LAWYER.CONTRACT_NOT_WITH_FIRM',
      'contractParty',
    );
    expectRefused(
      lawyerServices,
      [
        ENGAGING,
        refer('内蒙古乙律师事务所'),
        {
          type: 'record-engagement',
          on: '2026-09-28',
          payload: { signedOn: '2026-09-29', contractParty: 'firm' },
        },
      ],
      'LAWYER.DATE_IN_FUTURE',
    );
  });

  it('the desk lawyer may not steer a client to their own firm unless the client chose it (第二十六条)', () => {
    expectRefused(
      lawyerServices,
      [CONSULTING, refer('内蒙古甲律师事务所', { deskFirmName: '内蒙古甲律师事务所' })],
      'LAWYER.SELF_REFERRAL',
      'clientChoseFirm',
    );
    expect(
      run(lawyerServices, [
        CONSULTING,
        refer('内蒙古甲律师事务所', { deskFirmName: '内蒙古甲律师事务所', clientChoseFirm: true }),
      ]).status,
    ).toBe('referred');
  });

  it('a firm that declined is not offered again; another firm is', () => {
    const declined = [
      ENGAGING,
      refer('内蒙古乙律师事务所'),
      { type: 'firm-declines', on: '2026-09-24', payload: { reason: '存在利益冲突' } },
    ];
    expect(run(lawyerServices, declined).status).toBe('awaiting-referral');
    expectRefused(lawyerServices, [...declined, refer('内蒙古乙律师事务所')], 'LAWYER.FIRM_ALREADY_DECLINED');
    expect(run(lawyerServices, [...declined, refer('内蒙古丙律师事务所')]).referral).toEqual({
      firmName: '内蒙古丙律师事务所',
      clientChoseFirm: false,
      declinedBy: ['内蒙古乙律师事务所'],
    });
  });
});

describe('lawyer services: complaints (律师法 第五十二条)', () => {
  const accept: Step = { type: 'accept-complaint', on: '2026-09-25', payload: { handlerName: '律管科王某' } };
  const conclude = (payload: Record<string, unknown>): Step => ({
    type: 'conclude-complaint',
    on: '2026-10-12',
    role: 'bureau-leader',
    payload: {
      finding: 'substantiated',
      measure: 'sanction-proposed',
      summary: '经调查，被投诉律师怠于履职属实',
      resultNotifiedOn: '2026-10-12',
      ...payload,
    },
  });

  it('received → investigating → concluded, the complainant told the result', () => {
    const state = run(lawyerServices, [COMPLAINT, accept, conclude({})]);
    expect(state).toMatchObject({
      status: 'complaint-concluded',
      complaint: {
        acceptedOn: '2026-09-25',
        finding: 'substantiated',
        measure: 'sanction-proposed',
        resultNotifiedOn: '2026-10-12',
      },
    });
  });

  it('no sanction proposal without a finding; the notice date is real', () => {
    expectRefused(
      lawyerServices,
      [COMPLAINT, accept, conclude({ finding: 'unsubstantiated' })],
      'LAWYER.SANCTION_WITHOUT_FINDING',
    );
    expectRefused(
      lawyerServices,
      [COMPLAINT, accept, conclude({ resultNotifiedOn: '2026-09-24' })],
      'LAWYER.NOTICE_BEFORE_ACCEPTANCE',
    );
    expectRefused(
      lawyerServices,
      [COMPLAINT, accept, conclude({ resultNotifiedOn: '2026-10-13' })],
      'LAWYER.DATE_IN_FUTURE',
    );
  });

  it('a complaint is declined with reasons told to the complainant; a lawyer cannot handle complaints', () => {
    const decline = (complainantNotified: boolean): Step => ({
      type: 'decline-complaint',
      on: '2026-09-25',
      role: 'bureau-leader',
      payload: {
        reason: 'not-practice-conduct',
        explanation: '所反映事项系律师个人借贷纠纷，不属于执业行为',
        complainantNotified,
      },
    });
    expect(run(lawyerServices, [COMPLAINT, decline(true)]).status).toBe('complaint-declined');
    expectRefused(
      lawyerServices,
      [COMPLAINT, decline(false)],
      'LAWYER.INVALID_PAYLOAD',
      'complainantNotified',
    );
    expectRefused(lawyerServices, [COMPLAINT, { ...accept, role: 'lawyer' }], 'LAWYER.ROLE_NOT_ALLOWED');
  });

  it('complaint actions do not apply to a consultation', () => {
    expectRefused(lawyerServices, [CONSULTING, accept], 'LAWYER.ACTION_NOT_ALLOWED');
    expect(
      run(lawyerServices, [COMPLAINT, { type: 'withdraw', on: '2026-09-25', role: 'party' }]).status,
    ).toBe('withdrawn');
  });
});
