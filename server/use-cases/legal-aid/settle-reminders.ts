import type { Calendar } from '@core/calendar';
import {
  LEGAL_AID_DEADLINE_LABELS,
  type LegalAidState,
  type LegalAidStatus,
  openDeadlines,
} from '@core/procedures/legal-aid';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../context';
import { legalAidReminders } from '../../db/schema/index';

/** Statuses from which a matter can still be terminated (法律援助法 第四十八条; core toTerminable). */
const TERMINABLE: readonly LegalAidStatus[] = ['granted', 'assigned', 'agreement-signed', 'in-progress'];

/** Whether a reminder of `kind` due on `dueOn` still asks for something on a matter in `state`. */
export function reminderStillOpen(
  kind: string,
  dueOn: string,
  state: LegalAidState,
  open: ReadonlySet<string>,
): boolean {
  if (kind in LEGAL_AID_DEADLINE_LABELS) return open.has(`${kind}|${dueOn}`);
  // 法律援助法 第四十三条第二款: the proposal stands while the matter still waits for the materials.
  if (kind === 'deem-withdrawn-proposal') return state.status === 'materials-requested';
  // 第四十八条、第六十四条: the prompt after a false commitment stands while termination is possible.
  if (kind === 'termination-prompt') return TERMINABLE.includes(state.status);
  return true;
}

/**
 * Marks `done` the open reminders of a matter whose deadline no longer runs in `state` (decided,
 * assigned, signed, withdrawn…), in the caller's transaction: an action that meets a deadline clears
 * its reminder at once, so the header badge and 我的提醒 never show what is already done. Returns the
 * number settled.
 */
export async function settleReminders(
  executor: Executor,
  matterId: string,
  state: LegalAidState,
  calendar: Calendar,
): Promise<number> {
  const pending = await executor
    .select({ id: legalAidReminders.id, kind: legalAidReminders.kind, dueOn: legalAidReminders.dueOn })
    .from(legalAidReminders)
    .where(and(eq(legalAidReminders.matterId, matterId), eq(legalAidReminders.done, false)));
  if (pending.length === 0) return 0;
  const open = new Set(openDeadlines(state, calendar).map((d) => `${d.kind}|${d.dueAt}`));
  const settled = pending.filter((r) => !reminderStillOpen(r.kind, r.dueOn, state, open)).map((r) => r.id);
  if (settled.length === 0) return 0;
  await executor.update(legalAidReminders).set({ done: true }).where(inArray(legalAidReminders.id, settled));
  return settled.length;
}
