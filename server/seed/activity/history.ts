import { addCalendarDays, calendarDaysBetween, createCalendar } from '@core/calendar';
import { priorityGroupCodes } from '@core/queue/priority';
import { getService, serviceCodes } from '@core/queue/services';
import { seededRandom } from '@core/random';
import {
  type EvaluationSpec,
  evaluationRows,
  linkTicketToMatter,
  type MatterSpec,
  matterRows,
  type TicketSpec,
  ticketRows,
} from './activity-rows';
import {
  FEATURED_LAWYER_SHARE,
  HISTORY_LEVELS,
  HISTORY_MATTERS,
  OPEN_STAGES,
  PAST_GRANT,
  SERVICE_WEIGHTS,
  TICKET_TO_MATTER_SHARE,
} from './history-shares';

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
 * Invented history of halls and legal aid agencies, day by day, reproducible from a seed: the demo's
 * recent weeks and the province generator's five years come from the same code. Rest days of the official
 * calendar (weekends, public holidays such as 国庆 and 中秋) have no visitors; make-up working days (调休上班)
 * do, as at the real hall (core/calendar without overrides; years chinese-days does not cover: weekends).
 */
export interface HistoryShape {
  from: string;
  /** Last day (included); tickets of `today` are left partly waiting. */
  to: string;
  today: string;
  seed: string;
  centers: {
    orgId: string;
    windows: { id: string; services: string[] }[];
    ticketsPerDay: number;
    /**
     * The legal aid agency that registers the applications made at the hall's legal-aid window (one of
     * `agencies`): a share (TICKET_TO_MATTER_SHARE) of the finished legal-aid tickets became a matter
     * there, linked both ways (`tickets.matter_id` = its number, `legal_aid_matters.ticket_id`).
     */
    legalAidAgencyOrgId?: string;
  }[];
  agencies: {
    orgId: string;
    /** Matter number prefix, e.g. 包 → 包法援〔2026〕第0001号. */
    prefix: string;
    regionCode: string;
    /** Applications not from a hall ticket (other halls, 12348, workstations), a day. */
    mattersPerDay: number;
    personIds: string[];
  }[];
  /**
   * Team lawyers legal aid is assigned to, each with a relative `weight` (default 1): busier and quieter
   * lawyers, none taking most of the work.
   */
  lawyers: { id: string; name: string; weight?: number; userId?: string | null }[];
  /**
   * A team lawyer with a staff account (the demo's `lawyer`) who gets a share (FEATURED_LAWYER_SHARE) of the
   * open assigned matters, so their 我的案件 has work in it.
   */
  featuredLawyerId?: string;
  /**
   * Staff accounts that finish consultation tickets (team lawyers on duty): a rota, two on duty each working
   * day in turn (one when there is only one), so the consultations spread over all of them.
   */
  consultationUserIds: string[];
  /**
   * Every matter decided, and granted ones archived: nothing left open for the deadline sweep to remind
   * anyone of (the demo), except the last `openDays` working days' applications, left open at stages
   * matching their age with every deadline still running.
   */
  settleAll?: boolean;
  /**
   * With `settleAll`: the matters applied in the last `openDays` working days before `today` are left at a
   * stage matching their age (OPEN_STAGES: yesterday's at 受理/审查/待审批, then 待指派, 已指派, 承办中),
   * every deadline still running; older ones are settled.
   */
  openDays?: number;
  /** Encrypts a household's monthly income (integer fen as text), for the hardship figures; none without. */
  encryptIncome?: (plain: string) => string;
}

const MINUTE = 60_000;
const at = (date: string, minutes: number) =>
  new Date(new Date(`${date}T00:00:00+08:00`).getTime() + minutes * MINUTE);
/** `when`, or `gapMinutes` after `after` if that is later: a history's steps never go back in time. */
const later = (when: Date, after: Date, gapMinutes = 0) =>
  new Date(Math.max(when.getTime(), after.getTime() + gapMinutes * MINUTE));

export interface HistoryDay {
  date: string;
  tickets: ReturnType<typeof ticketRows>[];
  matters: ReturnType<typeof matterRows>[];
  evaluations: ReturnType<typeof evaluationRows>[];
}

/** The history, one day at a time (so a five-year province fits in memory a day at a time). */
export function* generateHistory(shape: HistoryShape): Generator<HistoryDay> {
  const random = seededRandom(shape.seed);
  const pickOf = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const lawyerWeight = shape.lawyers.reduce((sum, l) => sum + (l.weight ?? 1), 0);
  const pickLawyer = () => {
    let x = random() * lawyerWeight;
    for (const lawyer of shape.lawyers) {
      x -= lawyer.weight ?? 1;
      if (x < 0) return lawyer;
    }
    return shape.lawyers.at(-1);
  };
  // A count around `mean` (±40 %), rounded at random so that small means (0.1 a day) still add up right.
  const around = (mean: number) => {
    const x = mean * (0.6 + random() * 0.8);
    return Math.floor(x) + (random() < x - Math.floor(x) ? 1 : 0);
  };
  const totalWeight = Object.values(SERVICE_WEIGHTS).reduce((a, b) => a + b, 0);
  const serviceOf = () => {
    let x = random() * totalWeight;
    for (const code of serviceCodes) {
      x -= SERVICE_WEIGHTS[code] ?? 0;
      if (x < 0) return code;
    }
    return 'consultation';
  };
  const matterSeq = new Map<string, number>();
  /**
   * Leaves a recent matter at a stage matching its age: `days` are the working days from its application
   * (days[0]) to yesterday. Every step is on one of them, after the one before, and within its deadline.
   */
  const openMatter = (spec: MatterSpec, days: string[], fromTicket: boolean) => {
    const age = days.length;
    const x = random();
    const table = OPEN_STAGES.find((s) => age <= s.maxAge)!.stages;
    let stage = table.find(([p]) => x < p)![1];
    // An application made at the hall's window was accepted there; an 'applied' one came online.
    if (stage === 'applied' && fromTicket) stage = 'under-review';
    const last = age - 1;
    const dayAt = (j: number, minutes: number, after: Date, gap: number) =>
      later(at(days[Math.max(0, Math.min(last, j))]!, minutes), after, gap);
    const daytime = () => 9 * 60 + Math.floor(random() * 7 * 60);
    spec.status = stage;
    if (stage === 'applied') {
      spec.channel = 'online';
      spec.acceptedAt = null;
      return;
    }
    const accepted = spec.acceptedAt!;
    if (stage === 'under-review') return;
    if (stage === 'materials-requested') {
      spec.materials = {
        requestedAt: dayAt(last, daytime(), accepted, 20),
        dueDate: addCalendarDays(days[0]!, 7),
        withdrawnAt: null,
      };
      return;
    }
    if (stage === 'reviewed') {
      spec.reviewedAt = dayAt(last, daytime(), accepted, 20);
      return;
    }
    // The decision within the first three working days (7 calendar days at most); a grant still awaiting
    // assignment was made on the last one, an assignment not yet accepted is of the last two.
    const assignDay =
      stage === 'assigned' ? last - (random() < 0.5 ? 1 : 0) : Math.min(last, Math.floor(random() * 3));
    const decideDay =
      stage === 'granted'
        ? last
        : stage === 'assigned'
          ? Math.max(0, assignDay - Math.floor(random() * 2))
          : Math.min(last, Math.floor(random() * 3));
    const decidedAt = dayAt(decideDay, 10 * 60 + Math.floor(random() * 5 * 60), accepted, 30);
    if (stage === 'refused') {
      spec.refusedAt = decidedAt;
      return;
    }
    spec.approvedAt = decidedAt;
    if (stage === 'granted') return;
    const assignedAt = dayAt(Math.max(assignDay, decideDay), daytime(), decidedAt, 30);
    const lawyer =
      featured && random() < FEATURED_LAWYER_SHARE
        ? featured
        : shape.lawyers.length
          ? pickLawyer()
          : undefined;
    spec.assignedAt = assignedAt;
    spec.assignedLawyerId = lawyer?.id ?? null;
    spec.assignedLawyerName = lawyer?.name ?? null;
    if (stage === 'assigned') return;
    // In progress: the 委托协议 signed and aid started, the same or the next working day.
    const startDay = Math.min(last, Math.max(assignDay, decideDay) + (random() < 0.5 ? 1 : 0));
    spec.agreementSignedAt = dayAt(startDay, 14 * 60 + Math.floor(random() * 150), assignedAt, 30);
    spec.aidStartedAt = new Date(spec.agreementSignedAt.getTime() + 10 * MINUTE);
  };
  const days = calendarDaysBetween(shape.from, shape.to);
  // The hall is closed on rest days by the official calendar (weekends, 国庆, 中秋…) and open on the make-up
  // working days, as the kiosk itself decides (core/calendar, chinese-days).
  const calendar = createCalendar();
  // The last `openDays` working days before today, oldest first (a matter's age: 1 for the last of them).
  const recent: string[] = [];
  if (shape.settleAll && shape.openDays)
    for (let d = addCalendarDays(shape.today, -1); recent.length < shape.openDays; d = addCalendarDays(d, -1))
      if (calendar.isWorkingDay(d).working) recent.unshift(d);
  const featured = shape.lawyers.find((l) => l.id === shape.featuredLawyerId);
  let workingDay = 0;
  for (let d = 0; d <= days; d++) {
    const date = addCalendarDays(shape.from, d);
    const day: HistoryDay = { date, tickets: [], matters: [], evaluations: [] };
    if (!calendar.isWorkingDay(date).working) {
      yield day;
      continue;
    }
    const isToday = date === shape.today;
    // The consultation rota: two team lawyers on duty today, the next two tomorrow, and so on.
    const duty = shape.consultationUserIds;
    const onDuty =
      duty.length > 1
        ? [duty[(2 * workingDay) % duty.length]!, duty[(2 * workingDay + 1) % duty.length]!]
        : duty;
    workingDay += 1;
    // Applications made at a hall's legal-aid window today, by agency: numbered with the agency's others.
    const fromTickets = new Map<string, { appliedMin: number; rows: ReturnType<typeof ticketRows> }[]>();
    for (const center of shape.centers) {
      const sequences = new Map<string, number>();
      const n = around(center.ticketsPerDay);
      // Issue times within opening hours (08:30–12:00, 13:30–17:00: the kiosk refuses the lunch break),
      // in order, so that each service's numbers follow the time they were taken.
      const issueMinutes = Array.from({ length: n }, () => Math.floor(random() * 420))
        .sort((a, b) => a - b)
        .map((m) => (m < 210 ? 8 * 60 + 30 + m : 13 * 60 + 30 + (m - 210)));
      for (let i = 0; i < n; i++) {
        const code = serviceOf();
        const window = center.windows.find((w) => w.services.includes(code)) ?? center.windows[0];
        const sequence = (sequences.get(code) ?? 0) + 1;
        sequences.set(code, sequence);
        const issuedMin = issueMinutes[i]!;
        const wait = Math.floor(-Math.log(1 - random()) * 10 * 60) / 60;
        const service = getService(code).defaultAvgServiceMinutes * (0.5 + random());
        const roll = random();
        const spec: TicketSpec = {
          orgId: center.orgId,
          serviceCode: code,
          windowId: window?.id ?? null,
          sequence,
          status: 'finished',
          issuedAt: at(date, issuedMin),
          calledAt: at(date, issuedMin + wait),
          startedAt: at(date, issuedMin + wait + 0.5),
          finishedAt: at(date, issuedMin + wait + 0.5 + service),
          servedBy: code === 'consultation' && onDuty.length ? pickOf(onDuty) : null,
          idNumberMasked: `1502**********${String(1000 + Math.floor(random() * 9000))}`,
        };
        if (isToday && i > n * 0.6) {
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
          list.push({ appliedMin: issuedMin + wait + 0.5 + service, rows });
          fromTickets.set(center.legalAidAgencyOrgId, list);
        }
        if (spec.status === 'finished' && random() < 0.6) {
          const x = random();
          const level = HISTORY_LEVELS.find(([p]) => x < p)![1];
          const evaluation: EvaluationSpec = {
            orgId: center.orgId,
            ticketId: rows.ticket.id,
            subjectNumber: rows.ticket.number,
            serviceCode: code,
            windowId: window?.id ?? null,
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
          day.evaluations.push(evaluationRows(evaluation));
        }
      }
    }
    for (const agency of shape.agencies) {
      const n = around(agency.mattersPerDay);
      const year = Number(date.slice(0, 4));
      // Today's applications, the hall's and the others, numbered in the order they were made.
      const applications: { appliedMin: number; ticket?: ReturnType<typeof ticketRows> }[] = [
        ...Array.from({ length: n }, () => ({ appliedMin: 9 * 60 + Math.floor(random() * 7 * 60) })),
        ...(fromTickets.get(agency.orgId) ?? []).map((a) => ({ appliedMin: a.appliedMin, ticket: a.rows })),
      ].sort((a, b) => a.appliedMin - b.appliedMin);
      for (const { appliedMin, ticket } of applications) {
        const key = `${agency.orgId}/${year}`;
        const seq = (matterSeq.get(key) ?? 0) + 1;
        matterSeq.set(key, seq);
        const appliedAt = at(date, appliedMin);
        const daysAgo = calendarDaysBetween(date, shape.today);
        const roll = random();
        let sameDay = random() < 0.6;
        let decideDays = sameDay ? 0 : Math.min(daysAgo, Math.floor(random() * 10));
        let assignDays = sameDay ? 0 : Math.floor(random() * 5);
        // A settled history (the demo) ends before today: what would not have, was done the same day.
        if (shape.settleAll && !sameDay && decideDays + assignDays >= daysAgo) {
          sameDay = true;
          decideDays = 0;
          assignDays = 0;
        }
        // Each step after the one before (a decision the same day is at least 20 minutes after acceptance).
        const decidedAt = sameDay
          ? at(date, appliedMin + 30)
          : later(at(addCalendarDays(date, decideDays), 10 * 60), at(date, appliedMin + 30));
        const decided = shape.settleAll || sameDay || daysAgo > decideDays;
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
        // Hardship (法律援助法 第四十一条) for civil matters: half by the applicant's commitment.
        if (spec.caseKind === 'civil') {
          const x = random();
          const householdSize = 1 + Math.floor(random() * 5);
          const incomeFen = householdSize * (600 + Math.floor(random() * 900)) * 100;
          spec.hardship = {
            method: x < 0.5 ? 'commitment' : x < 0.75 ? 'information-sharing' : 'documents',
            householdSize,
            householdIncomeEnc: shape.encryptIncome?.(String(incomeFen)) ?? null,
          };
        }
        const signsEarly = random() < 0.5;
        const recentIndex = recent.indexOf(date);
        if (recentIndex >= 0) {
          openMatter(spec, recent.slice(recentIndex), ticket !== undefined);
        } else if (decided && roll < 0.08) Object.assign(spec, { status: 'refused', refusedAt: decidedAt });
        else if (decided && roll < 0.1 && daysAgo > 8)
          // Materials asked for with 7 days to reply; none came: deemed withdrawn the day after the due date.
          Object.assign(spec, {
            status: 'deemed-withdrawn',
            materials: {
              requestedAt: at(date, appliedMin + 20),
              dueDate: addCalendarDays(date, 7),
              withdrawnAt: at(addCalendarDays(date, 8), 9 * 60),
            },
          });
        else if (decided) {
          const assignedAt = sameDay
            ? at(date, appliedMin + 60)
            : later(at(addCalendarDays(date, decideDays + assignDays), 11 * 60), decidedAt, 30);
          const assigned = shape.settleAll || assignedAt.getTime() <= at(shape.today, 0).getTime() || sameDay;
          Object.assign(spec, {
            status: shape.settleAll
              ? 'archived'
              : assigned
                ? daysAgo > 60
                  ? 'closed'
                  : 'in-progress'
                : 'granted',
            approvedAt: decidedAt,
            assignedAt: assigned ? assignedAt : null,
            aidStartedAt: assigned
              ? sameDay
                ? at(date, appliedMin + 90)
                : later(at(addCalendarDays(date, decideDays + assignDays), 15 * 60), assignedAt, 30)
              : null,
          });
          const lawyer = assigned && shape.lawyers.length ? pickLawyer() : null;
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
        // The signed 告知承诺书 is on file before a grant (and for some, signed at intake, before one).
        if (spec.hardship?.method === 'commitment' && (PAST_GRANT.has(spec.status) || signsEarly))
          spec.commitmentSignedAt = new Date(appliedAt.getTime() + 15 * MINUTE);
        if (spec.assignedLawyerId)
          spec.assignedUserId = shape.lawyers.find((l) => l.id === spec.assignedLawyerId)?.userId ?? null;
        if (ticket) linkTicketToMatter(ticket, spec.number);
        day.matters.push(matterRows(spec));
      }
    }
    yield day;
  }
}
