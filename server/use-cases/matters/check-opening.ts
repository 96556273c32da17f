import { assertCan } from '@core/access';
import { type LateApplicationWarning, lateApplicationWarnings } from '@core/procedures/late-application';
import { MATTER_SERVICES } from '@core/procedures/registry';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { loadCalendar } from '../calendar/load-calendar';
import { foldOpening } from './open-matter';

export const checkOpeningBody = z.object({
  service: z.enum(MATTER_SERVICES, { error: '请选择办理窗口（服务）' }),
  /** The opening action's payload, as the registration form would send it. */
  payload: z.record(z.string(), z.unknown()).default({}),
});
export type CheckOpeningInput = z.infer<typeof checkOpeningBody>;

/**
 * POST /api/matters/opening-check: what registering this opening payload now would warn of, without
 * writing anything — the application made after a statutory limit had passed (劳动争议调解仲裁法 第二十七条
 * per claim; 行政复议法 第二十条、第二十一条). The payload gets the same checks as the registration itself
 * (400 with the field), so the form learns both before it submits. Read-only: nothing is audited.
 */
export async function checkOpening(
  services: Services,
  { actor, input }: UseCaseCall<CheckOpeningInput>,
): Promise<{ warnings: LateApplicationWarning[] }> {
  assertCan(actor, 'matter.manage', { orgId: actor.orgId });
  const calendar = await loadCalendar(services.db);
  const { state } = foldOpening(actor, input.service, input.payload, services.now(), calendar);
  return { warnings: lateApplicationWarnings(input.service, state) };
}
