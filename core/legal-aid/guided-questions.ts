import type { EligibilityResult } from './eligibility';

/**
 * The citizen's guided online application (12348-style): ask only what `assessEligibility` needs next,
 * one question at a time, and stop as soon as the verdict no longer depends on a missing fact.
 *
 * Order, following the statute's route to aid:
 * 1. the case kind (法律援助法 第二十二条);
 * 2. criminal defence: whether an art. 25 ground applies (then no application and no hardship test);
 * 3. civil/administrative: the matter (第三十一条);
 * 4. the art. 32 circumstances, only when they could change the outcome: the matter is out of scope or
 *    missing, or hardship still has to be shown (第三十二条 waives it);
 * 5. the art. 42 groups, only when hardship still has to be shown (they skip the check);
 * 6. household size and income, evidenced by the credit commitment (第三十四条、第四十一条).
 */
export const GUIDED_QUESTIONS = [
  'caseKind',
  'mandatory',
  'matter',
  'circumstances',
  'exemptions',
  'hardship',
] as const;
export type GuidedQuestion = (typeof GUIDED_QUESTIONS)[number];

/**
 * What the citizen has answered so far. `undefined` = not asked yet; `null` (mandatory) or `[]`
 * (circumstances, exemptions) = asked and answered "none of these". A civil matter outside art. 31's
 * list is sent as any code that is not on it (e.g. 'other').
 */
export interface GuidedAnswers {
  caseKind?: string | undefined;
  mandatory?: string | null | undefined;
  matter?: string | undefined;
  circumstances?: string[] | undefined;
  exemptions?: string[] | undefined;
  hardship?: { householdSize?: number | null; householdMonthlyIncomeYuan?: number | null } | undefined;
}

const SCOPE_OPEN = ['MATTER_NOT_IN_SCOPE', 'MISSING_MATTER'];

/** The next question to ask, or null when the verdict is settled (or only an invalid answer is left). */
export function nextQuestion(answers: GuidedAnswers, result: EligibilityResult): GuidedQuestion | null {
  const kind = answers.caseKind;
  if (kind === undefined || kind === '') return 'caseKind';
  if (kind === 'criminal-defence' && answers.mandatory === undefined) return 'mandatory';
  const civil = kind === 'civil' || kind === 'administrative';
  if (civil && answers.matter === undefined) return 'matter';
  const codes = new Set<string>(result.reasons.map((r) => r.code));
  const scopeOpen = civil && SCOPE_OPEN.some((code) => codes.has(code));
  const hardshipOpen = result.hardship === 'unknown' || result.hardship === 'not-met';
  if (answers.circumstances === undefined && (scopeOpen || hardshipOpen)) return 'circumstances';
  if (result.verdict !== 'incomplete') return null;
  if (result.hardship === 'unknown') {
    if (answers.exemptions === undefined) return 'exemptions';
    if (answers.hardship === undefined) return 'hardship';
  }
  return null;
}
