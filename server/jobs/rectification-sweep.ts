import { endOfDueDay } from '@core/evaluation';
import { and, eq, isNull, ne } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import type { Services } from '../context';
import { rectifications } from '../db/schema/index';
import { startLockedInterval } from './locked-interval';

/**
 * The 好差评 rectification sweep: an item whose call-back (1 working day) or rectification (15 working
 * days) is past its due day and not done is escalated to the bureau leaders (督办) once: `escalatedAt`
 * and the reason are set and audited; the leaders' 差评整改 list shows it (server/use-cases/evaluations/
 * rectifications.ts). Idempotent (only items not yet escalated), so a repeated minute changes nothing.
 */
export async function sweepRectifications(services: Services, now: Date): Promise<{ escalated: number }> {
  const candidates = await services.db
    .select()
    .from(rectifications)
    .where(and(ne(rectifications.status, 'closed'), isNull(rectifications.escalatedAt)));
  let escalated = 0;
  for (const item of candidates) {
    const callbackLate =
      item.calledBackAt === null && now.getTime() >= endOfDueDay(item.callbackDueOn).getTime();
    const fixLate = item.rectifiedAt === null && now.getTime() >= endOfDueDay(item.fixDueOn).getTime();
    if (!callbackLate && !fixLate) continue;
    const reason = callbackLate
      ? `差评未在规定期限内回访（最后一日 ${item.callbackDueOn}）`
      : `差评未在规定期限内整改（最后一日 ${item.fixDueOn}）`;
    const done = await services.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(rectifications)
        .set({ escalatedAt: now, escalationReason: reason })
        .where(and(eq(rectifications.id, item.id), isNull(rectifications.escalatedAt)))
        .returning({ id: rectifications.id });
      if (!updated) return false;
      await recordAudit(
        tx,
        null,
        {},
        {
          action: 'rectification.escalate',
          entityType: 'rectification',
          entityId: item.id,
          orgId: item.orgId,
          after: { recipientRole: 'bureau-leader', reason },
        },
      );
      return true;
    });
    if (done) escalated += 1;
  }
  return { escalated };
}

/** Advisory lock key of the sweep (one instance at a time), next to the legal-aid sweep's 7370301. */
const SWEEP_LOCK = 7370302;

/** Runs the sweep every `intervalMs` (default one minute) under an advisory lock, as deadline-sweep.ts does. */
export function startRectificationSweep(
  services: Services,
  log: { error(obj: unknown, msg?: string): void },
  options: { intervalMs?: number } = {},
): () => Promise<void> {
  return startLockedInterval(services, log, {
    name: 'rectification sweep',
    lockKey: SWEEP_LOCK,
    intervalMs: options.intervalMs ?? 60_000,
    run: () => sweepRectifications(services, services.now()),
  });
}
