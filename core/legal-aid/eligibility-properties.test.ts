import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ART31_MATTERS,
  ART32_CIRCUMSTANCES,
  ART42_EXEMPTIONS,
  assessEligibility,
  ELIGIBILITY_REASONS,
  type EligibilityInput,
  type EligibilityPolicy,
  MANDATORY_GROUNDS,
} from './eligibility';
import { civil, facts, run, SENIOR_GROUNDS } from './eligibility-test-kit';

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
