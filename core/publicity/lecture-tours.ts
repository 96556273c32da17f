import { isIsoDate } from '@core/calendar/iso-date';
import { badInput } from '@core/errors';

/**
 * 普法讲师团: the bureau's lecture tours (legal publicity, 宪法 第二十四条; for schools also
 * 未成年人保护法 第一百一十五条). Lecturers give lectures that are first planned, then held (with the
 * audience counted and photos kept) or cancelled. Pure rules, no I/O.
 */

/** Where a lecture is held (进机关、进企业、进社区、进学校、进农牧区). */
export const VENUE_TYPES = ['government', 'enterprise', 'community', 'school', 'pastoral'] as const;
export type VenueType = (typeof VENUE_TYPES)[number];
export const VENUE_TYPE_LABELS = {
  government: '机关',
  enterprise: '企业',
  community: '社区',
  school: '学校',
  pastoral: '农牧区',
} as const satisfies Record<VenueType, string>;
export const VENUE_TYPE_LABELS_EN = {
  government: 'Government offices',
  enterprise: 'Enterprises',
  community: 'Communities',
  school: 'Schools',
  pastoral: 'Farming and pastoral areas',
} as const satisfies Record<VenueType, string>;

export const LECTURE_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type LectureStatus = (typeof LECTURE_STATUSES)[number];
export const LECTURE_STATUS_LABELS = {
  planned: '计划',
  held: '已开展',
  cancelled: '已取消',
} as const satisfies Record<LectureStatus, string>;
export const LECTURE_STATUS_LABELS_EN = {
  planned: 'Planned',
  held: 'Held',
  cancelled: 'Cancelled',
} as const satisfies Record<LectureStatus, string>;

/** Photos per lecture (URLs and uploads together) and the largest upload, bytes. */
export const MAX_LECTURE_PHOTOS = 20;
export const MAX_PHOTO_BYTES = 3 * 1024 * 1024;
/** The largest audience a single lecture may record (a stadium-sized rally is not a lecture). */
export const MAX_AUDIENCE = 100_000;

export interface LectureFacts {
  status: LectureStatus;
  plannedOn: string | null;
  heldOn: string | null;
  audienceSize: number | null;
  photoUrls: readonly string[];
  photoCount?: number;
}

/**
 * Checks a lecture as it is to be stored, on Beijing business date `today`. Throws AppError 400:
 * - PUBLICITY.PLANNED_DATE_REQUIRED (plannedOn) — a plan without a date;
 * - PUBLICITY.HELD_DATE_REQUIRED (heldOn), PUBLICITY.HELD_IN_FUTURE (heldOn) — a record needs the day it
 *   was held, not after today;
 * - PUBLICITY.AUDIENCE_REQUIRED (audienceSize) — a held lecture counts its audience (1 … MAX_AUDIENCE);
 * - PUBLICITY.PHOTO_URL (photoUrls) — only http(s) addresses; PUBLICITY.TOO_MANY_PHOTOS (photoUrls).
 */
export function checkLecture(lecture: LectureFacts, today: string): void {
  if (lecture.plannedOn !== null && !isIsoDate(lecture.plannedOn))
    throw badInput('PUBLICITY.PLANNED_DATE_REQUIRED', '计划日期格式应为 YYYY-MM-DD', 'plannedOn');
  if (lecture.status === 'planned' && lecture.plannedOn === null)
    throw badInput('PUBLICITY.PLANNED_DATE_REQUIRED', '请填写计划开展日期', 'plannedOn');
  if (lecture.status === 'held') {
    if (lecture.heldOn === null || !isIsoDate(lecture.heldOn))
      throw badInput('PUBLICITY.HELD_DATE_REQUIRED', '请填写开展日期', 'heldOn');
    if (lecture.heldOn > today) throw badInput('PUBLICITY.HELD_IN_FUTURE', '开展日期不能晚于今天', 'heldOn');
    const n = lecture.audienceSize;
    if (n === null || !Number.isInteger(n) || n < 1 || n > MAX_AUDIENCE)
      throw badInput('PUBLICITY.AUDIENCE_REQUIRED', `请填写受众人数（1–${MAX_AUDIENCE}）`, 'audienceSize');
  }
  for (const url of lecture.photoUrls) {
    if (!/^https?:\/\/[^\s]+$/i.test(url))
      throw badInput('PUBLICITY.PHOTO_URL', '照片地址应以 http:// 或 https:// 开头', 'photoUrls');
  }
  if (lecture.photoUrls.length + (lecture.photoCount ?? 0) > MAX_LECTURE_PHOTOS)
    throw badInput('PUBLICITY.TOO_MANY_PHOTOS', `每场讲座最多 ${MAX_LECTURE_PHOTOS} 张照片`, 'photoUrls');
}

/** The business date a lecture counts on in totals: the day it was held, else the planned day. */
export function lectureDate(lecture: Pick<LectureFacts, 'status' | 'plannedOn' | 'heldOn'>): string | null {
  return lecture.status === 'held' ? lecture.heldOn : lecture.plannedOn;
}

/** The image type of uploaded bytes by their magic number, or undefined when neither PNG nor JPEG. */
export function photoMimeType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | undefined {
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b))
    return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}
