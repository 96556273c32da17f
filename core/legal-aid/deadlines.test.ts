import type { Calendar } from '@core/calendar/calendar';
import { addCalendarDays, calendarDaysBetween, dayOfWeek } from '@core/calendar/iso-date';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  agreementDeadline,
  assignmentDeadline,
  computeDayDeadline,
  custodialForwardingDeadline,
  DAY_DEADLINE_RULES,
  type DayDeadlineKind,
  type Deadline,
  decisionDeadline,
  fileReviewDeadline,
  fileSubmissionDeadline,
  isAdvanceAidDue,
  noticeAssignmentDeadline,
  objectionDecisionDeadline,
  type PeriodCalendar,
} from './deadlines';

const isWeekend = (date: string): boolean => dayOfWeek(date) === 0 || dayOfWeek(date) === 6;

/**
 * A stand-in for core/calendar: weekends are the only rest days, the start day is not counted,
 * calendar-day periods roll forward past a weekend, and years from 2027 on are provisional.
 */
const fakeCalendar: PeriodCalendar = {
  addPeriod(start, amount, unit) {
    let due = start;
    if (unit === 'working-day') {
      for (let counted = 0; counted < amount; ) {
        due = addCalendarDays(due, 1);
        if (!isWeekend(due)) counted += 1;
      }
      return { due, provisional: due >= '2027' };
    }
    const nominal = addCalendarDays(start, amount);
    due = nominal;
    while (isWeekend(due)) due = addCalendarDays(due, 1);
    const provisional = due >= '2027';
    return due === nominal ? { due, provisional } : { due, provisional, rolledForwardFrom: nominal };
  },
};

type DeadlineFn = (start: Date | string, calendar: PeriodCalendar) => Deadline;

interface Row {
  name: string;
  fn: DeadlineFn;
  start: Date | string;
  expected: Omit<Deadline, 'basis' | 'provisional'> & { provisional?: boolean };
}

const rows: Row[] = [
  {
    name: 'decision within 7 days of receipt (Mon → Mon)',
    fn: decisionDeadline,
    start: '2026-03-16',
    expected: {
      kind: 'decision',
      startsAt: '2026-03-16',
      dueAt: '2026-03-23',
      amount: 7,
      source: '法律援助法 第四十三条',
    },
  },
  {
    name: 'decision: a Saturday last day rolls to Monday',
    fn: decisionDeadline,
    start: '2026-03-14',
    expected: {
      kind: 'decision',
      startsAt: '2026-03-14',
      dueAt: '2026-03-23',
      rolledForwardFrom: '2026-03-21',
      amount: 7,
      source: '法律援助法 第四十三条',
    },
  },
  {
    name: 'decision: receipt at 00:30 Beijing counts from that Beijing date (UTC says the day before)',
    fn: decisionDeadline,
    start: new Date('2026-03-15T16:30:00Z'),
    expected: {
      kind: 'decision',
      startsAt: '2026-03-16',
      dueAt: '2026-03-23',
      amount: 7,
      source: '法律援助法 第四十三条',
    },
  },
  {
    name: 'assignment within 3 days of the decision (Wed → Sat → Mon)',
    fn: assignmentDeadline,
    start: '2026-03-18',
    expected: {
      kind: 'assignment',
      startsAt: '2026-03-18',
      dueAt: '2026-03-23',
      rolledForwardFrom: '2026-03-21',
      amount: 3,
      source: '法律援助法 第四十三条；办理法律援助案件程序规定 第二十四条',
    },
  },
  {
    name: 'assignment within 3 days of a criminal notice',
    fn: noticeAssignmentDeadline,
    start: '2026-03-16',
    expected: {
      kind: 'notice-assignment',
      startsAt: '2026-03-16',
      dueAt: '2026-03-19',
      amount: 3,
      source: '法律援助法 第三十六条；办理法律援助案件程序规定 第二十四条',
    },
  },
  {
    name: 'agreement within 5 days of assignment',
    fn: agreementDeadline,
    start: '2026-03-16',
    expected: {
      kind: 'agreement',
      startsAt: '2026-03-16',
      dueAt: '2026-03-23',
      rolledForwardFrom: '2026-03-21',
      amount: 5,
      source: '办理法律援助案件程序规定 第二十七条',
    },
  },
  {
    name: 'objection decided within 5 days of receipt (Tue → Sun → Mon)',
    fn: objectionDecisionDeadline,
    start: '2026-03-17',
    expected: {
      kind: 'objection-decision',
      startsAt: '2026-03-17',
      dueAt: '2026-03-23',
      rolledForwardFrom: '2026-03-22',
      amount: 5,
      source: '法律援助法 第四十九条',
    },
  },
  {
    name: 'closing file within 30 days of the case ending',
    fn: fileSubmissionDeadline,
    start: '2026-03-16',
    expected: {
      kind: 'file-submission',
      startsAt: '2026-03-16',
      dueAt: '2026-04-15',
      amount: 30,
      source: '法律援助法 第五十条；办理法律援助案件程序规定',
    },
  },
  {
    name: 'file review within 30 days, into a year without holiday data: provisional',
    fn: fileReviewDeadline,
    start: '2026-12-15',
    expected: {
      kind: 'file-review',
      startsAt: '2026-12-15',
      dueAt: '2027-01-14',
      amount: 30,
      source: '办理法律援助案件程序规定',
      provisional: true,
    },
  },
];

describe('day-counted deadlines', () => {
  it.each(rows)('$expected.source — $name', (row) => {
    expect(row.fn(row.start, fakeCalendar)).toStrictEqual({
      basis: 'calendar-days',
      provisional: false,
      ...row.expected,
    });
  });

  it('法律援助法 第四十三条 — the calendar is asked for calendar days from the business date', () => {
    const addPeriod = vi.fn(() => ({ due: '2026-03-23', provisional: false }));
    decisionDeadline(new Date('2026-03-16T01:00:00Z'), { addPeriod });
    expect(addPeriod).toHaveBeenCalledWith('2026-03-16', 7, 'calendar-day');
  });

  it('法律援助法 第四十三条 — calendar errors (an unknown holiday year) pass through', () => {
    const failing: PeriodCalendar = {
      addPeriod: () => {
        throw new RangeError('no holiday data for 2031');
      },
    };
    expect(() => decisionDeadline('2031-01-05', failing)).toThrow('no holiday data for 2031');
  });

  it.each(['2026-02-30', '', '16/03/2026', new Date('nope')])(
    '法律援助法 第四十三条 — bad start %s throws RangeError',
    (start) => {
      expect(() => decisionDeadline(start, fakeCalendar)).toThrow(RangeError);
    },
  );

  it('法律援助法 第四十三条 — the real calendar of core/calendar fits PeriodCalendar', () => {
    expectTypeOf<Calendar>().toExtend<PeriodCalendar>();
  });

  it('法律援助法 第四十三条、第四十九条 — due ≥ nominal end, never a rest day, rolledForwardFrom iff moved', () => {
    const kinds = Object.keys(DAY_DEADLINE_RULES) as DayDeadlineKind[];
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.integer({ min: 0, max: 1500 }), (kind, offset) => {
        const start = addCalendarDays('2023-01-01', offset);
        const deadline = computeDayDeadline(kind, start, fakeCalendar);
        const nominal = addCalendarDays(start, DAY_DEADLINE_RULES[kind].amount);
        expect(calendarDaysBetween(nominal, deadline.dueAt)).toBeGreaterThanOrEqual(0);
        expect(isWeekend(deadline.dueAt)).toBe(false);
        expect(deadline.rolledForwardFrom).toBe(deadline.dueAt === nominal ? undefined : nominal);
      }),
    );
  });
});

describe('custodialForwardingDeadline', () => {
  it('法律援助法 第三十九条 — forward within 24 clock hours', () => {
    expect(custodialForwardingDeadline(new Date('2026-03-16T20:00:00+08:00'))).toStrictEqual({
      kind: 'custodial-forwarding',
      startsAt: '2026-03-16T12:00:00.000Z',
      dueAt: '2026-03-17T12:00:00.000Z',
      basis: 'hours',
      amount: 24,
      source: '法律援助法 第三十九条',
      provisional: false,
    });
  });

  it('法律援助法 第三十九条 — an invalid Date throws', () => {
    expect(() => custodialForwardingDeadline(new Date('nope'))).toThrow(RangeError);
  });
});

describe('isAdvanceAidDue', () => {
  it.each([
    { deadline: '2026-03-16', on: '2026-03-16', due: true, why: 'last day today' },
    { deadline: '2026-03-22', on: '2026-03-16', due: true, why: '6 days left' },
    { deadline: '2026-03-23', on: '2026-03-16', due: false, why: '7 days left is not fewer than 7' },
    { deadline: '2026-04-30', on: '2026-03-16', due: false, why: 'far away' },
    { deadline: '2026-03-15', on: '2026-03-16', due: false, why: 'already expired' },
    {
      deadline: '2026-03-22',
      on: new Date('2026-03-15T16:30:00Z'),
      due: true,
      why: 'an instant is read as its Beijing date (UTC would say 7 days)',
    },
  ])('法律援助法 第四十四条第一项 — $why', ({ deadline, on, due }) => {
    expect(isAdvanceAidDue(deadline, on)).toBe(due);
  });

  it('法律援助法 第四十四条第一项 — bad dates throw RangeError', () => {
    expect(() => isAdvanceAidDue('2026-02-30', '2026-03-16')).toThrow(RangeError);
    expect(() => isAdvanceAidDue('2026-03-20', 'today')).toThrow(RangeError);
  });
});
