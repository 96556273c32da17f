import { can } from '@core/access';
import { compareZh } from '@core/i18n/collation';
import { attendanceFacts, dueAtSessions, tally } from '@core/staff-programme/attendance';
import { ATTENDANCE_STATUSES } from '@core/staff-programme/vocabulary';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor, Services, StaffActor, UseCaseCall } from '../../context';
import { leaveRequests, sessionAttendance, studyPlans, studySessions, users } from '../../db/schema/index';
import { planProgress, progressView, tallyView } from './plan-progress';
import { planItem, sessionItem, toPlanItem, toSessionItem } from './plan-views';
import { audienceMembers, isInAudience, orgDirectory, studyNotFound } from './programme-scope';

export const planDetail = z.object({
  plan: planItem,
  canManage: z.boolean(),
  sessions: z.array(
    sessionItem.extend({
      /** The actor's own attendance (absent once the session has ended without a record). */
      myStatus: z.enum(ATTENDANCE_STATUSES).nullable(),
      /** The actor's own leave request for the session (请假), if any: its status and the decision note. */
      myLeave: z
        .object({ status: z.enum(['pending', 'approved', 'rejected']), decisionNote: z.string().nullable() })
        .nullable(),
      /** Managers only: the session's attendance (before it ends, `absent` = not checked in yet). */
      attendance: tallyView.optional(),
    }),
  ),
  progress: progressView.optional(),
  /** A city plan pushed to the counties: each county's copy and its progress (市县两级联动). */
  counties: z
    .array(z.object({ orgId: z.string(), orgName: z.string(), planId: z.string(), progress: progressView }))
    .optional(),
});
export type PlanDetail = z.infer<typeof planDetail>;

/** The plan row, or STUDY.NOT_FOUND. */
export async function loadPlan(tx: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  const query = tx.select().from(studyPlans).where(eq(studyPlans.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw studyNotFound('学习计划');
  return row;
}

/** Managers and supervisors of the plan's bureau (or the city above it). */
export function managesPlan(actor: StaffActor, plan: { orgId: string }): boolean {
  return (
    can(actor, 'study.manage', { orgId: plan.orgId }) || can(actor, 'study.supervise', { orgId: plan.orgId })
  );
}

/**
 * Whether the actor may see the plan: as its manager or supervisor (scope), or as a member of the
 * audience of a published plan. Anyone else gets 404 (no hint the plan exists).
 */
export async function assertMaySeePlan(
  tx: Executor,
  actor: StaffActor,
  plan: typeof studyPlans.$inferSelect,
): Promise<{ manage: boolean }> {
  if (managesPlan(actor, plan)) return { manage: true };
  if (
    can(actor, 'study.participate') &&
    plan.status !== 'draft' &&
    (await isInAudience(tx, plan, actor.userId))
  )
    return { manage: false };
  throw studyNotFound('学习计划');
}

export async function readPlanDetail(
  services: Services,
  tx: Executor,
  actor: StaffActor,
  id: string,
): Promise<PlanDetail> {
  const plan = await loadPlan(tx, id);
  const { manage } = await assertMaySeePlan(tx, actor, plan);
  const now = services.now();
  const sessions = await tx
    .select()
    .from(studySessions)
    .where(eq(studySessions.planId, plan.id))
    .orderBy(asc(studySessions.startsAt));
  const ids = sessions.map((s) => s.id);
  const records =
    ids.length === 0
      ? []
      : await tx
          .select({
            sessionId: sessionAttendance.sessionId,
            userId: sessionAttendance.userId,
            status: sessionAttendance.status,
          })
          .from(sessionAttendance)
          .where(
            manage
              ? inArray(sessionAttendance.sessionId, ids)
              : and(inArray(sessionAttendance.sessionId, ids), eq(sessionAttendance.userId, actor.userId)),
          );
  const myLeaves =
    ids.length === 0
      ? []
      : await tx
          .select({
            sessionId: leaveRequests.sessionId,
            status: leaveRequests.status,
            decisionNote: leaveRequests.decisionNote,
          })
          .from(leaveRequests)
          .where(and(inArray(leaveRequests.sessionId, ids), eq(leaveRequests.userId, actor.userId)));
  const [me] = await tx.select({ joinedAt: users.createdAt }).from(users).where(eq(users.id, actor.userId));
  const joinedAt = me?.joinedAt.getTime() ?? 0;
  const directory = await orgDirectory(tx, [plan.orgId]);
  const progress = manage ? await planProgress(tx, plan, now) : undefined;
  const members = manage ? await audienceMembers(tx, plan) : [];
  const [sessionCount] = await tx
    .select({ n: count() })
    .from(studySessions)
    .where(eq(studySessions.planId, plan.id));
  const detail: PlanDetail = {
    plan: toPlanItem(plan, directory, sessionCount?.n ?? 0),
    canManage: manage,
    sessions: sessions.map((s) => {
      const mine = records.find((r) => r.sessionId === s.id && r.userId === actor.userId);
      const ended = s.endsAt.getTime() <= now.getTime();
      // Not absent from a session held before the account existed (core dueAtSessions' rule).
      const due = s.startsAt.getTime() >= joinedAt;
      const status = (mine?.status ??
        (ended && due && !s.cancelledAt ? 'absent' : null)) as PlanDetail['sessions'][number]['myStatus'];
      const leave = myLeaves.find((l) => l.sessionId === s.id);
      const item: PlanDetail['sessions'][number] = {
        ...toSessionItem(s),
        myStatus: status,
        myLeave: leave
          ? { status: leave.status as 'pending' | 'approved' | 'rejected', decisionNote: leave.decisionNote }
          : null,
      };
      if (manage) {
        const here = records
          .filter((r) => r.sessionId === s.id)
          .map((r) => ({ ...r, status: r.status as 'present' | 'late' | 'leave' }));
        // Before the session ends, "absent" reads as "not checked in yet".
        item.attendance = tally(attendanceFacts(dueAtSessions([s], members, here), here));
      }
      return item;
    }),
    ...(progress ? { progress } : {}),
  };
  if (manage) {
    const children = await tx.select().from(studyPlans).where(eq(studyPlans.parentPlanId, plan.id));
    const visible = children.filter((c) => actor.scopeOrgIds.includes(c.orgId));
    if (visible.length > 0) {
      detail.counties = [];
      for (const child of visible)
        detail.counties.push({
          orgId: child.orgId,
          orgName: directory.nameOf(child.orgId),
          planId: child.id,
          progress: await planProgress(tx, child, now),
        });
      detail.counties.sort((a, b) => compareZh(a.orgName, b.orgName));
    }
  }
  return detail;
}

/** GET /api/study/plans/:id — the plan, its sessions and (for managers) progress. */
export async function getPlan(services: Services, { actor, input }: UseCaseCall<{ id: string }>) {
  return readPlanDetail(services, services.db, actor, input.id);
}
