import { assertCan, can } from '@core/access';
import { startOfBusinessDate } from '@core/calendar/business-date';
import { addCalendarDays } from '@core/calendar/iso-date';
import { badInput, forbidden } from '@core/errors';
import { and, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, Services, UseCaseCall } from '../../context';
import { studyPlans, studyRecords, studySessions, users } from '../../db/schema/index';
import { loadPlan } from './get-plan';
import { isoDate } from './plan-views';
import { isInAudience, orgDirectory, studyNotFound } from './programme-scope';

export const recordItem = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  unit: z.string(),
  planId: z.string(),
  planTitle: z.string(),
  sessionId: z.string().nullable(),
  sessionTitle: z.string().nullable(),
  reading: z.string().nullable(),
  content: z.string(),
  createdAt: z.string(),
});
export type RecordItem = z.infer<typeof recordItem>;

export const writeRecordBody = z.object({
  planId: z.uuid({ error: '计划编号格式不正确' }),
  sessionId: z.uuid({ error: '活动编号格式不正确' }).optional(),
  reading: z.string().trim().max(200).optional(),
  content: z.string().trim().min(10, '学习笔记至少 10 个字').max(10_000, '学习笔记不能超过 10000 个字'),
});

export const listRecordsQuery = z.object({
  view: z.enum(['mine', 'scope']).default('mine'),
  planId: z.uuid().optional(),
  userId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

/** [from 00:00, to+1 00:00) in Beijing, as instants. */
export function periodBounds(from?: string, to?: string): SQL[] {
  const out: SQL[] = [];
  if (from) out.push(gte(studyRecords.createdAt, startOfBusinessDate(from)));
  if (to) out.push(lt(studyRecords.createdAt, startOfBusinessDate(addCalendarDays(to, 1))));
  return out;
}

export async function recordItems(executor: Executor, where: SQL | undefined): Promise<RecordItem[]> {
  const rows = await executor
    .select({
      record: studyRecords,
      name: users.displayName,
      planTitle: studyPlans.title,
      sessionTitle: studySessions.title,
    })
    .from(studyRecords)
    .innerJoin(users, eq(users.id, studyRecords.userId))
    .innerJoin(studyPlans, eq(studyPlans.id, studyRecords.planId))
    .leftJoin(studySessions, eq(studySessions.id, studyRecords.sessionId))
    .where(where)
    .orderBy(desc(studyRecords.createdAt))
    .limit(500);
  const directory = await orgDirectory(
    executor,
    rows.map((r) => r.record.orgId),
  );
  return rows.map(({ record, name, planTitle, sessionTitle }) => ({
    id: record.id,
    userId: record.userId,
    name,
    unit: directory.nameOf(record.orgId),
    planId: record.planId,
    planTitle,
    sessionId: record.sessionId,
    sessionTitle: sessionTitle ?? null,
    reading: record.reading,
    content: record.content,
    createdAt: record.createdAt.toISOString(),
  }));
}

/**
 * A member writes a study note (学习笔记) for a plan they take part in, optionally for one of its
 * sessions or readings. `study.participate`; the plan must be published and include the actor.
 */
export async function writeRecord(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof writeRecordBody>>,
): Promise<RecordItem> {
  assertCan(actor, 'study.participate');
  const id = await services.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, input.planId);
    if (plan.status === 'draft' || !(await isInAudience(tx, plan, actor.userId)))
      throw studyNotFound('学习计划');
    if (input.sessionId) {
      const [session] = await tx.select().from(studySessions).where(eq(studySessions.id, input.sessionId));
      if (!session || session.planId !== plan.id)
        throw badInput('STUDY.SESSION_NOT_IN_PLAN', '所选学习活动不属于该计划', 'sessionId');
    }
    const now = services.now();
    const [row] = await tx
      .insert(studyRecords)
      .values({
        userId: actor.userId,
        orgId: actor.orgId,
        planId: plan.id,
        sessionId: input.sessionId ?? null,
        reading: input.reading ?? null,
        content: input.content,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: studyRecords.id });
    await recordAudit(tx, actor, meta, {
      action: 'study.write-record',
      entityType: 'study-record',
      entityId: row!.id,
      orgId: actor.orgId,
      after: { planId: plan.id, sessionId: input.sessionId ?? null, length: input.content.length },
    });
    return row!.id;
  });
  const [item] = await recordItems(services.db, eq(studyRecords.id, id));
  return item!;
}

/**
 * Study notes: one's own (`mine`), or everyone's in the actor's scope for supervisors (`scope`,
 * `study.supervise`), by plan, person and period (Beijing dates). At most 500, newest first.
 */
export async function listRecords(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof listRecordsQuery>>,
): Promise<{ items: RecordItem[] }> {
  const where: (SQL | undefined)[] = [...periodBounds(input.from, input.to)];
  if (input.view === 'scope') {
    if (!can(actor, 'study.supervise')) throw forbidden();
    where.push(inArray(studyRecords.orgId, [...actor.scopeOrgIds]));
    if (input.userId) where.push(eq(studyRecords.userId, input.userId));
  } else {
    assertCan(actor, 'study.participate');
    where.push(eq(studyRecords.userId, actor.userId));
  }
  if (input.planId) {
    await loadPlan(services.db, input.planId);
    where.push(eq(studyRecords.planId, input.planId));
  }
  return { items: await recordItems(services.db, and(...where)) };
}
