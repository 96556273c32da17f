/**
 * Shared statutory clocks of the window procedures (ARCHITECTURE: "every deadline is data"): a day
 * clock in calendar or working days that can be paused (补充材料、核实、中止 …) and extended (延长 with
 * approval), and year periods (时效、申请期限). Pure: the calendar is passed in, dates are business
 * dates `YYYY-MM-DD` (Asia/Shanghai), and nothing here reads the process time zone.
 *
 * Counting (rules.md §9): the start day is not counted (民法典 第二百零一条; 民事诉讼法 第八十五条第二款).
 * - Working days: the N-th working day after the start (公证法 第三十条, 行政复议法 第八十八条, 司法鉴定
 *   程序通则 第十三条、第二十八条); make-up working days (调休) count, holidays and weekends do not.
 * - Calendar days: the N-th day after the start; a last day that is a rest day moves to the next
 *   working day (民法典 第二百零三条第一款; 民事诉讼法 第八十五条第三款).
 * - A pause from `from` to `to` takes the days after `from` up to and including `to` out of the count
 *   (the day the notice goes out still counts; the period goes on the day after the materials
 *   arrive). A pause with no `to` is still running: it is counted up to `today`, so the due date shown
 *   is the one that holds if the pause ends today, and it moves on each day the pause lasts.
 */
import type { Role } from '@core/access/roles';
import { addCalendarDays, calendarDaysBetween, daysInMonth, getDateParts } from '@core/calendar/iso-date';
import type { ProcedureCalendar, ProcedureClock } from './definition';

/** A stretch during which a clock stands still (business dates). `to` absent: still paused. */
export interface ClockPause {
  from: string;
  to?: string;
  /** Why, e.g. 'supplement' (补充材料), 'verification' (核实), 'suspension' (中止). */
  reason?: string;
}

/** What a clock is: its period, its source, and what happened to it so far. */
export interface ClockSpec {
  kind: string;
  label: string;
  /** Business date the period starts from (not counted). */
  startsAt: string;
  /** Period length in units of `basis`, before extensions. */
  amount: number;
  basis: 'calendar-days' | 'working-days';
  /** Statute and article, e.g. '公证法 第三十条'. */
  source: string;
  /** Days added by approved extensions, in units of `basis`. */
  extendedBy?: number;
  pauses?: readonly ClockPause[];
  responsibleRole?: Role;
}

/** A clock with the nominal last day when a calendar-day period rolled forward past rest days. */
export interface PeriodClock extends ProcedureClock {
  rolledForwardFrom?: string;
}

/** Longest walk in days (100 years): guards against a mistyped amount or an endless pause. */
export const MAX_CLOCK_WALK_DAYS = 36_600;

/**
 * The clock `spec` describes, as of `today`: its due date with pauses and extensions applied, the
 * days it stood still, whether it is paused now, and whether the calendar had to guess rest days.
 * Throws RangeError on a bad date or amount, and passes on the calendar's own errors.
 */
export function runClock(
  spec: ClockSpec,
  context: { calendar: ProcedureCalendar; today: string },
): PeriodClock {
  const { calendar, today } = context;
  getDateParts(spec.startsAt, 'startsAt');
  getDateParts(today, 'today');
  const extendedBy = spec.extendedBy ?? 0;
  const total = spec.amount + extendedBy;
  if (!Number.isSafeInteger(spec.amount) || spec.amount < 0 || !Number.isSafeInteger(extendedBy) || total < 0)
    throw new RangeError(`clock ${spec.kind}: amount and extension must be whole days ≥ 0`);
  if (total > MAX_CLOCK_WALK_DAYS) throw new RangeError(`clock ${spec.kind}: period too long`);

  const pauses = spec.pauses ?? [];
  const working = spec.basis === 'working-days';
  let provisional = false;
  const isWorking = (date: string): boolean => {
    const answer = calendar.isWorkingDay(date);
    provisional ||= answer.provisional;
    return answer.working;
  };
  const isPaused = (date: string): boolean =>
    pauses.some((pause) => pause.from < date && date <= (pause.to ?? today));

  let day = spec.startsAt;
  let counted = 0;
  let pausedDays = 0;
  for (let steps = 0; counted < total; steps += 1) {
    if (steps > MAX_CLOCK_WALK_DAYS) throw new RangeError(`clock ${spec.kind}: no end within 100 years`);
    day = addCalendarDays(day, 1);
    const counts = working ? isWorking(day) : true;
    if (isPaused(day)) {
      if (counts) pausedDays += 1;
    } else if (counts) {
      counted += 1;
    }
  }

  let dueAt = day;
  let rolledForwardFrom: string | undefined;
  if (!working) {
    const rolled = calendar.addPeriod(day, 0, 'calendar-day');
    provisional ||= rolled.provisional;
    dueAt = rolled.due;
    rolledForwardFrom = rolled.rolledForwardFrom;
  }

  const clock: PeriodClock = {
    kind: spec.kind,
    label: spec.label,
    startsAt: spec.startsAt,
    dueAt,
    basis: spec.basis,
    amount: spec.amount,
    source: spec.source,
    provisional,
  };
  if (extendedBy > 0) clock.extendedBy = extendedBy;
  if (pauses.length > 0) clock.pausedDays = pausedDays;
  const running = pauses.find((pause) => pause.to === undefined);
  if (running) clock.pausedSince = running.from;
  if (rolledForwardFrom !== undefined) clock.rolledForwardFrom = rolledForwardFrom;
  if (spec.responsibleRole) clock.responsibleRole = spec.responsibleRole;
  return clock;
}

/**
 * A clock whose last day was agreed or written in a notice rather than counted (e.g. an acceptance
 * date agreed for a complex appraisal): it does not roll forward and is never provisional.
 */
export function fixedDateClock(spec: {
  kind: string;
  label: string;
  startsAt: string;
  dueAt: string;
  source: string;
  responsibleRole?: Role;
}): PeriodClock {
  const { responsibleRole, ...rest } = spec;
  const clock: PeriodClock = {
    ...rest,
    basis: 'calendar-days',
    amount: calendarDaysBetween(spec.startsAt, spec.dueAt),
    provisional: false,
  };
  if (responsibleRole) clock.responsibleRole = responsibleRole;
  return clock;
}

/** The due date of `spec` as of `on` (pauses still running count up to `on`). */
export function dueDateOf(spec: ClockSpec, calendar: ProcedureCalendar, on: string): string {
  return runClock(spec, { calendar, today: on }).dueAt;
}

/** True when business date `on` is after the clock's last day (acting on the last day is in time). */
export function isPastDue(clock: Pick<ProcedureClock, 'dueAt'>, on: string): boolean {
  return on > clock.dueAt;
}

/** Opens a pause on `from` (a new entry; earlier pauses are kept). */
export function openPause(pauses: readonly ClockPause[], from: string, reason?: string): ClockPause[] {
  return [...pauses, reason === undefined ? { from } : { from, reason }];
}

/** Closes the running pause on `to`; pauses without a running one are returned unchanged. */
export function closePause(pauses: readonly ClockPause[], to: string): ClockPause[] {
  return pauses.map((pause) =>
    pause.to === undefined ? { ...pause, to: laterDate(to, pause.from) } : pause,
  );
}

/** The running pause, if any. */
export function runningPause(pauses: readonly ClockPause[]): ClockPause | undefined {
  return pauses.find((pause) => pause.to === undefined);
}

/** The later of two business dates (string comparison is date order for `YYYY-MM-DD`). */
export function laterDate(a: string, b: string): string {
  if (a < b) return b;
  return a;
}

/** Calendar days of all closed pauses plus the running one up to `today`. */
export function pausedCalendarDays(pauses: readonly ClockPause[], today: string): number {
  let days = 0;
  for (const pause of pauses) {
    const end = pause.to ?? today;
    if (end > pause.from) days += calendarDaysBetween(pause.from, end);
  }
  return days;
}

/**
 * `date` plus `years` years on the same month and day (民法典 第二百零二条: a period in years ends on
 * the corresponding day of the last year; with no such day, the last day of that month — 29 February
 * becomes 28 February). Throws RangeError on a bad date.
 */
export function addYears(date: string, years: number): string {
  const { year, month, day } = getDateParts(date);
  const target = year + years;
  if (!Number.isInteger(years) || target < 1 || target > 9999)
    throw new RangeError(`addYears: year ${target} out of range`);
  const d = Math.min(day, daysInMonth(target, month));
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The end of a period of `years` years from `start` (not counted), moved past rest days. */
export function yearPeriodEnd(
  start: string,
  years: number,
  calendar: ProcedureCalendar,
  extraDays = 0,
): { due: string; nominal: string; provisional: boolean; rolledForwardFrom?: string } {
  const nominal = addCalendarDays(addYears(start, years), extraDays);
  const rolled = calendar.addPeriod(nominal, 0, 'calendar-day');
  const result: { due: string; nominal: string; provisional: boolean; rolledForwardFrom?: string } = {
    due: rolled.due,
    nominal,
    provisional: rolled.provisional,
  };
  if (rolled.rolledForwardFrom !== undefined) result.rolledForwardFrom = rolled.rolledForwardFrom;
  return result;
}

/** The end of a period of `days` calendar days from `start` (not counted), moved past rest days. */
export function calendarPeriodEnd(start: string, days: number, calendar: ProcedureCalendar): string {
  return calendar.addPeriod(start, days, 'calendar-day').due;
}
