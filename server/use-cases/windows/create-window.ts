import { AppError, badInput } from '@core/errors';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, Services, UseCaseCall } from '../../context';
import { organisations, windows } from '../../db/schema/index';
import { publishQueueEvent } from '../../realtime/queue-events';
import { assertOrgInScope } from '../organisations/org-scope-check';
import { toWindowItem, type WindowItem, windowFields } from './window-item';

export const createWindowBody = z.object({
  orgId: z.uuid({ error: '请选择所属服务中心' }),
  number: windowFields.number,
  name: windowFields.name,
  services: windowFields.services,
  status: windowFields.status.optional(),
  location: windowFields.location.optional(),
});
export type CreateWindowInput = z.infer<typeof createWindowBody>;

/** Organisation kinds that run a hall with windows: the service center, or a bureau's own hall. */
const HALL_KINDS = ['service-center', 'city-bureau', 'county-bureau'];

/** WINDOW.NUMBER_TAKEN (409): window numbers are unique per service center. */
export const numberTaken = (number: number) =>
  new AppError('conflict', 'WINDOW.NUMBER_TAKEN', `该服务中心已有 ${number}号窗口，请换一个窗口号`, 'number');

/** Checks that the organisation exists, runs a hall and is active (400 on `orgId`). */
async function checkHallOrg(executor: Executor, orgId: string): Promise<void> {
  const [org] = await executor.select().from(organisations).where(eq(organisations.id, orgId));
  if (!org) throw badInput('ORG.NOT_FOUND', '机构不存在', 'orgId');
  if (!HALL_KINDS.includes(org.kind)) {
    throw badInput('WINDOW.ORG_NOT_HALL', '窗口只能设在公共法律服务中心或司法局', 'orgId');
  }
  if (!org.active) throw badInput('ORG.INACTIVE', '该机构已停用，不能新建窗口', 'orgId');
}

/**
 * Creates a window of a service center (or a bureau's hall) in the actor's scope (ORG.OUT_OF_SCOPE).
 * The number is unique per center (WINDOW.NUMBER_TAKEN, 409). Writes the row and a `window.create`
 * audit entry in one transaction.
 */
export async function createWindow(
  services: Services,
  { actor, input, meta }: UseCaseCall<CreateWindowInput>,
): Promise<WindowItem> {
  assertOrgInScope(actor, 'window.manage', input.orgId, 'orgId');
  const saved = await services.db.transaction(async (tx) => {
    await checkHallOrg(tx, input.orgId);
    const [row] = await tx
      .insert(windows)
      .values({
        orgId: input.orgId,
        number: input.number,
        name: input.name,
        services: input.services,
        status: input.status ?? 'open',
        location: input.location ?? null,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw numberTaken(input.number);
    const item = toWindowItem(row);
    await recordAudit(tx, actor, meta, {
      action: 'window.create',
      entityType: 'window',
      entityId: item.id,
      orgId: item.orgId,
      after: item,
    });
    return item;
  });
  // Boards and the cached windows of the hall (queue/hall-load.ts) pick up the change.
  await publishQueueEvent(services.db, { type: 'board', orgId: saved.orgId, windows: true });
  return saved;
}
