import { businessDateOf } from '@core/calendar/business-date';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  defaultPriorityConfig,
  derivePriority,
  isPriorityGroup,
  type PriorityGroup,
  priorityGroupCodes,
  priorityGroupLabel,
  priorityGroups,
  prioritySources,
} from './priority';

const dayMs = 86_400_000;
/** Calendar dates 1900-01-01 … 2100-12-31 as `YYYY-MM-DD`. */
const isoDate = fc
  .integer({ min: Date.UTC(1900, 0, 1) / dayMs, max: Date.UTC(2100, 11, 31) / dayMs })
  .map((day) => new Date(day * dayMs).toISOString().slice(0, 10));
const group = fc.constantFrom(...priorityGroupCodes);

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Reference: the n-th birthday, with 29 February falling on 1 March in non-leap years. */
function anniversary(birthDate: string, n: number): string {
  const year = Number(birthDate.slice(0, 4)) + n;
  const monthDay = birthDate.slice(5);
  const shifted = monthDay === '02-29' && !isLeapYear(year) ? '03-01' : monthDay;
  return `${String(year).padStart(4, '0')}-${shifted}`;
}

/** Reference age: how many birthdays have come by `date`. */
function referenceAge(birthDate: string, date: string): number {
  let n = 0;
  while (anniversary(birthDate, n + 1) <= date) n += 1;
  return n;
}

describe('priorityGroups', () => {
  it('has unique codes with Chinese labels', () => {
    expect(new Set(priorityGroupCodes).size).toBe(priorityGroups.length);
    for (const { code, labelZh } of priorityGroups) {
      expect(labelZh).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(priorityGroupLabel(code)).toBe(labelZh);
      expect(isPriorityGroup(code)).toBe(true);
    }
    expect(priorityGroupLabel('elderly')).toBe('老年人');
    expect(isPriorityGroup('vip')).toBe(false);
    expect(isPriorityGroup('toString')).toBe(false);
  });

  it('includes the groups the hall serves first', () => {
    expect(priorityGroupCodes).toEqual([
      'elderly',
      'minor',
      'disabled',
      'dibao-low-income',
      'veteran',
      'military-family',
      'migrant-worker-wage',
      'pregnant',
    ]);
  });
});

describe('ageOn', () => {
  it.each([
    ['1966-05-10', '2026-05-09', 59],
    ['1966-05-10', '2026-05-10', 60],
    ['1966-05-10', '2026-05-11', 60],
    ['1966-05-10', '1966-05-10', 0],
    ['1966-05-10', '1967-05-09', 0],
    ['1966-12-31', '2026-01-01', 59],
    ['1966-01-01', '2025-12-31', 59],
    // 29 February: a year older on 1 March in non-leap years, on 29 February in leap years.
    ['1964-02-29', '2025-02-28', 60],
    ['1964-02-29', '2025-03-01', 61],
    ['1964-02-29', '2024-02-28', 59],
    ['1964-02-29', '2024-02-29', 60],
    ['1964-02-29', '2024-03-01', 60],
    ['2000-02-29', '2100-02-28', 99],
    ['2000-02-29', '2100-03-01', 100],
  ])('born %s, on %s → %i', (birth, date, age) => {
    expect(ageOn(birth, date)).toBe(age);
  });

  it.each([
    ['2026-05-10', '2026-05-09'],
    ['2023-02-29', '2026-01-01'],
    ['1966-13-01', '2026-01-01'],
    ['1966-04-31', '2026-01-01'],
    ['1966-00-10', '2026-01-01'],
    ['19660510', '2026-01-01'],
    ['1966-5-10', '2026-01-01'],
    ['1966-05-10', '2026-02-30'],
    ['1966-05-10', ''],
  ])('throws RangeError for born %j on %j', (birth, date) => {
    expect(() => ageOn(birth, date)).toThrow(RangeError);
  });

  it('matches the reference (count of birthdays passed) (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 40_000 }), (birth, days) => {
        const date = addDays(birth, days);
        expect(ageOn(birth, date)).toBe(referenceAge(birth, date));
      }),
    );
  });

  it('never decreases and grows by at most one a day (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 40_000 }), (birth, days) => {
        const date = addDays(birth, days);
        const next = addDays(date, 1);
        const step = ageOn(birth, next) - ageOn(birth, date);
        expect(step === 0 || step === 1).toBe(true);
        expect(step === 1).toBe(next === anniversary(birth, ageOn(birth, next)));
      }),
    );
  });
});

describe('derivePriority', () => {
  const date = '2026-05-10';

  it('gives no priority without any source', () => {
    expect(derivePriority({}, date)).toEqual({
      priority: false,
      groups: [],
      sources: [],
      ignoredRegisterGroups: [],
    });
    expect(derivePriority({ birthDate: '1980-01-01', registerGroups: [] }, date).priority).toBe(false);
  });

  it('makes a citizen elderly on their 60th birthday (Beijing date), not the day before', () => {
    expect(derivePriority({ birthDate: '1966-05-10' }, date)).toEqual({
      priority: true,
      groups: ['elderly'],
      sources: ['id-number'],
      ignoredRegisterGroups: [],
    });
    expect(derivePriority({ birthDate: '1966-05-11' }, date).priority).toBe(false);
  });

  it('takes the business date of an instant from businessDateOf (00:30 in Beijing is the next day)', () => {
    const instant = new Date('2026-05-09T16:30:00Z'); // 2026-05-10 00:30 in Beijing
    expect(derivePriority({ birthDate: '1966-05-10' }, businessDateOf(instant)).groups).toEqual(['elderly']);
    const before = new Date('2026-05-09T15:30:00Z'); // 2026-05-09 23:30 in Beijing
    expect(derivePriority({ birthDate: '1966-05-10' }, businessDateOf(before)).groups).toEqual([]);
  });

  it('applies the Feb-29 rule to the elderly threshold', () => {
    expect(derivePriority({ birthDate: '1965-02-28' }, '2025-02-28').groups).toEqual(['elderly']);
    expect(derivePriority({ birthDate: '1964-02-29' }, '2024-02-28').groups).toEqual([]);
    expect(derivePriority({ birthDate: '1964-02-29' }, '2024-02-29').groups).toEqual(['elderly']);
    const noLeap = { ...defaultPriorityConfig, elderlyAge: 61 };
    expect(derivePriority({ birthDate: '1964-02-29' }, '2025-02-28', noLeap).groups).toEqual([]);
    expect(derivePriority({ birthDate: '1964-02-29' }, '2025-03-01', noLeap).groups).toEqual(['elderly']);
  });

  it('uses a configurable elderly age', () => {
    const config = { ...defaultPriorityConfig, elderlyAge: 55 };
    expect(derivePriority({ birthDate: '1971-05-10' }, date, config).groups).toEqual(['elderly']);
    expect(derivePriority({ birthDate: '1971-05-11' }, date, config).groups).toEqual([]);
  });

  it('derives minors below the adult age, and not when adultAge is 0', () => {
    expect(derivePriority({ birthDate: '2008-05-11' }, date).groups).toEqual(['minor']);
    expect(derivePriority({ birthDate: '2008-05-10' }, date).groups).toEqual([]);
    expect(derivePriority({ birthDate: '2026-05-10' }, date).groups).toEqual(['minor']);
    expect(derivePriority({ birthDate: '2008-05-11' }, date, { elderlyAge: 60, adultAge: 0 }).priority).toBe(
      false,
    );
  });

  it('takes groups from registers and reports codes that are not priority groups', () => {
    expect(
      derivePriority({ registerGroups: ['disabled', 'orphan', 'veteran', 'disabled', ''] }, date),
    ).toEqual({
      priority: true,
      groups: ['disabled', 'veteran'],
      sources: ['register'],
      ignoredRegisterGroups: ['orphan', ''],
    });
    expect(derivePriority({ registerGroups: ['Disabled'] }, date)).toEqual({
      priority: false,
      groups: [],
      sources: [],
      ignoredRegisterGroups: ['Disabled'],
    });
  });

  it('takes a staff claim with a reason', () => {
    expect(derivePriority({ claimed: { group: 'pregnant', reason: '出示孕检手册' } }, date)).toEqual({
      priority: true,
      groups: ['pregnant'],
      sources: ['staff-claim'],
      ignoredRegisterGroups: [],
    });
  });

  it('merges all sources, de-duplicated, in display order', () => {
    const result = derivePriority(
      {
        birthDate: '1950-01-01',
        registerGroups: ['veteran', 'disabled'],
        claimed: { group: 'disabled', reason: '出示残疾人证' },
      },
      date,
    );
    expect(result).toEqual({
      priority: true,
      groups: ['elderly', 'disabled', 'veteran'],
      sources: ['id-number', 'register', 'staff-claim'],
      ignoredRegisterGroups: [],
    });
  });

  it('does not count the ID number as a source when the age gives no group', () => {
    const result = derivePriority({ birthDate: '1980-01-01', registerGroups: ['dibao-low-income'] }, date);
    expect(result.sources).toEqual(['register']);
  });

  it.each([
    [{ claimed: { group: 'pregnant' as PriorityGroup, reason: '  ' } }, date],
    [{ claimed: { group: 'vip' as PriorityGroup, reason: '熟人' } }, date],
    [{ birthDate: '2027-01-01' }, date],
    [{ birthDate: '1966-02-30' }, date],
    [{}, '2026-02-30'],
    [{}, 'today'],
  ])('throws RangeError on invalid input %j on %s', (input, on) => {
    expect(() => derivePriority(input, on)).toThrow(RangeError);
  });

  it.each([
    { elderlyAge: -1, adultAge: 18 },
    { elderlyAge: 60.5, adultAge: 18 },
    { elderlyAge: 60, adultAge: Number.NaN },
    { elderlyAge: 16, adultAge: 18 },
  ])('rejects config %j', (config) => {
    expect(() => derivePriority({}, date, config)).toThrow(RangeError);
  });

  it('is consistent for any input (property)', () => {
    const input = fc.record(
      {
        birthDate: isoDate,
        registerGroups: fc.array(fc.oneof(group, fc.string({ maxLength: 6 })), { maxLength: 5 }),
        claimed: fc.record({ group, reason: fc.string({ minLength: 1 }).filter((s) => s.trim() !== '') }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 40_000 }), (given, days) => {
        const date = given.birthDate ? addDays(given.birthDate, days) : '2026-05-10';
        const result = derivePriority(given, date);
        expect(result.priority).toBe(result.groups.length > 0);
        expect(result.sources.length > 0).toBe(result.priority);
        expect(result.groups).toEqual(priorityGroupCodes.filter((code) => result.groups.includes(code)));
        expect(result.sources).toEqual(prioritySources.filter((source) => result.sources.includes(source)));
        const age = given.birthDate === undefined ? undefined : ageOn(given.birthDate, date);
        const byAge = age !== undefined && (age >= 60 || age < 18);
        expect(result.sources.includes('id-number')).toBe(byAge);
        if (age !== undefined && age >= 60) expect(result.groups).toContain('elderly');
        if (age !== undefined && age < 18) expect(result.groups).toContain('minor');
        expect(result.sources.includes('staff-claim')).toBe(given.claimed !== undefined);
        if (given.claimed) expect(result.groups).toContain(given.claimed.group);
        const registered = (given.registerGroups ?? []).filter(isPriorityGroup);
        expect(result.sources.includes('register')).toBe(registered.length > 0);
        expect(result.ignoredRegisterGroups).toEqual(
          (given.registerGroups ?? []).filter((g) => !isPriorityGroup(g)),
        );
        for (const code of result.groups) {
          const explained =
            registered.includes(code) ||
            given.claimed?.group === code ||
            (code === 'elderly' && age !== undefined && age >= 60) ||
            (code === 'minor' && age !== undefined && age < 18);
          expect(explained, code).toBe(true);
        }
      }),
    );
  });
});
