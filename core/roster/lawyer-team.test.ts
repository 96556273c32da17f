import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTeamEligibility, type SanctionRecord, TEAM_MIN_PRACTICE_YEARS } from './lawyer-team';

const none: SanctionRecord[] = [];

describe('checkTeamEligibility: years of practice', () => {
  it.each([
    // [firstPracticeYear, onDate, eligible, practiceYears]
    [2016, '2026-01-01', true, 10],
    [2016, '2026-12-31', true, 10],
    [2016, '2025-12-31', false, 9],
    [2017, '2026-06-15', false, 9],
    [2015, '2026-06-15', true, 11],
    [1985, '2026-06-15', true, 41],
    [2026, '2026-06-15', false, 0],
    [2028, '2026-06-15', false, -2],
  ])('first practice %i, on %s → eligible %s (%i years)', (year, onDate, eligible, years) => {
    const result = checkTeamEligibility({ firstPracticeYear: year, sanctions: none }, onDate);
    expect(result.eligible).toBe(eligible);
    expect(result.practiceYears).toBe(years);
    if (eligible) expect(result.reasons).toEqual([]);
    else expect(result.reasons.map((r) => r.code)).toEqual(['INSUFFICIENT_PRACTICE_YEARS']);
  });

  it('explains the shortfall in Chinese', () => {
    const { reasons } = checkTeamEligibility({ firstPracticeYear: 2020, sanctions: none }, '2026-03-01');
    expect(reasons[0]?.message).toBe('执业年限不足10年（2020年起执业，至2026年为6年）');
  });

  it('never shows negative years for a future first practice year', () => {
    const { reasons } = checkTeamEligibility({ firstPracticeYear: 2030, sanctions: none }, '2026-03-01');
    expect(reasons[0]?.message).toContain('至2026年为0年');
  });
});

describe('checkTeamEligibility: sanctions', () => {
  const senior = 2000;

  it('bars a senior lawyer with an administrative penalty', () => {
    const result = checkTeamEligibility(
      { firstPracticeYear: senior, sanctions: [{ kind: 'administrative-penalty', decidedOn: '2012-05-04' }] },
      '2026-03-01',
    );
    expect(result.eligible).toBe(false);
    expect(result.reasons).toEqual([
      { code: 'ADMINISTRATIVE_PENALTY', message: '有行政处罚记录1条（最近一次：2012-05-04）' },
    ]);
  });

  it('bars a senior lawyer with an industry sanction, counting them and naming the latest', () => {
    const result = checkTeamEligibility(
      {
        firstPracticeYear: senior,
        sanctions: [
          { kind: 'industry-sanction', decidedOn: '2019-01-02' },
          { kind: 'industry-sanction', decidedOn: '2024-11-30' },
          { kind: 'industry-sanction', decidedOn: '2021-07-07' },
        ],
      },
      '2026-03-01',
    );
    expect(result.reasons).toEqual([
      { code: 'INDUSTRY_SANCTION', message: '有行业处分记录3条（最近一次：2024-11-30）' },
    ]);
  });

  it('lists every reason in a stable order: years, penalties, industry sanctions', () => {
    const result = checkTeamEligibility(
      {
        firstPracticeYear: 2022,
        sanctions: [
          { kind: 'industry-sanction', decidedOn: '2024-01-01' },
          { kind: 'administrative-penalty', decidedOn: '2025-01-01' },
        ],
      },
      '2026-03-01',
    );
    expect(result.reasons.map((r) => r.code)).toEqual([
      'INSUFFICIENT_PRACTICE_YEARS',
      'ADMINISTRATIVE_PENALTY',
      'INDUSTRY_SANCTION',
    ]);
  });

  it('counts a sanction decided on the date itself but not one decided later', () => {
    const sanctions: SanctionRecord[] = [{ kind: 'administrative-penalty', decidedOn: '2026-03-01' }];
    expect(checkTeamEligibility({ firstPracticeYear: senior, sanctions }, '2026-03-01').eligible).toBe(false);
    expect(checkTeamEligibility({ firstPracticeYear: senior, sanctions }, '2026-02-28').eligible).toBe(true);
  });

  it('has no look-back period: a 20-year-old sanction still bars', () => {
    const sanctions: SanctionRecord[] = [{ kind: 'industry-sanction', decidedOn: '2005-01-01' }];
    expect(checkTeamEligibility({ firstPracticeYear: 1990, sanctions }, '2026-03-01').eligible).toBe(false);
  });
});

describe('checkTeamEligibility: bad input', () => {
  it.each(['2026-02-30', '2026-1-1', '', '20260101'])('refuses onDate %j', (onDate) => {
    expect(() => checkTeamEligibility({ firstPracticeYear: 2000, sanctions: none }, onDate)).toThrow(
      RangeError,
    );
  });

  it.each([2000.5, 0, -1, 10000, Number.NaN])('refuses firstPracticeYear %d', (year) => {
    expect(() => checkTeamEligibility({ firstPracticeYear: year, sanctions: none }, '2026-01-01')).toThrow(
      RangeError,
    );
  });

  it('refuses an unknown sanction kind or a bad sanction date', () => {
    const bad = [{ kind: 'warning', decidedOn: '2020-01-01' }] as unknown as SanctionRecord[];
    expect(() => checkTeamEligibility({ firstPracticeYear: 2000, sanctions: bad }, '2026-01-01')).toThrow(
      /kind/,
    );
    const badDate: SanctionRecord[] = [{ kind: 'industry-sanction', decidedOn: '2020-13-01' }];
    expect(() => checkTeamEligibility({ firstPracticeYear: 2000, sanctions: badDate }, '2026-01-01')).toThrow(
      /decidedOn/,
    );
  });
});

describe('checkTeamEligibility: properties', () => {
  const date = fc
    .record({
      y: fc.integer({ min: 1990, max: 2100 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const sanction = fc.record({
    kind: fc.constantFrom<SanctionRecord['kind']>('administrative-penalty', 'industry-sanction'),
    decidedOn: date,
  });

  it('eligible exactly when years ≥ 10 and no sanction decided by then', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1970, max: 2100 }),
        fc.array(sanction, { maxLength: 5 }),
        date,
        (year, sanctions, onDate) => {
          const result = checkTeamEligibility({ firstPracticeYear: year, sanctions }, onDate);
          const expected =
            Number(onDate.slice(0, 4)) - year >= TEAM_MIN_PRACTICE_YEARS &&
            sanctions.every((s) => s.decidedOn > onDate);
          expect(result.eligible).toBe(expected);
          expect(result.reasons.length === 0).toBe(expected);
        },
      ),
    );
  });

  it('is monotonic in time without sanctions: once eligible, eligible on every later date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2100 }), date, date, (year, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        if (checkTeamEligibility({ firstPracticeYear: year, sanctions: none }, early).eligible) {
          expect(checkTeamEligibility({ firstPracticeYear: year, sanctions: none }, late).eligible).toBe(
            true,
          );
        }
      }),
    );
  });
});
