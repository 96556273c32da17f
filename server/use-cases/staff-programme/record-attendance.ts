import { assertCan } from '@core/access';
import { badInput } from '@core/errors';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { sessionAttendance, users } from '../../db/schema/index';
import { isInAudience } from './programme-scope';
import { getSessionAttendance } from './session-attendance';
import { assertOrganiser, loadSession } from './session-store';

export const recordAttendanceBody = z.object({
  userId: z.uuid({ error: '人员编号格式不正确' }),
  /** `absent` removes the record. */
  status: z.enum(['present', 'late', 'leave', 'absent'], { error: '请选择出勤情况' }),
  note: z.string().trim().max(200, '备注不能超过 200 个字').optional(),
});
export type RecordAttendanceInput = z.infer<typeof recordAttendanceBody> & { id: string };

/**
 * The organiser records or corrects one person's attendance (代签到, e.g. a phone without camera, or a
 * correction). The person must be in the plan's audience (400 STUDY.NOT_IN_AUDIENCE). Audited with the
 * previous status. `study.manage` in the session's bureau.
 */
export async function recordAttendance(
  services: Services,
  { actor, input, meta }: UseCaseCall<RecordAttendanceInput>,
) {
  assertCan(actor, 'study.manage');
  await services.db.transaction(async (tx) => {
    const { session, plan } = await loadSession(tx, input.id);
    assertOrganiser(actor, session);
    if (!(await isInAudience(tx, plan, input.userId)))
      throw badInput('STUDY.NOT_IN_AUDIENCE', '该人员不在本次学习活动的参加人员范围内', 'userId');
    const [person] = await tx.select({ orgId: users.orgId }).from(users).where(eq(users.id, input.userId));
    const where = and(
      eq(sessionAttendance.sessionId, session.id),
      eq(sessionAttendance.userId, input.userId),
    );
    const [before] = await tx.select().from(sessionAttendance).where(where).for('update');
    const now = services.now();
    if (input.status === 'absent') await tx.delete(sessionAttendance).where(where);
    else
      await tx
        .insert(sessionAttendance)
        .values({
          sessionId: session.id,
          userId: input.userId,
          orgId: person!.orgId,
          status: input.status,
          method: input.status === 'leave' ? 'leave' : 'organiser',
          checkedInAt: input.status === 'leave' ? null : now,
          recordedBy: actor.userId,
          note: input.note ?? null,
          createdAt: now,
        })
        .onConflictDoUpdate({
          target: [sessionAttendance.sessionId, sessionAttendance.userId],
          set: {
            status: input.status,
            method: input.status === 'leave' ? 'leave' : 'organiser',
            recordedBy: actor.userId,
            note: input.note ?? null,
          },
        });
    await recordAudit(tx, actor, meta, {
      action: 'study.record-attendance',
      entityType: 'study-session',
      entityId: session.id,
      orgId: session.orgId,
      before: { userId: input.userId, status: before?.status ?? 'absent' },
      after: { userId: input.userId, status: input.status, note: input.note ?? null },
    });
  });
  return getSessionAttendance(services, { actor, input: { id: input.id }, meta });
}
