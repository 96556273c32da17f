import { can } from '@core/access';
import { forbidden } from '@core/errors';
import { and, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor, Services, StaffActor, UseCaseCall } from '../../context';
import { studyPlans, studySessions, users } from '../../db/schema/index';
import { type PlanItem, toPlanItem } from './plan-views';
import { memberAudienceRoots, orgDirectory } from './programme-scope';

export const listPlansQuery = z.object({
  /** `mine`: the published plans the actor takes part in; `managed`: every plan in the actor's scope. */
  view: z.enum(['mine', 'managed'], { error: '视图应为 mine 或 managed' }).default('mine'),
});
export type ListPlansInput = z.infer<typeof listPlansQuery>;

/** The organisation ids at and above `orgId` (the audiences a member of `orgId` belongs to). */
export async function ancestorOrgIds(executor: Executor, orgId: string): Promise<string[]> {
  const result = await executor.execute<{ id: string }>(sql`
    with recursive up as (
      select id, parent_id from organisations where id = ${orgId}
      union all
      select o.id, o.parent_id from organisations o join up on o.id = up.parent_id
    )
    select id from up`);
  return result.rows.map((r) => r.id);
}

/**
 * The published plans whose audience includes the actor (branch plans: party members only): audiences at
 * or above the actor's unit up to their own bureau (a county's staff: their county's plans, not the city's).
 */
export async function plansOfMember(executor: Executor, actor: StaffActor) {
  const [me] = await executor
    .select({ partyMember: users.partyMember })
    .from(users)
    .where(eq(users.id, actor.userId));
  const ancestors = await memberAudienceRoots(executor, actor.orgId);
  return executor
    .select()
    .from(studyPlans)
    .where(
      and(
        inArray(studyPlans.audienceOrgId, ancestors),
        ne(studyPlans.status, 'draft'),
        me?.partyMember ? undefined : eq(studyPlans.partyMembersOnly, false),
      ),
    )
    .orderBy(desc(studyPlans.startsOn));
}

/**
 * Study plans: the actor's own (`mine`, `study.participate`), or all in scope for managers and
 * supervisors (`managed`), newest first.
 */
export async function listPlans(
  services: Services,
  { actor, input }: UseCaseCall<ListPlansInput>,
): Promise<{ items: PlanItem[] }> {
  let rows: (typeof studyPlans.$inferSelect)[];
  if (input.view === 'managed') {
    if (!can(actor, 'study.manage') && !can(actor, 'study.supervise')) throw forbidden();
    rows = await services.db
      .select()
      .from(studyPlans)
      .where(inArray(studyPlans.orgId, [...actor.scopeOrgIds]))
      .orderBy(desc(studyPlans.startsOn), desc(studyPlans.createdAt));
  } else {
    if (!can(actor, 'study.participate')) throw forbidden();
    rows = await plansOfMember(services.db, actor);
  }
  const ids = rows.map((r) => r.id);
  const counts =
    ids.length === 0
      ? []
      : await services.db
          .select({ planId: studySessions.planId, n: count() })
          .from(studySessions)
          .where(inArray(studySessions.planId, ids))
          .groupBy(studySessions.planId);
  const directory = await orgDirectory(services.db, ids);
  return {
    items: rows.map((row) => toPlanItem(row, directory, counts.find((c) => c.planId === row.id)?.n ?? 0)),
  };
}
