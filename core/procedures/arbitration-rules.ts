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
  /**
   * 第二十七条第一款: the day the party knew or should have known of the infringement. Not needed for
   * unpaid wages (第四款: no limit during employment, else from its end).
   */
  knewOn?: string | undefined;
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
  if (base === undefined) throw new RangeError('labourLimitation: knewOn is needed outside the wage rule');
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

/** 第二十七条第四款: whether the labour relation of a wage claim still lasts. */
export const EMPLOYMENT_STATES = {
  ongoing: '劳动关系存续',
  ended: '劳动关系已经终止',
} as const;
export type EmploymentState = keyof typeof EMPLOYMENT_STATES;

/** A claim (仲裁请求) with what its own limitation needs. */
export interface LimitedClaim {
  kind: ClaimKind;
  /** This claim's own day of knowing; absent: the matter's `knewOn`. */
  knewOn?: string | undefined;
  /** Wage claims only (第二十七条第四款). */
  employment?: EmploymentState | undefined;
  endedOn?: string | undefined;
}

/**
 * The limitation input of one claim (劳动争议调解仲裁法 第二十七条, per 仲裁请求): its own knew-on day or
 * the matter's; for a wage claim (追索劳动报酬) the wage rule of 第四款 from the claim's `employment`, or
 * from the matter-wide `wageArrears` of payloads recorded before claims carried their own (kept so old
 * logs replay unchanged). A wage claim saying nothing of employment follows 第一款 like any other claim.
 * Interruptions and suspensions are matter-wide: a claim of rights, a request for relief or a promise
 * to perform (第二款) and an obstacle (第三款) concern the dispute as a whole, so they apply to every
 * claim (one dated before a claim's own start does nothing to it). Undefined when the claim needs a
 * knew-on day and neither it nor the matter has one.
 */
export function claimLimitationInput(
  claim: LimitedClaim,
  matter: Omit<LabourLimitationInput, 'knewOn'> & { knewOn?: string | undefined },
): LabourLimitationInput | undefined {
  const own =
    claim.employment === undefined
      ? undefined
      : { employmentEnded: claim.employment === 'ended', endedOn: claim.endedOn };
  const wageArrears = claim.kind === 'wages' ? (own ?? matter.wageArrears) : undefined;
  const knewOn = claim.knewOn ?? matter.knewOn;
  const exempt =
    wageArrears !== undefined && (!wageArrears.employmentEnded || wageArrears.endedOn !== undefined);
  if (knewOn === undefined && !exempt) return undefined;
  return {
    ...(knewOn === undefined ? {} : { knewOn }),
    ...(matter.interruptions ? { interruptions: matter.interruptions } : {}),
    ...(matter.suspensions ? { suspensions: matter.suspensions } : {}),
    ...(wageArrears ? { wageArrears } : {}),
  };
}

/** A claim's limitation as of the application: `expired` when received after its last day. */
export type ClaimLimitation = LabourLimitation & { expired: boolean };

/** 第二十七条 for one claim received on `receivedOn` (the input from `claimLimitationInput`). */
export function claimLimitation(
  input: LabourLimitationInput,
  receivedOn: string,
  calendar: ProcedureCalendar,
): ClaimLimitation {
  const limitation = labourLimitation(input, calendar);
  return { ...limitation, expired: limitation.lastDay !== null && receivedOn > limitation.lastDay };
}

/**
 * The claim limitation a clerk watches (one 'limitation' clock per matter): the earliest last day among
 * the claims still in time, or, when every limited claim is out of time, the earliest of those. Null
 * when no claim is limited (wage arrears during employment only).
 */
export function governingLimitation<T extends { limitation: ClaimLimitation }>(
  claims: readonly T[],
): { claimIndex: number; limitation: ClaimLimitation } | null {
  const limited = claims
    .map((claim, claimIndex) => ({ claimIndex, limitation: claim.limitation }))
    .filter((c) => c.limitation.lastDay !== null);
  const pending = limited.filter((c) => !c.limitation.expired);
  const pool = pending.length > 0 ? pending : limited;
  let best: (typeof pool)[number] | null = null;
  for (const c of pool)
    if (best === null || (c.limitation.lastDay ?? '') < (best.limitation.lastDay ?? '')) best = c;
  return best;
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
