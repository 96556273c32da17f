import { defaultPriorityConfig } from '@core/queue/priority';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../context';
import { queueSettings } from '../../db/schema/index';

const hhmm = z
  .string({ error: '时间格式应为 HH:MM' })
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, '时间格式应为 HH:MM（北京时间，00:00–24:00）');

/**
 * One opening period of the hall, Beijing time: from `from` (inclusive) to `to` (exclusive); `24:00` is
 * the end of the day.
 */
export const openingSlot = z
  .object({ from: hhmm, to: hhmm })
  .refine((slot) => slot.from < slot.to, { error: '结束时间应晚于开始时间', path: ['to'] });
export type OpeningSlot = z.infer<typeof openingSlot>;

/** The editable queue settings of one service center, with their Chinese validation messages. */
export const queueSettingsFields = z.object({
  agingLimitMinutes: z
    .number({ error: '请输入等候时限（分钟）' })
    .int('等候时限应为整数分钟')
    .min(0, '等候时限不能为负数')
    .max(1440, '等候时限不能超过 1440 分钟'),
  maxRecalls: z
    .number({ error: '请输入过号重呼次数' })
    .int('过号重呼次数应为整数')
    .min(0, '过号重呼次数不能为负数')
    .max(10, '过号重呼次数不能超过 10 次'),
  elderlyAge: z
    .number({ error: '请输入老年人年龄' })
    .int('年龄应为整数')
    .min(18, '老年人年龄不能小于 18 岁')
    .max(100, '老年人年龄不能超过 100 岁'),
  openingHours: z
    .array(openingSlot, { error: '请设置取号时间' })
    .min(1, '请至少设置一个取号时段')
    .max(6, '取号时段最多 6 个')
    .refine((slots) => slots.every((slot, i) => i === 0 || (slots[i - 1]?.to ?? '') <= slot.from), {
      error: '取号时段应按时间先后排列且不能重叠',
    }),
  recentCallsShown: z
    .number({ error: '请输入大屏显示的最近叫号条数' })
    .int('条数应为整数')
    .min(1, '至少显示 1 条')
    .max(20, '最多显示 20 条'),
});
export type QueueSettingsFields = z.infer<typeof queueSettingsFields>;

/** The settings as the API returns them. `version` 0 = the center still uses the defaults. */
export const queueSettingsItem = queueSettingsFields.extend({
  centerId: z.string(),
  version: z.number().int(),
});
export type QueueSettings = z.infer<typeof queueSettingsItem>;

/**
 * Defaults of a center without saved settings: a normal ticket ranks with priority tickets after 30
 * minutes, two second chances after a no-show, elderly from 60 (老年人权益保障法 第二条), tickets from
 * 08:30 to 12:00 and 13:30 to 17:30 Beijing time, five recent calls on the display board.
 */
export const DEFAULT_QUEUE_SETTINGS: QueueSettingsFields = {
  agingLimitMinutes: 30,
  maxRecalls: 2,
  elderlyAge: defaultPriorityConfig.elderlyAge,
  openingHours: [
    { from: '08:30', to: '12:00' },
    { from: '13:30', to: '17:30' },
  ],
  recentCallsShown: 5,
};

/**
 * How long this process reuses a center's settings (milliseconds). Saving them here drops the copy at once
 * (`invalidateQueueSettings`); other server instances see the change within this time.
 */
export const QUEUE_SETTINGS_TTL_MS = 5_000;
const cache = new WeakMap<object, Map<string, { at: number; value: QueueSettings }>>();

/** Drops this process's cached settings of `centerId` (call after the saving transaction committed). */
export function invalidateQueueSettings(db: object, centerId: string): void {
  cache.get(db)?.delete(centerId);
}

/**
 * The queue settings of a center: its saved row, else the defaults with version 0. Read through a cache of
 * QUEUE_SETTINGS_TTL_MS per database handle; a transaction always reads the row (it may have changed it).
 */
export async function loadQueueSettings(executor: Executor, centerId: string): Promise<QueueSettings> {
  const isTransaction = !('$client' in executor);
  const cached = isTransaction ? undefined : cache.get(executor)?.get(centerId);
  if (cached && performance.now() - cached.at < QUEUE_SETTINGS_TTL_MS) return cached.value;
  const value = await readQueueSettings(executor, centerId);
  if (!isTransaction) {
    const perDb = cache.get(executor) ?? new Map();
    perDb.set(centerId, { at: performance.now(), value });
    cache.set(executor, perDb);
  }
  return value;
}

async function readQueueSettings(executor: Executor, centerId: string): Promise<QueueSettings> {
  const [row] = await executor.select().from(queueSettings).where(eq(queueSettings.orgId, centerId));
  return settingsOf(centerId, row);
}

/** The settings of a center from its row (e.g. joined to another query), or the defaults without one. */
export function settingsOf(
  centerId: string,
  row: typeof queueSettings.$inferSelect | null | undefined,
): QueueSettings {
  if (!row) return { ...DEFAULT_QUEUE_SETTINGS, centerId, version: 0 };
  return {
    centerId,
    agingLimitMinutes: row.agingLimitMinutes,
    maxRecalls: row.maxRecalls,
    elderlyAge: row.elderlyAge,
    openingHours: row.openingHours,
    recentCallsShown: row.recentCallsShown,
    version: row.version,
  };
}
