/** Fixtures shared by the call-order tests. */
import type { WaitingTicket } from './call-order';

export const base = Date.parse('2026-03-02T09:00:00+08:00');
export const minute = 60_000;
export const config = { agingLimitMinutes: 30 };

/** (queuedAt, id): a ticket's place in the queue. */
export function placeBefore(a: WaitingTicket, b: WaitingTicket): boolean {
  const d = a.queuedAt.getTime() - b.queuedAt.getTime();
  return d < 0 || (d === 0 && a.id < b.id);
}
