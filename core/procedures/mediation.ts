/**
 * People's mediation (人民调解), the 'mediation' window. Source: 人民调解法 (2010; rules.md §3, §11.2).
 *
 *   apply(both parties) → accepted ; apply(one party / committee / court / police) → awaiting-consent
 *   awaiting-consent ─other-party-consents→ accepted | ─party-refuses→ refused (第十七条: no case)
 *   accepted ─assign-mediator→ mediating ─hold-session→ mediating ─continue-past-month→ mediating
 *   mediating ─draft-agreement(written)→ agreement-drafted ─sign-agreement→ performing
 *   mediating ─draft-agreement(oral)→ performing (第二十八条、第三十条)
 *   mediating | agreement-drafted ─fail→ failed (第二十六条: routes advised) ; ─party-refuses→ failed (第二十三条)
 *   performing ─record-confirmation→ performing ─follow-up(performed)→ concluded (第三十一条、第三十三条)
 *   any open status before an agreement ─withdraw→ withdrawn
 *
 * Clocks: one month for an open case (人民调解工作若干规定 (MoJ 2002) 第三十三条: generally concluded
 * within one month; continuing needs both parties' consent — R23, the local rule is UNCONFIRMED), the
 * 30-day joint judicial-confirmation window after the agreement takes effect (人民调解法 第三十三条;
 * 民事诉讼法 第二百零五条), and a return visit (第三十一条: the committee supervises performance;
 * RETURN_VISIT_DAYS is hall practice, not statutory). Mediation is free (第四条): no fee fields.
 */
import { calendarDaysBetween, daysInMonth, getDateParts } from '@core/calendar/iso-date';
import { runClock } from './clock';
import type { ProcedureClock } from './definition';
import {
  type AdvisedRoute,
  type DisputeKind,
  MEDIATION_ACTIONS,
  MEDIATION_STATUSES,
  type MediationStatus,
  mediationSchemas as schemas,
} from './mediation-payload';
import { defineProcedure, fail, type MatterState, ok } from './procedure-kit';

export * from './mediation-labels';
export * from './mediation-payload';

const P = 'MEDIATION';
const LAW = '人民调解法';

/** 人民调解法 第三十三条: joint application for judicial confirmation within 30 days of effect. */
export const JUDICIAL_CONFIRMATION_DAYS = 30;
/** Hall practice: the first return visit within this many calendar days of effect (第三十一条). */
export const RETURN_VISIT_DAYS = 30;
/** 人民调解工作若干规定 第三十三条: generally concluded within one month. */
export const MEDIATION_MONTHS = 1;

/** 人民调解法 第二十九条: an agreed term, with the manner and deadline of performance. */
export interface AgreementTerm {
  content: string;
  performanceManner: string;
  /** Business date by which the term is performed. */
  performanceDeadline: string;
}

/** The art. 29 contents of a mediation agreement (调解协议书). */
export interface MediationAgreement {
  form: 'written' | 'oral';
  /** 第二十九条第一项: the parties' details, as written in the agreement. */
  partiesDetails: string;
  /** 第二十九条第二项: facts, disputed points and each side's responsibility. */
  facts: string;
  disputedPoints: string;
  responsibilities: string;
  /** 第二十九条第三项. */
  terms: AgreementTerm[];
  draftedOn: string;
  /** Business date it took effect (第二十九条第二款; oral: when reached, 第三十条). */
  effectiveOn: string | null;
}

export interface MediationState extends MatterState<MediationStatus> {
  disputeKind: DisputeKind | null;
  initiatedBy: 'party' | 'committee' | 'court' | 'police' | null;
  /** Business date of the application. */
  appliedOn: string | null;
  /** True once every party agreed to mediation (第十七条). */
  allPartiesConsent: boolean;
  acceptedOn: string | null;
  mediator: { name: string; userId: string | null; how: 'chosen-by-parties' | 'assigned' } | null;
  invitedParticipants: { name: string; role: string }[];
  sessions: { heldOn: string; summary: string; public: boolean }[];
  continuedWithConsentOn: string | null;
  agreement: MediationAgreement | null;
  failure: { reason: string; routes: AdvisedRoute[]; endedOn: string } | null;
  refusedBy: string | null;
  judicialConfirmation: { appliedOn: string; court: string; jointly: true } | null;
  followUps: {
    visitedOn: string;
    performance: 'performed' | 'partly-performed' | 'not-performed';
    note: string;
  }[];
}

/**
 * `date` plus `months` months (民法典 第二百零二条: a period in months ends on the corresponding day;
 * without one, on the last day of that month). Throws RangeError on a bad date.
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = getDateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const OPEN_BEFORE_AGREEMENT: readonly MediationStatus[] = [
  'awaiting-consent',
  'accepted',
  'mediating',
  'agreement-drafted',
];

export const mediation = defineProcedure({
  service: 'mediation',
  nameZh: '人民调解',
  codePrefix: P,
  statuses: MEDIATION_STATUSES,
  statusLabels: {
    'awaiting-consent': '待对方当事人同意',
    accepted: '已受理',
    mediating: '调解中',
    'agreement-drafted': '协议待签署',
    performing: '协议履行中',
    concluded: '已办结',
    failed: '调解不成',
    refused: '当事人拒绝调解',
    withdrawn: '已撤回',
  },
  actions: MEDIATION_ACTIONS,
  actionLabels: {
    apply: '申请调解',
    'other-party-consents': '对方当事人同意调解',
    'party-refuses': '当事人拒绝调解',
    'assign-mediator': '确定调解员',
    'hold-session': '记录调解',
    'continue-past-month': '经双方同意继续调解',
    'draft-agreement': '拟定调解协议',
    'sign-agreement': '签署调解协议',
    fail: '终止调解（调解不成）',
    'record-confirmation': '登记司法确认申请',
    'follow-up': '回访',
    withdraw: '撤回',
  },
  actionSources: {
    apply: `${LAW} 第十七条、第十八条`,
    'other-party-consents': `${LAW} 第十七条`,
    'party-refuses': `${LAW} 第十七条、第二十三条`,
    'assign-mediator': `${LAW} 第十九条、第二十条`,
    'hold-session': `${LAW} 第二十七条`,
    'continue-past-month': '人民调解工作若干规定 第三十三条',
    'draft-agreement': `${LAW} 第二十八条、第二十九条`,
    'sign-agreement': `${LAW} 第二十九条`,
    fail: `${LAW} 第二十六条`,
    'record-confirmation': `${LAW} 第三十三条`,
    'follow-up': `${LAW} 第三十一条`,
    withdraw: `${LAW} 第二十三条`,
  },
  openingAction: 'apply',
  allowedActions: {
    'awaiting-consent': ['other-party-consents', 'party-refuses', 'withdraw'],
    accepted: ['assign-mediator', 'party-refuses', 'withdraw'],
    mediating: [
      'hold-session',
      'continue-past-month',
      'draft-agreement',
      'fail',
      'party-refuses',
      'withdraw',
    ],
    'agreement-drafted': ['sign-agreement', 'draft-agreement', 'fail', 'party-refuses', 'withdraw'],
    performing: ['record-confirmation', 'follow-up'],
    concluded: ['follow-up'],
    failed: [],
    refused: [],
    withdrawn: [],
  },
  actionRoles: {
    apply: ['mediator', 'window-clerk', 'receptionist', 'party'],
    'other-party-consents': ['mediator', 'window-clerk'],
    'party-refuses': ['mediator', 'window-clerk'],
    'assign-mediator': ['mediator', 'window-clerk'],
    'hold-session': ['mediator'],
    'continue-past-month': ['mediator'],
    'draft-agreement': ['mediator'],
    'sign-agreement': ['mediator'],
    fail: ['mediator'],
    'record-confirmation': ['mediator', 'window-clerk'],
    'follow-up': ['mediator', 'window-clerk'],
    withdraw: ['mediator', 'window-clerk', 'party'],
  },
  payloadSchemas: schemas,
  closedStatuses: ['concluded', 'failed', 'refused', 'withdrawn'],
  initialState: (): MediationState => ({
    status: 'awaiting-consent',
    openedAt: null,
    closed: false,
    lastActionAt: null,
    disputeKind: null,
    initiatedBy: null,
    appliedOn: null,
    allPartiesConsent: false,
    acceptedOn: null,
    mediator: null,
    invitedParticipants: [],
    sessions: [],
    continuedWithConsentOn: null,
    agreement: null,
    failure: null,
    refusedBy: null,
    judicialConfirmation: null,
    followUps: [],
  }),
  handlers: {
    /**
     * 人民调解法 第十七条、第十八条: a party applies, or the committee acts on its own initiative, or a
     * court or the police refer. Only when both parties applied together is the case accepted at once;
     * otherwise it waits for the other party's consent (第十七条: no mediation against a party's refusal).
     */
    apply(state, p, context) {
      if (p.initiatedBy === 'party' && p.applicants === 'none')
        return fail(
          `${P}.NO_APPLICANT`,
          {
            zh: '当事人申请调解的，应当至少有一方当事人申请',
            en: 'A mediation on application needs at least one party applying',
          },
          'applicants',
        );
      const both = p.applicants === 'both';
      return ok({
        ...state,
        status: both ? 'accepted' : 'awaiting-consent',
        disputeKind: p.disputeKind,
        initiatedBy: p.initiatedBy,
        appliedOn: context.date,
        allPartiesConsent: both,
        acceptedOn: both ? context.date : null,
      });
    },
    'other-party-consents': (state, _p, context) =>
      ok({ ...state, status: 'accepted', allPartiesConsent: true, acceptedOn: context.date }),
    /**
     * 人民调解法 第十七条: a party clearly refusing → no mediation (refused); 第二十三条: a party may end
     * mediation under way (failed, with the routes left to `fail`'s advice: here none recorded yet, so
     * the litigation route is advised by default as 第二十六条 requires some advice).
     */
    'party-refuses'(state, p, context) {
      if (state.status === 'awaiting-consent' || state.status === 'accepted')
        return ok({ ...state, status: 'refused', refusedBy: p.partyName, allPartiesConsent: false });
      return ok({
        ...state,
        status: 'failed',
        refusedBy: p.partyName,
        failure: {
          reason: `${p.partyName}要求终止调解${p.reason ? `：${p.reason}` : ''}`,
          routes: ['litigation'] as AdvisedRoute[],
          endedOn: context.date,
        },
      });
    },
    /** 人民调解法 第十九条 (chosen or assigned), 第二十条 (invited participants with the parties' consent). */
    'assign-mediator': (state, p) =>
      ok({
        ...state,
        status: 'mediating',
        mediator: { name: p.mediatorName, userId: p.mediatorUserId ?? null, how: p.how },
        invitedParticipants: (p.invitedParticipants ?? []).map(({ name, role }) => ({ name, role })),
      }),
    /** 人民调解法 第二十七条: the mediator records each session. */
    'hold-session'(state, p, _context) {
      if (state.acceptedOn !== null && p.heldOn < state.acceptedOn)
        return fail(
          `${P}.SESSION_BEFORE_ACCEPTANCE`,
          {
            zh: '调解日期不能早于受理日期',
            en: 'The mediation date cannot be before the date of acceptance',
          },
          'heldOn',
        );
      return ok({
        ...state,
        sessions: [...state.sessions, { heldOn: p.heldOn, summary: p.summary, public: p.public }],
      });
    },
    /** R23: continuing past one month needs both parties' recorded consent. */
    'continue-past-month': (state, _p, context) => ok({ ...state, continuedWithConsentOn: context.date }),
    /**
     * 人民调解法 第二十八条、第二十九条: a written agreement with the art. 29 contents waits for signatures
     * and the seal; an oral agreement takes effect when reached (第三十条), its content recorded.
     */
    'draft-agreement'(state, p, context) {
      if (p.form === 'oral' && state.status === 'agreement-drafted')
        return fail(
          `${P}.ALREADY_WRITTEN`,
          {
            zh: '已拟定书面调解协议，不能改为口头协议',
            en: 'A written mediation agreement has been drafted; it cannot become an oral one',
          },
          'form',
        );
      const agreement: MediationAgreement = {
        form: p.form,
        partiesDetails: p.partiesDetails,
        facts: p.facts,
        disputedPoints: p.disputedPoints,
        responsibilities: p.responsibilities,
        terms: p.terms,
        draftedOn: context.date,
        effectiveOn: p.form === 'oral' ? context.date : null,
      };
      return ok({ ...state, status: p.form === 'oral' ? 'performing' : 'agreement-drafted', agreement });
    },
    /**
     * 人民调解法 第二十九条第二款: a written agreement takes effect only when every party has signed,
     * sealed or fingerprinted it, the mediator has signed it and the committee's seal is affixed.
     */
    'sign-agreement'(state, p, _context) {
      const missing = !p.allPartiesSigned
        ? { field: 'allPartiesSigned', what: '各方当事人签名、盖章或者按指印' }
        : !p.mediatorSigned
          ? { field: 'mediatorSigned', what: '人民调解员签名' }
          : !p.sealAffixed
            ? { field: 'sealAffixed', what: '人民调解委员会印章' }
            : undefined;
      if (missing)
        return fail(
          `${P}.AGREEMENT_NOT_EFFECTIVE`,
          {
            zh: `调解协议书自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效；尚缺${missing.what}（人民调解法 第二十九条）`,
            en: 'A mediation agreement takes effect once every party has signed, sealed or fingerprinted it and the mediator has signed it under the seal of the mediation committee; something is still missing (People’s Mediation Law, art. 29)',
          },
          missing.field,
        );
      if (state.agreement && p.signedOn < state.agreement.draftedOn)
        return fail(
          `${P}.SIGNED_BEFORE_DRAFT`,
          {
            zh: '签订日期不能早于协议拟定日期',
            en: 'The signing date cannot be before the date the agreement was drafted',
          },
          'signedOn',
        );
      return ok({
        ...state,
        status: 'performing',
        agreement: state.agreement && { ...state.agreement, effectiveOn: p.signedOn },
      });
    },
    /** 人民调解法 第二十六条: on failure, end the mediation and tell the parties the other routes. */
    fail: (state, p, context) =>
      ok({
        ...state,
        status: 'failed',
        failure: { reason: p.reason, routes: p.routesAdvised, endedOn: context.date },
      }),
    /** 人民调解法 第三十三条: joint application within 30 days of effect; late ones are refused here. */
    'record-confirmation'(state, p, context) {
      const effectiveOn = state.agreement?.effectiveOn;
      if (!effectiveOn)
        return fail(
          `${P}.NOT_EFFECTIVE`,
          { zh: '调解协议尚未生效', en: 'The mediation agreement has not taken effect yet' },
          'appliedOn',
        );
      if (p.appliedOn < effectiveOn)
        return fail(
          `${P}.CONFIRMATION_BEFORE_EFFECT`,
          {
            zh: '申请日期不能早于调解协议生效日期',
            en: 'The application date cannot be before the day the mediation agreement took effect',
          },
          'appliedOn',
        );
      const due = runClock(confirmationSpec(effectiveOn), {
        calendar: context.calendar,
        today: context.date,
      });
      if (p.appliedOn > due.dueAt)
        return fail(
          `${P}.CONFIRMATION_LATE`,
          {
            zh: `司法确认应自调解协议生效之日起三十日内申请，已于 ${due.dueAt} 届满（人民调解法 第三十三条）`,
            en: `Judicial confirmation must be applied for within thirty days of the agreement taking effect; that period ended on ${due.dueAt} (People’s Mediation Law, art. 33)`,
          },
          'appliedOn',
        );
      return ok({
        ...state,
        judicialConfirmation: { appliedOn: p.appliedOn, court: p.court, jointly: true },
      });
    },
    /** 人民调解法 第三十一条: return visits; a visit finding full performance concludes the matter. */
    'follow-up'(state, p, _context) {
      const followUps = [
        ...state.followUps,
        { visitedOn: p.visitedOn, performance: p.performance, note: p.note },
      ];
      return ok({ ...state, status: p.performance === 'performed' ? 'concluded' : state.status, followUps });
    },
    withdraw(state) {
      if (!OPEN_BEFORE_AGREEMENT.includes(state.status))
        return fail(
          `${P}.ACTION_NOT_ALLOWED`,
          {
            zh: '调解协议已生效，不能撤回',
            en: 'The mediation agreement has taken effect and cannot be withdrawn',
          },
          'type',
        );
      return ok({ ...state, status: 'withdrawn' });
    },
  },
  openClocks(state, context) {
    const clocks: ProcedureClock[] = [];
    const start = state.acceptedOn ?? state.appliedOn;
    if (OPEN_BEFORE_AGREEMENT.includes(state.status) && state.continuedWithConsentOn === null && start) {
      const dueAt = addMonths(start, MEDIATION_MONTHS);
      clocks.push({
        kind: 'one-month',
        label: '调解期限（一般一个月内调结）',
        startsAt: start,
        dueAt,
        basis: 'calendar-days',
        amount: calendarDaysBetween(start, dueAt),
        source: '人民调解工作若干规定 第三十三条',
        provisional: false,
        responsibleRole: 'mediator',
      });
    }
    const effectiveOn = state.agreement?.effectiveOn;
    if (state.status === 'performing' && effectiveOn) {
      if (state.judicialConfirmation === null) clocks.push(runClock(confirmationSpec(effectiveOn), context));
      if (state.followUps.length === 0)
        clocks.push(
          runClock(
            {
              kind: 'return-visit',
              label: '回访（督促履行调解协议）',
              startsAt: effectiveOn,
              amount: RETURN_VISIT_DAYS,
              basis: 'calendar-days',
              source: `${LAW} 第三十一条`,
              responsibleRole: 'mediator',
            },
            context,
          ),
        );
    }
    return clocks;
  },
});

function confirmationSpec(effectiveOn: string) {
  return {
    kind: 'judicial-confirmation',
    label: '申请司法确认（双方共同申请）',
    startsAt: effectiveOn,
    amount: JUDICIAL_CONFIRMATION_DAYS,
    basis: 'calendar-days' as const,
    source: `${LAW} 第三十三条；民事诉讼法 第二百零五条`,
    responsibleRole: 'mediator' as const,
  };
}

/**
 * R23: an open mediation (before its agreement takes effect) older than one month from acceptance (or
 * from application when never accepted), without both parties' consent to continue, is flagged.
 * `today` is a business date.
 */
export function isOverMonth(state: MediationState, today: string): boolean {
  const start = state.acceptedOn ?? state.appliedOn;
  if (!OPEN_BEFORE_AGREEMENT.includes(state.status) || state.continuedWithConsentOn !== null || !start)
    return false;
  return today > addMonths(start, MEDIATION_MONTHS);
}
