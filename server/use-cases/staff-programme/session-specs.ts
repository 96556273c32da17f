import { badInput } from '@core/errors';
import { expandRecurrence } from '@core/staff-programme/recurrence';
import { SESSION_KINDS } from '@core/staff-programme/vocabulary';
import { z } from 'zod';
import type { Executor } from '../../context';
import { studySessions } from '../../db/schema/index';
import { loadCalendar } from '../calendar/load-calendar';
import { isoDate } from './plan-views';

/**
 * Sessions to create: one date, or a recurrence (from … to, on working days, optionally on given
 * weekdays) — 晨训 every working morning, 晚学 one hour after work, a weekly seminar.
 */
export const sessionSpec = z.object({
  kind: z.enum(SESSION_KINDS, { error: '请选择学习活动类型' }),
  title: z.string().trim().min(1, '请填写活动名称').max(100, '活动名称不能超过 100 个字'),
  location: z.string().trim().max(100, '地点不能超过 100 个字').optional(),
  from: isoDate,
  to: isoDate.optional(),
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '开始时间格式应为 HH:MM'),
  durationMinutes: z.number().int().min(5, '时长至少 5 分钟').max(480, '时长不能超过 8 小时'),
  weekdays: z.array(z.number().int().min(1).max(7)).max(7).optional(),
  workingDaysOnly: z.boolean().default(true),
});
export type SessionSpec = z.infer<typeof sessionSpec>;

/**
 * Expands the specs over the hall's calendar and inserts the sessions of plan `planId` (owned by
 * `orgId`). Every occurrence must fall within the plan's period (400 STUDY.SESSION_OUTSIDE_PLAN).
 */
export async function insertSessions(
  tx: Executor,
  plan: { id: string; orgId: string; startsOn: string; endsOn: string },
  specs: readonly SessionSpec[],
): Promise<number> {
  if (specs.length === 0) return 0;
  const calendar = await loadCalendar(tx);
  const rows: (typeof studySessions.$inferInsert)[] = [];
  specs.forEach((spec, i) => {
    const to = spec.to ?? spec.from;
    if (spec.from < plan.startsOn || to > plan.endsOn)
      throw badInput(
        'STUDY.SESSION_OUTSIDE_PLAN',
        `学习活动日期应在计划期限（${plan.startsOn} 至 ${plan.endsOn}）之内`,
        `sessions.${i}.from`,
      );
    let occurrences: ReturnType<typeof expandRecurrence>;
    try {
      occurrences = expandRecurrence(
        {
          from: spec.from,
          to,
          startTime: spec.startTime,
          durationMinutes: spec.durationMinutes,
          ...(spec.weekdays ? { weekdays: spec.weekdays } : {}),
          workingDaysOnly: spec.workingDaysOnly,
        },
        (date) => calendar.isWorkingDay(date).working,
      );
    } catch (error) {
      throw badInput(
        'STUDY.INVALID_RECURRENCE',
        `学习活动安排有误：${(error as Error).message}`,
        `sessions.${i}`,
      );
    }
    for (const o of occurrences)
      rows.push({
        planId: plan.id,
        orgId: plan.orgId,
        kind: spec.kind,
        title: spec.title,
        location: spec.location ?? null,
        startsAt: o.startsAt,
        endsAt: o.endsAt,
      });
  });
  if (rows.length > 0) await tx.insert(studySessions).values(rows);
  return rows.length;
}
