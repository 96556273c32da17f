import { assertCan } from '@core/access';
import { badInput, notFound } from '@core/errors';
import { MAX_LECTURE_PHOTOS, MAX_PHOTO_BYTES, photoMimeType } from '@core/publicity';
import { count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { lecturePhotos, lectures } from '../../db/schema/index';

export const addPhotoBody = z.object({
  fileName: z.string().trim().min(1).max(100, '文件名不能超过 100 个字'),
  /** The image, base64 (PNG or JPEG, ≤ 3 MB). */
  dataBase64: z.string().min(1, '请上传照片'),
});

/**
 * Attaches a photo to a lecture in scope (publicity.manage): PNG or JPEG by content (PUBLICITY.PHOTO_TYPE),
 * ≤ 3 MB (PUBLICITY.PHOTO_TOO_LARGE), at most 20 per lecture with the URLs (PUBLICITY.TOO_MANY_PHOTOS).
 * Bumps the lecture's version; audited `lecture.add-photo`.
 */
export async function addLecturePhoto(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof addPhotoBody> & { lectureId: string }>,
): Promise<{ id: string }> {
  assertCan(actor, 'publicity.manage');
  const data = Buffer.from(input.dataBase64, 'base64');
  if (data.length > MAX_PHOTO_BYTES)
    throw badInput('PUBLICITY.PHOTO_TOO_LARGE', '照片不能超过 3 MB', 'dataBase64');
  const mimeType = photoMimeType(data);
  if (!mimeType) throw badInput('PUBLICITY.PHOTO_TYPE', '照片应为 PNG 或 JPEG 格式', 'dataBase64');
  return services.db.transaction(async (tx) => {
    const [lecture] = await tx.select().from(lectures).where(eq(lectures.id, input.lectureId)).for('update');
    if (!lecture) throw notFound('PUBLICITY.LECTURE_NOT_FOUND', '讲座不存在');
    assertCan(actor, 'publicity.manage', { orgId: lecture.orgId });
    const [existing] = await tx
      .select({ n: count() })
      .from(lecturePhotos)
      .where(eq(lecturePhotos.lectureId, lecture.id));
    if ((existing?.n ?? 0) + lecture.photoUrls.length >= MAX_LECTURE_PHOTOS)
      throw badInput('PUBLICITY.TOO_MANY_PHOTOS', `每场讲座最多 ${MAX_LECTURE_PHOTOS} 张照片`, 'dataBase64');
    const [row] = await tx
      .insert(lecturePhotos)
      .values({
        lectureId: lecture.id,
        fileName: input.fileName,
        mimeType,
        size: data.length,
        data,
        createdBy: actor.userId,
        createdAt: services.now(),
      })
      .returning({ id: lecturePhotos.id });
    await tx
      .update(lectures)
      .set({ version: sql`${lectures.version} + 1`, updatedAt: services.now() })
      .where(eq(lectures.id, lecture.id));
    await recordAudit(tx, actor, meta, {
      action: 'lecture.add-photo',
      entityType: 'lecture',
      entityId: lecture.id,
      after: { photoId: row!.id, fileName: input.fileName, size: data.length },
      orgId: lecture.orgId,
    });
    return { id: row!.id };
  });
}

/** A photo's bytes (publicity.read, lecture in scope); 404 PUBLICITY.PHOTO_NOT_FOUND. */
export async function getLecturePhoto(
  services: Services,
  { actor, input }: UseCaseCall<{ id: string }>,
): Promise<{ mimeType: string; data: Buffer }> {
  assertCan(actor, 'publicity.read');
  const [row] = await services.db
    .select({ mimeType: lecturePhotos.mimeType, data: lecturePhotos.data, orgId: lectures.orgId })
    .from(lecturePhotos)
    .innerJoin(lectures, eq(lectures.id, lecturePhotos.lectureId))
    .where(eq(lecturePhotos.id, input.id));
  if (!row) throw notFound('PUBLICITY.PHOTO_NOT_FOUND', '照片不存在');
  assertCan(actor, 'publicity.read', { orgId: row.orgId });
  return { mimeType: row.mimeType, data: row.data };
}
