import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarOverride, createCalendar } from './calendar';
import { LIBRARY_COVERED_YEARS } from './holiday-data';
import { addCalendarDays, fromEpochDay, toEpochDay } from './iso-date';

const calendar = createCalendar();

/** Dates from 2002 to 2029: the covered years 2004–2026 plus uncovered years on both sides. */
const anyDate = fc
  .integer({ min: toEpochDay('2002-01-01'), max: toEpochDay('2029-12-31') })
  .map((day) => fromEpochDay(day));
const amount = fc.integer({ min: 0, max: 400 });
const positiveAmount = fc.integer({ min: 1, max: 400 });
const unit = fc.constantFrom('calendar-day' as const, 'working-day' as const);

function daysAfter(start: string, endInclusive: string): string[] {
  const days: string[] = [];
  for (let d = addCalendarDays(start, 1); d <= endInclusive; d = addCalendarDays(d, 1)) days.push(d);
  return days;
}

const isCovered = (date: string) => LIBRARY_COVERED_YEARS.includes(Number(date.slice(0, 4)));

describe('addPeriod properties', () => {
  it('working-day: the result is a working day, after start, with exactly `amount` working days in (start, due]', () => {
    fc.assert(
      fc.property(anyDate, positiveAmount, (start, n) => {
        const { due, provisional } = calendar.addPeriod(start, n, 'working-day');
        expect(due > start).toBe(true);
        expect(calendar.isWorkingDay(due).working).toBe(true);
        const examined = daysAfter(start, due);
        expect(examined.filter((d) => calendar.isWorkingDay(d).working)).toHaveLength(n);
        expect(provisional).toBe(examined.some((d) => !isCovered(d)));
      }),
    );
  });

  it('is monotone in amount (strictly for working days)', () => {
    fc.assert(
      fc.property(anyDate, unit, amount, amount, (start, u, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const dueLo = calendar.addPeriod(start, lo, u).due;
        const dueHi = calendar.addPeriod(start, hi, u).due;
        expect(dueLo <= dueHi).toBe(true);
        if (u === 'working-day' && lo < hi) expect(dueLo < dueHi).toBe(true);
      }),
    );
  });

  it('calendar-day: due ≥ start + amount, is a working day, and only rest days are skipped', () => {
    fc.assert(
      fc.property(anyDate, amount, (start, n) => {
        const result = calendar.addPeriod(start, n, 'calendar-day');
        const nominal = addCalendarDays(start, n);
        expect(result.due >= nominal).toBe(true);
        expect(calendar.isWorkingDay(result.due).working).toBe(true);
        if (result.due === nominal) {
          expect(result.rolledForwardFrom).toBeUndefined();
        } else {
          expect(result.rolledForwardFrom).toBe(nominal);
          const skipped = [nominal, ...daysAfter(nominal, addCalendarDays(result.due, -1))];
          for (const d of skipped) expect(calendar.isWorkingDay(d).working).toBe(false);
        }
        const examined = [nominal, ...daysAfter(nominal, result.due)];
        expect(result.provisional).toBe(examined.some((d) => !isCovered(d)));
      }),
    );
  });

  it('calendar-day never ends later than the matching working-day count would allow', () => {
    fc.assert(
      fc.property(anyDate, positiveAmount, (start, n) => {
        // n calendar days contain at most n working days, so they end no later than n working days.
        expect(
          calendar.addPeriod(start, n, 'calendar-day').due <= calendar.addPeriod(start, n, 'working-day').due,
        ).toBe(true);
      }),
    );
  });

  it('chaining working days adds up: (a then b) = (a + b)', () => {
    fc.assert(
      fc.property(anyDate, amount, amount, (start, a, b) => {
        const first = calendar.addPeriod(start, a, 'working-day').due;
        expect(calendar.addPeriod(first, b, 'working-day').due).toBe(
          calendar.addPeriod(start, a + b, 'working-day').due,
        );
      }),
    );
  });

  it('uncovered years follow the weekday rule and are provisional', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay('2027-01-01'), max: toEpochDay('2099-12-31') }).map(fromEpochDay),
        (date) => {
          const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
          expect(calendar.isWorkingDay(date)).toEqual({
            working: weekday >= 1 && weekday <= 5,
            provisional: true,
          });
        },
      ),
    );
  });
});

describe('override properties', () => {
  const override = fc.record({
    date: anyDate,
    kind: fc.constantFrom('holiday' as const, 'workday' as const),
  });
  const overrideList = fc.uniqueArray(override, { selector: (o) => o.date, maxLength: 30 });

  it('an override always wins and is never provisional; other dates are unchanged', () => {
    fc.assert(
      fc.property(overrideList, anyDate, (overrides: CalendarOverride[], probe) => {
        const cal = createCalendar(overrides);
        for (const o of overrides) {
          expect(cal.isWorkingDay(o.date)).toEqual({ working: o.kind === 'workday', provisional: false });
        }
        if (!overrides.some((o) => o.date === probe)) {
          expect(cal.isWorkingDay(probe)).toEqual(calendar.isWorkingDay(probe));
        }
      }),
    );
  });

  it('working-day results stay working days under any overrides', () => {
    fc.assert(
      fc.property(overrideList, anyDate, positiveAmount, (overrides: CalendarOverride[], start, n) => {
        const cal = createCalendar(overrides);
        expect(cal.isWorkingDay(cal.addPeriod(start, n, 'working-day').due).working).toBe(true);
      }),
    );
  });
});
