import { serviceCodes } from '@core/queue/services';
import { z } from 'zod';
import type { windows } from '../../db/schema/index';

export const WINDOW_STATUSES = ['open', 'paused', 'closed'] as const;
export type WindowStatus = (typeof WINDOW_STATUSES)[number];

/** A window (窗口) as the API returns it and the audit log records it. */
export const windowItem = z.object({
  id: z.string(),
  orgId: z.string(),
  number: z.number().int(),
  name: z.string(),
  services: z.array(z.string()),
  status: z.enum(WINDOW_STATUSES),
  location: z.string().nullable(),
  version: z.number().int(),
});
export type WindowItem = z.infer<typeof windowItem>;

/** Shapes a row of `windows` for the API and the audit log. */
export function toWindowItem(row: typeof windows.$inferSelect): WindowItem {
  return {
    id: row.id,
    orgId: row.orgId,
    number: row.number,
    name: row.name,
    services: row.services,
    status: row.status as WindowStatus,
    location: row.location,
    version: row.version,
  };
}

/** The editable fields with their Chinese validation messages, shared by create and update. */
export const windowFields = {
  number: z
    .number({ error: '请输入窗口号' })
    .int('窗口号应为整数')
    .min(1, '窗口号应在 1 到 999 之间')
    .max(999, '窗口号应在 1 到 999 之间'),
  name: z
    .string({ error: '请输入窗口名称' })
    .trim()
    .min(2, '窗口名称至少 2 个字')
    .max(50, '窗口名称不能超过 50 个字'),
  services: z
    .array(z.enum(serviceCodes, { error: '请选择有效的服务事项' }), { error: '请选择服务事项' })
    .min(1, '请至少选择一项服务')
    .refine((codes) => new Set(codes).size === codes.length, '服务事项不能重复'),
  status: z.enum(WINDOW_STATUSES, { error: '窗口状态应为开放、暂停或关闭' }),
  location: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
    z.string().trim().max(100, '位置不能超过 100 个字').nullable(),
  ),
} as const;
