import { assertCan } from '@core/access';
import { conflict, staleVersion } from '@core/errors';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { studyPlans } from '../../db/schema/index';
import { loadPlan, readPlanDetail } from './get-plan';
import { studyNotFound } from './programme-scope';

export const planStatusBody = z.object({
  version: z.number().int().min(1),
  status: z.enum(['published', 'closed'], { error: '状态应为 published 或 closed' }),
});
export type PlanStatusInput = z.infer<typeof planStatusBody> & { id: string };

/**
 * Publishes a draft plan (its audience then sees it and may check in) or closes a published one.
 * `study.manage` in the plan's bureau; the version must match (COMMON.STALE_VERSION).
 */
export async function setPlanStatus(
  services: Services,
  { actor, input, meta }: UseCaseCall<PlanStatusInput>,
) {
  assertCan(actor, 'study.manage');
  await services.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, input.id, { forUpdate: true });
    if (!actor.scopeOrgIds.includes(plan.orgId)) throw studyNotFound('学习计划');
    assertCan(actor, 'study.manage', { orgId: plan.orgId });
    if (plan.version !== input.version) throw staleVersion('学习计划');
    const allowed = input.status === 'published' ? plan.status === 'draft' : plan.status === 'published';
    if (!allowed)
      throw conflict(
        'STUDY.PLAN_STATUS',
        input.status === 'published' ? '只有草稿状态的计划可以发布' : '只有已发布的计划可以结束',
      );
    const now = services.now();
    await tx
      .update(studyPlans)
      .set({
        status: input.status,
        ...(input.status === 'published' ? { publishedAt: now } : {}),
        version: plan.version + 1,
        updatedAt: now,
      })
      .where(and(eq(studyPlans.id, plan.id), eq(studyPlans.version, plan.version)));
    await recordAudit(tx, actor, meta, {
      action: input.status === 'published' ? 'study.publish-plan' : 'study.close-plan',
      entityType: 'study-plan',
      entityId: plan.id,
      orgId: plan.orgId,
      before: { status: plan.status },
      after: { status: input.status },
    });
  });
  return readPlanDetail(services, services.db, actor, input.id);
}
