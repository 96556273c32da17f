/** Fixtures shared by the ticket-status tests. */
import {
  type TicketAction,
  type TicketConfig,
  type TicketResult,
  type TicketState,
  ticketStateFromActions,
} from './ticket-status';

export const config: TicketConfig = { maxRecalls: 2 };
const base = Date.parse('2026-03-02T09:00:00+08:00');
export const at = (minute: number) => new Date(base + minute * 60_000);

export function ok(result: TicketResult): TicketState {
  if (!result.ok) throw new Error(`unexpected error: ${result.error.message}`);
  return result.state;
}

export function run(actions: TicketAction[], cfg: TicketConfig = config): TicketState {
  return ok(ticketStateFromActions(actions, cfg));
}

export const issue: TicketAction = { type: 'issue', at: at(0), serviceCode: 'legal-aid', priority: false };
