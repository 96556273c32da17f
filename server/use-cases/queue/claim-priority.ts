import { AppError } from '@core/errors';
import { derivePriority, priorityGroupCodes, priorityGroups, prioritySources } from '@core/queue/priority';
import { type TicketStatus, ticketStatusLabels } from '@core/queue/ticket-status';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { tickets } from '../../db/schema/index';
import { publishQueueEvent } from '../../realtime/queue-events';
import { atField } from './action-instant';
import { loadQueueSettings } from './queue-settings';
import { appendTicketAction, lockTicket, type TicketActionInput } from './run-transition';
import { loadTicketItem, type TicketItem } from './ticket-item';

export const priorityGroupField = z.enum(priorityGroupCodes, {
  error: `优先群体应为：${priorityGroups.map((g) => g.labelZh).join('、')}`,
});

export const claimPriorityBody = z.object({
  group: priorityGroupField,
  reason: z
    .string({ error: '请填写依据（查验了什么证件）' })
    .trim()
    .min(1, '请填写依据（查验了什么证件）')
    .max(500, '依据不能超过 500 个字'),
  version: z.number().int().min(1).optional(),
  at: atField,
});
export type ClaimPriorityInput = TicketActionInput & z.infer<typeof claimPriorityBody>;

/**
 * 设置优先: the reception desk saw proof that a waiting citizen belongs to a priority group (core/queue/
 * priority, source `staff-claim`, with the reason audited). The ticket keeps its place and now ranks with
 * the priority tickets. Only while waiting (409 QUEUE.INVALID_TRANSITION otherwise).
 */
export async function claimPriority(
  services: Services,
  call: UseCaseCall<ClaimPriorityInput>,
): Promise<TicketItem> {
  const { actor, input, meta } = call;
  const result = await services.db.transaction(async (tx) => {
    const { row, at } = await lockTicket(services, tx, call, 'queue.issue');
    if (row.status !== 'waiting') {
      throw new AppError(
        'conflict',
        'QUEUE.INVALID_TRANSITION',
        `当前状态为“${ticketStatusLabels[row.status as TicketStatus]}”，不能设置优先`,
        undefined,
        { status: row.status, action: 'priority' },
      );
    }
    const claimed = derivePriority(
      { claimed: { group: input.group, reason: input.reason } },
      row.businessDate,
    );
    const groups = priorityGroupCodes.filter(
      (g) => row.priorityGroups.includes(g) || claimed.groups.includes(g),
    );
    const sources = prioritySources.filter(
      (s) => row.prioritySources.includes(s) || claimed.sources.includes(s),
    );
    await tx
      .update(tickets)
      .set({
        priority: true,
        priorityGroups: groups,
        prioritySources: sources,
        priorityReason: input.reason,
        updatedAt: at,
        version: sql`${tickets.version} + 1`,
      })
      .where(eq(tickets.id, row.id));
    await appendTicketAction(tx, {
      row,
      action: 'priority',
      at,
      actorId: actor.userId,
      windowId: null,
      toStatus: row.status,
      payload: { group: input.group, reason: input.reason },
    });
    await recordAudit(tx, actor, meta, {
      action: 'queue.ticket.priority',
      entityType: 'ticket',
      entityId: row.id,
      orgId: row.orgId,
      before: { number: row.number, priority: row.priority, priorityGroups: row.priorityGroups },
      after: { number: row.number, priority: true, priorityGroups: groups },
      reason: input.reason,
    });
    const settings = await loadQueueSettings(tx, row.orgId);
    return { item: await loadTicketItem(tx, row.id, settings.maxRecalls), orgId: row.orgId };
  });
  await publishQueueEvent(services.db, { type: 'board', orgId: result.orgId });
  return result.item;
}
