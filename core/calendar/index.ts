/**
 * Business dates in Asia/Shanghai, working days and statutory periods. Pure, no I/O; the same
 * answers in every process time zone.
 */
export { beijingWallTimeOf, businessDateOf, startOfBusinessDate } from './business-date';
export {
  type Calendar,
  type CalendarOptions,
  type CalendarOverride,
  createCalendar,
  type DayInfo,
  type DayReason,
  MAX_PERIOD_DAYS,
  type PeriodResult,
  type PeriodUnit,
} from './calendar';
export { HOLIDAY_DATA_SOURCE, LIBRARY_COVERED_YEARS, listCoveredYears } from './holiday-data';
export { addCalendarDays, calendarDaysBetween, dayOfWeek, isIsoDate, toEpochDay } from './iso-date';
