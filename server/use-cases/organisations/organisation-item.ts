import { z } from 'zod';
import type { organisations } from '../../db/schema/index';
import { ORG_KINDS } from './org-kinds';

/** An organisation as the API returns it (lists, create and update replies, audit snapshots). */
export const organisationItem = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(ORG_KINDS),
  name: z.string(),
  shortName: z.string().nullable(),
  divisionCode: z.string().nullable(),
  uscc: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type OrganisationItem = z.infer<typeof organisationItem>;

/** Shapes a row of `organisations` for the API and the audit log (no timestamps: they are not edited). */
export function toOrganisationItem(row: typeof organisations.$inferSelect): OrganisationItem {
  return {
    id: row.id,
    parentId: row.parentId,
    kind: row.kind as OrganisationItem['kind'],
    name: row.name,
    shortName: row.shortName,
    divisionCode: row.divisionCode,
    uscc: row.uscc,
    address: row.address,
    phone: row.phone,
    active: row.active,
    version: row.version,
  };
}

/** Treats a blank string like null, so an emptied form field clears the value. */
const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** The editable fields with their Chinese validation messages, shared by create and update. */
export const organisationFields = {
  kind: z.enum(ORG_KINDS, { error: '请选择有效的机构类型' }),
  name: z
    .string({ error: '请输入机构名称' })
    .trim()
    .min(2, '机构名称至少 2 个字')
    .max(100, '机构名称不能超过 100 个字'),
  shortName: z.preprocess(blankToNull, z.string().trim().max(10, '简称不能超过 10 个字').nullable()),
  divisionCode: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .regex(/^\d{6}$/, '行政区划代码应为 6 位数字')
      .nullable(),
  ),
  /** Checked by the use case (core/identity parseUscc): GB 32100 check digit. */
  uscc: z.preprocess(blankToNull, z.string().trim().max(30, '统一社会信用代码应为18位').nullable()),
  address: z.preprocess(blankToNull, z.string().trim().max(200, '地址不能超过 200 个字').nullable()),
  phone: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .regex(/^[\d\s()+\-转,，、]{5,40}$/, '电话号码格式不正确')
      .nullable(),
  ),
  active: z.boolean({ error: '启用状态应为是或否' }),
} as const;
