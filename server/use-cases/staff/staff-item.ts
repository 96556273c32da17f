import { ROLE_LABELS, ROLES } from '@core/access';
import { z } from 'zod';
import type { users } from '../../db/schema/index';

/** A staff account as the API returns it. Never carries the password hash. */
export const staffItem = z.object({
  id: z.string(),
  orgId: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  roleLabels: z.array(z.string()),
  title: z.string().nullable(),
  partyMember: z.boolean(),
  active: z.boolean(),
  /** ISO instant until which the account is locked after failed logins, else null. */
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  version: z.number().int(),
});
export type StaffItem = z.infer<typeof staffItem>;

const label = (role: string) => (ROLE_LABELS as Record<string, { zh: string } | undefined>)[role]?.zh ?? role;

/** Shapes a row of `users` for the API: the hash and login counters stay behind. */
export function toStaffItem(row: typeof users.$inferSelect): StaffItem {
  return {
    id: row.id,
    orgId: row.orgId,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles,
    roleLabels: row.roles.map(label),
    title: row.title,
    partyMember: row.partyMember,
    active: row.active,
    lockedUntil: row.lockedUntil ? row.lockedUntil.toISOString() : null,
    lastLoginAt: row.lastLoginAt ? row.lastLoginAt.toISOString() : null,
    version: row.version,
  };
}

/** What the audit log records of an account: the edited fields only (no hash, no login bookkeeping). */
export function staffSnapshot(row: typeof users.$inferSelect) {
  return {
    id: row.id,
    orgId: row.orgId,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles,
    title: row.title,
    partyMember: row.partyMember,
    active: row.active,
    version: row.version,
  };
}

/** The editable fields with their Chinese validation messages, shared by create and update. */
export const staffFields = {
  orgId: z.uuid({ error: '请选择所属机构' }),
  username: z
    .string({ error: '请输入用户名' })
    .trim()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/,
      '用户名须为 2–64 位字母、数字、点、下划线或连字符，并以字母或数字开头',
    ),
  displayName: z.string({ error: '请输入姓名' }).trim().min(1, '请输入姓名').max(50, '姓名不能超过 50 个字'),
  roles: z
    .array(z.enum(ROLES, { error: '请选择有效的角色' }), { error: '请选择角色' })
    .min(1, '请至少选择一个角色')
    .refine((roles) => new Set(roles).size === roles.length, '角色不能重复'),
  password: z.string({ error: '请输入密码' }).min(8, '密码至少 8 位').max(128, '密码不能超过 128 位'),
  title: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
    z.string().trim().max(50, '职务不能超过 50 个字').nullable(),
  ),
  partyMember: z.boolean({ error: '党员标记应为是或否' }),
  active: z.boolean({ error: '启用状态应为是或否' }),
} as const;
