import { businessDateOf } from '@core/calendar/business-date';
import { calendarDaysBetween } from '@core/calendar/iso-date';
import {
  agreementDeadline,
  assignmentDeadline,
  type Deadline,
  decisionDeadline,
  fileReviewDeadline,
  fileSubmissionDeadline,
  noticeAssignmentDeadline,
  objectionDecisionDeadline,
  type PeriodCalendar,
} from '@core/legal-aid/deadlines';
import type { LegalAidState } from './legal-aid-types';
import type { LegalAidStatus } from './legal-aid-vocabulary';

/**
 * The deadlines running on a legal-aid matter, as data (ARCHITECTURE: "Every deadline is data").
 * The periods and their sources come from core/legal-aid/deadlines.ts; this file says which run
 * in which status and from which milestone.
 */

export type LegalAidDeadlineKind =
  | 'decision'
  | 'notice-assignment'
  | 'materials-response'
  | 'assignment'
  | 'agreement'
  | 'objection-decision'
  | 'file-submission'
  | 'file-review';

export const LEGAL_AID_DEADLINE_LABELS = {
  decision: '作出是否给予法律援助的决定',
  'notice-assignment': '收到办案机关通知后指派',
  'materials-response': '申请人补充材料',
  assignment: '决定给予法律援助后指派',
  agreement: '签订委托协议和授权委托书',
  'objection-decision': '司法行政部门审查异议',
  'file-submission': '提交结案材料',
  'file-review': '审查结案材料',
} as const satisfies Record<LegalAidDeadlineKind, string>;

export interface LegalAidDeadline extends Omit<Deadline, 'kind'> {
  kind: LegalAidDeadlineKind;
  label: string;
  /** Decision only, with `pauseDecisionDuringMaterials`: days the clock stood still for materials. */
  pausedDays?: number;
}

/**
 * The deadlines that may run in each status (the superset; `openDeadlines` applies the conditions):
 * - decision ≤ 7 days of receipt (法律援助法 第四十三条) until decided, unless the matter came by a
 *   case organ's notice, which has notice-assignment ≤ 3 days instead (第三十六条; 程序规定 第二十四条);
 * - materials-response: the due date of the one notice (第四十三条第二款), else deemed withdrawn;
 * - assignment ≤ 3 days of the grant (第四十三条);
 * - agreement ≤ 5 days of the assignment (程序规定 第二十七条), until signed, even once aid started;
 * - objection-decision ≤ 5 days of receipt (第四十九条);
 * - file-submission ≤ 30 days of the case's end (第五十条; 程序规定, article UNCONFIRMED);
 * - file-review ≤ 30 days of submission (程序规定, article UNCONFIRMED).
 */
export const STATUS_DEADLINES = {
  applied: ['decision', 'notice-assignment'],
  'materials-requested': ['decision', 'notice-assignment', 'materials-response'],
  'under-review': ['decision', 'notice-assignment'],
  reviewed: ['decision', 'notice-assignment'],
  granted: ['assignment', 'notice-assignment'],
  refused: [],
  'deemed-withdrawn': [],
  assigned: ['agreement'],
  'agreement-signed': [],
  'in-progress': ['agreement'],
  closed: ['file-submission'],
  'file-submitted': ['file-review'],
  'file-reviewed': [],
  'subsidy-paid': [],
  archived: [],
  terminated: [],
  'objection-pending': ['objection-decision'],
} as const satisfies Record<LegalAidStatus, readonly LegalAidDeadlineKind[]>;

export interface OpenDeadlineOptions {
  /**
   * R10: stop the 7-day decision clock while the applicant supplements materials and add the days it
   * stood still once they arrive. The 2012 MoJ rule did; whether the 2023 rule does is UNCONFIRMED
   * (rules.md §1.7), and 法律援助法 第四十三条 itself counts from receipt, so the default is false.
   */
  pauseDecisionDuringMaterials?: boolean;
}

/**
 * The deadlines running now on a matter in `state`, with their source article. A matter a corrected
 * objection reopened has no decision deadline: the law sets no period for the new decision.
 * Throws what the calendar throws (e.g. an unknown holiday year, if the calendar refuses one).
 */
export function openDeadlines(
  state: LegalAidState,
  calendar: PeriodCalendar,
  options: OpenDeadlineOptions = {},
): LegalAidDeadline[] {
  const kinds: readonly LegalAidDeadlineKind[] = STATUS_DEADLINES[state.status];
  const m = state.milestones;
  const byNotice = state.channel === 'case-organ-notice';
  const found: LegalAidDeadline[] = [];
  const add = (deadline: Omit<Deadline, 'kind'>, kind: LegalAidDeadlineKind) =>
    found.push({ ...deadline, kind, label: LEGAL_AID_DEADLINE_LABELS[kind] });

  for (const kind of kinds) {
    switch (kind) {
      case 'decision': {
        if (byNotice || state.reopenCount > 0 || m.appliedAt === undefined) break;
        const decision = decisionClock(state, calendar, options);
        if (decision) add(decision, kind);
        break;
      }
      case 'notice-assignment':
        if (byNotice && m.appliedAt !== undefined) add(noticeAssignmentDeadline(m.appliedAt, calendar), kind);
        break;
      case 'materials-response': {
        const notice = state.materialsNotice;
        if (notice) add(materialsDeadline(notice.requestedAt, notice.dueDate), kind);
        break;
      }
      case 'assignment':
        if (!byNotice && m.approvedAt !== undefined) add(assignmentDeadline(m.approvedAt, calendar), kind);
        break;
      case 'agreement':
        if (!state.agreementSigned && m.assignedAt !== undefined)
          add(agreementDeadline(m.assignedAt, calendar), kind);
        break;
      case 'objection-decision':
        if (state.objection) add(objectionDecisionDeadline(state.objection.receivedAt, calendar), kind);
        break;
      case 'file-submission':
        if (state.caseEndedOn !== null) add(fileSubmissionDeadline(state.caseEndedOn, calendar), kind);
        break;
      case 'file-review':
        if (m.fileSubmittedAt !== undefined) add(fileReviewDeadline(m.fileSubmittedAt, calendar), kind);
        break;
      default: {
        const unreachable: never = kind;
        return unreachable;
      }
    }
  }
  return found;
}

/** 法律援助法 第四十三条, with the optional materials pause (R10). */
function decisionClock(
  state: LegalAidState,
  calendar: PeriodCalendar,
  options: OpenDeadlineOptions,
): Omit<Deadline, 'kind'> | undefined {
  const receivedAt = state.milestones.appliedAt;
  if (receivedAt === undefined) return undefined;
  const base = decisionDeadline(receivedAt, calendar);
  const notice = state.materialsNotice;
  if (!options.pauseDecisionDuringMaterials || notice === null) return base;
  if (notice.receivedAt === null) return undefined;
  const pausedDays = calendarDaysBetween(
    businessDateOf(notice.requestedAt),
    businessDateOf(notice.receivedAt),
  );
  const period = calendar.addPeriod(base.startsAt, base.amount + pausedDays, 'calendar-day');
  const { kind: _kind, rolledForwardFrom: _rolled, ...rest } = base;
  const deadline: Omit<LegalAidDeadline, 'kind' | 'label'> = {
    ...rest,
    dueAt: period.due,
    provisional: period.provisional,
    pausedDays,
  };
  if (period.rolledForwardFrom !== undefined) deadline.rolledForwardFrom = period.rolledForwardFrom;
  return deadline;
}

/**
 * 法律援助法 第四十三条第二款: the applicant replies by the date written in the notice. It is a date
 * the agency chose, not a period, so it does not roll forward and is never provisional.
 */
function materialsDeadline(requestedAt: Date, dueDate: string): Omit<Deadline, 'kind'> {
  const startsAt = businessDateOf(requestedAt);
  return {
    startsAt,
    dueAt: dueDate,
    basis: 'calendar-days',
    amount: calendarDaysBetween(startsAt, dueDate),
    source: '法律援助法 第四十三条第二款',
    provisional: false,
  };
}
