/**
 * Labour-arbitration rules as pure functions (劳动争议调解仲裁法, 2007; rules.md §7, R30): the one-year
 * limitation with its start, interruption, suspension and wage-arrears rules (第二十七条), and which
 * awards are final (第四十七条). Dates are business dates `YYYY-MM-DD`; money is integer fen.
 */
import { calendarDaysBetween } from '@core/calendar/iso-date';
import { laterDate, yearPeriodEnd } from './clock';
import type { ProcedureCalendar } from './definition';

/** 第二十七条第二款: what interrupts the limitation (it then runs afresh from that day). */
export const INTERRUPTION_KINDS = {
  claim: '一方当事人向对方当事人主张权利',
  'relief-request': '向有关部门请求权利救济',
  'agreed-to-perform': '对方当事人同意履行义务',
} as const;
export type InterruptionKind = keyof typeof INTERRUPTION_KINDS;

export interface LabourLimitationInput {
  /** 第二十七条第一款: the day the party knew or should have known of the infringement. */
  knewOn: string;
  interruptions?: readonly { on: string; kind: InterruptionKind }[];
  /** 第二十七条第三款: force majeure or another good reason; `to` is the day the cause ended. */
  suspensions?: readonly { from: string; to: string }[];
  /** 第二十七条第四款: a claim for unpaid wages (拖欠劳动报酬). */
  wageArrears?: { employmentEnded: boolean; endedOn?: string | undefined };
}

export interface LabourLimitation {
  rule: 'standard' | 'wage-arrears-during-employment' | 'wage-arrears-after-employment';
  /** The day the current year runs from (after the last interruption), or null when not limited. */
  runsFrom: string | null;
  /** The last day to apply, or null: wage arrears during employment are not time-barred. */
  lastDay: string | null;
  /** Days the limitation stood still (suspensions within the running year). */
  suspendedDays: number;
  provisional: boolean;
  source: string;
}

const SOURCE = '劳动争议调解仲裁法 第二十七条';

/**
 * 劳动争议调解仲裁法 第二十七条: one year from the day the party knew or should have known (第一款);
 * an interruption within the running year restarts it from that day (第二款; one after the year ran
 * out revives nothing); a suspension adds the days it lasted (第三款: the period "继续计算" once the
 * cause ends); unpaid wages are not time-barred while employment lasts, and otherwise run one year
 * from its end (第四款; interruptions and suspensions are applied to that year too, UNCONFIRMED).
 * The year ends on the corresponding day (民法典 第二百零二条) and rolls past rest days (第二百零三条).
 */
export function labourLimitation(
  input: LabourLimitationInput,
  calendar: ProcedureCalendar,
): LabourLimitation {
  const wage = input.wageArrears;
  if (wage && !wage.employmentEnded) {
    return {
      rule: 'wage-arrears-during-employment',
      runsFrom: null,
      lastDay: null,
      suspendedDays: 0,
      provisional: false,
      source: `${SOURCE}第四款`,
    };
  }
  const afterEmployment = wage?.employmentEnded === true && wage.endedOn !== undefined;
  const base = afterEmployment && wage.endedOn !== undefined ? wage.endedOn : input.knewOn;
  const suspensions = input.suspensions ?? [];

  const endOf = (from: string) => {
    let suspendedDays = 0;
    for (const s of suspensions) {
      const start = laterDate(s.from, from);
      if (s.to > start) suspendedDays += calendarDaysBetween(start, s.to);
    }
    return { ...yearPeriodEnd(from, 1, calendar, suspendedDays), suspendedDays };
  };

  let runsFrom = base;
  let end = endOf(runsFrom);
  const interruptions = [...(input.interruptions ?? [])].sort((a, b) =>
    a.on < b.on ? -1 : a.on > b.on ? 1 : 0,
  );
  for (const interruption of interruptions) {
    if (interruption.on >= runsFrom && interruption.on <= end.due) {
      runsFrom = interruption.on;
      end = endOf(runsFrom);
    }
  }
  return {
    rule: afterEmployment ? 'wage-arrears-after-employment' : 'standard',
    runsFrom,
    lastDay: end.due,
    suspendedDays: end.suspendedDays,
    provisional: end.provisional,
    source: afterEmployment ? `${SOURCE}第四款` : SOURCE,
  };
}

/** Kinds of claim and award item (第四十七条 names the final-award kinds). */
export const CLAIM_KINDS = {
  wages: '追索劳动报酬',
  'injury-medical': '工伤医疗费',
  compensation: '经济补偿',
  damages: '赔偿金',
  standards: '执行国家劳动标准（工作时间、休息休假、社会保险等）',
  'employment-relationship': '确认劳动关系',
  other: '其他请求',
} as const;
export type ClaimKind = keyof typeof CLAIM_KINDS;

/** Claim kinds that carry an amount. */
export const MONETARY_CLAIM_KINDS: readonly ClaimKind[] = [
  'wages',
  'injury-medical',
  'compensation',
  'damages',
];

/** 第四十七条第一项: the ceiling is twelve months of the local monthly minimum wage. */
export const FINAL_AWARD_MONTHS = 12;

/**
 * 劳动争议调解仲裁法 第四十七条: an award is final when every item is either a dispute over national
 * labour standards (第二项) or a claim for wages, work-injury medical costs, economic compensation or
 * damages whose amount does not exceed 12 × the local monthly minimum wage (第一项), item by item;
 * an award with any other item is not final as a whole.
 */
export function isFinalAward(
  items: readonly { kind: ClaimKind; amountFen?: number | undefined }[],
  monthlyMinimumWageFen: number | undefined,
): boolean {
  if (items.length === 0) return false;
  return items.every((item) => {
    if (item.kind === 'standards') return true;
    if (!MONETARY_CLAIM_KINDS.includes(item.kind)) return false;
    if (item.amountFen === undefined || monthlyMinimumWageFen === undefined) return false;
    return item.amountFen <= FINAL_AWARD_MONTHS * monthlyMinimumWageFen;
  });
}
