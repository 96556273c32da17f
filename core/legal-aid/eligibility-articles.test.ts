import { describe, expect, it } from 'vitest';
import { ELIGIBILITY_REASON_MESSAGES, ELIGIBILITY_REASONS, type EligibilityReasonCode } from './eligibility';
import { dates, exemptions, hardshipTest } from './eligibility-cases-hardship';
import { criminal, scope } from './eligibility-cases-scope';
import { expectRow, run } from './eligibility-test-kit';

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
