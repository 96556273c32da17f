import { badInput } from '@core/errors';
import { isServiceCode } from '@core/queue/services';
import { and, arrayContains, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor, Services, UseCaseCall } from '../../context';
import { windows } from '../../db/schema/index';
import { atField } from './action-instant';
import { queueErrors } from './queue-errors';
import { runTicketTransition, type TicketActionInput } from './run-transition';
import type { TicketItem } from './ticket-item';
import type { TicketRow } from './ticket-state';

export const transferTicketBody = z.object({
  serviceCode: z.string().trim().min(1, '请选择服务事项').optional(),
  windowId: z.uuid({ error: '窗口编号格式不正确' }).optional(),
  reason: z
    .string({ error: '请填写转办原因' })
    .trim()
    .min(1, '请填写转办原因')
    .max(500, '原因不能超过 500 个字'),
  version: z.number().int().min(1).optional(),
  at: atField,
});
export type TransferTicketInput = TicketActionInput & z.infer<typeof transferTicketBody>;

/** Checks the transfer target in the ticket's center: a known service some window serves, a window serving it. */
async function checkTarget(tx: Executor, row: TicketRow, input: TransferTicketInput): Promise<void> {
  const serviceCode = input.serviceCode ?? row.serviceCode;
  if (!isServiceCode(serviceCode)) throw queueErrors.unknownService();
  if (input.windowId !== undefined) {
    const [target] = await tx.select().from(windows).where(eq(windows.id, input.windowId));
    if (!target || target.orgId !== row.orgId)
      throw badInput('QUEUE.WINDOW_NOT_FOUND', '目标窗口不存在', 'windowId');
    if (!target.services.includes(serviceCode)) {
      throw badInput('QUEUE.WINDOW_SERVICE_MISMATCH', '目标窗口不办理该服务事项', 'windowId');
    }
    return;
  }
  const [serving] = await tx
    .select({ id: windows.id })
    .from(windows)
    .where(and(eq(windows.orgId, row.orgId), arrayContains(windows.services, [serviceCode])))
    .limit(1);
  if (!serving) throw queueErrors.serviceUnavailable();
}

/**
 * 转办: sends a waiting, called or serving ticket to another service and/or window (core `transfer`). The
 * ticket keeps its number and its place (`queuedAt`), so the citizen is not sent to the back of the
 * queue; with a target window only that window calls it. The reason is audited.
 */
export function transferTicket(
  services: Services,
  call: UseCaseCall<TransferTicketInput>,
): Promise<TicketItem> {
  const { input } = call;
  return runTicketTransition(services, call, {
    permission: 'queue.serve',
    auditAction: 'queue.ticket.transfer',
    reason: input.reason,
    payload: { reason: input.reason },
    action: async ({ tx, row, at }) => {
      await checkTarget(tx, row, input);
      return {
        type: 'transfer',
        at,
        ...(input.serviceCode === undefined ? {} : { toServiceCode: input.serviceCode }),
        ...(input.windowId === undefined ? {} : { toWindowId: input.windowId }),
      };
    },
  });
}
