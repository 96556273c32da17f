import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ART31_MATTERS,
  ART32_CIRCUMSTANCES,
  ART42_EXEMPTIONS,
  assessEligibility,
  ELIGIBILITY_REASON_MESSAGES,
  ELIGIBILITY_REASONS,
  type EligibilityInput,
  type EligibilityPolicy,
  type EligibilityReasonCode,
  type EligibilityResult,
  type HardshipFacts,
  type HardshipOutcome,
  MANDATORY_GROUNDS,
  type Verdict,
} from './eligibility';

const POLICY: EligibilityPolicy = {
  standard: {
    monthlyPerCapitaYuan: 1000,
    basis: 'low-income',
    regionCode: '150200',
    effectiveFrom: '2024-01-01',
  },
  localMatters: ['consumer-rights'],
};
const withStandard = (standard: Partial<EligibilityPolicy['standard']>): EligibilityPolicy => ({
  ...POLICY,
  standard: { ...POLICY.standard, ...standard },
});

/** 2400 ÷ 3 = 800 ≤ 1000. */
const POOR: HardshipFacts = {
  householdSize: 3,
  householdMonthlyIncomeYuan: 2400,
  method: 'information-sharing',
};
/** 4000 ÷ 2 = 2000 > 1000. */
const RICH: HardshipFacts = { householdSize: 2, householdMonthlyIncomeYuan: 4000, method: 'commitment' };

/** Lets a row carry what a half-filled form can hold at run time, outside the static types. */
type Loose<T> = { [K in keyof T]?: unknown };

interface Row {
  article: string;
  name: string;
  input: Loose<EligibilityInput>;
  policy?: EligibilityPolicy;
  verdict: Verdict;
  hardship: HardshipOutcome;
  codes: EligibilityReasonCode[];
  senior?: boolean;
  perCapita?: number;
}

const run = (row: Pick<Row, 'input' | 'policy'>): EligibilityResult =>
  assessEligibility(
    { applicationDate: '2026-03-16', ...row.input } as EligibilityInput,
    row.policy ?? POLICY,
  );

function expectRow(row: Row): void {
  const result = run(row);
  expect(result.reasons.map((reason) => reason.code)).toEqual(row.codes);
  expect(result.verdict).toBe(row.verdict);
  expect(result.hardship).toBe(row.hardship);
  expect(result.requiresSeniorLawyer).toBe(row.senior ?? false);
  expect(result.perCapitaIncomeYuan).toBe(row.perCapita);
}

const SENIOR_GROUNDS = new Set(['life-or-death-sentence', 'death-review']);
const ITEM = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

const criminal: Row[] = [
  ...MANDATORY_GROUNDS.map(
    (ground, index): Row => ({
      article: `法律援助法 第二十五条第一款第${ITEM[index]}项${SENIOR_GROUNDS.has(ground) ? '、第二十六条' : ''}`,
      name: `mandatory ${ground}: no application, no hardship test`,
      input: { caseKind: 'criminal-defence', mandatory: ground },
      verdict: 'eligible',
      hardship: 'not-required',
      codes: SENIOR_GROUNDS.has(ground)
        ? ['MANDATORY_DEFENCE', 'SENIOR_LAWYER_REQUIRED']
        : ['MANDATORY_DEFENCE'],
      senior: SENIOR_GROUNDS.has(ground),
    }),
  ),
  {
    article: '法律援助法 第二十五条',
    name: 'mandatory case ignores income above the standard',
    input: { caseKind: 'criminal-defence', mandatory: 'minor', hardship: RICH },
    verdict: 'eligible',
    hardship: 'not-required',
    codes: ['MANDATORY_DEFENCE'],
  },
  {
    article: '法律援助法 第二十五条',
    name: 'mandatory case needs no standard in force',
    input: { caseKind: 'criminal-defence', mandatory: 'in-absentia', applicationDate: '2023-06-01' },
    verdict: 'eligible',
    hardship: 'not-required',
    codes: ['MANDATORY_DEFENCE'],
  },
  {
    article: '法律援助法 第二十五条',
    name: 'unknown mandatory ground is incomplete, not a grant',
    input: { caseKind: 'criminal-defence', mandatory: 'celebrity' },
    verdict: 'incomplete',
    hardship: 'unknown',
    codes: ['UNKNOWN_MANDATORY_GROUND'],
  },
  {
    article: '法律援助法 第二十四条',
    name: 'cleared mandatory select ("") is an ordinary application',
    input: { caseKind: 'criminal-defence', mandatory: '', hardship: POOR },
    verdict: 'eligible',
    hardship: 'met',
    codes: ['DEFENCE_APPLICATION', 'HARDSHIP_MET'],
    perCapita: 800,
  },
  {
    article: '法律援助法 第二十六条',
    name: 'senior-lawyer rule binds defence only, not a victim',
    input: { caseKind: 'criminal-victim', mandatory: 'life-or-death-sentence', hardship: POOR },
    verdict: 'eligible',
    hardship: 'met',
    codes: ['VICTIM_APPLICATION', 'HARDSHIP_MET'],
    perCapita: 800,
  },
  {
    article: '法律援助法 第二十四条',
    name: 'defence application within the standard',
    input: { caseKind: 'criminal-defence', hardship: POOR },
    verdict: 'eligible',
    hardship: 'met',
    codes: ['DEFENCE_APPLICATION', 'HARDSHIP_MET'],
    perCapita: 800,
  },
  {
    article: '法律援助法 第二十四条',
    name: 'defence application above the standard',
    input: { caseKind: 'criminal-defence', hardship: RICH },
    verdict: 'ineligible',
    hardship: 'not-met',
    codes: ['DEFENCE_APPLICATION', 'HARDSHIP_NOT_MET'],
    perCapita: 2000,
  },
  {
    article: '法律援助法 第二十四条',
    name: 'defence application without hardship facts',
    input: { caseKind: 'criminal-defence' },
    verdict: 'incomplete',
    hardship: 'unknown',
    codes: ['DEFENCE_APPLICATION', 'MISSING_HARDSHIP'],
  },
  {
    article: '法律援助法 第二十四条、第四十二条',
    name: 'defence application by a social-assistance recipient is exempt',
    input: { caseKind: 'criminal-defence', exemptions: ['social-assistance'] },
    verdict: 'eligible',
    hardship: 'exempt',
    codes: ['DEFENCE_APPLICATION', 'HARDSHIP_EXEMPT'],
  },
  {
    article: '法律援助法 第四十二条第三项',
    name: 'migrant-worker exemption does not cover a criminal defence',
    input: { caseKind: 'criminal-defence', exemptions: ['migrant-worker-wage-or-injury'], hardship: RICH },
    verdict: 'ineligible',
    hardship: 'not-met',
    codes: ['DEFENCE_APPLICATION', 'EXEMPTION_MATTER_MISMATCH', 'HARDSHIP_NOT_MET'],
    perCapita: 2000,
  },
  {
    article: '法律援助法 第二十九条',
    name: 'victim within the standard',
    input: { caseKind: 'criminal-victim', hardship: POOR },
    verdict: 'eligible',
    hardship: 'met',
    codes: ['VICTIM_APPLICATION', 'HARDSHIP_MET'],
    perCapita: 800,
  },
  {
    article: '法律援助法 第二十九条',
    name: 'victim above the standard',
    input: { caseKind: 'criminal-victim', hardship: RICH },
    verdict: 'ineligible',
    hardship: 'not-met',
    codes: ['VICTIM_APPLICATION', 'HARDSHIP_NOT_MET'],
    perCapita: 2000,
  },
  {
    article: '法律援助法 第二十九条、第三十二条第四项',
    name: 'domestic-violence victim is free of the hardship condition',
    input: {
      caseKind: 'criminal-victim',
      circumstances: ['abuse-abandonment-domestic-violence'],
      hardship: RICH,
    },
    verdict: 'eligible',
    hardship: 'not-required',
    codes: ['VICTIM_APPLICATION', 'HARDSHIP_WAIVED'],
  },
  {
    article: '法律援助法 第二十九条、第四十二条第三项',
    name: 'migrant worker claiming work-injury damages as incidental plaintiff is exempt',
    input: {
      caseKind: 'criminal-victim',
      matter: 'personal-injury',
      exemptions: ['migrant-worker-wage-or-injury'],
    },
    verdict: 'eligible',
    hardship: 'exempt',
    codes: ['VICTIM_APPLICATION', 'HARDSHIP_EXEMPT'],
  },
];

const scope: Row[] = [
  ...ART31_MATTERS.map(
    (matter, index): Row => ({
      article: `法律援助法 第三十一条第${ITEM[index]}项`,
      name: `civil ${matter} within the standard`,
      input: { caseKind: 'civil', matter, hardship: POOR },
      verdict: 'eligible',
      hardship: 'met',
      codes: ['MATTER_IN_SCOPE', 'HARDSHIP_MET'],
      perCapita: 800,
    }),
  ),
  {
    article: '法律援助法 第三十一条第二项',
    name: 'administrative social-insurance matter',
    input: { caseKind: 'administrative', matter: 'social-insurance-or-assistance', hardship: POOR },
    verdict: 'eligible',
    hardship: 'met',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_MET'],
    perCapita: 800,
  },
  {
    article: '法律援助法 第三十一条第九项',
    name: 'local addition is in scope',
    input: { caseKind: 'civil', matter: 'consumer-rights', hardship: POOR },
    verdict: 'eligible',
    hardship: 'met',
    codes: ['LOCAL_MATTER_IN_SCOPE', 'HARDSHIP_MET'],
    perCapita: 800,
  },
  {
    article: '法律援助法 第三十一条第九项',
    name: 'local addition of another policy is out of scope',
    input: { caseKind: 'civil', matter: 'consumer-rights', hardship: POOR },
    policy: { standard: POLICY.standard },
    verdict: 'ineligible',
    hardship: 'met',
    codes: ['MATTER_NOT_IN_SCOPE', 'HARDSHIP_MET'],
    perCapita: 800,
  },
  {
    article: '法律援助法 第三十一条',
    name: 'matter outside the list is ineligible even when poor',
    input: { caseKind: 'civil', matter: 'loan-dispute', hardship: POOR },
    verdict: 'ineligible',
    hardship: 'met',
    codes: ['MATTER_NOT_IN_SCOPE', 'HARDSHIP_MET'],
    perCapita: 800,
  },
  {
    article: '法律援助法 第三十一条',
    name: 'matter outside the list: missing hardship facts are not asked for',
    input: { caseKind: 'administrative', matter: 'loan-dispute' },
    verdict: 'ineligible',
    hardship: 'unknown',
    codes: ['MATTER_NOT_IN_SCOPE'],
  },
  {
    article: '法律援助法 第三十一条',
    name: 'matter codes are case-sensitive',
    input: { caseKind: 'civil', matter: 'Maintenance', hardship: POOR },
    verdict: 'ineligible',
    hardship: 'met',
    codes: ['MATTER_NOT_IN_SCOPE', 'HARDSHIP_MET'],
    perCapita: 800,
  },
  {
    article: '法律援助法 第三十一条',
    name: 'surrounding spaces of a matter code are ignored',
    input: { caseKind: 'civil', matter: ' maintenance ', hardship: POOR },
    verdict: 'eligible',
    hardship: 'met',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_MET'],
    perCapita: 800,
  },
  {
    article: '法律援助法 第三十一条',
    name: 'missing matter',
    input: { caseKind: 'civil', hardship: POOR },
    verdict: 'incomplete',
    hardship: 'met',
    codes: ['MISSING_MATTER', 'HARDSHIP_MET'],
    perCapita: 800,
  },
  {
    article: '法律援助法 第三十一条',
    name: 'blank matter is missing',
    input: { caseKind: 'civil', matter: '   ', hardship: POOR },
    verdict: 'incomplete',
    hardship: 'met',
    codes: ['MISSING_MATTER', 'HARDSHIP_MET'],
    perCapita: 800,
  },
  {
    article: '法律援助法 第四十三条第二款',
    name: 'every missing fact is listed at once (one single notice)',
    input: { caseKind: 'civil' },
    verdict: 'incomplete',
    hardship: 'unknown',
    codes: ['MISSING_MATTER', 'MISSING_HARDSHIP'],
  },
  {
    article: '法律援助法 第三十四条',
    name: 'income above the standard decides even before the matter is known',
    input: { caseKind: 'civil', hardship: RICH },
    verdict: 'ineligible',
    hardship: 'not-met',
    codes: ['HARDSHIP_NOT_MET'],
    perCapita: 2000,
  },
  ...ART32_CIRCUMSTANCES.map(
    (circumstance, index): Row => ({
      article: `法律援助法 第三十二条第${ITEM[index]}项`,
      name: `${circumstance}: in scope and free of the hardship condition`,
      input: { caseKind: 'civil', circumstances: [circumstance] },
      verdict: 'eligible',
      hardship: 'not-required',
      codes: ['CIRCUMSTANCE_IN_SCOPE', 'HARDSHIP_WAIVED'],
    }),
  ),
  {
    article: '法律援助法 第三十二条第一项',
    name: 'circumstance brings a matter outside art. 31 into scope',
    input: {
      caseKind: 'civil',
      matter: 'defamation',
      circumstances: ['martyr-relative-rights'],
      hardship: RICH,
    },
    verdict: 'eligible',
    hardship: 'not-required',
    codes: ['CIRCUMSTANCE_IN_SCOPE', 'HARDSHIP_WAIVED'],
  },
  {
    article: '法律援助法 第三十二条第三项',
    name: 'retrial acquittal: state compensation without the hardship test',
    input: {
      caseKind: 'civil',
      matter: 'state-compensation',
      circumstances: ['retrial-acquittal-compensation'],
      hardship: RICH,
    },
    verdict: 'eligible',
    hardship: 'not-required',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_WAIVED'],
  },
  {
    article: '法律援助法 第三十一条第一项',
    name: 'state compensation without art. 32 still needs hardship',
    input: { caseKind: 'civil', matter: 'state-compensation', hardship: RICH },
    verdict: 'ineligible',
    hardship: 'not-met',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_NOT_MET'],
    perCapita: 2000,
  },
  {
    article: '法律援助法 第三十二条',
    name: 'unknown circumstance is ignored',
    input: { caseKind: 'civil', matter: 'loan-dispute', circumstances: ['vip'], hardship: POOR },
    verdict: 'ineligible',
    hardship: 'met',
    codes: ['MATTER_NOT_IN_SCOPE', 'HARDSHIP_MET'],
    perCapita: 800,
  },
  {
    article: '法律援助法 第三十二条',
    name: 'art. 32 outranks art. 42: the condition is waived, not merely unchecked',
    input: {
      caseKind: 'civil',
      matter: 'maintenance',
      circumstances: ['abuse-abandonment-domestic-violence'],
      exemptions: ['elderly-no-income'],
    },
    verdict: 'eligible',
    hardship: 'not-required',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_WAIVED'],
  },
];

const exemptions: Row[] = [
  ...ART42_EXEMPTIONS.map(
    (exemption): Row => ({
      article: `法律援助法 第四十二条第${exemption === 'migrant-worker-wage-or-injury' ? '三' : exemption.endsWith('no-income') ? '一' : '二'}项`,
      name: `${exemption}: no hardship check`,
      input: {
        caseKind: 'civil',
        matter:
          exemption === 'migrant-worker-wage-or-injury' ? 'labour-relation-or-remuneration' : 'maintenance',
        exemptions: [exemption],
      },
      verdict: 'eligible',
      hardship: 'exempt',
      codes: ['MATTER_IN_SCOPE', 'HARDSHIP_EXEMPT'],
    }),
  ),
  {
    article: '法律援助法 第四十二条第三项',
    name: 'migrant worker with a work-injury claim',
    input: { caseKind: 'civil', matter: 'personal-injury', exemptions: ['migrant-worker-wage-or-injury'] },
    verdict: 'eligible',
    hardship: 'exempt',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_EXEMPT'],
  },
  {
    article: '法律援助法 第四十二条第三项',
    name: 'migrant worker claiming maintenance is tested, and fails above the standard',
    input: {
      caseKind: 'civil',
      matter: 'maintenance',
      exemptions: ['migrant-worker-wage-or-injury'],
      hardship: RICH,
    },
    verdict: 'ineligible',
    hardship: 'not-met',
    codes: ['MATTER_IN_SCOPE', 'EXEMPTION_MATTER_MISMATCH', 'HARDSHIP_NOT_MET'],
    perCapita: 2000,
  },
  {
    article: '法律援助法 第四十二条第三项',
    name: 'migrant worker claiming maintenance is tested, and passes within it',
    input: {
      caseKind: 'civil',
      matter: 'maintenance',
      exemptions: ['migrant-worker-wage-or-injury'],
      hardship: POOR,
    },
    verdict: 'eligible',
    hardship: 'met',
    codes: ['MATTER_IN_SCOPE', 'EXEMPTION_MATTER_MISMATCH', 'HARDSHIP_MET'],
    perCapita: 800,
  },
  {
    article: '法律援助法 第四十二条',
    name: 'another group still exempts when the migrant-worker one does not fit',
    input: {
      caseKind: 'civil',
      matter: 'maintenance',
      exemptions: ['migrant-worker-wage-or-injury', 'disabled-no-income'],
    },
    verdict: 'eligible',
    hardship: 'exempt',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_EXEMPT', 'EXEMPTION_MATTER_MISMATCH'],
  },
  {
    article: '法律援助法 第四十二条第三项',
    name: 'migrant worker before the matter is chosen: exempt, matter still missing',
    input: { caseKind: 'civil', exemptions: ['migrant-worker-wage-or-injury'] },
    verdict: 'incomplete',
    hardship: 'exempt',
    codes: ['MISSING_MATTER', 'HARDSHIP_EXEMPT'],
  },
  {
    article: '法律援助法 第四十二条',
    name: 'exempt applicant: hardship figures, even invalid ones, are not checked',
    input: {
      caseKind: 'civil',
      matter: 'pension',
      exemptions: ['special-care'],
      hardship: { householdSize: 0, householdMonthlyIncomeYuan: -5, method: 'commitment' },
    },
    verdict: 'eligible',
    hardship: 'exempt',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_EXEMPT'],
  },
  {
    article: '法律援助法 第四十二条',
    name: 'unknown exemption is ignored',
    input: { caseKind: 'civil', matter: 'pension', exemptions: ['friend-of-the-mayor'] },
    verdict: 'incomplete',
    hardship: 'unknown',
    codes: ['MATTER_IN_SCOPE', 'MISSING_HARDSHIP'],
  },
];

const civil = (hardship: unknown, policy?: EligibilityPolicy): Pick<Row, 'input' | 'policy'> => ({
  input: { caseKind: 'civil', matter: 'maintenance', hardship },
  ...(policy ? { policy } : {}),
});
const facts = (
  householdSize: unknown,
  householdMonthlyIncomeYuan: unknown,
  method: unknown = 'commitment',
) => ({
  householdSize,
  householdMonthlyIncomeYuan,
  method,
});

const hardshipTest: Row[] = [
  {
    article: '法律援助法 第三十四条',
    name: 'per-capita income equal to the standard is met',
    ...civil(facts(2, 2000)),
    verdict: 'eligible',
    hardship: 'met',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_MET'],
    perCapita: 1000,
  },
  {
    article: '法律援助法 第三十四条',
    name: 'one fen above the standard is not met',
    ...civil(facts(1, 1000.01)),
    verdict: 'ineligible',
    hardship: 'not-met',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_NOT_MET'],
    perCapita: 1000.01,
  },
  {
    article: '法律援助法 第三十四条',
    name: '3000.01 ÷ 3 = 1000.0033 rounds to 1000.00: met',
    ...civil(facts(3, 3000.01)),
    verdict: 'eligible',
    hardship: 'met',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_MET'],
    perCapita: 1000,
  },
  {
    article: '法律援助法 第三十四条',
    name: '2000.01 ÷ 2 = 1000.005 rounds half-up to 1000.01: not met',
    ...civil(facts(2, 2000.01)),
    verdict: 'ineligible',
    hardship: 'not-met',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_NOT_MET'],
    perCapita: 1000.01,
  },
  {
    article: '法律援助法 第三十四条',
    name: 'no float error: 3000.3 ÷ 3 is exactly 1000.10 (floats say 1000.1000000000001)',
    ...civil(facts(3, 3000.3), withStandard({ monthlyPerCapitaYuan: 1000.1 })),
    verdict: 'eligible',
    hardship: 'met',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_MET'],
    perCapita: 1000.1,
  },
  {
    article: '法律援助法 第三十四条',
    name: 'no float error: 0.1 + 0.2 yuan against a 0.30 standard',
    ...civil(facts(1, 0.1 + 0.2), withStandard({ monthlyPerCapitaYuan: 0.3 })),
    verdict: 'eligible',
    hardship: 'met',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_MET'],
    perCapita: 0.3,
  },
  {
    article: '法律援助法 第三十四条',
    name: 'no income at all is met',
    ...civil(facts(4, 0)),
    verdict: 'eligible',
    hardship: 'met',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_MET'],
    perCapita: 0,
  },
  {
    article: '法律援助法 第四十一条',
    name: 'a signed commitment above the standard is not met (evidence, not a waiver)',
    ...civil(facts(1, 1500, 'commitment')),
    verdict: 'ineligible',
    hardship: 'not-met',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_NOT_MET'],
    perCapita: 1500,
  },
  ...(['commitment', 'information-sharing', 'documents'] as const).map(
    (method): Row => ({
      article: '法律援助法 第四十一条',
      name: `${method} within the standard is met`,
      ...civil(facts(2, 1800, method)),
      verdict: 'eligible',
      hardship: 'met',
      codes: ['MATTER_IN_SCOPE', 'HARDSHIP_MET'],
      perCapita: 900,
    }),
  ),
  ...[0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', undefined].map(
    (size): Row => ({
      article: '法律援助法 第四十一条',
      name: `household size ${String(size)} is invalid`,
      ...civil(facts(size, 2400)),
      verdict: 'incomplete',
      hardship: 'unknown',
      codes: ['MATTER_IN_SCOPE', 'INVALID_HOUSEHOLD_SIZE'],
    }),
  ),
  ...[-0.01, Number.NaN, Number.POSITIVE_INFINITY, '2400', undefined, 1e300].map(
    (income): Row => ({
      article: '法律援助法 第四十一条',
      name: `household income ${String(income)} is invalid`,
      ...civil(facts(3, income)),
      verdict: 'incomplete',
      hardship: 'unknown',
      codes: ['MATTER_IN_SCOPE', 'INVALID_INCOME'],
    }),
  ),
  {
    article: '法律援助法 第四十一条',
    name: 'unknown evidence method',
    ...civil(facts(3, 2400, 'word-of-honour')),
    verdict: 'incomplete',
    hardship: 'unknown',
    codes: ['MATTER_IN_SCOPE', 'INVALID_HARDSHIP_METHOD'],
  },
  {
    article: '法律援助法 第四十一条',
    name: 'all invalid hardship facts are listed together',
    ...civil(facts(0, -1, 'oral')),
    verdict: 'incomplete',
    hardship: 'unknown',
    codes: ['MATTER_IN_SCOPE', 'INVALID_HOUSEHOLD_SIZE', 'INVALID_INCOME', 'INVALID_HARDSHIP_METHOD'],
  },
  {
    article: '法律援助法 第四十一条',
    name: 'hardship null (cleared form) is missing',
    ...civil(null),
    verdict: 'incomplete',
    hardship: 'unknown',
    codes: ['MATTER_IN_SCOPE', 'MISSING_HARDSHIP'],
  },
  {
    article: '法律援助法 第三十四条',
    name: 'standard not yet in force on the application date',
    ...civil(POOR, withStandard({ effectiveFrom: '2026-03-17' })),
    verdict: 'incomplete',
    hardship: 'unknown',
    codes: ['MATTER_IN_SCOPE', 'STANDARD_NOT_IN_FORCE'],
    perCapita: 800,
  },
  {
    article: '法律援助法 第三十四条',
    name: 'standard in force from the application date itself',
    ...civil(POOR, withStandard({ effectiveFrom: '2026-03-16' })),
    verdict: 'eligible',
    hardship: 'met',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_MET'],
    perCapita: 800,
  },
  {
    article: '法律援助法 第三十四条',
    name: 'standard not in force does not matter to an out-of-scope matter',
    input: { caseKind: 'civil', matter: 'loan-dispute', hardship: POOR },
    policy: withStandard({ effectiveFrom: '2027-01-01' }),
    verdict: 'ineligible',
    hardship: 'unknown',
    codes: ['MATTER_NOT_IN_SCOPE'],
    perCapita: 800,
  },
  {
    article: '法律援助法 第三十四条',
    name: 'standard not in force does not matter to an exempt applicant',
    input: { caseKind: 'civil', matter: 'pension', exemptions: ['elderly-no-income'] },
    policy: withStandard({ effectiveFrom: '2027-01-01' }),
    verdict: 'eligible',
    hardship: 'exempt',
    codes: ['MATTER_IN_SCOPE', 'HARDSHIP_EXEMPT'],
  },
  ...[
    { monthlyPerCapitaYuan: Number.NaN },
    { monthlyPerCapitaYuan: -1 },
    { effectiveFrom: '2024-02-30' },
    { effectiveFrom: '' },
  ].map(
    (standard): Row => ({
      article: '法律援助法 第三十四条',
      name: `invalid standard ${JSON.stringify(standard)}`,
      ...civil(POOR, withStandard(standard)),
      verdict: 'incomplete',
      hardship: 'unknown',
      codes: ['MATTER_IN_SCOPE', 'INVALID_STANDARD'],
      perCapita: 800,
    }),
  ),
];

const dates: Row[] = [
  ...['2026-02-30', '', '2026/03/16', '16.03.2026', undefined].map(
    (applicationDate): Row => ({
      article: '法律援助法 第四十三条',
      name: `application date ${JSON.stringify(applicationDate)} is invalid`,
      input: { caseKind: 'civil', matter: 'maintenance', hardship: POOR, applicationDate },
      verdict: 'incomplete',
      hardship: 'unknown',
      codes: ['INVALID_APPLICATION_DATE'],
    }),
  ),
  {
    article: '法律援助法 第七十一条',
    name: 'application before 2022-01-01 is not assessed under this law',
    input: { caseKind: 'civil', matter: 'maintenance', hardship: POOR, applicationDate: '2021-12-31' },
    verdict: 'incomplete',
    hardship: 'unknown',
    codes: ['LAW_NOT_IN_FORCE'],
  },
  {
    article: '法律援助法 第七十一条',
    name: 'application on 2022-01-01 is assessed',
    input: { caseKind: 'criminal-defence', mandatory: 'minor', applicationDate: '2022-01-01' },
    verdict: 'eligible',
    hardship: 'not-required',
    codes: ['MANDATORY_DEFENCE'],
  },
  {
    article: '法律援助法 第二十六条',
    name: 'the senior-lawyer flag holds even while the date is invalid',
    input: { caseKind: 'criminal-defence', mandatory: 'death-review', applicationDate: 'tomorrow' },
    verdict: 'incomplete',
    hardship: 'unknown',
    codes: ['INVALID_APPLICATION_DATE', 'SENIOR_LAWYER_REQUIRED'],
    senior: true,
  },
  {
    article: '法律援助法 第二十二条',
    name: 'unknown case kind',
    input: { caseKind: 'labour', matter: 'maintenance', hardship: POOR },
    verdict: 'incomplete',
    hardship: 'unknown',
    codes: ['MISSING_CASE_KIND'],
  },
];

describe('assessEligibility: criminal cases (法律援助法 第二十四条至第二十九条)', () => {
  it.each(criminal)('$article — $name', expectRow);
});

describe('assessEligibility: scope (法律援助法 第三十一条、第三十二条)', () => {
  it.each(scope)('$article — $name', expectRow);
});

describe('assessEligibility: exemptions (法律援助法 第四十二条)', () => {
  it.each(exemptions)('$article — $name', expectRow);
});

describe('assessEligibility: hardship test (法律援助法 第三十四条、第四十一条)', () => {
  it.each(hardshipTest)('$article — $name', expectRow);
});

describe('assessEligibility: dates and case kind (法律援助法 第七十一条)', () => {
  it.each(dates)('$article — $name', expectRow);
});

describe('reason table', () => {
  const codes = Object.keys(ELIGIBILITY_REASONS) as EligibilityReasonCode[];

  it('法律援助法 (all articles) — every code is UPPER_SNAKE, cites an article and has a Chinese message', () => {
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z]+(_[A-Z0-9]+)*$/);
      expect(ELIGIBILITY_REASONS[code].article).toMatch(/^法律援助法 第[一二三四五六七八九十]+条$/);
      expect(ELIGIBILITY_REASON_MESSAGES[code]).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(Object.keys(ELIGIBILITY_REASON_MESSAGES).sort()).toEqual([...codes].sort());
  });

  it('法律援助法 第三十一条 — an out-of-scope matter cites article 31', () => {
    const result = run({ input: { caseKind: 'civil', matter: 'loan-dispute' } });
    expect(result.reasons[0]).toEqual({ code: 'MATTER_NOT_IN_SCOPE', article: '法律援助法 第三十一条' });
    expect(ELIGIBILITY_REASON_MESSAGES.MATTER_NOT_IN_SCOPE).toBe('申请事项不属于法律援助范围');
  });

  it('法律援助法 (all articles) — every code is produced by some row above', () => {
    const produced = new Set(
      [...criminal, ...scope, ...exemptions, ...hardshipTest, ...dates].flatMap((row) => row.codes),
    );
    expect([...produced].sort()).toEqual([...codes].sort());
  });
});

describe('assessEligibility: properties', () => {
  const arbitraryInput = fc.record(
    {
      applicationDate: fc.constantFrom('2026-03-16', '2021-12-31', '2026-02-30', ''),
      caseKind: fc.constantFrom('criminal-defence', 'criminal-victim', 'civil', 'administrative', 'labour'),
      mandatory: fc.constantFrom(...MANDATORY_GROUNDS, '', 'celebrity'),
      matter: fc.constantFrom(...ART31_MATTERS, 'consumer-rights', 'loan-dispute', '', ' '),
      circumstances: fc.subarray([...ART32_CIRCUMSTANCES, 'vip']),
      exemptions: fc.subarray([...ART42_EXEMPTIONS, 'vip']),
      hardship: fc.record({
        householdSize: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.double()),
        householdMonthlyIncomeYuan: fc.oneof(
          fc.integer({ min: -100, max: 2_000_000 }).map((f) => f / 100),
          fc.double(),
        ),
        method: fc.constantFrom('commitment', 'information-sharing', 'documents', 'oral'),
      }),
    },
    { requiredKeys: ['applicationDate', 'caseKind'] },
  );
  const arbitraryPolicy = fc.record({
    standard: fc.record({
      monthlyPerCapitaYuan: fc.oneof(
        fc.integer({ min: 0, max: 500_000 }).map((f) => f / 100),
        fc.double(),
      ),
      basis: fc.constantFrom('dibao', 'low-income', 'other'),
      regionCode: fc.constant('150200'),
      effectiveFrom: fc.constantFrom('2022-01-01', '2026-03-16', '2026-03-17', 'bad'),
    }),
    localMatters: fc.constantFrom(undefined, [], ['consumer-rights']),
  });

  it('法律援助法 第二十四条至第四十三条 — never throws; verdict, hardship and reasons agree', () => {
    fc.assert(
      fc.property(arbitraryInput, arbitraryPolicy, (input, policy) => {
        const result = assessEligibility(input as EligibilityInput, policy as EligibilityPolicy);
        const effects = result.reasons.map((reason) => {
          expect(reason.article).toBe(ELIGIBILITY_REASONS[reason.code].article);
          return ELIGIBILITY_REASONS[reason.code].effect;
        });
        const expected = effects.includes('blocker')
          ? 'ineligible'
          : effects.includes('missing')
            ? 'incomplete'
            : 'eligible';
        expect(result.verdict).toBe(expected);
        if (result.verdict === 'ineligible') expect(effects).not.toContain('missing');
        if (result.verdict === 'eligible')
          expect(['not-required', 'exempt', 'met']).toContain(result.hardship);
        if (result.hardship === 'not-met') expect(result.verdict).toBe('ineligible');
        expect(result.requiresSeniorLawyer).toBe(
          input.caseKind === 'criminal-defence' && SENIOR_GROUNDS.has(input.mandatory ?? ''),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('法律援助法 第三十四条 — per-capita income is household fen ÷ size, rounded half-up, exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 1, max: 20 }), (fen, size) => {
        const result = run(civil(facts(size, fen / 100)));
        const quotient = Math.floor(fen / size);
        const remainder = fen - quotient * size;
        const expectedFen = quotient + (2 * remainder >= size ? 1 : 0);
        expect(result.perCapitaIncomeYuan).toBe(expectedFen / 100);
        expect(result.hardship).toBe(expectedFen <= 100_000 ? 'met' : 'not-met');
      }),
      { numRuns: 2000 },
    );
  });

  it('法律援助法 第三十四条 — less income never turns met into not met', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 10 }),
        (a, b, size) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const highResult = run(civil(facts(size, high / 100)));
          if (highResult.hardship === 'met') expect(run(civil(facts(size, low / 100))).hardship).toBe('met');
        },
      ),
    );
  });
});
