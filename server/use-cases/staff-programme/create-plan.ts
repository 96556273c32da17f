import { assertCan } from '@core/access';
import { badInput } from '@core/errors';
import { STUDY_FORMS, STUDY_THEMES } from '@core/staff-programme/vocabulary';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { studyPlans } from '../../db/schema/index';
import { outOfScope } from '../organisations/org-scope-check';
import { readPlanDetail } from './get-plan';
import { isoDate } from './plan-views';
import { homeBureauOf, subtreeOrgIds } from './programme-scope';
import { insertSessions, sessionSpec } from './session-specs';

export const createPlanBody = z.object({
  title: z.string().trim().min(1, '请填写计划名称').max(100, '计划名称不能超过 100 个字'),
  themes: z.array(z.enum(STUDY_THEMES, { error: '请选择有效的学习主题' })).min(1, '请至少选择一个学习主题'),
  forms: z.array(z.enum(STUDY_FORMS, { error: '请选择有效的学习形式' })).min(1, '请至少选择一种学习形式'),
  description: z.string().trim().max(2000, '说明不能超过 2000 个字').optional(),
  readings: z
    .array(
      z.object({
        title: z.string().trim().min(1, '请填写篇目').max(200, '篇目不能超过 200 个字'),
        source: z.string().trim().max(200).optional(),
      }),
    )
    .max(50, '必读篇目不能超过 50 篇')
    .default([]),
  startsOn: isoDate,
  endsOn: isoDate,
  /** The bureau itself (default) or one of its departments. */
  audienceOrgId: z.uuid({ error: '机构编号格式不正确' }).optional(),
  partyMembersOnly: z.boolean().default(false),
  sessions: z.array(sessionSpec).max(20, '一次最多安排 20 组学习活动').default([]),
});
export type CreatePlanInput = z.infer<typeof createPlanBody>;

/**
 * A new study plan (draft) of the actor's bureau, with its sessions expanded from the specs. The audience
 * is the bureau or an organisation under it (ORG.OUT_OF_SCOPE otherwise). `study.manage`.
 */
export async function createPlan(services: Services, { actor, input, meta }: UseCaseCall<CreatePlanInput>) {
  assertCan(actor, 'study.manage');
  if (input.endsOn < input.startsOn)
    throw badInput('STUDY.INVALID_PERIOD', '结束日期不能早于开始日期', 'endsOn');
  const id = await services.db.transaction(async (tx) => {
    const bureau = await homeBureauOf(tx, actor);
    const audienceOrgId = input.audienceOrgId ?? bureau.id;
    if (
      !(await subtreeOrgIds(tx, bureau.id)).includes(audienceOrgId) ||
      !actor.scopeOrgIds.includes(audienceOrgId)
    )
      throw outOfScope('audienceOrgId');
    const [plan] = await tx
      .insert(studyPlans)
      .values({
        orgId: bureau.id,
        audienceOrgId,
        partyMembersOnly: input.partyMembersOnly,
        title: input.title,
        themes: input.themes,
        forms: input.forms,
        description: input.description ?? null,
        readings: input.readings,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        createdBy: actor.userId,
        createdAt: services.now(),
        updatedAt: services.now(),
      })
      .returning();
    const sessions = await insertSessions(tx, plan!, input.sessions);
    await recordAudit(tx, actor, meta, {
      action: 'study.create-plan',
      entityType: 'study-plan',
      entityId: plan!.id,
      orgId: bureau.id,
      after: { title: input.title, audienceOrgId, sessions },
    });
    return plan!.id;
  });
  return readPlanDetail(services, services.db, actor, id);
}
