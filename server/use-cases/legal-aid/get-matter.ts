import { assertCan } from '@core/access';
import { foldLegalAid } from '@core/procedures/legal-aid';
import type { Executor, Services, StaffActor, UseCaseCall } from '../../context';
import { loadCalendar } from '../calendar/load-calendar';
import type { MatterDetail } from './matter-shapes';
import { loadLog, loadMatter, resourceOf } from './matter-store';
import { buildMatterDetail } from './matter-view';

/**
 * The detail of one matter as `actor` sees it (masked personal data), read with `executor`.
 * `afterOwnAction`: the reply to an action the actor was allowed to take, which may have ended their
 * access (a lawyer declining the assignment is no longer assigned): they still get the result of it.
 */
export async function readMatterDetail(
  services: Services,
  executor: Executor,
  actor: StaffActor,
  id: string,
  options: { afterOwnAction?: boolean } = {},
): Promise<MatterDetail> {
  const row = await loadMatter(executor, id);
  if (!options.afterOwnAction) assertCan(actor, 'legal-aid.read', resourceOf(row));
  const log = await loadLog(executor, id);
  const state = foldLegalAid(log.map((entry) => entry.action));
  const calendar = await loadCalendar(services.db);
  return buildMatterDetail(executor, { actor, row, state, log, calendar, now: services.now() });
}

/**
 * One legal-aid matter in the actor's scope (`legal-aid.read`; a lawyer only when assigned to it:
 * core/access `assignedUserIds`), with its deadlines, history, five same-day and the actions this actor
 * may take now. Masked personal data only; income is never in it (see view-sensitive).
 */
export async function getMatter(
  services: Services,
  { actor, input }: UseCaseCall<{ id: string }>,
): Promise<MatterDetail> {
  assertCan(actor, 'legal-aid.read');
  return readMatterDetail(services, services.db, actor, input.id);
}
