import { z } from 'zod';
import type { lawyers } from '../../db/schema/index';

/** A lawyer as the API returns it. The phone is masked; the full number never leaves the server. */
export const lawyerItem = z.object({
  id: z.string(),
  orgId: z.string(),
  firmId: z.string().nullable(),
  firmName: z.string().nullable(),
  userId: z.string().nullable(),
  name: z.string(),
  namePinyinInitials: z.string().nullable(),
  sex: z.enum(['male', 'female']).nullable(),
  licenceNo: z.string(),
  firstPracticeYear: z.number().int(),
  specialties: z.array(z.string()),
  areas: z.array(z.string()),
  phoneMasked: z.string().nullable(),
  teamMember: z.boolean(),
  teamJoinedOn: z.string().nullable(),
  teamRemovedReason: z.string().nullable(),
  sanctionCount: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
});
export type LawyerItem = z.infer<typeof lawyerItem>;

export type LawyerRow = typeof lawyers.$inferSelect;

/** Shapes a row of `lawyers` for the API and the audit log (never the encrypted phone). */
export function toLawyerItem(
  row: LawyerRow,
  extra: { firmName: string | null; sanctionCount: number },
): LawyerItem {
  return {
    id: row.id,
    orgId: row.orgId,
    firmId: row.firmId,
    firmName: extra.firmName,
    userId: row.userId,
    name: row.name,
    namePinyinInitials: row.namePinyinInitials,
    sex: row.sex === 'male' || row.sex === 'female' ? row.sex : null,
    licenceNo: row.licenceNo,
    firstPracticeYear: row.firstPracticeYear,
    specialties: row.specialties,
    areas: row.areas,
    phoneMasked: row.phoneMasked,
    teamMember: row.teamMember,
    teamJoinedOn: row.teamJoinedOn,
    teamRemovedReason: row.teamRemovedReason,
    sanctionCount: extra.sanctionCount,
    active: row.active,
    version: row.version,
  };
}

/** Treats a blank string like null, so an emptied form field clears the value. */
const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** Suggested specialties for forms; any short text is accepted. */
export const LAWYER_SPECIALTIES = [
  '婚姻家事',
  '劳动争议',
  '刑事辩护',
  '交通事故',
  '合同纠纷',
  '行政诉讼',
  '医疗纠纷',
  '房产纠纷',
  '公司法务',
  '知识产权',
] as const;

/** The editable fields with their Chinese validation messages, shared by create and update. */
export const lawyerFields = {
  /** Normalised and checked by the use case (core/identity validatePersonName). */
  name: z.string({ error: '请输入律师姓名' }).max(100, '姓名不能超过 100 个字'),
  sex: z.preprocess(blankToNull, z.enum(['male', 'female'], { error: '性别应为男或女' }).nullable()),
  licenceNo: z
    .string({ error: '请输入执业证号' })
    .trim()
    .regex(/^\d{17}$/, '执业证号应为 17 位数字'),
  /** Not in the future: checked by the use case against today's Beijing date. */
  firstPracticeYear: z
    .number({ error: '请输入首次执业年份' })
    .int('首次执业年份应为整数')
    .min(1979, '首次执业年份不能早于 1979 年')
    .max(2100, '首次执业年份不正确'),
  firmId: z.preprocess(blankToNull, z.uuid({ error: '请选择有效的律师事务所' }).nullable()),
  userId: z.preprocess(blankToNull, z.uuid({ error: '请选择有效的系统账号' }).nullable()),
  specialties: z
    .array(z.string().trim().min(1, '专长不能为空').max(20, '每项专长不能超过 20 个字'), {
      error: '专长应为列表',
    })
    .max(20, '专长最多 20 项'),
  areas: z
    .array(
      z
        .string()
        .trim()
        .regex(/^\d{6}$/, '服务区域应为 6 位行政区划代码'),
      { error: '服务区域应为列表' },
    )
    .max(20, '服务区域最多 20 个'),
  /** Normalised and checked by the use case (core/identity normalizePhone). */
  phone: z.preprocess(blankToNull, z.string().max(40, '电话号码过长').nullable()),
  active: z.boolean({ error: '在册状态应为是或否' }),
} as const;
