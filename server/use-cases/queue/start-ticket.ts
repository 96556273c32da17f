import type { Services, UseCaseCall } from '../../context';
import { runTicketTransition, type TicketActionInput } from './run-transition';
import type { TicketItem } from './ticket-item';

export type StartTicketInput = TicketActionInput & { windowId: string };

/** 开始办理: the called citizen is at the window (core `start`: called → serving, `startedAt`). */
export function startTicket(services: Services, call: UseCaseCall<StartTicketInput>): Promise<TicketItem> {
  return runTicketTransition(services, call, {
    permission: 'queue.serve',
    auditAction: 'queue.ticket.start',
    window: { id: call.input.windowId },
    action: ({ at }) => ({ type: 'start', at }),
  });
}
