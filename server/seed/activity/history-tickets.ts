import { addCalendarDays } from '@core/calendar';
import { getService } from '@core/queue/services';
import { type EvaluationSpec, evaluationRows, type TicketSpec, ticketRows } from './activity-rows';
import { at, type HistoryDraws } from './history-draws';
import type { HistoryCenter, HistoryDay } from './history-shape';
import { HISTORY_LEVELS, TICKET_TO_MATTER_SHARE } from './history-shares';

/**
 * A hall's day in the invented history (history.ts): the visitors' tickets from the kiosk to the window,
 * the ratings they left, and the legal-aid visits that became applications at the agency.
 */

/** A legal-aid visit that became an application at the agency, numbered there with the agency's others. */
export interface HallApplication {
  /** When the visit finished, in minutes after midnight (Beijing): the application's time. */
  appliedMin: number;
  rows: ReturnType<typeof ticketRows>;
}

/**
 * A working day at `center`: its tickets and ratings are added to `day`, the visits that became legal-aid
 * applications to `fromTickets` under their agency. `onDuty` are the team lawyers at the consultation window;
 * on `isToday` the last visitors are still waiting.
 */
export function hallDay(
  center: HistoryCenter,
  day: HistoryDay,
  isToday: boolean,
  onDuty: string[],
  draws: HistoryDraws,
  fromTickets: Map<string, HallApplication[]>,
): void {
  const { random } = draws;
  const sequences = new Map<string, number>();
  const n = draws.around(center.ticketsPerDay);
  // Issue times within opening hours (08:30–12:00, 13:30–17:00: the kiosk refuses the lunch break),
  // in order, so that each service's numbers follow the time they were taken.
  const issueMinutes = Array.from({ length: n }, () => Math.floor(random() * 420))
    .sort((a, b) => a - b)
    .map((m) => (m < 210 ? 8 * 60 + 30 + m : 13 * 60 + 30 + (m - 210)));
  for (let i = 0; i < n; i++) {
    const code = draws.serviceOf();
    const window = center.windows.find((w) => w.services.includes(code)) ?? center.windows[0];
    const sequence = (sequences.get(code) ?? 0) + 1;
    sequences.set(code, sequence);
    const { spec, finishedMin } = hallVisit(draws, {
      orgId: center.orgId,
      code,
      windowId: window?.id ?? null,
      sequence,
      date: day.date,
      issuedMin: issueMinutes[i]!,
      onDuty,
      waiting: isToday && i > n * 0.6,
    });
    const rows = ticketRows(spec);
    day.tickets.push(rows);
    // The visit became a legal-aid application at the agency (its number is given with the agency's).
    if (
      spec.status === 'finished' &&
      code === 'legal-aid' &&
      center.legalAidAgencyOrgId &&
      random() < TICKET_TO_MATTER_SHARE
    ) {
      const list = fromTickets.get(center.legalAidAgencyOrgId) ?? [];
      list.push({ appliedMin: finishedMin, rows });
      fromTickets.set(center.legalAidAgencyOrgId, list);
    }
    if (spec.status === 'finished' && random() < 0.6)
      day.evaluations.push(evaluationRows(visitorRating(random, spec, rows, day.date)));
  }
}

/**
 * One visitor's ticket: a wait of ten minutes on average, the service's usual length (±50 %), and a few
 * no-shows and cancellations; still waiting if `waiting`. `finishedMin` is when it finished (or would have).
 */
function hallVisit(
  draws: HistoryDraws,
  visit: {
    orgId: string;
    code: string;
    windowId: string | null;
    sequence: number;
    date: string;
    issuedMin: number;
    onDuty: string[];
    waiting: boolean;
  },
): { spec: TicketSpec; finishedMin: number } {
  const { random } = draws;
  const { code, date, issuedMin, onDuty } = visit;
  const wait = Math.floor(-Math.log(1 - random()) * 10 * 60) / 60;
  const service = getService(code).defaultAvgServiceMinutes * (0.5 + random());
  const roll = random();
  const finishedMin = issuedMin + wait + 0.5 + service;
  const spec: TicketSpec = {
    orgId: visit.orgId,
    serviceCode: code,
    windowId: visit.windowId,
    sequence: visit.sequence,
    status: 'finished',
    issuedAt: at(date, issuedMin),
    calledAt: at(date, issuedMin + wait),
    startedAt: at(date, issuedMin + wait + 0.5),
    finishedAt: at(date, finishedMin),
    servedBy: code === 'consultation' && onDuty.length ? draws.pickOf(onDuty) : null,
    idNumberMasked: `1502**********${String(1000 + Math.floor(random() * 9000))}`,
  };
  if (visit.waiting) {
    Object.assign(spec, {
      status: 'waiting',
      calledAt: null,
      startedAt: null,
      finishedAt: null,
      windowId: null,
    });
  } else if (roll < 0.04) {
    Object.assign(spec, { status: 'no-show', startedAt: null, finishedAt: null });
  } else if (roll < 0.05) {
    Object.assign(spec, {
      status: 'cancelled',
      calledAt: null,
      startedAt: null,
      finishedAt: null,
      windowId: null,
    });
  }
  return { spec, finishedMin };
}

/**
 * A finished visit's rating (HISTORY_LEVELS); a bad one (1–2 stars) gets its rectification, called back the
 * next day and fixed within three, except the few still open.
 */
function visitorRating(
  random: () => number,
  spec: TicketSpec,
  rows: ReturnType<typeof ticketRows>,
  date: string,
): EvaluationSpec {
  const x = random();
  const level = HISTORY_LEVELS.find(([p]) => x < p)![1];
  const evaluation: EvaluationSpec = {
    orgId: spec.orgId,
    ticketId: rows.ticket.id,
    subjectNumber: rows.ticket.number,
    serviceCode: spec.serviceCode,
    windowId: spec.windowId ?? null,
    level,
    at: spec.finishedAt!,
  };
  if (level <= 2) {
    const late = random() < 0.15;
    evaluation.rectification = {
      status: late ? 'open' : 'closed',
      callbackDueOn: addCalendarDays(date, 1),
      fixDueOn: addCalendarDays(date, 5),
      calledBackAt: late ? null : at(addCalendarDays(date, 1), 10 * 60),
      rectifiedAt: late ? null : at(addCalendarDays(date, 3), 10 * 60),
    };
  }
  return evaluation;
}
