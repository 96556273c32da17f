import { assertCan } from '@core/access';
import { badInput } from '@core/errors';
import { attendanceStatusOf, CHECK_IN_OPENS_BEFORE_MS } from '@core/staff-programme/attendance';
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
  /** Why the organiser records it (代签到原因 / 更正原因): required, kept on the record and in the audit. */
  reason: z
    .string({ error: '请填写代签到或更正的原因' })
    .trim()
    .min(1, '请填写代签到或更正的原因')
    .max(200, '原因不能超过 200 个字'),
  /**
   * When the person actually arrived (present/late only): default the session's start (or now, if
   * earlier); must lie in the check-in window (30 minutes before the start to the end) and not after now
   * (400 STUDY.ARRIVAL_IN_FUTURE). Given, it decides present or late.
   */
  arrivedAt: z.iso.datetime({ offset: true, error: '到场时间格式不正确' }).optional(),
});
export type RecordAttendanceInput = z.infer<typeof recordAttendanceBody> & { id: string };

/**
 * The organiser records or corrects one person's attendance (代签到, e.g. a phone without camera, or a
 * correction), with a reason (required) and, for present/late, the time the person actually arrived as
 * the organiser states it (default the session's start; outside the check-in window → 400
 * STUDY.ARRIVAL_OUTSIDE_SESSION on `arrivedAt`; given, it decides present or late, core
 * attendanceStatusOf) — never the moment of the correction. The person must be in the plan's audience
 * (400 STUDY.NOT_IN_AUDIENCE). Audited with the previous status and time, the reason and who recorded
 * it. `study.manage` in the session's bureau.
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
    const attended = input.status === 'present' || input.status === 'late';
    // No time stated: the start, or now if the session has not started yet (never a time to come).
    const stated = input.arrivedAt ? new Date(input.arrivedAt) : null;
    const defaultArrival = new Date(Math.min(session.startsAt.getTime(), now.getTime()));
    const arrivedAt = attended ? (stated ?? defaultArrival) : null;
    if (
      arrivedAt &&
      (arrivedAt.getTime() < session.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS ||
        arrivedAt.getTime() > session.endsAt.getTime())
    )
      throw badInput(
        'STUDY.ARRIVAL_OUTSIDE_SESSION',
        '到场时间应在签到开放（开始前 30 分钟）至活动结束之间',
        'arrivedAt',
      );
    if (stated && attended && stated.getTime() > now.getTime())
      throw badInput('STUDY.ARRIVAL_IN_FUTURE', '到场时间不能晚于当前时间', 'arrivedAt');
    const status =
      arrivedAt && input.arrivedAt ? attendanceStatusOf(arrivedAt, session.startsAt) : input.status;
    const method = status === 'leave' ? 'leave' : 'organiser';
    if (status === 'absent') await tx.delete(sessionAttendance).where(where);
    else
      await tx
        .insert(sessionAttendance)
        .values({
          sessionId: session.id,
          userId: input.userId,
          orgId: person!.orgId,
          status,
          method,
          checkedInAt: arrivedAt,
          recordedBy: actor.userId,
          note: input.reason,
          createdAt: now,
        })
        .onConflictDoUpdate({
          target: [sessionAttendance.sessionId, sessionAttendance.userId],
          set: { status, method, checkedInAt: arrivedAt, recordedBy: actor.userId, note: input.reason },
        });
    await recordAudit(tx, actor, meta, {
      action: 'study.record-attendance',
      entityType: 'study-session',
      entityId: session.id,
      orgId: session.orgId,
      reason: input.reason,
      before: {
        userId: input.userId,
        status: before?.status ?? 'absent',
        checkedInAt: before?.checkedInAt?.toISOString() ?? null,
      },
      after: {
        userId: input.userId,
        status,
        method,
        arrivedAt: arrivedAt?.toISOString() ?? null,
        reason: input.reason,
        recordedAt: now.toISOString(),
      },
    });
  });
  return getSessionAttendance(services, { actor, input: { id: input.id }, meta });
}
