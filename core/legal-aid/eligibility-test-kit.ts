/** The policy, row shape and helpers shared by the eligibility tests and their case tables. */
import { expect } from 'vitest';
import {
  assessEligibility,
  type EligibilityInput,
  type EligibilityPolicy,
  type EligibilityReasonCode,
  type EligibilityResult,
  type HardshipFacts,
  type HardshipOutcome,
  type Verdict,
} from './eligibility';

export const POLICY: EligibilityPolicy = {
  standard: {
    monthlyPerCapitaYuan: 1000,
    basis: 'low-income',
    regionCode: '150200',
    effectiveFrom: '2024-01-01',
  },
  localMatters: ['consumer-rights'],
};

/** 2400 ÷ 3 = 800 ≤ 1000. */
export const POOR: HardshipFacts = {
  householdSize: 3,
  householdMonthlyIncomeYuan: 2400,
  method: 'information-sharing',
};
/** 4000 ÷ 2 = 2000 > 1000. */
export const RICH: HardshipFacts = {
  householdSize: 2,
  householdMonthlyIncomeYuan: 4000,
  method: 'commitment',
};

/** Lets a row carry what a half-filled form can hold at run time, outside the static types. */
type Loose<T> = { [K in keyof T]?: unknown };

export interface Row {
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

export const run = (row: Pick<Row, 'input' | 'policy'>): EligibilityResult =>
  assessEligibility(
    { applicationDate: '2026-03-16', ...row.input } as EligibilityInput,
    row.policy ?? POLICY,
  );

export function expectRow(row: Row): void {
  const result = run(row);
  expect(result.reasons.map((reason) => reason.code)).toEqual(row.codes);
  expect(result.verdict).toBe(row.verdict);
  expect(result.hardship).toBe(row.hardship);
  expect(result.requiresSeniorLawyer).toBe(row.senior ?? false);
  expect(result.perCapitaIncomeYuan).toBe(row.perCapita);
}

export const SENIOR_GROUNDS = new Set(['life-or-death-sentence', 'death-review']);

export const civil = (hardship: unknown, policy?: EligibilityPolicy): Pick<Row, 'input' | 'policy'> => ({
  input: { caseKind: 'civil', matter: 'maintenance', hardship },
  ...(policy ? { policy } : {}),
});
export const facts = (
  householdSize: unknown,
  householdMonthlyIncomeYuan: unknown,
  method: unknown = 'commitment',
) => ({
  householdSize,
  householdMonthlyIncomeYuan,
  method,
});
