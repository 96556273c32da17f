import { assertCan } from '@core/access';
import { z } from 'zod';
import type { Services, StaffActor } from '../../context';
import { queueErrors } from './queue-errors';

/**
 * `at`: the instant an action happened, for replaying a past day (scripts/replay-hall-day.ts). Only for
 * staff with `queue.manage`; omitted, the action happens now (`services.now()`).
 */
export const atField = z.iso
  .datetime({ offset: true, error: '时间格式应为 ISO 8601，例如 2026-03-16T08:36:00+08:00' })
  .optional()
  .describe('仅用于回放（需 queue.manage 权限）：操作发生的时刻，ISO 8601');

/** Tolerated clock skew of a client's `at` ahead of the server clock (milliseconds). */
const MAX_FUTURE_SKEW_MS = 60_000;

/**
 * The instant of an action: `services.now()`, or the replayed instant `at` when the actor holds
 * `queue.manage` on the center (403 otherwise; 400 QUEUE.INVALID_AT when it lies in the future).
 */
export function actionInstant(
  services: Services,
  actor: StaffActor | null,
  orgId: string,
  at: string | undefined,
): Date {
  const now = services.now();
  if (at === undefined) return now;
  if (!actor) throw queueErrors.invalidAt('只有工作人员回放时才能指定时间');
  assertCan(actor, 'queue.manage', { orgId });
  const instant = new Date(at);
  if (instant.getTime() > now.getTime() + MAX_FUTURE_SKEW_MS)
    throw queueErrors.invalidAt('指定的时间晚于当前时间');
  return instant;
}
