import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { MATTER_SERVICES } from '@core/procedures/registry';
import { and, asc, count, desc, eq, exists, ilike, inArray, lt, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { matterClocks, matterParties, matters, persons } from '../../db/schema/index';
import { containsPattern } from '../../search/like';
import { personNameCondition } from '../persons/list-persons';
import { loadMatter, onlyHandled, resourceOf } from './matter-store';
import { type MatterDetail, type MatterListItem, readMatterDetail, toListItems } from './matter-view';

export const listMattersQuery = z.object({
  page: z.coerce.number({ error: '页码应为数字' }).int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce
    .number({ error: '每页条数应为数字' })
    .int()
    .min(1)
    .max(100, '每页最多 100 条')
    .default(20),
  service: z.enum(MATTER_SERVICES, { error: '未知的服务' }).optional(),
  status: z.string().trim().max(40).optional(),
  open: z.enum(['true', 'false'], { error: '应为 true 或 false' }).optional(),
  mine: z.enum(['true', 'false'], { error: '应为 true 或 false' }).optional(),
  breached: z.enum(['true', 'false'], { error: '应为 true 或 false' }).optional(),
  /** The number, or a party's name (literal: `%` and `_` are characters). */
  q: z.string().trim().max(50, '搜索词不能超过 50 个字').optional(),
});
export type ListMattersInput = z.infer<typeof listMattersQuery>;

/**
 * Window matters kept by organisations in the actor's scope, newest opened first then by id (stable
 * pages), with parties' names and the nearest clock. Filters: service, status, open/closed, mine (the
 * actor handles it), breached (a clock past its last day), q.
 */
export async function listWindowMatters(
  services: Services,
  { actor, input }: UseCaseCall<ListMattersInput>,
): Promise<{ items: MatterListItem[]; total: number }> {
  assertCan(actor, 'matter.read');
  const today = businessDateOf(services.now());
  const q = input.q;
  const condition: SQL | undefined = and(
    inArray(matters.orgId, [...actor.scopeOrgIds]),
    input.service ? eq(matters.service, input.service) : undefined,
    input.status ? eq(matters.status, input.status) : undefined,
    input.open ? eq(matters.closed, input.open === 'false') : undefined,
    input.mine === 'true' || onlyHandled(actor) ? eq(matters.handlerUserId, actor.userId) : undefined,
    input.breached === 'true'
      ? exists(
          services.db
            .select({ one: matterClocks.id })
            .from(matterClocks)
            .where(and(eq(matterClocks.matterId, matters.id), lt(matterClocks.dueOn, today))),
        )
      : undefined,
    q
      ? or(
          ilike(matters.number, containsPattern(q)),
          ilike(matters.summary, containsPattern(q)),
          exists(
            services.db
              .select({ one: matterParties.id })
              .from(matterParties)
              .leftJoin(persons, eq(persons.id, matterParties.personId))
              .where(
                and(
                  eq(matterParties.matterId, matters.id),
                  or(ilike(matterParties.name, containsPattern(q)), personNameCondition(q)),
                ),
              ),
          ),
        )
      : undefined,
  );
  const [total] = await services.db.select({ n: count() }).from(matters).where(condition);
  const rows = await services.db
    .select()
    .from(matters)
    .where(condition)
    .orderBy(desc(matters.openedAt), asc(matters.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return { items: await toListItems(services.db, rows, services.now()), total: total?.n ?? 0 };
}

/** GET /api/matters/:id: the detail (404 MATTER.NOT_FOUND; 403 outside the scope). */
export async function getWindowMatter(
  services: Services,
  { actor, input }: UseCaseCall<{ id: string }>,
): Promise<MatterDetail> {
  assertCan(actor, 'matter.read');
  const row = await loadMatter(services.db, input.id);
  assertCan(actor, 'matter.read', resourceOf(row));
  return readMatterDetail(services.db, actor, row, services.now());
}
