import { businessDateOf, startOfBusinessDate } from '@core/calendar/business-date';

/**
 * 五个当天 ("five same-day"): apply, accept, approve, assign and start aid on one business day.
 * It is a local service commitment, not a statute; the statutory ceilings it beats are
 * 法律援助法 第四十三条 (decide within 7 days of receipt, assign within 3 days of the decision).
 * Every day here is a Beijing business date (`businessDateOf`), whatever the process time zone.
 */

/** The milestones in the order they happen. */
export const FIVE_SAME_DAY_MILESTONES = [
  'appliedAt',
  'acceptedAt',
  'approvedAt',
  'assignedAt',
  'aidStartedAt',
] as const;
export type FiveSameDayMilestone = (typeof FIVE_SAME_DAY_MILESTONES)[number];

/** Chinese labels for the UI. */
export const FIVE_SAME_DAY_LABELS: Record<FiveSameDayMilestone, string> = {
  appliedAt: '当天申请',
  acceptedAt: '当天受理',
  approvedAt: '当天审批',
  assignedAt: '当天指派',
  aidStartedAt: '当天提供援助',
};

/**
 * The instants a matter reached each milestone; undefined = not reached yet. `refusedAt` is the
 * instant of a refusal (不予法律援助): it is the 审批 decision (法律援助法 第四十三条第一款), so it takes
 * the place of `approvedAt`, and 指派 and 提供援助 no longer apply.
 */
export type FiveSameDayMilestones = Partial<Record<FiveSameDayMilestone | 'refusedAt', Date | undefined>>;

/** A milestone that does not apply any more: after a refusal, 指派 and 提供援助. */
const NOT_APPLICABLE_AFTER_REFUSAL: readonly FiveSameDayMilestone[] = ['assignedAt', 'aidStartedAt'];

export interface FiveSameDayResult {
  /** Nothing missing, nothing late, nothing out of order. */
  met: boolean;
  /** The business date of `appliedAt`, `YYYY-MM-DD`. */
  businessDate: string;
  /** Milestones not reached yet, in milestone order. */
  missing: FiveSameDayMilestone[];
  /** Milestones reached on a later business date than `appliedAt`, in milestone order. */
  late: FiveSameDayMilestone[];
  /**
   * Milestones recorded at an earlier instant than a milestone before them (e.g. approved before
   * accepted, or anything before `appliedAt`): a data error. They break `met` and show red, but are
   * not called late, since they are not late.
   */
  outOfOrder: FiveSameDayMilestone[];
  /**
   * The 审批 step ended in a refusal (不予法律援助): `approvedAt` counts as decided (not missing), its
   * instant (if known) is `refusedAt`; the steps after it are `notApplicable`; `met` is false.
   */
  refused: boolean;
  /** Milestones that no longer apply (after a refusal: assignedAt, aidStartedAt), in milestone order. */
  notApplicable: FiveSameDayMilestone[];
  /**
   * The next milestone to reach: the first missing one, or null when none is left (met, or refused:
   * after a refusal only the applicant's objection remains, 法律援助法 第四十九条).
   */
  next: FiveSameDayMilestone | null;
}

/**
 * Checks the five milestones of one legal-aid matter against its application's business date.
 * Equal instants are in order (a one-stop window may accept and approve at once).
 *
 * A refusal — `milestones.refusedAt`, or `options.refused` when the instant is not at hand (a list
 * row) — is the 审批 decision (法律援助法 第四十三条第一款): 审批 is done (late if refused on a later
 * business date), 指派 and 提供援助 are not applicable, `next` is null and `met` is false.
 * Throws RangeError when `appliedAt` is absent (every matter has a receipt time, R1) or any
 * milestone is an invalid Date.
 */
export function assessFiveSameDay(
  milestones: FiveSameDayMilestones,
  options: { refused?: boolean } = {},
): FiveSameDayResult {
  const appliedAt = milestones.appliedAt;
  if (appliedAt === undefined) throw new RangeError('assessFiveSameDay: appliedAt is required');
  const businessDate = businessDateOf(appliedAt);
  const refused =
    (options.refused === true || milestones.refusedAt !== undefined) && milestones.approvedAt === undefined;
  if (milestones.refusedAt !== undefined) businessDateOf(milestones.refusedAt);

  const missing: FiveSameDayMilestone[] = [];
  const late: FiveSameDayMilestone[] = [];
  const outOfOrder: FiveSameDayMilestone[] = [];
  const notApplicable: FiveSameDayMilestone[] = [];
  let latest = appliedAt.getTime();
  for (const name of FIVE_SAME_DAY_MILESTONES.slice(1)) {
    if (refused && NOT_APPLICABLE_AFTER_REFUSAL.includes(name)) {
      notApplicable.push(name);
      continue;
    }
    const at = refused && name === 'approvedAt' ? milestones.refusedAt : milestones[name];
    if (at === undefined) {
      // A refusal without its instant (a list row) is still the decision.
      if (!(refused && name === 'approvedAt')) missing.push(name);
      continue;
    }
    // Business dates compare as strings: YYYY-MM-DD.
    if (businessDateOf(at) > businessDate) late.push(name);
    if (at.getTime() < latest) outOfOrder.push(name);
    else latest = at.getTime();
  }
  const met = !refused && missing.length === 0 && late.length === 0 && outOfOrder.length === 0;
  const next = missing[0] ?? null;
  return { met, businessDate, missing, late, outOfOrder, refused, notApplicable, next };
}

export type FiveSameDayLight = 'green' | 'amber' | 'red';

/** Thresholds of `fiveSameDayLight`, as Beijing clock times `HH:mm` on the business date ('24:00' = its end). */
export interface FiveSameDayLightOptions {
  /** From this time on, a matter with milestones still missing is amber. Default '15:00'. */
  amberFrom?: string;
  /** From this time on, a matter with milestones still missing is red. Default '24:00' (the date has passed). */
  redFrom?: string;
}

export const FIVE_SAME_DAY_LIGHT_DEFAULTS: Required<FiveSameDayLightOptions> = {
  amberFrom: '15:00',
  redFrom: '24:00',
};

/**
 * The traffic light of a five-same-day result at instant `now`:
 * - green: met, refused on time with nothing missing, or milestones missing but it is before `amberFrom` on the business date (on track);
 * - amber: milestones missing and `now` is at or after `amberFrom`, before `redFrom`;
 * - red: something late or out of order, or milestones missing at or after `redFrom` (by default,
 *   once the business date has passed).
 * Throws RangeError on a threshold that is not `HH:mm` (00:00–24:00) or an `amberFrom` after `redFrom`.
 */
export function fiveSameDayLight(
  result: FiveSameDayResult,
  now: Date,
  options: FiveSameDayLightOptions = {},
): FiveSameDayLight {
  const amberMinutes = minutesOf(options.amberFrom ?? FIVE_SAME_DAY_LIGHT_DEFAULTS.amberFrom, 'amberFrom');
  const redMinutes = minutesOf(options.redFrom ?? FIVE_SAME_DAY_LIGHT_DEFAULTS.redFrom, 'redFrom');
  if (amberMinutes > redMinutes)
    throw new RangeError('fiveSameDayLight: amberFrom must not be after redFrom');
  if (Number.isNaN(now.getTime())) throw new RangeError('fiveSameDayLight: now is an invalid Date');

  if (result.met) return 'green';
  if (result.late.length > 0 || result.outOfOrder.length > 0) return 'red';
  // A refusal decided on the day ends the clock in time: nothing is left to be late.
  if (result.refused && result.missing.length === 0) return 'green';
  const minutesIntoDay = (now.getTime() - startOfBusinessDate(result.businessDate).getTime()) / 60_000;
  if (minutesIntoDay >= redMinutes) return 'red';
  if (minutesIntoDay >= amberMinutes) return 'amber';
  return 'green';
}

function minutesOf(time: string, label: string): number {
  const match = /^(\d{2}):([0-5]\d)$/.exec(time);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  // NaN fails the comparison too.
  if (!(minutes <= 24 * 60)) {
    throw new RangeError(
      `fiveSameDayLight: ${label} must be HH:mm from 00:00 to 24:00, got ${JSON.stringify(time)}`,
    );
  }
  return minutes;
}
