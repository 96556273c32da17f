import { assertCan, can } from '@core/access';
import { badInput, conflict, forbidden, staleVersion } from '@core/errors';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { leaveRequests, sessionAttendance, studySessions, users } from '../../db/schema/index';
import { isInAudience, studyNotFound } from './programme-scope';
import { loadSession } from './session-store';

export const leaveItem = z.object({
  id: z.string(),
  sessionId: z.string(),
  sessionTitle: z.string(),
  startsAt: z.string(),
  userId: z.string(),
  name: z.string(),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  decisionNote: z.string().nullable(),
  version: z.number().int(),
});
export type LeaveItem = z.infer<typeof leaveItem>;

export const requestLeaveBody = z.object({
  reason: z.string().trim().min(2, '请填写请假事由').max(200, '请假事由不能超过 200 个字'),
});
export const listLeaveQuery = z.object({
  view: z.enum(['mine', 'managed']).default('mine'),
  status: z.enum(['pending', 'approved', 'rejected']).optional(),
});
export const decideLeaveBody = z.object({
  version: z.number().int().min(1),
  approve: z.boolean(),
  /** 审批意见: optional when approving, required when refusing (the member is told why). */
  note: z.string().trim().max(200, '审批意见不能超过 200 个字').optional(),
});

async function leaveItems(services: Services, where: ReturnType<typeof and>): Promise<LeaveItem[]> {
  const rows = await services.db
    .select({
      leave: leaveRequests,
      title: studySessions.title,
      startsAt: studySessions.startsAt,
      name: users.displayName,
    })
    .from(leaveRequests)
    .innerJoin(studySessions, eq(studySessions.id, leaveRequests.sessionId))
    .innerJoin(users, eq(users.id, leaveRequests.userId))
    .where(where)
    .orderBy(desc(studySessions.startsAt));
  return rows.map(({ leave, title, startsAt, name }) => ({
    id: leave.id,
    sessionId: leave.sessionId,
    sessionTitle: title,
    startsAt: startsAt.toISOString(),
    userId: leave.userId,
    name,
    reason: leave.reason,
    status: leave.status as LeaveItem['status'],
    decisionNote: leave.decisionNote,
    version: leave.version,
  }));
}

/**
 * A member asks leave (请假) for a session of a plan they take part in, before the session ends
 * (409 STUDY.LEAVE_TOO_LATE); one request per session (409 COMMON.DUPLICATE). `study.participate`.
 */
export async function requestLeave(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof requestLeaveBody> & { id: string }>,
): Promise<LeaveItem> {
  assertCan(actor, 'study.participate');
  const id = await services.db.transaction(async (tx) => {
    const { session, plan } = await loadSession(tx, input.id);
    if (plan.status === 'draft' || !(await isInAudience(tx, plan, actor.userId)))
      throw studyNotFound('学习活动');
    if (services.now().getTime() > session.endsAt.getTime())
      throw conflict('STUDY.LEAVE_TOO_LATE', '学习活动已结束，不能再请假');
    const [row] = await tx
      .insert(leaveRequests)
      .values({
        sessionId: session.id,
        userId: actor.userId,
        orgId: actor.orgId,
        reason: input.reason,
        createdAt: services.now(),
      })
      .returning({ id: leaveRequests.id });
    await recordAudit(tx, actor, meta, {
      action: 'study.request-leave',
      entityType: 'leave-request',
      entityId: row!.id,
      orgId: session.orgId,
      after: { sessionId: session.id, reason: input.reason },
    });
    return row!.id;
  });
  const [item] = await leaveItems(services, and(eq(leaveRequests.id, id)));
  return item!;
}

/** Leave requests: one's own (`mine`), or those of the sessions in scope for organisers (`managed`). */
export async function listLeaveRequests(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof listLeaveQuery>>,
): Promise<{ items: LeaveItem[] }> {
  if (input.view === 'managed') {
    if (!can(actor, 'study.manage')) throw forbidden();
    return {
      items: await leaveItems(
        services,
        and(
          inArray(studySessions.orgId, [...actor.scopeOrgIds]),
          input.status ? eq(leaveRequests.status, input.status) : undefined,
        ),
      ),
    };
  }
  assertCan(actor, 'study.participate');
  return {
    items: await leaveItems(
      services,
      and(
        eq(leaveRequests.userId, actor.userId),
        input.status ? eq(leaveRequests.status, input.status) : undefined,
      ),
    ),
  };
}

/**
 * The organiser approves or refuses a pending request; approval records `leave` attendance (excused,
 * core/staff-programme/attendance: not counted against the rate) unless the person had checked in.
 */
export async function decideLeave(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof decideLeaveBody> & { id: string }>,
): Promise<LeaveItem> {
  assertCan(actor, 'study.manage');
  if (!input.approve && !input.note)
    throw badInput('STUDY.LEAVE_NOTE_REQUIRED', '不批准时请填写审批意见', 'note');
  await services.db.transaction(async (tx) => {
    const [leave] = await tx.select().from(leaveRequests).where(eq(leaveRequests.id, input.id)).for('update');
    if (!leave) throw studyNotFound('请假申请');
    const { session } = await loadSession(tx, leave.sessionId);
    if (!can(actor, 'study.manage', { orgId: session.orgId })) throw studyNotFound('请假申请');
    if (leave.version !== input.version) throw staleVersion('请假申请');
    if (leave.status !== 'pending') throw conflict('STUDY.LEAVE_DECIDED', '该请假申请已处理');
    const now = services.now();
    const status = input.approve ? 'approved' : 'rejected';
    await tx
      .update(leaveRequests)
      .set({
        status,
        decidedBy: actor.userId,
        decidedAt: now,
        decisionNote: input.note || null,
        version: leave.version + 1,
      })
      .where(eq(leaveRequests.id, leave.id));
    if (input.approve)
      await tx
        .insert(sessionAttendance)
        .values({
          sessionId: session.id,
          userId: leave.userId,
          orgId: leave.orgId,
          status: 'leave',
          method: 'leave',
          recordedBy: actor.userId,
          note: leave.reason,
          createdAt: now,
        })
        .onConflictDoNothing();
    await recordAudit(tx, actor, meta, {
      action: 'study.decide-leave',
      entityType: 'leave-request',
      entityId: leave.id,
      orgId: session.orgId,
      before: { status: leave.status },
      after: { status, note: input.note ?? null },
    });
  });
  const [item] = await leaveItems(services, and(eq(leaveRequests.id, input.id)));
  return item!;
}
