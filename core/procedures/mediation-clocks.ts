/**
 * The state and clocks of a people's-mediation matter (人民调解法 2010; rules.md §3, §11.2; the procedure
 * in mediation.ts): the one-month rule (人民调解工作若干规定 第三十三条, R23), the judicial-confirmation
 * window (第三十三条) and the return visit (第三十一条).
 */
import { calendarDaysBetween, daysInMonth, getDateParts } from '@core/calendar/iso-date';
import { runClock } from './clock';
import type { ProcedureCalendar, ProcedureClock } from './definition';
import type { AdvisedRoute, DisputeKind, MediationStatus } from './mediation-payload';
import type { MatterState } from './procedure-kit';

const LAW = '人民调解法';

type ClockContext = { calendar: ProcedureCalendar; today: string };

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

/** The open statuses before an agreement takes effect (withdrawal, the one-month clock). */
export const OPEN_BEFORE_AGREEMENT: readonly MediationStatus[] = [
  'awaiting-consent',
  'accepted',
  'mediating',
  'agreement-drafted',
];

/** The clocks of an open mediation: the month, then judicial confirmation and the return visit. */
export function mediationOpenClocks(state: MediationState, context: ClockContext): ProcedureClock[] {
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
}

/** 人民调解法 第三十三条: the 30-day joint judicial-confirmation window from the agreement's effect. */
export function confirmationSpec(effectiveOn: string) {
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
