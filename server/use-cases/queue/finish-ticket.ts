import { ticketOutcomes } from '@core/queue/ticket-status';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { atField } from './action-instant';
import { runTicketTransition, type TicketActionInput } from './run-transition';
import type { TicketItem } from './ticket-item';

export const finishTicketBody = z.object({
  windowId: z.uuid({ error: '请选择窗口' }),
  outcome: z.enum(ticketOutcomes, { error: '请选择办理结果' }),
  matterId: z.string().trim().min(1, '关联事项编号不能为空').max(100, '关联事项编号过长').optional(),
  note: z.string().trim().max(500, '备注不能超过 500 个字').optional(),
  version: z.number().int().min(1).optional(),
  at: atField,
});
export type FinishTicketInput = TicketActionInput & z.infer<typeof finishTicketBody>;

/**
 * 办结: service at the window ended (core `finish`: serving → finished, `finishedAt`), with its outcome,
 * the matter opened for it (`matterId`) and a note. Only at the ticket's window.
 */
export function finishTicket(services: Services, call: UseCaseCall<FinishTicketInput>): Promise<TicketItem> {
  const { input } = call;
  return runTicketTransition(services, call, {
    permission: 'queue.serve',
    auditAction: 'queue.ticket.finish',
    window: { id: input.windowId },
    action: ({ at }) => ({
      type: 'finish',
      at,
      outcome: input.outcome,
      ...(input.matterId === undefined ? {} : { matterId: input.matterId }),
    }),
    ...(input.note === undefined ? {} : { extra: { note: input.note } }),
  });
}
