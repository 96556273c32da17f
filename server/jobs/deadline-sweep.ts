import { addCalendarDays, businessDateOf, startOfBusinessDate } from '@core/calendar';
import {
  applyLegalAidAction,
  foldLegalAid,
  type LegalAidAction,
  type LegalAidDeadline,
  type LegalAidState,
  openDeadlines,
  STATUS_DEADLINES,
} from '@core/procedures/legal-aid';
import { and, asc, eq, gt, inArray, or, sql } from 'drizzle-orm';
import type { Services } from '../context';
import { legalAidMatters, legalAidReminders } from '../db/schema/index';
import { loadCalendar } from '../use-cases/calendar/load-calendar';
import { appendAction, loadLog, loadMatter, type MatterRow } from '../use-cases/legal-aid/matter-store';
import { settleReminders } from '../use-cases/legal-aid/settle-reminders';
import { startLockedInterval } from './locked-interval';

/**
 * The legal-aid deadline sweep (ARCHITECTURE "Deadline sweeps"): finds the open deadlines of every
 * active matter (core `openDeadlines`: decision ≤ 7 days, art. 43; assignment ≤ 3 days; agreement ≤ 5
 * days, 程序规定 art. 27; objection ≤ 5 days, art. 49; …) that end within `withinHours` or are past,
 * and writes one reminder per matter, kind and due date for the responsible person: running it twice
 * writes nothing new, and a reminder turns from 'due-soon' to 'overdue' in place.
 *
 * A lapsed materials notice (法律援助法 第四十三条第二款: no reply by the date → deemed withdrawn) gets a
 * 'deem-withdrawn-proposal' reminder for the reviewers; the withdrawal itself is a staff decision unless
 * `autoDeemWithdrawn` is set, when the sweep takes core's 'deem-withdrawn' as the 'system' actor.
 *
 * Scheduling: `startDeadlineSweep` runs it every minute with setInterval, guarded by a PostgreSQL
 * advisory lock so one server instance sweeps at a time. pg-boss is not installed; the job is
 * idempotent and cheap, so a missed or repeated minute is harmless, and a queue adds nothing yet.
 */

export interface SweepOptions {
  /** Remind this many hours before a deadline's last day ends. Default 24. */
  withinHours?: number;
  /** Take 'deem-withdrawn' automatically once a materials notice lapses. Default false (propose only). */
  autoDeemWithdrawn?: boolean;
}

export interface SweepReport {
  matters: number;
  created: number;
  escalated: number;
  /** Reminders of a clock that runs again after it had been met (e.g. a corrected objection). */
  reopened: number;
  /** Reminders whose deadline no longer runs (settle-reminders.ts), marked done. */
  settled: number;
  proposals: number;
  withdrawn: number;
  /** Matters whose sweep failed (e.g. a log that does not fold); the others are still swept. */
  failed: string[];
}

/** Statuses in which some deadline may run (STATUS_DEADLINES with a non-empty list). */
const ACTIVE_STATUSES = Object.entries(STATUS_DEADLINES)
  .filter(([, kinds]) => kinds.length > 0)
  .map(([status]) => status);

const HOUR = 3_600_000;
const BATCH = 200;

/** The instant a deadline's last business day ends (its next day at 00:00 Beijing). */
function endOf(dueOn: string): Date {
  return startOfBusinessDate(addCalendarDays(dueOn, 1));
}

/** Who answers for a deadline: a user when the log names one, else a role's inbox. */
function recipientOf(
  kind: LegalAidDeadline['kind'],
  row: MatterRow,
  state: LegalAidState,
  log: LegalAidAction[],
): { userId: string | null; role: string } {
  const lastBy = (type: LegalAidAction['type']) =>
    [...log].reverse().find((action) => action.type === type && action.actor.role !== 'system')?.actor.id ??
    null;
  switch (kind) {
    case 'agreement':
    case 'file-submission':
      return { userId: row.assignedUserId, role: 'lawyer' };
    case 'assignment':
    case 'notice-assignment':
      return { userId: state.decision?.by ?? null, role: 'legal-aid-director' };
    case 'objection-decision':
      return { userId: null, role: 'bureau-leader' };
    case 'file-review':
      return { userId: null, role: 'legal-aid-reviewer' };
    default:
      return { userId: lastBy('accept') ?? row.createdBy, role: 'legal-aid-reviewer' };
  }
}

async function remind(
  services: Services,
  row: MatterRow,
  reminder: { kind: string; dueOn: string; level: 'due-soon' | 'overdue'; message: string; source: string },
  recipient: { userId: string | null; role: string },
  now: Date,
): Promise<'created' | 'escalated' | 'reopened' | 'none'> {
  const r = legalAidReminders;
  // Escalation 'due-soon' → 'overdue' is a new notice: it is unread again (the header badge shows it).
  const escalating = sql`(${r.level} = 'due-soon' and excluded.level = 'overdue')`;
  const [result] = await services.db
    .insert(r)
    .values({
      matterId: row.id,
      orgId: row.orgId,
      recipientUserId: recipient.userId,
      recipientRole: recipient.role,
      kind: reminder.kind,
      dueOn: reminder.dueOn,
      level: reminder.level,
      message: reminder.message,
      source: reminder.source,
      createdAt: now,
    })
    .onConflictDoUpdate({
      target: [r.matterId, r.kind, r.dueOn],
      set: {
        level: sql`case when ${escalating} then excluded.level else ${r.level} end`,
        message: sql`case when ${escalating} then excluded.message else ${r.message} end`,
        escalatedAt: sql`case when ${escalating} then excluded.created_at else ${r.escalatedAt} end`,
        readAt: sql`case when ${escalating} then null else ${r.readAt} end`,
        // The same clock running again (a corrected objection resumed the matter): open it again.
        done: false,
      },
      setWhere: or(escalating, eq(r.done, true)),
    })
    .returning({ createdAt: r.createdAt, escalatedAt: r.escalatedAt });
  if (!result) return 'none';
  if (result.createdAt.getTime() === now.getTime()) return 'created';
  return result.escalatedAt?.getTime() === now.getTime() ? 'escalated' : 'reopened';
}

/** Takes 'deem-withdrawn' as the system, in its own transaction, if the matter is still where it was. */
async function deemWithdrawn(services: Services, matterId: string, now: Date): Promise<boolean> {
  return services.db.transaction(async (tx) => {
    const row = await loadMatter(tx, matterId, { forUpdate: true });
    const state = foldLegalAid((await loadLog(tx, row.id)).map((entry) => entry.action));
    const action: LegalAidAction = {
      type: 'deem-withdrawn',
      at: now,
      actor: { id: 'deadline-sweep', role: 'system', name: '期限提醒' },
    };
    const result = applyLegalAidAction(state, action, { expectedVersion: state.version });
    if (!result.ok) return false;
    await appendAction(tx, row.id, action, result.state);
    await settleReminders(tx, row.id, result.state, await loadCalendar(services.db));
    return true;
  });
}

/**
 * One sweep at instant `now` (tests pass a fixed clock). Matters are read in id-ordered batches;
 * each reminder is an idempotent upsert.
 */
export async function sweepLegalAidDeadlines(
  services: Services,
  now: Date,
  options: SweepOptions = {},
): Promise<SweepReport> {
  const within = (options.withinHours ?? 24) * HOUR;
  const today = businessDateOf(now);
  const calendar = await loadCalendar(services.db);
  const report: SweepReport = {
    matters: 0,
    created: 0,
    escalated: 0,
    reopened: 0,
    settled: 0,
    proposals: 0,
    withdrawn: 0,
    failed: [],
  };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await services.db
      .select()
      .from(legalAidMatters)
      .where(and(inArray(legalAidMatters.status, ACTIVE_STATUSES), gt(legalAidMatters.id, after)))
      .orderBy(asc(legalAidMatters.id))
      .limit(BATCH);
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    for (const row of rows) {
      report.matters += 1;
      try {
        await sweepMatter(services, row, now, today, within, calendar, options, report);
      } catch {
        report.failed.push(row.id);
      }
    }
  }
  return report;
}

/** The reminders (and the optional withdrawal) of one matter. */
async function sweepMatter(
  services: Services,
  row: MatterRow,
  now: Date,
  today: string,
  within: number,
  calendar: Awaited<ReturnType<typeof loadCalendar>>,
  options: SweepOptions,
  report: SweepReport,
): Promise<void> {
  const log = (await loadLog(services.db, row.id)).map((entry) => entry.action);
  const state = foldLegalAid(log);
  report.settled += await settleReminders(services.db, row.id, state, calendar);
  for (const deadline of openDeadlines(state, calendar)) {
    const ends = endOf(deadline.dueAt);
    if (ends.getTime() - now.getTime() > within) continue;
    const overdue = now.getTime() >= ends.getTime();
    const outcome = await remind(
      services,
      row,
      {
        kind: deadline.kind,
        dueOn: deadline.dueAt,
        level: overdue ? 'overdue' : 'due-soon',
        message: `${row.number}：${deadline.label}${overdue ? '已逾期' : '即将到期'}（最后一日 ${deadline.dueAt}，${deadline.source}）`,
        source: deadline.source,
      },
      recipientOf(deadline.kind, row, state, log),
      now,
    );
    if (outcome === 'created') report.created += 1;
    if (outcome === 'escalated') report.escalated += 1;
    if (outcome === 'reopened') report.reopened += 1;
  }
  const notice = state.materialsNotice;
  if (state.status === 'materials-requested' && notice && today > notice.dueDate) {
    if (options.autoDeemWithdrawn && (await deemWithdrawn(services, row.id, now))) {
      report.withdrawn += 1;
      return;
    }
    const outcome = await remind(
      services,
      row,
      {
        kind: 'deem-withdrawn-proposal',
        dueOn: notice.dueDate,
        level: 'overdue',
        message: `${row.number}：补充材料期限（${notice.dueDate}）已届满，申请人未补充，建议视为撤回申请`,
        source: '法律援助法 第四十三条第二款',
      },
      { userId: null, role: 'legal-aid-reviewer' },
      now,
    );
    if (outcome === 'created') report.proposals += 1;
  }
}

/** Reminders of a matter, for tests (staff use GET /api/legal-aid/reminders). */
export async function listReminders(services: Services, matterId: string) {
  return services.db
    .select()
    .from(legalAidReminders)
    .where(eq(legalAidReminders.matterId, matterId))
    .orderBy(asc(legalAidReminders.kind), asc(legalAidReminders.dueOn));
}

/** Advisory lock key of the sweep (one instance at a time). */
const SWEEP_LOCK = 7370301;

/**
 * Runs the sweep every `intervalMs` (default one minute) on this instance, skipping a tick when another
 * instance holds the lock or the previous tick is still running. Returns a stop function.
 */
export function startDeadlineSweep(
  services: Services,
  log: { error(obj: unknown, msg?: string): void },
  options: SweepOptions & { intervalMs?: number } = {},
): () => Promise<void> {
  return startLockedInterval(services, log, {
    name: 'legal-aid deadline sweep',
    lockKey: SWEEP_LOCK,
    intervalMs: options.intervalMs ?? 60_000,
    run: () => sweepLegalAidDeadlines(services, services.now(), options),
  });
}
