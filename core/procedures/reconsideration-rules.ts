/**
 * Administrative-reconsideration rules as data and pure functions (行政复议法, revised 2023-09-01, in
 * force 2024-01-01; rules.md §5, R28): the application window with its long-stop limits (第二十条、
 * 第二十一条), the acceptance criteria (第三十条), the simple-procedure test (第五十三条), suspension and
 * termination grounds (第三十九条、第四十一条) and decision types (第六十三条至第六十九条).
 *
 * Day counting: 第八十八条 makes the 3/5/7/10-day limits working days; other periods (60 days, 30
 * days) are calendar days under 民事诉讼法 第八十五条, the last day rolling past rest days.
 */
import { calendarDaysBetween } from '@core/calendar/iso-date';
import { laterDate, yearPeriodEnd } from './clock';
import type { ProcedureCalendar } from './definition';
import type { LateApplicationWarning } from './late-application';

const LAW = '行政复议法';

/** 第二十条第一款: apply within 60 days, unless a law sets a longer period. */
export const APPLICATION_DAYS = 60;

export interface ApplicationWindowInput {
  /** The day the act was made (第二十一条 counts the long stop from it). */
  actDate: string;
  /** The day the applicant knew or should have known of the act (第二十条第一款). */
  knewActOn: string;
  /** Whether the act told the applicant of the right, the organ and the period (第二十条第三款). */
  rightsNotified: boolean;
  /** When not told: the day the applicant learned of them. */
  learnedRightsOn?: string | undefined;
  /** 第二十一条: an application about immovables (20 years instead of 5). */
  immovable: boolean;
  /** 第二十条第一款 proviso: a longer period set by another law, in days. */
  statutoryPeriodDays?: number | undefined;
  /** 第二十条第二款: force majeure or another good reason; `to` is the day the obstacle ended. */
  obstacles?: readonly { from: string; to: string }[];
}

export interface ApplicationWindow {
  /** The last day to apply. */
  lastDay: string;
  /** What set it: the 60 days (or longer), the one-year cap, or the long stop. */
  limitedBy: 'period' | 'one-year-cap' | 'long-stop';
  /** 第二十一条: past this day the application is not accepted whatever else applies. */
  longStopDay: string;
  obstacleDays: number;
  provisional: boolean;
  source: string;
}

/**
 * 行政复议法 第二十条、第二十一条: 60 days (or a longer statutory period) from knowing of the act; days
 * lost to an obstacle are added (第二十条第二款); if the act did not state the right, organ and period,
 * from learning of them but at most one year from knowing of the act (第二十条第三款); never more than
 * 5 years (immovables 20) after the act (第二十一条). Whether an obstacle can carry an application past
 * the one-year cap is not said: the cap is applied as written (UNCONFIRMED).
 */
export function applicationWindow(
  input: ApplicationWindowInput,
  calendar: ProcedureCalendar,
): ApplicationWindow {
  const period = Math.max(APPLICATION_DAYS, input.statutoryPeriodDays ?? APPLICATION_DAYS);
  const start = input.rightsNotified ? input.knewActOn : (input.learnedRightsOn ?? input.knewActOn);
  let obstacleDays = 0;
  for (const obstacle of input.obstacles ?? []) {
    const from = laterDate(obstacle.from, start);
    if (obstacle.to > from) obstacleDays += calendarDaysBetween(from, obstacle.to);
  }
  const periodEnd = calendar.addPeriod(start, period + obstacleDays, 'calendar-day');
  const longStop = yearPeriodEnd(input.actDate, input.immovable ? 20 : 5, calendar);
  let lastDay = periodEnd.due;
  let limitedBy: ApplicationWindow['limitedBy'] = 'period';
  let provisional = periodEnd.provisional || longStop.provisional;
  if (!input.rightsNotified) {
    const cap = yearPeriodEnd(input.knewActOn, 1, calendar);
    provisional ||= cap.provisional;
    if (cap.due < lastDay) {
      lastDay = cap.due;
      limitedBy = 'one-year-cap';
    }
  }
  if (longStop.due < lastDay) {
    lastDay = longStop.due;
    limitedBy = 'long-stop';
  }
  const source =
    limitedBy === 'long-stop'
      ? `${LAW} 第二十一条`
      : limitedBy === 'one-year-cap'
        ? `${LAW} 第二十条第三款`
        : `${LAW} 第二十条`;
  return { lastDay, limitedBy, longStopDay: longStop.due, obstacleDays, provisional, source };
}

const LIMIT_OF = {
  period: 'application-period',
  'one-year-cap': 'one-year-cap',
  'long-stop': 'long-stop',
} as const;

/**
 * 行政复议法 第二十条、第二十一条: what an application received on `receivedOn` is late for — the limit
 * that set its last day, and the long stop (第二十一条, an absolute bar) when that has passed too. Empty
 * in time. A warning only: the organ records the application and decides within the review (第三十条).
 */
export function lateReconsiderationWarnings(
  receivedOn: string,
  window: ApplicationWindow,
): LateApplicationWarning[] {
  if (receivedOn <= window.lastDay) return [];
  const warning = (limit: 'period' | 'one-year-cap' | 'long-stop', lastDay: string, source: string) => ({
    code:
      limit === 'long-stop' ? 'RECONSIDERATION.LONG_STOP_PASSED' : 'RECONSIDERATION.APPLICATION_OUT_OF_TIME',
    limit: LIMIT_OF[limit],
    lastDay,
    source,
    message:
      limit === 'long-stop'
        ? `自行政行为作出之日起已超过五年（因不动产提出的二十年），最后一日 ${lastDay}，不予受理（${source}）`
        : `申请已超过法定申请期限（最后一日 ${lastDay}，${source}）`,
  });
  const warnings: LateApplicationWarning[] = [warning(window.limitedBy, window.lastDay, window.source)];
  if (window.limitedBy !== 'long-stop' && receivedOn > window.longStopDay)
    warnings.push(warning('long-stop', window.longStopDay, `${LAW} 第二十一条`));
  return warnings;
}

/** 第三十条第一款: the seven acceptance criteria (numbers as in the law). */
export const ACCEPTANCE_CRITERIA = {
  1: '有明确的申请人和符合本法规定的被申请人',
  2: '申请人与被申请行政复议的行政行为有利害关系',
  3: '有具体的行政复议请求和理由',
  4: '在法定申请期限内提出',
  5: '属于本法规定的行政复议范围',
  6: '属于本机关的管辖范围',
  7: '未重复申请，且人民法院未受理同一行政行为的行政诉讼',
} as const;

/** 第五十三条: what allows the simple procedure. */
export const SIMPLE_PROCEDURE_GROUNDS = {
  'on-the-spot': '被申请行政复议的行政行为是当场作出',
  'warning-or-criticism': '被申请行政复议的行政行为是警告或者通报批评',
  'small-amount': '案件涉及款额三千元以下',
  'information-disclosure': '属于政府信息公开案件',
  'all-parties-agree': '当事人各方同意适用简易程序',
} as const;
export type SimpleProcedureGround = keyof typeof SIMPLE_PROCEDURE_GROUNDS;

/** 第五十三条第一款第三项: 3,000 yuan, in fen. */
export const SIMPLE_PROCEDURE_MAX_FEN = 300_000;

/** 第三十九条第一款: the ten suspension grounds. */
export const SUSPENSION_GROUNDS = {
  1: '作为申请人的公民死亡，其近亲属尚未确定是否参加行政复议',
  2: '作为申请人的公民丧失参加行政复议的行为能力，尚未确定法定代理人',
  3: '作为申请人的公民下落不明',
  4: '作为申请人的法人或者其他组织终止，尚未确定权利义务承受人',
  5: '申请人、被申请人因不可抗力或者其他正当理由，不能参加行政复议',
  6: '依照本法规定进行调解、和解，申请人和被申请人同意中止',
  7: '案件涉及的法律适用问题需要有权机关作出解释或者确认',
  8: '案件审理需要以其他案件的审理结果为依据，而其他案件尚未审结',
  9: '有本法第五十六条或者第五十七条规定的情形',
  10: '需要中止行政复议的其他情形',
} as const;

/** 第四十一条: the five termination grounds. */
export const TERMINATION_GROUNDS = {
  1: '申请人撤回行政复议申请，行政复议机构准予撤回',
  2: '作为申请人的公民死亡，没有近亲属或者其近亲属放弃行政复议权利',
  3: '作为申请人的法人或者其他组织终止，没有权利义务承受人或者其放弃行政复议权利',
  4: '申请人因同一违法行为涉嫌犯罪，被采取刑事强制措施',
  5: '因第三十九条第一款第一项、第二项、第四项中止满六十日，中止的原因仍未消除',
} as const;

/** 第四十一条第五项: suspension grounds that lead to termination after 60 days. */
export const TERMINATING_SUSPENSION_GROUNDS: readonly number[] = [1, 2, 4];
export const SUSPENSION_TERMINATION_DAYS = 60;

/** 第六十三条至第六十九条: the decisions. */
export const DECISION_OUTCOMES = {
  change: { label: '变更', article: `${LAW} 第六十三条` },
  revoke: { label: '撤销或者部分撤销', article: `${LAW} 第六十四条` },
  'confirm-illegal': { label: '确认违法', article: `${LAW} 第六十五条` },
  'order-performance': { label: '责令履行', article: `${LAW} 第六十六条` },
  'confirm-void': { label: '确认无效', article: `${LAW} 第六十七条` },
  uphold: { label: '维持', article: `${LAW} 第六十八条` },
  'reject-claim': { label: '驳回行政复议请求', article: `${LAW} 第六十九条` },
} as const;
export type DecisionOutcome = keyof typeof DECISION_OUTCOMES;
