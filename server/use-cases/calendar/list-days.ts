import { assertCan } from '@core/access';
import { addCalendarDays, calendarDaysBetween, type DayReason } from '@core/calendar';
import { badInput } from '@core/errors';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { loadCalendarData } from './load-calendar';
import { isoDateField, overrideItem } from './override-item';

/** The longest range `GET /api/calendar/days` answers, in days (both ends included). */
export const MAX_CALENDAR_RANGE_DAYS = 400;

export const listDaysQuery = z.object({ from: isoDateField('起始日期'), to: isoDateField('截止日期') });
export type ListDaysInput = z.infer<typeof listDaysQuery>;

const DAY_REASONS = [
  'override-holiday',
  'override-workday',
  'official-holiday',
  'make-up-workday',
  'weekend',
  'weekday',
] as const satisfies readonly DayReason[];

export const dayItem = z.object({
  date: z.string(),
  working: z.boolean(),
  /** The year's holiday notice is not in the data and no override names the day: the weekday rule was a guess. */
  provisional: z.boolean(),
  reason: z.enum(DAY_REASONS),
  /** The festival's name, or the override's source. */
  name: z.string().optional(),
  override: overrideItem.optional(),
});
export type DayItem = z.infer<typeof dayItem>;

/**
 * Every day from `from` to `to` (inclusive, at most 400 days): working or not, provisional or not, why,
 * and the override that decided it, if any. CALENDAR.INVALID_RANGE (400, field `to`) otherwise.
 */
export async function listDays(
  services: Services,
  { actor, input }: UseCaseCall<ListDaysInput>,
): Promise<{ items: DayItem[]; coveredYears: number[] }> {
  assertCan(actor, 'calendar.read', { global: true });
  const span = calendarDaysBetween(input.from, input.to);
  if (span < 0) throw badInput('CALENDAR.INVALID_RANGE', '截止日期不能早于起始日期', 'to');
  if (span + 1 > MAX_CALENDAR_RANGE_DAYS) {
    throw badInput('CALENDAR.INVALID_RANGE', `一次最多查询 ${MAX_CALENDAR_RANGE_DAYS} 天`, 'to');
  }
  const { calendar, overrideByDate } = await loadCalendarData(services.db);
  const items: DayItem[] = [];
  for (let i = 0; i <= span; i++) {
    const info = calendar.describeDay(addCalendarDays(input.from, i));
    const override = overrideByDate.get(info.date);
    items.push({
      date: info.date,
      working: info.working,
      provisional: info.provisional,
      reason: info.reason,
      ...(info.name ? { name: info.name } : {}),
      ...(override ? { override } : {}),
    });
  }
  return { items, coveredYears: [...calendar.coveredYears()] };
}
