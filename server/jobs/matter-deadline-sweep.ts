import { addCalendarDays, businessDateOf } from '@core/calendar';
import { getProcedure, isMatterService, type MatterService } from '@core/procedures/registry';
import { and, asc, eq, gt, gte, isNull, lt, lte } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import type { Services } from '../context';
import { matterClocks, matters } from '../db/schema/index';
import { loadCalendar } from '../use-cases/calendar/load-calendar';
import { foldLog, loadLog, writeClocks } from '../use-cases/matters/matter-store';
import { DUE_SOON_DAYS } from '../use-cases/matters/matter-view';
import { startLockedInterval } from './locked-interval';

/** Advisory lock key of this sweep (distinct from the legal-aid sweep's). */
const MATTER_SWEEP_LOCK = 5_050_505;
const BATCH = 200;

export interface MatterSweepReport {
  matters: number;
  /** Clocks newly marked due soon (reminder to the responsible person). */
  reminded: number;
  /** Clocks newly marked breached (past their last day). */
  breached: number;
  failed: string[];
}

/**
 * The window matters' deadline sweep ("one deadline engine"): for every open matter it refolds the
 * log and rewrites the clocks as of today (a running pause moves a due date each day), then marks
 * clocks whose last day is within DUE_SOON_DAYS calendar days (`remindedAt`: they show as reminders in
 * the responsible person's "my deadlines") and clocks past their last day (`breachedAt`, with an audit
 * entry 'matter.clock-breached' naming the statute and article). Paused clocks are not reminded.
 * Idempotent: a second run at the same instant marks nothing new.
 */
export async function sweepMatterDeadlines(services: Services, now: Date): Promise<MatterSweepReport> {
  const today = businessDateOf(now);
  const soon = addCalendarDays(today, DUE_SOON_DAYS);
  const calendar = await loadCalendar(services.db);
  const report: MatterSweepReport = { matters: 0, reminded: 0, breached: 0, failed: [] };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await services.db
      .select()
      .from(matters)
      .where(and(eq(matters.closed, false), gt(matters.id, after)))
      .orderBy(asc(matters.id))
      .limit(BATCH);
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    for (const row of rows) {
      if (!isMatterService(row.service)) continue;
      report.matters += 1;
      try {
        await services.db.transaction(async (tx) => {
          const state = foldLog(row.service as MatterService, await loadLog(tx, row.id), calendar);
          const clocks = getProcedure(row.service).definition.clocks(state, { calendar, today });
          await writeClocks(tx, row, clocks);
          const reminded = await tx
            .update(matterClocks)
            .set({ remindedAt: now })
            .where(
              and(
                eq(matterClocks.matterId, row.id),
                isNull(matterClocks.remindedAt),
                isNull(matterClocks.pausedSince),
                gte(matterClocks.dueOn, today),
                lte(matterClocks.dueOn, soon),
              ),
            )
            .returning({ id: matterClocks.id });
          report.reminded += reminded.length;
          const breached = await tx
            .update(matterClocks)
            .set({ breachedAt: now })
            .where(
              and(
                eq(matterClocks.matterId, row.id),
                isNull(matterClocks.breachedAt),
                lt(matterClocks.dueOn, today),
              ),
            )
            .returning({ kind: matterClocks.kind, dueOn: matterClocks.dueOn, source: matterClocks.source });
          for (const clock of breached)
            await recordAudit(
              tx,
              null,
              {},
              {
                action: 'matter.clock-breached',
                entityType: 'matter',
                entityId: row.id,
                orgId: row.orgId,
                reason: `${clock.kind} 已于 ${clock.dueOn} 届满（${clock.source}）`,
                after: clock,
              },
            );
          report.breached += breached.length;
        });
      } catch {
        report.failed.push(row.id);
      }
    }
  }
  return report;
}

/** Runs the sweep every `intervalMs` (default one minute), one server instance at a time. */
export function startMatterDeadlineSweep(
  services: Services,
  log: { error(obj: unknown, msg?: string): void },
  options: { intervalMs?: number } = {},
): () => Promise<void> {
  return startLockedInterval(services, log, {
    name: 'matter deadline sweep',
    lockKey: MATTER_SWEEP_LOCK,
    intervalMs: options.intervalMs ?? 60_000,
    run: () => sweepMatterDeadlines(services, services.now()),
  });
}
