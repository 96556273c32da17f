import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { badInput, notFound, staleVersion } from '@core/errors';
import { LECTURE_TOPICS } from '@core/procedures/publicity';
import { checkLecture, LECTURE_STATUSES, lectureDate, VENUE_TYPES } from '@core/publicity';
import { and, count, desc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, Services, UseCaseCall } from '../../context';
import { lecturePhotos, lecturers, lectures } from '../../db/schema/index';
import { containsPattern } from '../../search/like';
import { findHomeBureau } from '../access/reference-scope';
import { businessDateField } from '../queue/list-tickets';

const topicCodes = Object.keys(LECTURE_TOPICS) as [
  keyof typeof LECTURE_TOPICS,
  ...(keyof typeof LECTURE_TOPICS)[],
];

const fields = {
  status: z.enum(LECTURE_STATUSES, { error: '请选择有效的状态' }),
  plannedOn: businessDateField.nullable(),
  heldOn: businessDateField.nullable(),
  venueType: z.enum(VENUE_TYPES, { error: '请选择场所类型（机关、企业、社区、学校、农牧区）' }),
  venue: z.string().trim().min(1, '请填写宣讲地点').max(100, '地点不能超过 100 个字'),
  topic: z.enum(topicCodes, { error: '请选择有效的宣讲主题' }),
  title: z.string().trim().min(1, '请填写讲座题目').max(100, '题目不能超过 100 个字'),
  audienceSize: z.number({ error: '受众人数应为数字' }).int('受众人数应为整数').nullable(),
  lecturerIds: z.array(z.uuid({ error: '讲师编号格式不正确' })).max(10, '每场最多 10 名讲师'),
  photoUrls: z.array(z.string().trim().max(500)).max(20, '每场讲座最多 20 张照片'),
  note: z.string().trim().max(500, '备注不能超过 500 个字').nullable(),
};

export const lectureItem = z.object({
  id: z.string(),
  orgId: z.string(),
  status: z.string(),
  plannedOn: z.string().nullable(),
  heldOn: z.string().nullable(),
  lectureOn: z.string(),
  venueType: z.string(),
  venue: z.string(),
  topic: z.string(),
  title: z.string(),
  audienceSize: z.number().int().nullable(),
  lecturerIds: z.array(z.string()),
  lecturerNames: z.array(z.string()),
  photoUrls: z.array(z.string()),
  photoIds: z.array(z.string()),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type LectureItem = z.infer<typeof lectureItem>;
type Row = typeof lectures.$inferSelect;

/** Items with their lecturers' names and uploaded photo ids. */
export async function toLectureItems(executor: Executor, rows: Row[]): Promise<LectureItem[]> {
  const lecturerIds = [...new Set(rows.flatMap((r) => r.lecturerIds))];
  const ids = rows.map((r) => r.id);
  const [names, photos] = await Promise.all([
    lecturerIds.length
      ? executor
          .select({ id: lecturers.id, name: lecturers.name })
          .from(lecturers)
          .where(inArray(lecturers.id, lecturerIds))
      : [],
    ids.length
      ? executor
          .select({ id: lecturePhotos.id, lectureId: lecturePhotos.lectureId })
          .from(lecturePhotos)
          .where(inArray(lecturePhotos.lectureId, ids))
          .orderBy(lecturePhotos.createdAt, lecturePhotos.id)
      : [],
  ]);
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return rows.map((r) => ({
    id: r.id,
    orgId: r.orgId,
    status: r.status,
    plannedOn: r.plannedOn,
    heldOn: r.heldOn,
    lectureOn: r.lectureOn,
    venueType: r.venueType,
    venue: r.venue,
    topic: r.topic,
    title: r.title,
    audienceSize: r.audienceSize,
    lecturerIds: r.lecturerIds,
    lecturerNames: r.lecturerIds.map((id) => nameOf.get(id) ?? ''),
    photoUrls: r.photoUrls,
    photoIds: photos.filter((p) => p.lectureId === r.id).map((p) => p.id),
    note: r.note,
    version: r.version,
  }));
}

export const listLecturesQuery = z.object({
  page: z.coerce.number().int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页最多 200 条').default(20),
  from: businessDateField.optional(),
  to: businessDateField.optional(),
  status: fields.status.optional(),
  venueType: fields.venueType.optional(),
  topic: fields.topic.optional(),
  q: z.string().trim().max(50).optional(),
});

/** Conditions of a lecture list in the given organisations. */
export function lectureConditions(
  orgIds: readonly string[],
  input: z.infer<typeof listLecturesQuery>,
): SQL[] {
  const where: SQL[] = [inArray(lectures.orgId, [...orgIds])];
  if (input.from) where.push(gte(lectures.lectureOn, input.from));
  if (input.to) where.push(lte(lectures.lectureOn, input.to));
  if (input.status) where.push(eq(lectures.status, input.status));
  if (input.venueType) where.push(eq(lectures.venueType, input.venueType));
  if (input.topic) where.push(eq(lectures.topic, input.topic));
  if (input.q)
    where.push(
      or(ilike(lectures.title, containsPattern(input.q)), ilike(lectures.venue, containsPattern(input.q)))!,
    );
  return where;
}

/** Lectures in scope (publicity.read), newest day first, then id (descending): a stable order. */
export async function listLectures(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof listLecturesQuery>>,
): Promise<{ items: LectureItem[]; total: number }> {
  assertCan(actor, 'publicity.read');
  const where = and(...lectureConditions(actor.scopeOrgIds, input));
  const [total] = await services.db.select({ n: count() }).from(lectures).where(where);
  const rows = await services.db
    .select()
    .from(lectures)
    .where(where)
    .orderBy(desc(lectures.lectureOn), desc(lectures.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return { items: await toLectureItems(services.db, rows), total: total?.n ?? 0 };
}

export const createLectureBody = z.object({
  status: fields.status.default('planned'),
  plannedOn: fields.plannedOn.optional(),
  heldOn: fields.heldOn.optional(),
  venueType: fields.venueType,
  venue: fields.venue,
  topic: fields.topic,
  title: fields.title,
  audienceSize: fields.audienceSize.optional(),
  lecturerIds: fields.lecturerIds.optional(),
  photoUrls: fields.photoUrls.optional(),
  note: fields.note.optional(),
});

async function checkLecturers(executor: Executor, actorScope: readonly string[], ids: readonly string[]) {
  if (ids.length === 0) return;
  const found = await executor
    .select({ id: lecturers.id })
    .from(lecturers)
    .where(and(inArray(lecturers.id, [...ids]), inArray(lecturers.orgId, [...actorScope])));
  if (found.length !== new Set(ids).size)
    throw badInput('PUBLICITY.UNKNOWN_LECTURER', '所选讲师不在本级讲师团名册中', 'lecturerIds');
}

/**
 * Plans or records a lecture of the actor's bureau (publicity.manage); core/publicity `checkLecture`
 * (field errors PUBLICITY.*); lecturers must be on a roster in scope. Audited `lecture.create`.
 */
export async function createLecture(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof createLectureBody>>,
): Promise<{ item: LectureItem }> {
  assertCan(actor, 'publicity.manage');
  const facts = {
    status: input.status,
    plannedOn: input.plannedOn ?? null,
    heldOn: input.heldOn ?? null,
    audienceSize: input.audienceSize ?? null,
    photoUrls: input.photoUrls ?? [],
  };
  checkLecture(facts, businessDateOf(services.now()));
  return services.db.transaction(async (tx) => {
    const orgId = (await findHomeBureau(tx, actor.orgId))?.id ?? actor.orgId;
    assertCan(actor, 'publicity.manage', { orgId });
    await checkLecturers(tx, actor.scopeOrgIds, input.lecturerIds ?? []);
    const [row] = await tx
      .insert(lectures)
      .values({
        ...facts,
        orgId,
        lectureOn: lectureDate(facts)!,
        venueType: input.venueType,
        venue: input.venue,
        topic: input.topic,
        title: input.title,
        lecturerIds: input.lecturerIds ?? [],
        note: input.note ?? null,
        createdBy: actor.userId,
        createdAt: services.now(),
        updatedAt: services.now(),
      })
      .returning();
    const [item] = await toLectureItems(tx, [row!]);
    await recordAudit(tx, actor, meta, {
      action: 'lecture.create',
      entityType: 'lecture',
      entityId: item!.id,
      after: item,
      orgId,
    });
    return { item: item! };
  });
}

export const updateLectureBody = createLectureBody.partial().extend({
  version: z.number({ error: '缺少版本号' }).int().min(1),
  reason: z.string().trim().max(500).optional(),
});

/**
 * Changes a lecture in scope (publicity.manage): record it as held (status, heldOn, audience, photos),
 * cancel or re-plan it. Same checks as createLecture on the result; optimistic concurrency on `version`
 * (409 COMMON.STALE_VERSION); 404 PUBLICITY.LECTURE_NOT_FOUND; audited `lecture.update` (before/after, reason).
 */
export async function updateLecture(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof updateLectureBody> & { id: string }>,
): Promise<{ item: LectureItem }> {
  assertCan(actor, 'publicity.manage');
  return services.db.transaction(async (tx) => {
    const [row] = await tx.select().from(lectures).where(eq(lectures.id, input.id)).for('update');
    if (!row) throw notFound('PUBLICITY.LECTURE_NOT_FOUND', '讲座不存在');
    assertCan(actor, 'publicity.manage', { orgId: row.orgId });
    if (row.version !== input.version) throw staleVersion('讲座');
    const { version: _v, id: _id, reason, ...changes } = input;
    const next = {
      ...row,
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    } as Row;
    const [photoCount] = await tx
      .select({ n: count() })
      .from(lecturePhotos)
      .where(eq(lecturePhotos.lectureId, row.id));
    checkLecture(
      { ...next, photoCount: photoCount?.n ?? 0 } as Parameters<typeof checkLecture>[0],
      businessDateOf(services.now()),
    );
    if (changes.lecturerIds) await checkLecturers(tx, actor.scopeOrgIds, changes.lecturerIds);
    const [before] = await toLectureItems(tx, [row]);
    const [updated] = await tx
      .update(lectures)
      .set({
        status: next.status,
        plannedOn: next.plannedOn,
        heldOn: next.heldOn,
        lectureOn: lectureDate(next as Parameters<typeof lectureDate>[0])!,
        venueType: next.venueType,
        venue: next.venue,
        topic: next.topic,
        title: next.title,
        audienceSize: next.audienceSize,
        lecturerIds: next.lecturerIds,
        photoUrls: next.photoUrls,
        note: next.note,
        version: sql`${lectures.version} + 1`,
        updatedAt: services.now(),
      })
      .where(and(eq(lectures.id, row.id), eq(lectures.version, input.version)))
      .returning();
    if (!updated) throw staleVersion('讲座');
    const [item] = await toLectureItems(tx, [updated]);
    await recordAudit(tx, actor, meta, {
      action: 'lecture.update',
      entityType: 'lecture',
      entityId: row.id,
      before,
      after: item,
      reason: reason ?? null,
      orgId: row.orgId,
    });
    return { item: item! };
  });
}
