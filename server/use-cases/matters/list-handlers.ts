import { assertCan, ROLES } from '@core/access';
import { and, arrayContains, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { users } from '../../db/schema/index';

/** `?role=` of GET /api/matters/handlers: whose accounts to offer (default `mediator`, for 确定调解员). */
export const listHandlersQuery = z.object({
  role: z.enum(ROLES, { error: '请选择有效的角色' }).default('mediator'),
});
export type ListHandlersQuery = z.infer<typeof listHandlersQuery>;

/** One account a matter can be handed to: its id and display name only (no username, phone or roles). */
export const handlerItem = z.object({ id: z.string(), displayName: z.string() });
export type HandlerItem = z.infer<typeof handlerItem>;

/**
 * GET /api/matters/handlers (matter.read): the active accounts with `role` in the actor's organisation
 * scope, by name — what a clerk picks from when a payload names an account (人民调解 确定调解员:
 * `mediatorUserId`), so nobody types an internal id. The same scope `checkHandler` enforces on the write.
 * At most 500.
 */
export async function listHandlers(
  services: Services,
  { actor, input }: UseCaseCall<ListHandlersQuery>,
): Promise<{ items: HandlerItem[] }> {
  assertCan(actor, 'matter.read');
  const items = await services.db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        arrayContains(users.roles, [input.role]),
        inArray(users.orgId, [...actor.scopeOrgIds]),
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(500);
  return { items };
}
