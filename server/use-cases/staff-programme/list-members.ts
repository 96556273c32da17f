import { assertCan } from '@core/access';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { audienceMembers, homeBureauOf } from './programme-scope';

export const listMembersQuery = z.object({
  q: z.string().trim().max(50, '搜索内容不能超过 50 个字').optional(),
});
export const memberOption = z.object({
  id: z.string(),
  displayName: z.string(),
  /** The member's unit (e.g. 包头市公共法律服务中心). */
  unit: z.string(),
});
export const memberOptions = z.object({ items: z.array(memberOption) });

/** At most this many members in one reply: the picker searches by name. */
const LIMIT = 50;

/**
 * The staff of the actor's own bureau the programme covers (audienceMembers: its units, not other bureaus,
 * not law firms), by name, for pickers: 分办 an opinion, record a talk. `q` matches the name (a literal
 * substring: `%` and `_` are characters). `study.participate` (every member may see who their colleagues
 * are; no personal data beyond the name and unit).
 */
export async function listMembers(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof listMembersQuery>>,
): Promise<z.infer<typeof memberOptions>> {
  assertCan(actor, 'study.participate');
  const bureau = await homeBureauOf(services.db, actor);
  const members = await audienceMembers(services.db, { audienceOrgId: bureau.id, partyMembersOnly: false });
  const q = input.q ?? '';
  return {
    items: members
      .filter((m) => m.displayName.includes(q))
      .slice(0, LIMIT)
      .map((m) => ({ id: m.id, displayName: m.displayName, unit: m.unit })),
  };
}
