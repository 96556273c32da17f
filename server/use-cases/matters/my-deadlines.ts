import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { getService } from '@core/queue/services';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { matterClocks, matters } from '../../db/schema/index';
import { clockItem, toClockItem, toListItems } from './matter-view';

export const deadlineItem = clockItem.extend({
  matterId: z.string(),
  number: z.string(),
  service: z.string(),
  serviceName: z.string(),
  summary: z.string(),
  /** The matter's title (core/procedures/matter-title.ts), Chinese and English. */
  title: z.string(),
  titleEn: z.string(),
});
export type DeadlineItem = z.infer<typeof deadlineItem>;

/**
 * "My deadlines": the open clocks of the window matters the actor is responsible for (the matter's
 * handler, else who opened it), soonest last day first, in the actor's scope. Each carries its
 * statute and article, basis, days left (calendar days, Beijing) and level (ok, due-soon, overdue,
 * paused).
 */
export async function myDeadlines(
  services: Services,
  { actor }: UseCaseCall<Record<string, never>>,
): Promise<{ items: DeadlineItem[] }> {
  assertCan(actor, 'matter.read');
  const today = businessDateOf(services.now());
  const rows = await services.db
    .select({ clock: matterClocks, matter: matters })
    .from(matterClocks)
    .innerJoin(matters, eq(matters.id, matterClocks.matterId))
    .where(
      and(
        eq(matterClocks.responsibleUserId, actor.userId),
        eq(matters.closed, false),
        inArray(matters.orgId, [...actor.scopeOrgIds]),
      ),
    )
    .orderBy(asc(matterClocks.dueOn), asc(matters.number), asc(matterClocks.kind))
    .limit(500);
  const distinct = [...new Map(rows.map(({ matter }) => [matter.id, matter])).values()];
  const titles = new Map(
    (await toListItems(services.db, distinct, services.now())).map((item) => [item.id, item]),
  );
  return {
    items: rows.map(({ clock, matter }) => ({
      ...toClockItem(clock, today),
      matterId: matter.id,
      number: matter.number,
      service: matter.service,
      serviceName: getService(matter.service).nameZh,
      summary: matter.summary,
      title: titles.get(matter.id)?.title ?? matter.summary,
      titleEn: titles.get(matter.id)?.titleEn ?? matter.summary,
    })),
  };
}
