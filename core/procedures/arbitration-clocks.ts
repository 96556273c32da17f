/**
 * The statuses, state and clocks of a labour-arbitration matter (劳动争议调解仲裁法 2007; rules.md §7, R30;
 * the procedure in arbitration.ts). Plain "日" are calendar days, the last day rolling past rest days (§9).
 */
import { calendarDaysBetween } from '@core/calendar/iso-date';
import { isAdvanceAidDue } from '@core/legal-aid/deadlines';
import type { ClaimKind, ClaimLimitation } from './arbitration-rules';
import { type PeriodClock, runClock } from './clock';
import type { ProcedureCalendar } from './definition';
import type { MatterState } from './procedure-kit';

const LAW = '劳动争议调解仲裁法';

export const ARBITRATION_STATUSES = [
  'applied',
  'accepted',
  'awarded',
  'mediated',
  'refused',
  'withdrawn',
  'effective',
  'litigated',
] as const;
export type ArbitrationStatus = (typeof ARBITRATION_STATUSES)[number];

export const ARBITRATION_ACTIONS = [
  'apply',
  'accept',
  'refuse',
  'serve-respondent',
  'notify-tribunal',
  'schedule-hearing',
  'extend',
  'mediate',
  'issue-award',
  'withdraw',
  'record-lawsuit',
  'record-effective',
] as const;
export type ArbitrationAction = (typeof ARBITRATION_ACTIONS)[number];

/** 第二十九条、第三十条、第三十二条: acceptance, service of the copy, tribunal notice. */
export const ACCEPTANCE_DAYS = 5;
/** 第四十三条: the award within 45 days of acceptance, extended by at most 15 with approval. */
export const AWARD_DAYS = 45;
export const MAX_AWARD_EXTENSION_DAYS = 15;
/** 第三十五条: the hearing notice reaches the parties at least 5 days before the hearing. */
export const HEARING_NOTICE_DAYS = 5;
/** 第四十八条、第五十条: 15 days to sue after receiving the award; 第四十九条: 30 days to set aside. */
export const SUIT_DAYS = 15;
export const SET_ASIDE_DAYS = 30;

export type Side = 'worker' | 'employer';

/** A claim (仲裁请求) as applied for, with its own limitation (第二十七条) as of the application. */
export interface ArbitrationClaim {
  kind: ClaimKind;
  amountFen?: number | undefined;
  limitation: ClaimLimitation;
}

export interface ArbitrationState extends MatterState<ArbitrationStatus> {
  receivedOn: string | null;
  applicantSide: Side | null;
  claims: ArbitrationClaim[];
  /** The claim limitation the clock shows (`governingLimitation`), with the claim's index. */
  limitation: (ClaimLimitation & { claimIndex: number }) | null;
  acceptedOn: string | null;
  servedOn: string | null;
  tribunal: { arbitrators: string[]; notifiedOn: string } | null;
  hearingOn: string | null;
  extensionDays: number;
  award: { issuedOn: string; servedOn: string; final: boolean; late: boolean } | null;
  lawsuit: { filedOn: string; by: Side; kind: 'suit' | 'set-aside' } | null;
  /** `limitationExpired`: at least one claim was applied for after its limitation ended. */
  flags: { advanceLegalAid: boolean; limitationExpired: boolean };
}

/** A calendar-day clock of this law; `staff: false` for a party's own deadline. */
export function dayClock(
  spec: {
    kind: string;
    label: string;
    startsAt: string;
    amount: number;
    source: string;
    extendedBy?: number;
    staff?: boolean;
  },
  calendar: ProcedureCalendar,
  today: string,
): PeriodClock {
  const { staff = true, ...rest } = spec;
  return runClock(
    { ...rest, basis: 'calendar-days', ...(staff ? { responsibleRole: 'window-clerk' as const } : {}) },
    { calendar, today },
  );
}

/** 第二十九条: accept or refuse within 5 days of receiving the application. */
export function acceptanceClock(
  state: ArbitrationState,
  calendar: ProcedureCalendar,
  today: string,
): PeriodClock {
  const startsAt = state.receivedOn ?? today;
  const source = `${LAW} 第二十九条`;
  return dayClock(
    { kind: 'acceptance', label: '决定是否受理', startsAt, amount: ACCEPTANCE_DAYS, source },
    calendar,
    today,
  );
}

/** 第四十三条第一款: 45 days from acceptance, plus approved extensions (≤ 15). */
export function awardClock(state: ArbitrationState, calendar: ProcedureCalendar, today: string): PeriodClock {
  return dayClock(
    {
      kind: 'award',
      label: '作出仲裁裁决',
      startsAt: state.acceptedOn ?? today,
      amount: AWARD_DAYS,
      source: `${LAW} 第四十三条第一款`,
      extendedBy: state.extensionDays,
    },
    calendar,
    today,
  );
}

/**
 * The applicant's own deadlines (no staff member answers for them): the limitation before acceptance
 * (第二十七条; of several claims, the one `governingLimitation` picks); after the award, 15 days to sue (第四十八条 for a worker against a final award, 第五十条
 * otherwise) and, for an employer against a final award, 30 days to apply to set it aside (第四十九条).
 */
export function applicantDeadlines(
  state: ArbitrationState,
  calendar: ProcedureCalendar,
  today: string,
): PeriodClock[] {
  if (state.status === 'applied' && state.limitation?.lastDay && state.limitation.runsFrom) {
    const { runsFrom, lastDay, provisional, source, claimIndex } = state.limitation;
    return [
      {
        kind: 'limitation',
        label: state.claims.length > 1 ? `仲裁时效届满（第${claimIndex + 1}项请求）` : '仲裁时效届满',
        startsAt: runsFrom,
        dueAt: lastDay,
        basis: 'calendar-days',
        amount: calendarDaysBetween(runsFrom, lastDay),
        source,
        provisional,
      },
    ];
  }
  if (state.status !== 'awarded' || !state.award) return [];
  const { servedOn, final } = state.award;
  const suit = dayClock(
    {
      kind: 'suit',
      label: '不服仲裁裁决向人民法院起诉',
      startsAt: servedOn,
      amount: SUIT_DAYS,
      source: `${LAW} ${final ? '第四十八条' : '第五十条'}`,
      staff: false,
    },
    calendar,
    today,
  );
  if (!final || state.applicantSide === 'worker') return [suit];
  return [
    dayClock(
      {
        kind: 'set-aside',
        label: '申请撤销终局裁决',
        startsAt: servedOn,
        amount: SET_ASIDE_DAYS,
        source: `${LAW} 第四十九条`,
        staff: false,
      },
      calendar,
      today,
    ),
  ];
}

/** 法律援助法 第四十四条第一项 (R30): an applicant's deadline is fewer than 7 days away on `today`. */
export function arbitrationAdvanceLegalAid(
  state: ArbitrationState,
  calendar: ProcedureCalendar,
  today: string,
): boolean {
  return applicantDeadlines(state, calendar, today).some((deadline) =>
    isAdvanceAidDue(deadline.dueAt, today),
  );
}

/** A party's window after the award is served (第四十八条至第五十条). */
export function windowClock(
  servedOn: string,
  days: number,
  calendar: ProcedureCalendar,
  today: string,
): PeriodClock {
  return dayClock(
    { kind: 'window', label: '', startsAt: servedOn, amount: days, source: '', staff: false },
    calendar,
    today,
  );
}
