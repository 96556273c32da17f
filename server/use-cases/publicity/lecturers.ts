import { assertCan } from '@core/access';
import { notFound, staleVersion } from '@core/errors';
import { LECTURE_TOPICS } from '@core/procedures/publicity';
import { and, asc, count, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { lecturers } from '../../db/schema/index';
import { containsPattern } from '../../search/like';
import { findHomeBureau } from '../access/reference-scope';

const topicCodes = Object.keys(LECTURE_TOPICS) as [
  keyof typeof LECTURE_TOPICS,
  ...(keyof typeof LECTURE_TOPICS)[],
];

export const lecturerFields = {
  name: z.string().trim().min(1, '请填写讲师姓名').max(40, '姓名不能超过 40 个字'),
  affiliation: z.string().trim().max(100, '单位职务不能超过 100 个字').nullable(),
  topics: z.array(z.enum(topicCodes, { error: '请选择有效的宣讲主题' })).max(9),
  lawyerId: z.uuid({ error: '律师编号格式不正确' }).nullable(),
  active: z.boolean(),
};

export const lecturerItem = z.object({
  id: z.string(),
  orgId: z.string(),
  name: z.string(),
  affiliation: z.string().nullable(),
  topics: z.array(z.string()),
  lawyerId: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type LecturerItem = z.infer<typeof lecturerItem>;
type Row = typeof lecturers.$inferSelect;
const toItem = (r: Row): LecturerItem => ({
  id: r.id,
  orgId: r.orgId,
  name: r.name,
  affiliation: r.affiliation,
  topics: r.topics,
  lawyerId: r.lawyerId,
  active: r.active,
  version: r.version,
});

export const listLecturersQuery = z.object({
  page: z.coerce.number().int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页最多 200 条').default(50),
  q: z.string().trim().max(40).optional(),
  active: z.enum(['true', 'false'], { error: '在册状态应为 true 或 false' }).optional(),
});

/** 普法讲师团 lecturers of the rosters in scope (publicity.read), by name then id. */
export async function listLecturers(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof listLecturersQuery>>,
): Promise<{ items: LecturerItem[]; total: number }> {
  assertCan(actor, 'publicity.read');
  const where: SQL[] = [inArray(lecturers.orgId, [...actor.scopeOrgIds])];
  if (input.q) where.push(ilike(lecturers.name, containsPattern(input.q)));
  if (input.active) where.push(eq(lecturers.active, input.active === 'true'));
  const [total] = await services.db
    .select({ n: count() })
    .from(lecturers)
    .where(and(...where));
  const rows = await services.db
    .select()
    .from(lecturers)
    .where(and(...where))
    .orderBy(asc(lecturers.name), asc(lecturers.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return { items: rows.map(toItem), total: total?.n ?? 0 };
}

export const createLecturerBody = z.object({
  name: lecturerFields.name,
  affiliation: lecturerFields.affiliation.optional(),
  topics: lecturerFields.topics.optional(),
  lawyerId: lecturerFields.lawyerId.optional(),
});

/** Adds a lecturer to the actor's bureau's roster (publicity.manage); audited `lecturer.create`. */
export async function createLecturer(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof createLecturerBody>>,
): Promise<{ item: LecturerItem }> {
  assertCan(actor, 'publicity.manage');
  return services.db.transaction(async (tx) => {
    const bureau = await findHomeBureau(tx, actor.orgId);
    const orgId = bureau?.id ?? actor.orgId;
    assertCan(actor, 'publicity.manage', { orgId });
    const [row] = await tx
      .insert(lecturers)
      .values({
        orgId,
        name: input.name,
        affiliation: input.affiliation ?? null,
        topics: input.topics ?? [],
        lawyerId: input.lawyerId ?? null,
        createdAt: services.now(),
        updatedAt: services.now(),
      })
      .returning();
    const item = toItem(row!);
    await recordAudit(tx, actor, meta, {
      action: 'lecturer.create',
      entityType: 'lecturer',
      entityId: item.id,
      after: item,
      orgId,
    });
    return { item };
  });
}

export const updateLecturerBody = z.object({
  version: z.number({ error: '缺少版本号' }).int().min(1),
  name: lecturerFields.name.optional(),
  affiliation: lecturerFields.affiliation.optional(),
  topics: lecturerFields.topics.optional(),
  lawyerId: lecturerFields.lawyerId.optional(),
  active: lecturerFields.active.optional(),
});

/**
 * Changes a lecturer in scope (publicity.manage). Optimistic concurrency on `version` (409
 * COMMON.STALE_VERSION); 404 PUBLICITY.LECTURER_NOT_FOUND; audited `lecturer.update` with before/after.
 */
export async function updateLecturer(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof updateLecturerBody> & { id: string }>,
): Promise<{ item: LecturerItem }> {
  assertCan(actor, 'publicity.manage');
  return services.db.transaction(async (tx) => {
    const [row] = await tx.select().from(lecturers).where(eq(lecturers.id, input.id)).for('update');
    if (!row) throw notFound('PUBLICITY.LECTURER_NOT_FOUND', '讲师不存在');
    assertCan(actor, 'publicity.manage', { orgId: row.orgId });
    if (row.version !== input.version) throw staleVersion('讲师信息');
    const { version: _v, id: _id, ...changes } = input;
    const [updated] = await tx
      .update(lecturers)
      .set({ ...changes, version: sql`${lecturers.version} + 1`, updatedAt: services.now() })
      .where(and(eq(lecturers.id, row.id), eq(lecturers.version, input.version)))
      .returning();
    if (!updated) throw staleVersion('讲师信息');
    const item = toItem(updated);
    await recordAudit(tx, actor, meta, {
      action: 'lecturer.update',
      entityType: 'lecturer',
      entityId: item.id,
      before: toItem(row),
      after: item,
      orgId: row.orgId,
    });
    return { item };
  });
}
