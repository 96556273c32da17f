/**
 * Aid-provider qualification (法律援助资格管理), the 'aid-qualification' window: the register of the
 * people the legal-aid agency may assign (法律援助法 第十二条: lawyers, grassroots legal workers,
 * volunteers; 第十三条: its own qualified staff), as a procedure over one provider's record.
 *
 *   apply → applied ─approve→ active | ─reject→ rejected
 *   active | suspended: update-qualification, annual-check (a failed check suspends assignments),
 *   sanction (warning; suspension until a date; removal — 第六十三条)
 *   suspended ─reinstate→ active (after the suspension ended, or on a rectification after a failed check)
 *   active | suspended ─remove→ removed ; applied | active | suspended ─withdraw→ withdrawn (volunteers)
 *
 * The yearly re-check rests on 法律援助法 第五十七条 (regular quality assessment) and 第六十条 (legal-aid
 * duties in the bar's 年度考核); a re-check one year after the last one is the hall's rule.
 */
import type { Localized } from '@core/i18n/localized';
import type { z } from 'zod';
import { aidQualificationValueEn } from './aid-qualification-labels';
import { aidQualificationSchemas as schemas } from './aid-qualification-payload';
import {
  AID_QUALIFICATION_ACTIONS,
  AID_QUALIFICATION_STATUSES,
  type AidQualificationState,
  LAWYER_ONLY_FORMS,
  PROVIDER_KINDS,
  type ProviderRecord,
  QUALIFICATIONS,
  type Qualification,
  SENIOR_CRIMINAL_YEARS,
  UNIVERSITY_VOLUNTEER_FORMS,
} from './aid-qualification-vocabulary';
import { fixedDateClock, yearPeriodEnd } from './clock';
import type { ProcedureCalendar } from './definition';
import { type ActionContext, defineProcedure, fail, ok } from './procedure-kit';

const P = 'AID_QUALIFICATION';
const LAW = '法律援助法';

const LAWYER_LICENCE = /^\d{17}$/;

/**
 * Who may provide what (法律援助法 第十二条至第十七条、第二十六条): a lawyer holds a 17-digit licence; a
 * grassroots worker their licence; agency staff a lawyer licence or the legal-profession certificate
 * (第十三条); university volunteers only consult and draft (第十七条第二款); criminal defence and duty
 * help are for lawyers (第十四条、第二十五条); criminal years cannot exceed practice years.
 */
export function providerProblem(
  record: ProviderRecord,
): { message: Localized; code: string; field: string } | undefined {
  const problem = (code: string, message: Localized, field: string) => ({
    code: `${P}.${code}`,
    message,
    field,
  });
  const { providerKind: kind, qualification } = record;
  if (kind === 'lawyer' || kind === 'grassroots-worker') {
    const needed: Qualification = kind === 'lawyer' ? 'lawyer-licence' : 'grassroots-licence';
    if (qualification !== needed)
      return problem(
        'QUALIFICATION_MISMATCH',
        {
          zh: `${PROVIDER_KINDS[kind]}应当持有${QUALIFICATIONS[needed]}`,
          en: `A ${aidQualificationValueEn(kind).toLowerCase()} must hold a ${aidQualificationValueEn(needed).toLowerCase()}`,
        },
        'qualification',
      );
    if (record.licenceNumber === undefined)
      return problem(
        'LICENCE_REQUIRED',
        { zh: '请填写执业证号', en: 'Give the licence number' },
        'licenceNumber',
      );
    if (kind === 'lawyer' && !LAWYER_LICENCE.test(record.licenceNumber))
      return problem(
        'LICENCE_FORMAT',
        { zh: '律师执业证号应为17位数字', en: 'A lawyer’s licence number has 17 digits' },
        'licenceNumber',
      );
  }
  if (
    kind === 'agency-staff' &&
    qualification !== 'lawyer-licence' &&
    qualification !== 'legal-profession-certificate'
  )
    return problem(
      'QUALIFICATION_MISMATCH',
      {
        zh: '法律援助机构工作人员应当具有律师资格或者法律职业资格（第十三条）',
        en: 'Legal aid agency staff must hold a lawyer’s licence or the legal profession certificate (art. 13)',
      },
      'qualification',
    );
  if (
    kind === 'volunteer' &&
    (qualification === 'law-student' || qualification === 'law-teacher') &&
    record.serviceScope.some((form) => !UNIVERSITY_VOLUNTEER_FORMS.includes(form))
  )
    return problem(
      'SCOPE_NOT_ALLOWED',
      {
        zh: '高校志愿者只能提供法律咨询、代拟法律文书（第十七条第二款）',
        en: 'University volunteers may only give legal advice and draft legal documents (art. 17, para. 2)',
      },
      'serviceScope',
    );
  const lawyer = qualification === 'lawyer-licence' && (kind === 'lawyer' || kind === 'agency-staff');
  if (!lawyer && record.serviceScope.some((form) => LAWYER_ONLY_FORMS.includes(form)))
    return problem(
      'LAWYER_ONLY_SCOPE',
      {
        zh: '刑事辩护和值班律师法律帮助应当由律师提供（第十四条、第二十五条）',
        en: 'Criminal defence and duty lawyer help must be given by lawyers (arts. 14 and 25)',
      },
      'serviceScope',
    );
  if (record.criminalDefenceYears > record.practiceYears)
    return problem(
      'YEARS_INVALID',
      {
        zh: '刑事辩护执业年限不能超过执业年限',
        en: 'Years of criminal defence cannot exceed years of practice',
      },
      'criminalDefenceYears',
    );
  return undefined;
}

function withRecord(state: AidQualificationState, record: ProviderRecord) {
  const problem = providerProblem(record);
  if (problem) return fail(problem.code, problem.message, problem.field);
  return ok<AidQualificationState>({
    ...state,
    ...record,
    seniorCriminal: record.criminalDefenceYears >= SENIOR_CRIMINAL_YEARS,
  });
}

function currentRecord(state: AidQualificationState): ProviderRecord {
  return {
    providerKind: state.providerKind ?? 'volunteer',
    qualification: state.qualification ?? 'other',
    licenceNumber: state.licenceNumber,
    practiceYears: state.practiceYears ?? 0,
    criminalDefenceYears: state.criminalDefenceYears ?? 0,
    serviceScope: state.serviceScope ?? [],
  };
}

/** The next yearly re-check: one year after the last check (or approval). */
export function nextCheckDue(
  state: AidQualificationState,
  calendar: ProcedureCalendar,
): { from: string; due: string; provisional: boolean } | null {
  const from = state.checks.at(-1)?.on ?? state.approvedOn;
  if (!from) return null;
  const end = yearPeriodEnd(from, 1, calendar);
  return { from, due: end.due, provisional: end.provisional };
}

function checkProblem(
  state: AidQualificationState,
  p: z.output<(typeof schemas)['annual-check']>,
  context: ActionContext,
) {
  const year = Number(context.date.slice(0, 4));
  if (p.year > year)
    return fail(
      `${P}.CHECK_YEAR_IN_FUTURE`,
      { zh: '复核年度不能晚于本年度', en: 'The review year cannot be after the current year' },
      'year',
    );
  if (state.approvedOn && p.year < Number(state.approvedOn.slice(0, 4)))
    return fail(
      `${P}.CHECK_YEAR_BEFORE_APPROVAL`,
      {
        zh: '复核年度不能早于入库年度',
        en: 'The review year cannot be before the year of admission to the register',
      },
      'year',
    );
  if (state.checks.some((check) => check.year === p.year))
    return fail(
      `${P}.ANNUAL_CHECK_DUPLICATE`,
      { zh: `${p.year}年度已经复核`, en: `The year ${p.year} has already been reviewed` },
      'year',
    );
  if (p.result === 'fail' && p.note === undefined)
    return fail(
      `${P}.FAIL_REASON_REQUIRED`,
      { zh: '复核不合格的，应当写明理由', en: 'A failed review must state its reasons' },
      'note',
    );
  return undefined;
}

export const aidQualification = defineProcedure({
  service: 'aid-qualification',
  nameZh: '法律援助资格管理',
  codePrefix: P,
  statuses: AID_QUALIFICATION_STATUSES,
  statusLabels: {
    applied: '申请入库，待审核',
    active: '在册，可指派',
    suspended: '暂停指派',
    rejected: '不予入库',
    removed: '已移出名册',
    withdrawn: '已退出',
  },
  actions: AID_QUALIFICATION_ACTIONS,
  actionLabels: {
    apply: '申请入库',
    approve: '审核入库',
    reject: '不予入库',
    'update-qualification': '更新资格信息',
    'annual-check': '年度复核',
    sanction: '处理（警告、暂停指派、移出名册）',
    reinstate: '恢复指派',
    remove: '移出名册',
    withdraw: '退出',
  },
  actionSources: {
    apply: `${LAW} 第十二条、第十三条、第十六条、第十七条`,
    approve: `${LAW} 第十二条、第十三条`,
    reject: `${LAW} 第十二条`,
    'update-qualification': `${LAW} 第十二条、第二十六条`,
    'annual-check': `${LAW} 第五十七条、第六十条`,
    sanction: `${LAW} 第六十三条`,
    reinstate: `${LAW} 第五十七条、第六十三条`,
    remove: `${LAW} 第十二条；律师法 第四十九条`,
    withdraw: `${LAW} 第十六条、第十七条`,
  },
  openingAction: 'apply',
  allowedActions: {
    applied: ['approve', 'reject', 'update-qualification', 'withdraw'],
    active: ['update-qualification', 'annual-check', 'sanction', 'remove', 'withdraw'],
    suspended: ['update-qualification', 'annual-check', 'sanction', 'reinstate', 'remove', 'withdraw'],
    rejected: [],
    removed: [],
    withdrawn: [],
  },
  actionRoles: {
    apply: ['legal-aid-reviewer', 'window-clerk', 'party'],
    approve: ['legal-aid-director'],
    reject: ['legal-aid-director'],
    'update-qualification': ['legal-aid-reviewer', 'legal-aid-director'],
    'annual-check': ['legal-aid-reviewer', 'legal-aid-director'],
    sanction: ['legal-aid-director', 'bureau-leader'],
    reinstate: ['legal-aid-director'],
    remove: ['legal-aid-director', 'admin'],
    withdraw: ['legal-aid-reviewer', 'legal-aid-director', 'party'],
  },
  payloadSchemas: schemas,
  closedStatuses: ['rejected', 'removed', 'withdrawn'],
  initialState: (): AidQualificationState => ({
    status: 'applied',
    openedAt: null,
    closed: false,
    lastActionAt: null,
    name: null,
    organisation: null,
    seniorCriminal: false,
    approvedOn: null,
    checks: [],
    sanctions: [],
    suspension: null,
  }),
  handlers: {
    apply(state, p) {
      const { name, organisation, ...record } = p;
      return withRecord({ ...state, status: 'applied', name, organisation }, record);
    },
    approve: (state, _p, context) => ok({ ...state, status: 'active', approvedOn: context.date }),
    reject: (state) => ok({ ...state, status: 'rejected' }),
    'update-qualification'(state, p) {
      const { organisation, ...changes } = p;
      const record = {
        ...currentRecord(state),
        ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
      };
      return withRecord(
        { ...state, organisation: organisation ?? state.organisation },
        record as ProviderRecord,
      );
    },
    /** 第五十七条、第六十条: a failed check stops assignments; a pass ends a check suspension. */
    'annual-check'(state, p, context) {
      const problem = checkProblem(state, p, context);
      if (problem) return problem;
      const checks = [...state.checks, { year: p.year, result: p.result, on: context.date }];
      if (p.result === 'fail')
        return ok({
          ...state,
          status: 'suspended',
          checks,
          suspension: state.suspension ?? { cause: 'check', until: null },
        });
      if (state.suspension?.cause === 'check')
        return ok({ ...state, status: 'active', checks, suspension: null });
      return ok({ ...state, checks });
    },
    /** 第六十三条: warning, suspension of assignments until a date, or removal from the register. */
    sanction(state, p, context) {
      if (p.kind === 'suspension') {
        if (p.until === undefined)
          return fail(
            `${P}.SUSPENSION_END_REQUIRED`,
            { zh: '暂停指派的，请填写截止日期', en: 'Suspending assignment needs an end date' },
            'until',
          );
      }
      const sanctions = [
        ...state.sanctions,
        {
          kind: p.kind,
          ground: p.ground,
          on: context.date,
          until: p.kind === 'suspension' ? (p.until ?? null) : null,
        },
      ];
      switch (p.kind) {
        case 'warning':
          return ok({ ...state, sanctions });
        case 'suspension':
          return ok({
            ...state,
            status: 'suspended',
            sanctions,
            suspension: { cause: 'sanction', until: p.until ?? null },
          });
        default:
          return ok({ ...state, status: 'removed', sanctions, suspension: null });
      }
    },
    /** A sanction's suspension must be over (the day after `until`); a check suspension needs rectification. */
    reinstate(state, _p, context) {
      const until = state.suspension?.until;
      if (state.suspension?.cause === 'sanction' && until && context.date <= until)
        return fail(
          `${P}.SUSPENSION_NOT_OVER`,
          {
            zh: `暂停指派至 ${until}，期满后方可恢复`,
            en: `Assignment is suspended until ${until}; it can resume only after that`,
          },
          'type',
        );
      return ok({ ...state, status: 'active', suspension: null });
    },
    remove: (state) => ok({ ...state, status: 'removed', suspension: null }),
    /** 第十六条: lawyers and grassroots workers have a duty to provide aid and cannot just opt out. */
    withdraw(state) {
      if (state.providerKind === 'lawyer' || state.providerKind === 'grassroots-worker')
        return fail(
          `${P}.DUTY_CANNOT_WITHDRAW`,
          {
            zh: '律师、基层法律服务工作者负有依法提供法律援助的义务，不能自行退出；不再执业的应当移出名册（第十六条）',
            en: 'Lawyers and grassroots legal workers have a legal duty to provide legal aid and cannot withdraw themselves; one who no longer practises is removed from the register (art. 16)',
          },
          'type',
        );
      return ok({ ...state, status: 'withdrawn' });
    },
  },
  openClocks(state, { calendar }) {
    const clocks = [];
    const next = nextCheckDue(state, calendar);
    if (next && (state.status === 'active' || state.status === 'suspended'))
      clocks.push({
        ...fixedDateClock({
          kind: 'annual-check',
          label: '年度复核',
          startsAt: next.from,
          dueAt: next.due,
          source: `${LAW} 第五十七条、第六十条`,
          responsibleRole: 'legal-aid-reviewer',
        }),
        provisional: next.provisional,
      });
    const until = state.suspension?.until;
    if (state.status === 'suspended' && state.suspension?.cause === 'sanction' && until)
      clocks.push(
        fixedDateClock({
          kind: 'suspension-end',
          label: '暂停指派期满',
          startsAt: state.sanctions.at(-1)?.on ?? until,
          dueAt: until,
          source: `${LAW} 第六十三条`,
          responsibleRole: 'legal-aid-director',
        }),
      );
    return clocks;
  },
});

export * from './aid-qualification-labels';
export * from './aid-qualification-payload';
export * from './aid-qualification-vocabulary';
