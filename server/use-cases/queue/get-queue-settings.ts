import { assertCan } from '@core/access';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { resolveCenter } from './queue-center';
import { loadQueueSettings, type QueueSettings } from './queue-settings';

export const settingsQuery = z.object({
  centerId: z.uuid({ error: '服务中心编号格式不正确' }).optional(),
});

/** The queue settings of a center (default: the hall); version 0 = defaults. Needs queue.read on it. */
export async function getQueueSettings(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof settingsQuery>>,
): Promise<QueueSettings> {
  const center = await resolveCenter(services.db, input.centerId);
  assertCan(actor, 'queue.read', { orgId: center.id });
  return loadQueueSettings(services.db, center.id);
}
