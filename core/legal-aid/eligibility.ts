import { isIsoDate } from '@core/calendar/iso-date';
import {
  type EligibilityReason,
  type EligibilityReasonCode,
  effectOf,
  reasonOf,
} from './eligibility-reasons';

export {
  ELIGIBILITY_REASON_MESSAGES,
  ELIGIBILITY_REASONS,
  type EligibilityReason,
  type EligibilityReasonCode,
} from './eligibility-reasons';

/**
 * Legal-aid eligibility under the 法律援助法 (adopted 2021-08-20, in force 2022-01-01, art. 71).
 *
 * Pure and I/O-free. The intake panel calls it on every keystroke, so it never throws: a missing or
 * invalid fact gives verdict 'incomplete' with the fact named in `reasons`, never a guess. Every
 * missing fact is listed at once, as art. 43 para. 2 wants one single notice (一次性告知).
 *
 * Money is computed in integer fen; the per-capita figure is rounded half-up to the fen.
 */

export const CASE_KINDS = ['criminal-defence', 'criminal-victim', 'civil', 'administrative'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** 法律援助法 第二十五条第一款 items 1–6 (item 7, "others by law", has no entry yet). */
export const MANDATORY_GROUNDS = [
  'minor',
  'sensory-disability',
  'mental-disability',
  'life-or-death-sentence',
  'death-review',
  'in-absentia',
] as const;
export type MandatoryGround = (typeof MANDATORY_GROUNDS)[number];

/** 法律援助法 第三十一条 items 1–8, in order (item 9 is `EligibilityPolicy.localMatters`). */
export const ART31_MATTERS = [
  'state-compensation',
  'social-insurance-or-assistance',
  'pension',
  'maintenance',
  'labour-relation-or-remuneration',
  'civil-capacity',
  'personal-injury',
  'environmental-damage',
] as const;
export type Art31Matter = (typeof ART31_MATTERS)[number];
/** An art. 31 matter or a local addition's code; `string & Record<never, never>` keeps autocompletion. */
export type Matter = Art31Matter | (string & Record<never, never>);

/** 法律援助法 第三十二条 items 1–4. */
export const ART32_CIRCUMSTANCES = [
  'martyr-relative-rights',
  'good-samaritan',
  'retrial-acquittal-compensation',
  'abuse-abandonment-domestic-violence',
] as const;
export type Art32Circumstance = (typeof ART32_CIRCUMSTANCES)[number];

/** 法律援助法 第四十二条 items 1–3, one entry per group. */
export const ART42_EXEMPTIONS = [
  'minor-no-income',
  'elderly-no-income',
  'disabled-no-income',
  'social-assistance',
  'judicial-assistance',
  'special-care',
  'migrant-worker-wage-or-injury',
] as const;
export type Art42Exemption = (typeof ART42_EXEMPTIONS)[number];

/** How hardship is evidenced (法律援助法 第四十一条): all three are checked against the same standard. */
export const HARDSHIP_METHODS = ['commitment', 'information-sharing', 'documents'] as const;
export type HardshipMethod = (typeof HARDSHIP_METHODS)[number];

/** Art. 42 item 3 covers only wage claims and work-injury compensation. */
const MIGRANT_WORKER_MATTERS: readonly string[] = ['labour-relation-or-remuneration', 'personal-injury'];

/** 法律援助法 第七十一条. */
export const LEGAL_AID_LAW_IN_FORCE_FROM = '2022-01-01';

export interface HardshipFacts {
  householdSize: number;
  householdMonthlyIncomeYuan: number;
  method: HardshipMethod;
}

export interface EligibilityInput {
  /** The date the agency received the application (or the criminal notice), `YYYY-MM-DD` Beijing. */
  applicationDate: string;
  caseKind: CaseKind;
  /** Art. 25 ground; read only for 'criminal-defence'. */
  mandatory?: MandatoryGround;
  /** Civil/administrative matter (art. 31, or a local code). Also read for the art. 42 item 3 check. */
  matter?: Matter;
  circumstances?: Art32Circumstance[];
  /** Art. 42 groups the applicant has shown proof of (the proof is attached at intake, R7). */
  exemptions?: Art42Exemption[];
  hardship?: HardshipFacts;
}

/** A province's hardship standard (法律援助法 第三十四条), one version of the versioned table. */
export interface HardshipStandard {
  monthlyPerCapitaYuan: number;
  basis: 'dibao' | 'low-income' | 'other';
  regionCode: string;
  /** First day in force, `YYYY-MM-DD`. The caller picks the version in force on the application date. */
  effectiveFrom: string;
}

export interface EligibilityPolicy {
  standard: HardshipStandard;
  /** Local additions to art. 31 item 9 (法律、法规、规章规定的其他情形), as matter codes. */
  localMatters?: string[];
}

export type Verdict = 'eligible' | 'ineligible' | 'incomplete';
export type HardshipOutcome = 'not-required' | 'exempt' | 'met' | 'not-met' | 'unknown';

export interface EligibilityResult {
  verdict: Verdict;
  hardship: HardshipOutcome;
  /** Art. 26: a lawyer with ≥3 years of relevant practice. */
  requiresSeniorLawyer: boolean;
  /** Household income ÷ household size, yuan rounded half-up to the fen; present when the art. 34 test ran. */
  perCapitaIncomeYuan?: number;
  reasons: EligibilityReason[];
}

interface HardshipAssessment {
  outcome: HardshipOutcome;
  reasons: EligibilityReason[];
  perCapitaIncomeYuan?: number;
}

/** How a case kind reaches aid: its reasons, and whether the hardship condition is to be assessed. */
interface Basis {
  reasons: EligibilityReason[];
  hardship: 'assess' | 'not-required' | 'unknown';
}

/**
 * Assesses one application or criminal notice.
 *
 * - 法律援助法 第二十五条: 'criminal-defence' with a `mandatory` ground is eligible with no
 *   application and no hardship test (hardship 'not-required').
 * - 第二十六条: 'life-or-death-sentence' and 'death-review' set `requiresSeniorLawyer`.
 * - 第二十四条 (defence without a mandatory ground) and 第二十九条 ('criminal-victim') are applications:
 *   the hardship condition applies, as for civil and administrative matters.
 * - 第三十一条: a civil/administrative matter must be on the list (items 1–8) or in
 *   `policy.localMatters` (item 9), else 'ineligible'. An art. 32 circumstance also puts the matter
 *   in scope: art. 32's items are themselves matters (martyr's personality rights, good-samaritan
 *   claims, ...) that the law treats as aid matters free of the hardship condition, and would be
 *   pointless if they still had to appear on art. 31's list.
 * - 第三十二条: a circumstance waives the hardship condition (hardship 'not-required'), whatever the
 *   case kind. Item 3 (retrial acquittal → state compensation) thus also frees an art. 31 item 1
 *   'state-compensation' matter from the test.
 * - 第四十二条: an exemption skips the hardship check (hardship 'exempt'). Item 3 (migrant workers)
 *   applies only to wage or work-injury claims: it is refused for a criminal defence or a stated
 *   matter other than 'labour-relation-or-remuneration' / 'personal-injury' (note
 *   EXEMPTION_MATTER_MISMATCH).
 * - 第三十四条 / 第四十一条: otherwise per-capita income must not exceed the standard in force on the
 *   application date. The commitment (个人诚信承诺) is only a way to evidence the figures: above the
 *   standard it is 'not-met' like any other method.
 *
 * Verdict: 'ineligible' when a condition fails (out of scope, hardship not met; missing facts are
 * then left out of `reasons`, as none could change the outcome); else 'incomplete' when a fact is
 * missing or invalid (hardship 'unknown' when that fact is a hardship fact); else 'eligible'.
 * Unknown values in `circumstances` / `exemptions` are ignored: honouring them could only loosen the
 * test, never tighten it.
 */
export function assessEligibility(input: EligibilityInput, policy: EligibilityPolicy): EligibilityResult {
  const requiresSeniorLawyer =
    input.caseKind === 'criminal-defence' &&
    (input.mandatory === 'life-or-death-sentence' || input.mandatory === 'death-review');
  const senior = requiresSeniorLawyer ? [reasonOf('SENIOR_LAWYER_REQUIRED')] : [];

  const dateProblem = checkApplicationDate(input.applicationDate);
  if (dateProblem) {
    return {
      verdict: 'incomplete',
      hardship: 'unknown',
      requiresSeniorLawyer,
      reasons: [dateProblem, ...senior],
    };
  }

  const basis = findBasis(input, policy);
  const hardship: HardshipAssessment =
    basis.hardship === 'assess'
      ? assessHardship(input, policy.standard)
      : { outcome: basis.hardship, reasons: [] };

  const found = [...basis.reasons, ...senior, ...hardship.reasons];
  const blocked = found.some((reason) => effectOf(reason) === 'blocker');
  const missing = found.some((reason) => effectOf(reason) === 'missing');
  const result: EligibilityResult = {
    verdict: blocked ? 'ineligible' : missing ? 'incomplete' : 'eligible',
    hardship: hardship.outcome,
    requiresSeniorLawyer,
    reasons: blocked ? found.filter((reason) => effectOf(reason) !== 'missing') : found,
  };
  if (hardship.perCapitaIncomeYuan !== undefined) result.perCapitaIncomeYuan = hardship.perCapitaIncomeYuan;
  return result;
}

/** 法律援助法 第四十三条 (date of receipt) and 第七十一条 (in force from 2022-01-01). */
function checkApplicationDate(date: unknown): EligibilityReason | undefined {
  if (!isIsoDate(date)) return reasonOf('INVALID_APPLICATION_DATE');
  if (date < LEGAL_AID_LAW_IN_FORCE_FROM) return reasonOf('LAW_NOT_IN_FORCE');
  return undefined;
}

/** Arts. 24, 25, 29 and 31/32: the route to aid for each case kind. */
function findBasis(input: EligibilityInput, policy: EligibilityPolicy): Basis {
  const kind = input.caseKind;
  switch (kind) {
    case 'criminal-defence':
      if (isBlank(input.mandatory)) return { reasons: [reasonOf('DEFENCE_APPLICATION')], hardship: 'assess' };
      return isOneOf(MANDATORY_GROUNDS, input.mandatory)
        ? { reasons: [reasonOf('MANDATORY_DEFENCE')], hardship: 'not-required' }
        : { reasons: [reasonOf('UNKNOWN_MANDATORY_GROUND')], hardship: 'unknown' };
    case 'criminal-victim':
      return { reasons: [reasonOf('VICTIM_APPLICATION')], hardship: 'assess' };
    case 'civil':
    case 'administrative':
      return { reasons: [reasonOf(scopeOf(input, policy))], hardship: 'assess' };
    default: {
      const unexpected: never = kind;
      void unexpected;
      return { reasons: [reasonOf('MISSING_CASE_KIND')], hardship: 'unknown' };
    }
  }
}

/** 法律援助法 第三十一条 (items 1–9) and 第三十二条 (circumstances in scope). */
function scopeOf(input: EligibilityInput, policy: EligibilityPolicy): EligibilityReasonCode {
  const matter = matterOf(input);
  if (matter !== undefined) {
    if (isOneOf(ART31_MATTERS, matter)) return 'MATTER_IN_SCOPE';
    if (Array.isArray(policy.localMatters) && policy.localMatters.includes(matter))
      return 'LOCAL_MATTER_IN_SCOPE';
  }
  if (hasCircumstance(input)) return 'CIRCUMSTANCE_IN_SCOPE';
  return matter === undefined ? 'MISSING_MATTER' : 'MATTER_NOT_IN_SCOPE';
}

/** 法律援助法 第三十二条, 第四十二条, then the 第三十四条 test. */
function assessHardship(input: EligibilityInput, standard: HardshipStandard | undefined): HardshipAssessment {
  if (hasCircumstance(input)) return { outcome: 'not-required', reasons: [reasonOf('HARDSHIP_WAIVED')] };

  const claimed = listKnown(ART42_EXEMPTIONS, input.exemptions);
  const applicable = claimed.filter(
    (exemption) => exemption !== 'migrant-worker-wage-or-injury' || migrantWorkerClaimFits(input),
  );
  const notes = applicable.length < claimed.length ? [reasonOf('EXEMPTION_MATTER_MISMATCH')] : [];
  if (applicable.length > 0) return { outcome: 'exempt', reasons: [reasonOf('HARDSHIP_EXEMPT'), ...notes] };

  const test = testHardship(input.hardship, input.applicationDate, standard);
  return { ...test, reasons: [...notes, ...test.reasons] };
}

/**
 * 法律援助法 第四十二条第三项: wage or work-injury claims only. Refused when the claim is known to be
 * something else: a criminal defence, or a stated matter outside the two. With no matter stated the
 * claim is taken at face value (a civil application without a matter is incomplete anyway).
 * 'personal-injury' also covers traffic, food/drug and medical accidents (art. 31 item 7 is one code).
 */
function migrantWorkerClaimFits(input: EligibilityInput): boolean {
  if (input.caseKind === 'criminal-defence') return false;
  const matter = matterOf(input);
  return matter === undefined || MIGRANT_WORKER_MATTERS.includes(matter);
}

/**
 * 法律援助法 第三十四条 (provincial standard) and 第四十一条 (how the figures are evidenced):
 * met when household income ÷ household size, rounded half-up to the fen, is ≤ the standard. The
 * rounded figure is compared, as it is the one shown to the clerk and written on the decision.
 */
function testHardship(
  facts: HardshipFacts | undefined,
  applicationDate: string,
  standard: HardshipStandard | undefined,
): HardshipAssessment {
  if (facts === undefined || facts === null)
    return { outcome: 'unknown', reasons: [reasonOf('MISSING_HARDSHIP')] };

  const size = facts.householdSize;
  const validSize = Number.isSafeInteger(size) && size >= 1;
  const incomeFen = toFen(facts.householdMonthlyIncomeYuan);
  const problems: EligibilityReason[] = [];
  if (!validSize) problems.push(reasonOf('INVALID_HOUSEHOLD_SIZE'));
  if (incomeFen === undefined) problems.push(reasonOf('INVALID_INCOME'));
  if (!isOneOf(HARDSHIP_METHODS, facts.method)) problems.push(reasonOf('INVALID_HARDSHIP_METHOD'));
  if (problems.length > 0 || incomeFen === undefined) return { outcome: 'unknown', reasons: problems };

  const perCapitaFen = divideHalfUp(incomeFen, size);
  const perCapitaIncomeYuan = perCapitaFen / 100;
  const standardFen = toFen(standard?.monthlyPerCapitaYuan);
  if (standard === undefined || standardFen === undefined || !isIsoDate(standard.effectiveFrom)) {
    return { outcome: 'unknown', reasons: [reasonOf('INVALID_STANDARD')], perCapitaIncomeYuan };
  }
  if (standard.effectiveFrom > applicationDate) {
    return { outcome: 'unknown', reasons: [reasonOf('STANDARD_NOT_IN_FORCE')], perCapitaIncomeYuan };
  }
  return perCapitaFen <= standardFen
    ? { outcome: 'met', reasons: [reasonOf('HARDSHIP_MET')], perCapitaIncomeYuan }
    : { outcome: 'not-met', reasons: [reasonOf('HARDSHIP_NOT_MET')], perCapitaIncomeYuan };
}

/** A non-negative yuan amount as integer fen (rounded to the fen), or undefined when invalid. */
function toFen(yuan: unknown): number | undefined {
  if (typeof yuan !== 'number' || !Number.isFinite(yuan) || yuan < 0) return undefined;
  const fen = Math.round(yuan * 100);
  return Number.isSafeInteger(fen) ? fen : undefined;
}

/** `dividend / divisor` rounded half-up, exactly (BigInt: no float error, no overflow). */
function divideHalfUp(dividend: number, divisor: number): number {
  const d = BigInt(divisor);
  return Number((2n * BigInt(dividend) + d) / (2n * d));
}

function matterOf(input: EligibilityInput): string | undefined {
  return typeof input.matter === 'string' && input.matter.trim() !== '' ? input.matter.trim() : undefined;
}

function hasCircumstance(input: EligibilityInput): boolean {
  return listKnown(ART32_CIRCUMSTANCES, input.circumstances).length > 0;
}

function listKnown<T extends string>(values: readonly T[], list: unknown): T[] {
  return Array.isArray(list) ? list.filter((item): item is T => isOneOf(values, item)) : [];
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}
