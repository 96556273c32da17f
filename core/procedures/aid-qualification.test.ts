import { describe, expect, it } from 'vitest';
import { aidQualification, providerProblem } from './aid-qualification';
import { calendar, dueDates, expectRefused, run, type Step } from './window.fixtures';

const LAWYER = {
  providerKind: 'lawyer',
  name: '韩志强',
  organisation: '内蒙古甲律师事务所',
  qualification: 'lawyer-licence',
  licenceNumber: '11502201810123456',
  practiceYears: 8,
  criminalDefenceYears: 5,
  serviceScope: ['criminal-defence', 'civil-representation', 'duty-lawyer'],
};
const apply = (on: string, payload: Record<string, unknown> = {}): Step => ({
  type: 'apply',
  on,
  payload: { ...LAWYER, ...payload },
});
const approve = (on: string): Step => ({ type: 'approve', on, role: 'legal-aid-director' });
const check = (on: string, year: number, result: string, note?: string): Step => ({
  type: 'annual-check',
  on,
  payload: {
    year,
    result,
    casesHandled: 12,
    complaintsUpheld: result === 'fail' ? 2 : 0,
    ...(note ? { note } : {}),
  },
});
const sanction = (on: string, payload: Record<string, unknown>): Step => ({
  type: 'sanction',
  on,
  role: 'bureau-leader',
  payload: {
    ground: 'took-money',
    decisionNumber: '包司罚〔2026〕第7号',
    reasons: '经查，该律师收取受援人“辛苦费”两千元',
    ...payload,
  },
});

const ACTIVE = [apply('2025-09-29'), approve('2025-09-30')];

describe('aid qualification: the register (法律援助法 第十二条至第十七条)', () => {
  it('a lawyer applies, is approved, and may take life-or-death cases with ≥ 3 criminal years (第二十六条)', () => {
    const state = run(aidQualification, ACTIVE);
    expect(state).toMatchObject({
      status: 'active',
      approvedOn: '2025-09-30',
      seniorCriminal: true,
      name: '韩志强',
    });
    expect(run(aidQualification, [apply('2025-09-29', { criminalDefenceYears: 2 })]).seniorCriminal).toBe(
      false,
    );
  });

  it('the yearly re-check falls due one year after approval (or the last check), past 国庆 rest days', () => {
    expect(aidQualification.clocks(run(aidQualification, ACTIVE), { calendar, today: '2026-01-05' })).toEqual(
      [
        {
          kind: 'annual-check',
          label: '年度复核',
          startsAt: '2025-09-30',
          dueAt: '2026-09-30',
          basis: 'calendar-days',
          amount: 365,
          source: '法律援助法 第五十七条、第六十条',
          provisional: false,
          responsibleRole: 'legal-aid-reviewer',
        },
      ],
    );
    const approvedInHoliday = run(aidQualification, [apply('2025-09-29'), approve('2025-10-03')]);
    expect(dueDates(aidQualification, approvedInHoliday, '2026-01-05')).toEqual({
      'annual-check': '2026-10-08',
    });
    const checked = run(aidQualification, [...ACTIVE, check('2026-09-28', 2026, 'pass')]);
    expect(aidQualification.clocks(checked, { calendar, today: '2026-09-28' })[0]).toMatchObject({
      startsAt: '2026-09-28',
      dueAt: '2027-09-28',
      provisional: true,
    });
  });

  it('rejection closes the application', () => {
    const state = run(aidQualification, [
      apply('2025-09-29'),
      {
        type: 'reject',
        on: '2025-09-30',
        role: 'legal-aid-director',
        payload: { reasons: '执业证已被注销，不具备执业资格' },
      },
    ]);
    expect(state).toMatchObject({ status: 'rejected', closed: true });
  });
});

describe('aid qualification: who may provide what', () => {
  it.each([
    [{ licenceNumber: undefined }, 'AID_QUALIFICATION.LICENCE_REQUIRED'],
    [{ licenceNumber: '1150220181012345' }, 'AID_QUALIFICATION.LICENCE_FORMAT'],
    [{ qualification: 'legal-profession-certificate' }, 'AID_QUALIFICATION.QUALIFICATION_MISMATCH'],
    [{ criminalDefenceYears: 9 }, 'AID_QUALIFICATION.YEARS_INVALID'],
  ])('lawyer %j → %s', (change, code) => {
    expectRefused(aidQualification, [apply('2025-09-29', change)], code);
  });

  it('第十七条第二款: university volunteers only consult and draft', () => {
    const student = {
      providerKind: 'volunteer',
      qualification: 'law-student',
      licenceNumber: undefined,
      practiceYears: 0,
      criminalDefenceYears: 0,
    };
    expect(
      run(aidQualification, [
        apply('2025-09-29', { ...student, serviceScope: ['consultation', 'document-drafting'] }),
      ]).status,
    ).toBe('applied');
    expectRefused(
      aidQualification,
      [apply('2025-09-29', { ...student, serviceScope: ['consultation', 'civil-representation'] })],
      'AID_QUALIFICATION.SCOPE_NOT_ALLOWED',
      'serviceScope',
    );
  });

  it('第十四条、第二十五条: criminal defence and duty help are for lawyers only', () => {
    const worker = {
      providerKind: 'grassroots-worker',
      qualification: 'grassroots-licence',
      licenceNumber: '基层2019-0031',
    };
    expect(
      run(aidQualification, [
        apply('2025-09-29', { ...worker, serviceScope: ['civil-representation', 'labour-representation'] }),
      ]).status,
    ).toBe('applied');
    expectRefused(
      aidQualification,
      [apply('2025-09-29', { ...worker, serviceScope: ['criminal-defence'] })],
      'AID_QUALIFICATION.LAWYER_ONLY_SCOPE',
    );
  });

  it('第十三条: agency staff need a lawyer licence or the legal-profession certificate', () => {
    expect(
      providerProblem({
        providerKind: 'agency-staff',
        qualification: 'legal-profession-certificate',
        practiceYears: 2,
        criminalDefenceYears: 0,
        serviceScope: ['consultation'],
      }),
    ).toBeUndefined();
    expect(
      providerProblem({
        providerKind: 'agency-staff',
        qualification: 'other',
        practiceYears: 2,
        criminalDefenceYears: 0,
        serviceScope: ['consultation'],
      })?.code,
    ).toBe('AID_QUALIFICATION.QUALIFICATION_MISMATCH');
  });

  it('updates are checked like the application', () => {
    const updated = run(aidQualification, [
      ...ACTIVE,
      {
        type: 'update-qualification',
        on: '2026-01-05',
        payload: { practiceYears: 9, criminalDefenceYears: 9 },
      },
    ]);
    expect(updated).toMatchObject({
      practiceYears: 9,
      criminalDefenceYears: 9,
      seniorCriminal: true,
      status: 'active',
    });
    expectRefused(
      aidQualification,
      [...ACTIVE, { type: 'update-qualification', on: '2026-01-05', payload: { criminalDefenceYears: 10 } }],
      'AID_QUALIFICATION.YEARS_INVALID',
    );
  });
});

describe('aid qualification: annual re-checks (第五十七条、第六十条)', () => {
  it('a failed check suspends assignments; rectification reinstates', () => {
    const failed = run(aidQualification, [
      ...ACTIVE,
      check('2026-09-28', 2026, 'fail', '年度内两次无正当理由拒绝指派'),
    ]);
    expect(failed).toMatchObject({ status: 'suspended', suspension: { cause: 'check', until: null } });
    expect(
      run(aidQualification, [
        ...ACTIVE,
        check('2026-09-28', 2026, 'fail', '年度内两次无正当理由拒绝指派'),
        {
          type: 'reinstate',
          on: '2026-11-02',
          role: 'legal-aid-director',
          payload: { note: '已提交书面整改报告并参加培训' },
        },
      ]).status,
    ).toBe('active');
  });

  it('one check per year, not in the future, not before approval; a failure states why', () => {
    expectRefused(
      aidQualification,
      [...ACTIVE, check('2026-09-28', 2026, 'pass'), check('2026-09-29', 2026, 'pass')],
      'AID_QUALIFICATION.ANNUAL_CHECK_DUPLICATE',
    );
    expectRefused(
      aidQualification,
      [...ACTIVE, check('2026-09-28', 2027, 'pass')],
      'AID_QUALIFICATION.CHECK_YEAR_IN_FUTURE',
    );
    expectRefused(
      aidQualification,
      [...ACTIVE, check('2026-09-28', 2024, 'pass')],
      'AID_QUALIFICATION.CHECK_YEAR_BEFORE_APPROVAL',
    );
    expectRefused(
      aidQualification,
      [...ACTIVE, check('2026-09-28', 2026, 'fail')],
      'AID_QUALIFICATION.FAIL_REASON_REQUIRED',
      'note',
    );
  });
});

describe('aid qualification: sanctions and removal (第六十三条)', () => {
  it('a warning is recorded and assignments go on', () => {
    const state = run(aidQualification, [
      ...ACTIVE,
      sanction('2026-03-02', { kind: 'warning', ground: 'refused-duty' }),
    ]);
    expect(state.status).toBe('active');
    expect(state.sanctions).toEqual([
      { kind: 'warning', ground: 'refused-duty', on: '2026-03-02', until: null },
    ]);
  });

  it('a suspension runs to its end date; reinstatement only after it', () => {
    const suspended = [...ACTIVE, sanction('2026-03-02', { kind: 'suspension', until: '2026-09-30' })];
    const state = run(aidQualification, suspended);
    expect(state).toMatchObject({
      status: 'suspended',
      suspension: { cause: 'sanction', until: '2026-09-30' },
    });
    expect(dueDates(aidQualification, state, '2026-03-02')).toEqual({
      'annual-check': '2026-09-30',
      'suspension-end': '2026-09-30',
    });
    const reinstate = (on: string): Step => ({
      type: 'reinstate',
      on,
      role: 'legal-aid-director',
      payload: { note: '暂停指派期满，已退还所收财物' },
    });
    expectRefused(
      aidQualification,
      [...suspended, reinstate('2026-09-30')],
      'AID_QUALIFICATION.SUSPENSION_NOT_OVER',
    );
    expect(run(aidQualification, [...suspended, reinstate('2026-10-08')]).status).toBe('active');
    expectRefused(
      aidQualification,
      [...ACTIVE, sanction('2026-03-02', { kind: 'suspension' })],
      'AID_QUALIFICATION.SUSPENSION_END_REQUIRED',
    );
    expectRefused(
      aidQualification,
      [...ACTIVE, sanction('2026-03-02', { kind: 'suspension', until: '2026-03-02' })],
      'AID_QUALIFICATION.DATE_IN_PAST',
    );
  });

  it('removal by sanction or on losing the licence closes the record', () => {
    expect(
      run(aidQualification, [
        ...ACTIVE,
        sanction('2026-03-02', { kind: 'removal', ground: 'leaked-secrets' }),
      ]),
    ).toMatchObject({
      status: 'removed',
      closed: true,
    });
    expect(
      run(aidQualification, [
        ...ACTIVE,
        {
          type: 'remove',
          on: '2026-03-02',
          role: 'legal-aid-director',
          payload: { reason: 'licence-revoked', note: '该律师的执业证书已被自治区司法厅吊销' },
        },
      ]).status,
    ).toBe('removed');
    expectRefused(
      aidQualification,
      [...ACTIVE, { ...sanction('2026-03-02', { kind: 'warning' }), role: 'legal-aid-reviewer' }],
      'AID_QUALIFICATION.ROLE_NOT_ALLOWED',
    );
  });

  it('第十六条: lawyers cannot opt out; volunteers can', () => {
    expectRefused(
      aidQualification,
      [...ACTIVE, { type: 'withdraw', on: '2026-03-02', payload: { reason: '业务繁忙' } }],
      'AID_QUALIFICATION.DUTY_CANNOT_WITHDRAW',
    );
    const volunteer = apply('2025-09-29', {
      providerKind: 'volunteer',
      qualification: 'legal-profession-certificate',
      licenceNumber: undefined,
      serviceScope: ['consultation'],
    });
    expect(
      run(aidQualification, [
        volunteer,
        approve('2025-09-30'),
        { type: 'withdraw', on: '2026-03-02', role: 'party', payload: { reason: '赴外地工作' } },
      ]).status,
    ).toBe('withdrawn');
  });
});
