import { assertCan } from '@core/access';
import { conflict } from '@core/errors';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { loadPlan, readPlanDetail } from './get-plan';
import { studyNotFound } from './programme-scope';
import { insertSessions, sessionSpec } from './session-specs';

export const addSessionsBody = z.object({
  sessions: z.array(sessionSpec).min(1, '请至少安排一组学习活动').max(20, '一次最多安排 20 组学习活动'),
});
export type AddSessionsInput = z.infer<typeof addSessionsBody> & { id: string };

/** Adds sessions (one date or a recurrence) to a plan that is not closed. `study.manage` in its bureau. */
export async function addSessions(services: Services, { actor, input, meta }: UseCaseCall<AddSessionsInput>) {
  assertCan(actor, 'study.manage');
  await services.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, input.id, { forUpdate: true });
    if (!actor.scopeOrgIds.includes(plan.orgId)) throw studyNotFound('学习计划');
    assertCan(actor, 'study.manage', { orgId: plan.orgId });
    if (plan.status === 'closed') throw conflict('STUDY.PLAN_CLOSED', '计划已结束，不能再安排学习活动');
    const added = await insertSessions(tx, plan, input.sessions);
    await recordAudit(tx, actor, meta, {
      action: 'study.add-sessions',
      entityType: 'study-plan',
      entityId: plan.id,
      orgId: plan.orgId,
      after: {
        added,
        specs: input.sessions.map((s) => ({ kind: s.kind, from: s.from, to: s.to ?? s.from })),
      },
    });
  });
  return readPlanDetail(services, services.db, actor, input.id);
}
