import { assertCan, can } from '@core/access';
import { conflict, staleVersion } from '@core/errors';
import { needsFollowUp } from '@core/staff-programme/spot-check';
import { RECORD_GRADES } from '@core/staff-programme/vocabulary';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { spotCheckItems } from '../../db/schema/index';
import { studyNotFound } from './programme-scope';
import { itemViews, type SpotCheckItemView } from './spot-checks';

/** 抽查 after the draw: grading a drawn note (评定) and completing its follow-up (整改). */

export const gradeItemBody = z.object({
  version: z.number().int().min(1),
  grade: z.enum(RECORD_GRADES, { error: '请选择评定等次' }),
  comment: z.string().trim().min(1, '请填写点评意见').max(1000),
  followUpRequired: z.boolean().default(false),
  followUp: z.string().trim().max(500).optional(),
});
export const followUpBody = z.object({ note: z.string().trim().min(2, '请说明整改情况').max(1000) });

/**
 * The supervisor grades a drawn note and comments; a failed note always leads to a follow-up (整改,
 * core needsFollowUp), others when asked. `study.supervise` in the note's scope; version-checked.
 */
export async function gradeSpotCheckItem(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof gradeItemBody> & { id: string }>,
): Promise<SpotCheckItemView> {
  assertCan(actor, 'study.supervise');
  await services.db.transaction(async (tx) => {
    const [item] = await tx
      .select()
      .from(spotCheckItems)
      .where(eq(spotCheckItems.id, input.id))
      .for('update');
    if (!item || !can(actor, 'study.supervise', { orgId: item.orgId })) throw studyNotFound('抽查记录');
    if (item.version !== input.version) throw staleVersion('抽查记录');
    const required = needsFollowUp(input.grade, input.followUpRequired);
    const followUp = required ? input.followUp || '按点评意见重新撰写学习笔记' : null;
    await tx
      .update(spotCheckItems)
      .set({
        grade: input.grade,
        comment: input.comment,
        followUpRequired: required,
        followUp,
        gradedBy: actor.userId,
        gradedAt: services.now(),
        version: item.version + 1,
      })
      .where(eq(spotCheckItems.id, item.id));
    await recordAudit(tx, actor, meta, {
      action: 'study.grade-record',
      entityType: 'spot-check-item',
      entityId: item.id,
      orgId: item.orgId,
      before: { grade: item.grade },
      after: { grade: input.grade, followUpRequired: required },
    });
  });
  const [view] = await itemViews(services.db, eq(spotCheckItems.id, input.id));
  return view!;
}

/**
 * Marks a follow-up done, with what was done: by the note's author (own record) or a supervisor in
 * scope. 409 STUDY.NO_FOLLOW_UP when none was required, STUDY.FOLLOW_UP_DONE when already done.
 */
export async function completeFollowUp(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof followUpBody> & { id: string }>,
): Promise<SpotCheckItemView> {
  assertCan(actor, 'study.participate');
  await services.db.transaction(async (tx) => {
    const [item] = await tx
      .select()
      .from(spotCheckItems)
      .where(eq(spotCheckItems.id, input.id))
      .for('update');
    const own = item?.ownerId === actor.userId;
    if (!item || !(own || can(actor, 'study.supervise', { orgId: item.orgId })))
      throw studyNotFound('抽查记录');
    if (!item.followUpRequired) throw conflict('STUDY.NO_FOLLOW_UP', '该笔记无需整改');
    if (item.followUpDoneAt) throw conflict('STUDY.FOLLOW_UP_DONE', '整改已完成');
    await tx
      .update(spotCheckItems)
      .set({ followUpDoneAt: services.now(), followUpNote: input.note, version: item.version + 1 })
      .where(eq(spotCheckItems.id, item.id));
    await recordAudit(tx, actor, meta, {
      action: 'study.complete-follow-up',
      entityType: 'spot-check-item',
      entityId: item.id,
      orgId: item.orgId,
      after: { note: input.note },
    });
  });
  const [view] = await itemViews(services.db, eq(spotCheckItems.id, input.id));
  return view!;
}
