import { assertCan } from '@core/access';
import { AppError, badInput, conflict } from '@core/errors';
import { attendanceStatusOf, checkInPhase } from '@core/staff-programme/attendance';
import { CHECK_IN_FAILURE_MESSAGES, verifyCheckInToken } from '@core/staff-programme/check-in-token';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { sessionAttendance } from '../../db/schema/index';
import { checkInSigner, isInAudience } from './programme-scope';
import { loadSession } from './session-store';

export const checkInBody = z.object({
  sessionId: z.uuid({ error: '签到码无效，请重新扫描会场屏幕上的二维码' }),
  token: z.string().trim().min(1, '签到码无效，请重新扫描会场屏幕上的二维码').max(200),
});
export type CheckInInput = z.infer<typeof checkInBody>;

export const checkInReply = z.object({
  sessionId: z.string(),
  title: z.string(),
  status: z.enum(['present', 'late', 'leave']),
  checkedInAt: z.string().nullable(),
  alreadyCheckedIn: z.boolean(),
});

/**
 * QR check-in (扫码签到): the token from the room screen (core verifyCheckInToken) must be signed by us,
 * issued for THIS session and not expired (30 s + 15 s grace); a token of another session is refused
 * (400 STUDY.CHECK_IN_INVALID with reason `wrong-session`), so a code cannot be carried to a second
 * session. The session's plan must be published, check-in open (30 min before start … end:
 * 409 STUDY.CHECK_IN_CLOSED) and the actor in the plan's audience (403 STUDY.NOT_IN_AUDIENCE).
 * Late after 5 minutes. Checking in twice keeps the first record (`alreadyCheckedIn`).
 */
export async function checkIn(services: Services, { actor, input, meta }: UseCaseCall<CheckInInput>) {
  assertCan(actor, 'study.participate');
  const now = services.now();
  const verdict = verifyCheckInToken(input.token, input.sessionId, now.getTime(), checkInSigner(services));
  if (!verdict.ok)
    throw badInput('STUDY.CHECK_IN_INVALID', CHECK_IN_FAILURE_MESSAGES[verdict.reason], 'token', {
      reason: verdict.reason,
    });
  return services.db.transaction(async (tx) => {
    const { session, plan } = await loadSession(tx, verdict.sessionId);
    if (plan.status !== 'published' || session.cancelledAt || checkInPhase(session, now) !== 'open')
      throw conflict('STUDY.CHECK_IN_CLOSED', '本场学习活动当前不在签到时间内');
    if (!(await isInAudience(tx, plan, actor.userId)))
      throw new AppError('forbidden', 'STUDY.NOT_IN_AUDIENCE', '您不在本次学习活动的参加人员范围内');
    const status = attendanceStatusOf(now, session.startsAt);
    const inserted = await tx
      .insert(sessionAttendance)
      .values({
        sessionId: session.id,
        userId: actor.userId,
        orgId: actor.orgId,
        status,
        method: 'qr',
        checkedInAt: now,
        recordedBy: actor.userId,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) {
      const [existing] = await tx
        .select()
        .from(sessionAttendance)
        .where(and(eq(sessionAttendance.sessionId, session.id), eq(sessionAttendance.userId, actor.userId)));
      return {
        sessionId: session.id,
        title: session.title,
        status: existing!.status as 'present' | 'late' | 'leave',
        checkedInAt: existing!.checkedInAt?.toISOString() ?? null,
        alreadyCheckedIn: true,
      };
    }
    await recordAudit(tx, actor, meta, {
      action: 'study.check-in',
      entityType: 'study-session',
      entityId: session.id,
      orgId: session.orgId,
      after: { status, method: 'qr', window: verdict.window },
    });
    return {
      sessionId: session.id,
      title: session.title,
      status,
      checkedInAt: now.toISOString(),
      alreadyCheckedIn: false,
    };
  });
}
