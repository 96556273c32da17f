import { addCalendarDays, calendarDaysBetween } from '@core/calendar';
import { priorityGroupCodes } from '@core/queue/priority';
import { linkTicketToMatter, type MatterSpec, matterRows } from './activity-rows';
import { at, type HistoryDraws, later, MINUTE } from './history-draws';
import { openMatter } from './history-open-matters';
import type { HistoryAgency, HistoryDay, HistoryLawyer, HistoryShape } from './history-shape';
import { HISTORY_MATTERS, PAST_GRANT } from './history-shares';
import type { HallApplication } from './history-tickets';

/**
 * A legal aid agency's day in the invented history (history.ts): the applications made that day, at the
 * hall's window and elsewhere, numbered in order and taken as far as their age allows: refused, deemed
 * withdrawn, granted and assigned, closed or archived, or (the settled demo's last days) left open.
 */

/** What the agencies' matters carry from one day of the history to the next. */
export interface MatterLedger {
  /** The last matter number given, by `${agency}/${year}`. */
  matterSeq: Map<string, number>;
  /** The last `openDays` working days before today, oldest first, whose applications are left open. */
  recent: string[];
  /** The team lawyer who gets a share of the open assigned matters (HistoryShape.featuredLawyerId). */
  featured?: HistoryLawyer | undefined;
}

/** When a matter's decision and assignment came, drawn at its application (see applicationTiming). */
interface MatterTiming {
  /** Decides refusal (8 %) and deemed withdrawal (2 %). */
  roll: number;
  /** Decided, assigned and started the day it was applied for. */
  sameDay: boolean;
  decideDays: number;
  assignDays: number;
  decidedAt: Date;
  /** Decided by today. */
  decided: boolean;
}

/**
 * A working day at `agency`: `fromTickets` are the applications made at the hall's window (HallApplication),
 * the others (`mattersPerDay`) are drawn here; their matters are added to `day`, linked to their tickets.
 */
export function agencyDay(
  agency: HistoryAgency,
  day: HistoryDay,
  fromTickets: HallApplication[],
  shape: HistoryShape,
  draws: HistoryDraws,
  ledger: MatterLedger,
): void {
  const { random, pickOf } = draws;
  const { date } = day;
  const n = draws.around(agency.mattersPerDay);
  const year = Number(date.slice(0, 4));
  // Today's applications, the hall's and the others, numbered in the order they were made.
  const applications: { appliedMin: number; ticket?: HallApplication['rows'] }[] = [
    ...Array.from({ length: n }, () => ({ appliedMin: 9 * 60 + Math.floor(random() * 7 * 60) })),
    ...fromTickets.map((a) => ({ appliedMin: a.appliedMin, ticket: a.rows })),
  ].sort((a, b) => a.appliedMin - b.appliedMin);
  for (const { appliedMin, ticket } of applications) {
    const key = `${agency.orgId}/${year}`;
    const seq = (ledger.matterSeq.get(key) ?? 0) + 1;
    ledger.matterSeq.set(key, seq);
    const appliedAt = at(date, appliedMin);
    const daysAgo = calendarDaysBetween(date, shape.today);
    const timing = applicationTiming(random, date, appliedMin, daysAgo, shape.settleAll);
    const spec: MatterSpec = {
      orgId: agency.orgId,
      number: `${agency.prefix}法援〔${year}〕第${String(seq).padStart(4, '0')}号`,
      year,
      seq,
      applicantPersonId: pickOf(agency.personIds),
      caseKind: random() < 0.15 ? 'criminal-defence' : 'civil',
      matter: pickOf(HISTORY_MATTERS),
      priorityGroups: random() < 0.4 ? [pickOf(priorityGroupCodes)] : [],
      regionCode: agency.regionCode,
      ticketId: ticket?.ticket.id ?? null,
      status: 'under-review',
      appliedAt,
      acceptedAt: at(date, appliedMin + 10),
    };
    if (spec.caseKind === 'criminal-defence') spec.matter = null;
    if (spec.caseKind === 'civil') spec.hardship = civilHardship(random, shape.encryptIncome);
    const signsEarly = random() < 0.5;
    const recentIndex = ledger.recent.indexOf(date);
    if (recentIndex >= 0) {
      openMatter(spec, ledger.recent.slice(recentIndex), ticket !== undefined, draws, {
        lawyers: shape.lawyers,
        featured: ledger.featured,
      });
    } else if (timing.decided && timing.roll < 0.08)
      Object.assign(spec, { status: 'refused', refusedAt: timing.decidedAt });
    else if (timing.decided && timing.roll < 0.1 && daysAgo > 8)
      // Materials asked for with 7 days to reply; none came: deemed withdrawn the day after the due date.
      Object.assign(spec, {
        status: 'deemed-withdrawn',
        materials: {
          requestedAt: at(date, appliedMin + 20),
          dueDate: addCalendarDays(date, 7),
          withdrawnAt: at(addCalendarDays(date, 8), 9 * 60),
        },
      });
    else if (timing.decided) grantMatter(spec, date, appliedMin, daysAgo, timing, shape, draws);
    // The signed 告知承诺书 is on file before a grant (and for some, signed at intake, before one).
    if (spec.hardship?.method === 'commitment' && (PAST_GRANT.has(spec.status) || signsEarly))
      spec.commitmentSignedAt = new Date(appliedAt.getTime() + 15 * MINUTE);
    if (spec.assignedLawyerId)
      spec.assignedUserId = shape.lawyers.find((l) => l.id === spec.assignedLawyerId)?.userId ?? null;
    if (ticket) linkTicketToMatter(ticket, spec.number);
    day.matters.push(matterRows(spec));
  }
}

/**
 * When an application applied for `daysAgo` days before today is decided and assigned: six in ten the same
 * day, the others within ten days and five more. A settled history (the demo) ends before today: what would
 * not have, was done the same day.
 */
function applicationTiming(
  random: () => number,
  date: string,
  appliedMin: number,
  daysAgo: number,
  settleAll: boolean | undefined,
): MatterTiming {
  const roll = random();
  let sameDay = random() < 0.6;
  let decideDays = sameDay ? 0 : Math.min(daysAgo, Math.floor(random() * 10));
  let assignDays = sameDay ? 0 : Math.floor(random() * 5);
  if (settleAll && !sameDay && decideDays + assignDays >= daysAgo) {
    sameDay = true;
    decideDays = 0;
    assignDays = 0;
  }
  // Each step after the one before (a decision the same day is at least 20 minutes after acceptance).
  const decidedAt = sameDay
    ? at(date, appliedMin + 30)
    : later(at(addCalendarDays(date, decideDays), 10 * 60), at(date, appliedMin + 30));
  const decided = settleAll || sameDay || daysAgo > decideDays;
  return { roll, sameDay, decideDays, assignDays, decidedAt, decided };
}

/**
 * Hardship (法律援助法 第四十一条) for a civil matter: half by the applicant's commitment, the household's
 * size and monthly income (encrypted with `encryptIncome`, none without).
 */
function civilHardship(
  random: () => number,
  encryptIncome: HistoryShape['encryptIncome'],
): NonNullable<MatterSpec['hardship']> {
  const x = random();
  const householdSize = 1 + Math.floor(random() * 5);
  const incomeFen = householdSize * (600 + Math.floor(random() * 900)) * 100;
  return {
    method: x < 0.5 ? 'commitment' : x < 0.75 ? 'information-sharing' : 'documents',
    householdSize,
    householdIncomeEnc: encryptIncome?.(String(incomeFen)) ?? null,
  };
}

/**
 * A decided matter granted: assigned to a team lawyer and aid started if that happened by today (always in a
 * settled history), then in progress, closed after 60 days, or (settled) archived.
 */
function grantMatter(
  spec: MatterSpec,
  date: string,
  appliedMin: number,
  daysAgo: number,
  timing: MatterTiming,
  shape: HistoryShape,
  draws: HistoryDraws,
): void {
  const { sameDay, decideDays, assignDays, decidedAt } = timing;
  const assignedAt = sameDay
    ? at(date, appliedMin + 60)
    : later(at(addCalendarDays(date, decideDays + assignDays), 11 * 60), decidedAt, 30);
  const assigned = shape.settleAll || assignedAt.getTime() <= at(shape.today, 0).getTime() || sameDay;
  Object.assign(spec, {
    status: shape.settleAll ? 'archived' : assigned ? (daysAgo > 60 ? 'closed' : 'in-progress') : 'granted',
    approvedAt: decidedAt,
    assignedAt: assigned ? assignedAt : null,
    aidStartedAt: assigned
      ? sameDay
        ? at(date, appliedMin + 90)
        : later(at(addCalendarDays(date, decideDays + assignDays), 15 * 60), assignedAt, 30)
      : null,
  });
  const lawyer = assigned && shape.lawyers.length ? draws.pickLawyer() : null;
  spec.assignedLawyerId = lawyer?.id ?? null;
  spec.assignedLawyerName = lawyer?.name ?? null;
  // Closed and archived matters went through 结案, then (archived) 提交卷宗, 审查, 补贴, 归档: spread over
  // up to 10 weeks after aid started, all before today.
  if (spec.aidStartedAt && (spec.status === 'closed' || spec.status === 'archived')) {
    const start = spec.aidStartedAt.getTime();
    const step = Math.min(14 * 24 * 60 * MINUTE, (at(shape.today, 0).getTime() - start) / 6);
    spec.closedAt = new Date(start + 2 * step);
    if (spec.status === 'archived') spec.archivedAt = new Date(start + 5 * step);
  }
}
