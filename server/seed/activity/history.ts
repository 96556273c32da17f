import { addCalendarDays, calendarDaysBetween, createCalendar } from '@core/calendar';
import { historyDraws } from './history-draws';
import { agencyDay, type MatterLedger } from './history-matters';
import type { HistoryDay, HistoryShape } from './history-shape';
import { type HallApplication, hallDay } from './history-tickets';

export type { HistoryDay, HistoryShape } from './history-shape';
export {
  FEATURED_LAWYER_SHARE,
  HISTORY_LEVELS,
  HISTORY_MATTERS,
  OPEN_STAGES,
  type OpenStage,
  SERVICE_WEIGHTS,
  TICKET_TO_MATTER_SHARE,
} from './history-shares';

/**
 * The history, one day at a time (so a five-year province fits in memory a day at a time): each working
 * day, every hall's visitors (history-tickets.ts), then every agency's applications (history-matters.ts),
 * the hall's legal-aid visits among them. One seeded stream of draws (history-draws.ts) in that order.
 */
export function* generateHistory(shape: HistoryShape): Generator<HistoryDay> {
  const draws = historyDraws(shape);
  const days = calendarDaysBetween(shape.from, shape.to);
  // The hall is closed on rest days by the official calendar (weekends, 国庆, 中秋…) and open on the make-up
  // working days, as the kiosk itself decides (core/calendar, chinese-days).
  const calendar = createCalendar();
  // The last `openDays` working days before today, oldest first (a matter's age: 1 for the last of them).
  const recent: string[] = [];
  if (shape.settleAll && shape.openDays)
    for (let d = addCalendarDays(shape.today, -1); recent.length < shape.openDays; d = addCalendarDays(d, -1))
      if (calendar.isWorkingDay(d).working) recent.unshift(d);
  const ledger: MatterLedger = {
    matterSeq: new Map(),
    recent,
    featured: shape.lawyers.find((l) => l.id === shape.featuredLawyerId),
  };
  let workingDay = 0;
  for (let d = 0; d <= days; d++) {
    const date = addCalendarDays(shape.from, d);
    const day: HistoryDay = { date, tickets: [], matters: [], evaluations: [] };
    if (!calendar.isWorkingDay(date).working) {
      yield day;
      continue;
    }
    // The consultation rota: two team lawyers on duty today, the next two tomorrow, and so on.
    const duty = shape.consultationUserIds;
    const onDuty =
      duty.length > 1
        ? [duty[(2 * workingDay) % duty.length]!, duty[(2 * workingDay + 1) % duty.length]!]
        : duty;
    workingDay += 1;
    // Applications made at a hall's legal-aid window today, by agency: numbered with the agency's others.
    const fromTickets = new Map<string, HallApplication[]>();
    for (const center of shape.centers)
      hallDay(center, day, date === shape.today, onDuty, draws, fromTickets);
    for (const agency of shape.agencies)
      agencyDay(agency, day, fromTickets.get(agency.orgId) ?? [], shape, draws, ledger);
    yield day;
  }
}
