import { businessDateOf } from '@core/calendar/business-date';
import { findServiceByPrefix, getService, type ServiceCode, type TicketPrefix } from './services';

/**
 * Ticket numbers: the service's prefix letter and the sequence, zero-padded to 3 digits
 * (`B017`), 4 digits from 1000 on (`B1000`). The sequence starts at 1 and counts per service per
 * Beijing business date, so `B017` names one ticket of one hall on one day; the number stays on the
 * ticket when it is transferred to another service (the citizen holds the paper).
 */

/** The largest sequence a ticket number can carry (4 digits); a service never issues more in a day. */
export const MAX_TICKET_SEQUENCE = 9999;

/** A parsed ticket number. `sequence` is 1…`MAX_TICKET_SEQUENCE`. */
export interface ParsedTicketNumber {
  prefix: TicketPrefix;
  serviceCode: ServiceCode;
  sequence: number;
}

/** What a sequence counts within: one service on one Beijing business date (`YYYY-MM-DD`). */
export interface TicketSequenceScope {
  serviceCode: ServiceCode;
  businessDate: string;
}

function assertSequence(sequence: number): void {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_TICKET_SEQUENCE) {
    throw new RangeError(`Ticket sequence must be an integer 1…${MAX_TICKET_SEQUENCE}: ${sequence}`);
  }
}

/**
 * The ticket number of the `sequence`-th ticket of a service: `formatTicketNumber('legal-aid', 17)`
 * is `'B017'`. Throws RangeError on an unknown service or a sequence outside 1…9999.
 */
export function formatTicketNumber(serviceCode: string, sequence: number): string {
  const { ticketPrefix } = getService(serviceCode);
  assertSequence(sequence);
  return `${ticketPrefix}${String(sequence).padStart(3, '0')}`;
}

const ticketNumberPattern = /^([A-Z])(\d{3}|[1-9]\d{3})$/;

/**
 * Parses a ticket number as typed at a window or kiosk: surrounding spaces, lower case and
 * full-width characters (`Ｂ０１７`, NFKC) are accepted; the digits must be in canonical form
 * (`B017`, not `B17` or `B0017`) so each ticket has exactly one spelling. Returns undefined when
 * the text is not a ticket number of one of the ten services.
 */
export function parseTicketNumber(text: string): ParsedTicketNumber | undefined {
  const match = ticketNumberPattern.exec(text.normalize('NFKC').trim().toUpperCase());
  if (!match) return undefined;
  const [, prefix = '', digits = ''] = match;
  const service = findServiceByPrefix(prefix);
  const sequence = Number(digits);
  if (!service || sequence < 1) return undefined;
  return { prefix: service.ticketPrefix, serviceCode: service.code, sequence };
}

/**
 * The scope a new ticket's sequence is counted in: its service and the Beijing business date of
 * the issue instant (a ticket issued at 2026-03-01T16:30Z belongs to 2026-03-02), whatever `TZ` is.
 */
export function ticketSequenceScope(serviceCode: string, issuedAt: Date): TicketSequenceScope {
  return { serviceCode: getService(serviceCode).code, businessDate: businessDateOf(issuedAt) };
}

/**
 * The next sequence in a scope, given the last one issued in that same scope (undefined for the
 * first ticket of the day). The caller reads the last sequence and writes the new ticket in one
 * transaction. Throws RangeError when the scope is exhausted (past 9999).
 */
export function nextTicketSequence(lastSequence: number | undefined): number {
  if (lastSequence === undefined) return 1;
  assertSequence(lastSequence);
  if (lastSequence === MAX_TICKET_SEQUENCE) {
    throw new RangeError(`Ticket sequence exhausted: ${MAX_TICKET_SEQUENCE} tickets already issued`);
  }
  return lastSequence + 1;
}
