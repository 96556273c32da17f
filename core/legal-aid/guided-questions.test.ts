import { describe, expect, it } from 'vitest';
import { assessEligibility, type EligibilityInput, type EligibilityPolicy } from './eligibility';
import { type GuidedAnswers, type GuidedQuestion, nextQuestion } from './guided-questions';

const POLICY: EligibilityPolicy = {
  standard: {
    monthlyPerCapitaYuan: 1000,
    basis: 'low-income',
    regionCode: '150200',
    effectiveFrom: '2024-01-01',
  },
};

/** What the server does: the answers as eligibility input (null/[] = "none"), assessed on 2026-03-16. */
function ask(answers: GuidedAnswers): GuidedQuestion | null {
  const input = {
    applicationDate: '2026-03-16',
    caseKind: answers.caseKind,
    mandatory: answers.mandatory ?? undefined,
    matter: answers.matter,
    circumstances: answers.circumstances,
    exemptions: answers.exemptions,
    hardship: answers.hardship ? { ...answers.hardship, method: 'commitment' } : undefined,
  } as EligibilityInput;
  return nextQuestion(answers, assessEligibility(input, POLICY));
}

describe('nextQuestion (法律援助法 第二十二条至第四十二条: ask only what the verdict needs)', () => {
  it('walks a wage claim through matter, circumstances, exemptions and hardship, then stops', () => {
    const steps: [GuidedAnswers, GuidedQuestion | null][] = [
      [{}, 'caseKind'],
      [{ caseKind: 'civil' }, 'matter'],
      [{ caseKind: 'civil', matter: 'labour-relation-or-remuneration' }, 'circumstances'],
      [{ caseKind: 'civil', matter: 'labour-relation-or-remuneration', circumstances: [] }, 'exemptions'],
      [
        { caseKind: 'civil', matter: 'labour-relation-or-remuneration', circumstances: [], exemptions: [] },
        'hardship',
      ],
      [
        {
          caseKind: 'civil',
          matter: 'labour-relation-or-remuneration',
          circumstances: [],
          exemptions: [],
          hardship: { householdSize: 3, householdMonthlyIncomeYuan: 2400 },
        },
        null,
      ],
    ];
    for (const [answers, expected] of steps) expect(ask(answers)).toBe(expected);
  });

  it('stops after the art. 42 question when an exemption applies (第四十二条: no hardship check)', () => {
    expect(
      ask({
        caseKind: 'civil',
        matter: 'labour-relation-or-remuneration',
        circumstances: [],
        exemptions: ['migrant-worker-wage-or-injury'],
      }),
    ).toBeNull();
  });

  it('stops after the art. 32 question when a circumstance applies (第三十二条: no hardship condition)', () => {
    expect(ask({ caseKind: 'civil', matter: 'other', circumstances: ['good-samaritan'] })).toBeNull();
  });

  it('asks about art. 32 for a matter outside art. 31, and ends ineligible when none applies', () => {
    expect(ask({ caseKind: 'civil', matter: 'other' })).toBe('circumstances');
    expect(ask({ caseKind: 'civil', matter: 'other', circumstances: [] })).toBeNull();
  });

  it('asks the art. 25 question for a defence, and stops on a mandatory ground (第二十五条)', () => {
    expect(ask({ caseKind: 'criminal-defence' })).toBe('mandatory');
    expect(ask({ caseKind: 'criminal-defence', mandatory: 'minor' })).toBeNull();
    expect(ask({ caseKind: 'criminal-defence', mandatory: null })).toBe('circumstances');
  });

  it('never asks about the matter for a victim (第二十九条), but does ask about hardship', () => {
    expect(ask({ caseKind: 'criminal-victim' })).toBe('circumstances');
    expect(ask({ caseKind: 'criminal-victim', circumstances: [], exemptions: [] })).toBe('hardship');
  });

  it('ends when hardship is not met (第三十四条), without asking again', () => {
    expect(
      ask({
        caseKind: 'civil',
        matter: 'maintenance',
        circumstances: [],
        exemptions: [],
        hardship: { householdSize: 1, householdMonthlyIncomeYuan: 5000 },
      }),
    ).toBeNull();
  });

  it('stops (null) when only an invalid answer is left, so the page shows the message instead of looping', () => {
    expect(
      ask({
        caseKind: 'civil',
        matter: 'maintenance',
        circumstances: [],
        exemptions: [],
        hardship: { householdSize: 0, householdMonthlyIncomeYuan: 100 },
      }),
    ).toBeNull();
  });
});
