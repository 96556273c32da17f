import { randomUUID } from 'node:crypto';
import { assertCan } from '@core/access';
import { badInput } from '@core/errors';
import { maskResidentId, parseResidentId } from '@core/identity';
import { isAged } from '@core/queue/call-order';
import { derivePriority, type PriorityGroup } from '@core/queue/priority';
import { isServiceCode } from '@core/queue/services';
import { ticketSequenceScope } from '@core/queue/ticket-number';
import { applyTicketAction } from '@core/queue/ticket-status';
import { and, asc, eq } from 'drizzle-orm';
import type { RequestMeta, Services, StaffActor } from '../../context';
import { keyGroupRegister, persons } from '../../db/schema/index';
import { publishQueueEvent } from '../../realtime/queue-events';
import { loadCalendar } from '../calendar/load-calendar';
import { actionInstant } from './action-instant';
import { hallStatusAt } from './hall-hours';
import { estimatedWaitMinutes, loadHallLoad, windowsServing } from './hall-load';
import { insertIssuedTicket } from './insert-issued-ticket';
import { resolveCenter } from './queue-center';
import { fromTicketError, queueErrors } from './queue-errors';
import { loadQueueSettings } from './queue-settings';
import { type TicketItem, toTicketItem } from './ticket-item';
import { stateColumns } from './ticket-state';

export type TicketChannel = 'kiosk' | 'reception' | 'remote' | 'replay';

export interface IssueTicketInput {
  /** The hall; default: the city's service center. */
  centerId?: string | undefined;
  serviceCode: string;
  /** Resident ID number (optional): derives priority from age and the key-group register. */
  idNumber?: string | undefined;
  /** A reception claim of priority with the proof seen. */
  priorityClaim?: { group: PriorityGroup; reason: string } | undefined;
  channel: TicketChannel;
  /** Replay only (queue.manage): the issue instant. */
  at?: string | undefined;
}

/** `actor` is null for the kiosk (anonymous). */
export interface IssueTicketCall {
  actor: StaffActor | null;
  input: IssueTicketInput;
  meta: RequestMeta;
}

export interface IssuedTicket {
  ticket: TicketItem;
  /**
   * Tickets of the same service called before this one if nobody else came (whole number), counted just
   * after the ticket is committed and at most PEOPLE_AHEAD_CAP (core/queue/call-order.ts).
   */
  peopleAhead: number;
  /** Whole minutes (core estimateWait); null when no window of the service is open. */
  estimatedWaitMinutes: number | null;
}

function parseIdNumber(services: Services, idNumber: string, businessDate: string) {
  const parsed = parseResidentId(idNumber, { today: businessDate });
  if (!parsed.ok) throw badInput('PERSON.INVALID_ID_NUMBER', parsed.message, 'idNumber');
  return {
    birthDate: parsed.birthDate,
    hash: services.cipher.lookupHash(parsed.id),
    masked: maskResidentId(parsed.id),
  };
}

/**
 * 取号: issues a ticket of `serviceCode` at the kiosk (anonymous), the reception desk (queue.issue) or,
 * for a replay, at a past instant (queue.manage). Checks, in order: the center (404), the service
 * (400 QUEUE.UNKNOWN_SERVICE), the hall is open at that instant by the calendar and the center's opening
 * hours (409 QUEUE.HALL_CLOSED, naming the next opening), some window serves it (409
 * QUEUE.SERVICE_UNAVAILABLE), the ID number (400 PERSON.INVALID_ID_NUMBER). Priority: core
 * derivePriority from the age on the Beijing business date, the key-group register and the claim.
 * The number comes from `ticket_counters`, then the ticket, its action log row and audit entry are written
 * and the people ahead counted (insert-issued-ticket.ts: two statements, why a number is still never issued
 * twice that day is there).
 */
export async function issueTicket(
  services: Services,
  { actor, input, meta }: IssueTicketCall,
): Promise<IssuedTicket> {
  const center = await resolveCenter(services.db, input.centerId);
  if (actor) assertCan(actor, 'queue.issue', { orgId: center.id });
  if (input.channel === 'replay' && input.at === undefined)
    throw queueErrors.invalidAt('回放取号需要指定时间');
  const at = actionInstant(services, actor, center.id, input.at);
  if (!isServiceCode(input.serviceCode)) throw queueErrors.unknownService();
  const { serviceCode, businessDate } = ticketSequenceScope(input.serviceCode, at);

  const [settings, calendar, load] = await Promise.all([
    loadQueueSettings(services.db, center.id),
    loadCalendar(services.db),
    loadHallLoad(services.db, center.id, businessDate, { waiting: false }),
  ]);
  const hall = hallStatusAt(calendar, settings.openingHours, at);
  if (!hall.open)
    throw queueErrors.hallClosed(hall.message, { reason: hall.reason, nextOpening: hall.nextOpening });
  if (windowsServing(load, serviceCode).all === 0) throw queueErrors.serviceUnavailable();

  const id = input.idNumber ? parseIdNumber(services, input.idNumber, businessDate) : undefined;
  const [registerRows, personRows] = id
    ? await Promise.all([
        services.db
          .select({ group: keyGroupRegister.group, name: keyGroupRegister.name })
          .from(keyGroupRegister)
          .where(and(eq(keyGroupRegister.orgId, center.id), eq(keyGroupRegister.idNumberHash, id.hash))),
        services.db
          .select({ id: persons.id, name: persons.name })
          .from(persons)
          .where(eq(persons.idNumberHash, id.hash))
          .orderBy(asc(persons.createdAt))
          .limit(1),
      ])
    : [[], []];
  const priority = derivePriority(
    {
      ...(id ? { birthDate: id.birthDate } : {}),
      registerGroups: registerRows.map((r) => r.group),
      ...(input.priorityClaim ? { claimed: input.priorityClaim } : {}),
    },
    businessDate,
    { elderlyAge: settings.elderlyAge, adultAge: 18 },
  );
  const issued = applyTicketAction(
    null,
    { type: 'issue', at, serviceCode, priority: priority.priority },
    { maxRecalls: settings.maxRecalls },
  );
  if (!issued.ok) throw fromTicketError(issued.error);

  const person = personRows[0];
  const ticketId = randomUUID();
  // The new ticket's class in core's call order: priority, or aged (core isAged; not when just queued).
  const aged = isAged({ id: ticketId, serviceCode, priority: false, queuedAt: at }, at, settings);
  const ahead = {
    now: at,
    agingLimitMinutes: settings.agingLimitMinutes,
    cls: priority.priority || aged ? 0 : 1,
  } as const;
  const { row: inserted, peopleAhead } = await insertIssuedTicket(
    services.db,
    {
      ...stateColumns(issued.state),
      id: ticketId,
      orgId: center.id,
      businessDate,
      priorityGroups: priority.groups,
      prioritySources: priority.sources,
      priorityReason: input.priorityClaim?.reason ?? null,
      personId: person?.id ?? null,
      idNumberHash: id?.hash ?? null,
      idNumberMasked: id?.masked ?? null,
      channel: input.channel,
      note: null,
      version: 1,
    },
    {
      actor,
      meta,
      payload: { channel: input.channel, priorityGroups: priority.groups, prioritySources: priority.sources },
      audit: {
        after: { serviceCode, channel: input.channel, priorityGroups: priority.groups },
        reason: input.priorityClaim?.reason ?? null,
      },
    },
    ahead,
  );
  // Not awaited: the reply does not wait for the NOTIFY (this process's boards are told at once).
  void publishQueueEvent(services.db, { type: 'board', orgId: center.id });
  const ticket = toTicketItem(
    {
      ticket: inserted,
      windowNumber: null,
      windowName: null,
      personName: person?.name ?? registerRows[0]?.name ?? null,
    },
    settings.maxRecalls,
  );
  const count = peopleAhead ?? 0;
  return { ticket, peopleAhead: count, estimatedWaitMinutes: estimatedWaitMinutes(load, serviceCode, count) };
}
