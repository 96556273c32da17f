import { ROLE_LABELS, type Role } from '@core/access';
import { badInput } from '@core/errors';
import { fieldWidget } from '@core/procedures/payload-kit';
import type { AnyWindowProcedure } from '@core/procedures/registry';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor, StaffActor } from '../../context';
import { matterParties, users } from '../../db/schema/index';

/**
 * The action whose account field makes the picked account the matter's handler (the clocks' reminders go
 * to them): 人民调解法 第十九条 the mediator chosen or assigned; 公证法 第二十八条 the notary who handles it.
 */
const HANDLER_FIELDS: Record<string, Record<string, string>> = {
  mediation: { 'assign-mediator': 'mediatorUserId' },
  notarization: { accept: 'notaryUserId' },
};

/**
 * Checks the accounts and parties a new action's payload names by id (fields marked `widget: 'account'`
 * / `'party'`, core/procedures/payload-kit.ts), before it is stored:
 * - an account must exist in the actor's scope (400 MATTER.UNKNOWN_HANDLER) and hold the field's role,
 *   active (400 MATTER.ACCOUNT_WRONG_ROLE: '所选账号不是公证员');
 * - a party must be one of this matter's parties (400 MATTER.PARTY_NOT_IN_MATTER).
 * Each error names `payload.<field>`. Stored payloads are not re-checked when a log is folded again.
 * Returns the account that becomes the matter's handler, when the action names one (HANDLER_FIELDS).
 */
export async function checkPayloadReferences(
  tx: Executor,
  actor: StaffActor,
  matter: { id: string; service: string },
  definition: AnyWindowProcedure,
  type: string,
  payload: Record<string, unknown>,
): Promise<string | undefined> {
  if (!Object.hasOwn(definition.payloadSchemas, type)) return undefined;
  const schema = definition.payloadSchemas[type];
  if (!(schema instanceof z.ZodObject)) return undefined;
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const value = payload[key];
    const widget = fieldWidget(field);
    if (typeof value !== 'string' || !widget) continue;
    if (widget.widget === 'account') await checkAccount(tx, actor, value, widget.role, `payload.${key}`);
    if (widget.widget === 'party') await checkParty(tx, matter.id, value, `payload.${key}`);
  }
  const handlerField = HANDLER_FIELDS[matter.service]?.[type];
  const handler = handlerField ? payload[handlerField] : undefined;
  return typeof handler === 'string' ? handler : undefined;
}

/**
 * When the action hands the matter to an account (HANDLER_FIELDS) but none was picked, and the actor
 * holds the field's role (the notary accepting, 公证法 第二十八条; the mediator taking it, 人民调解法
 * 第十九条) while the current handler does not (the clerk who registered the walk-in), the actor becomes
 * the handler, so the clocks remind the one who does the work. Returns undefined when nothing changes.
 */
export async function actorAsHandler(
  tx: Executor,
  actor: StaffActor,
  matter: { service: string; handlerUserId: string | null },
  definition: AnyWindowProcedure,
  type: string,
): Promise<string | undefined> {
  const handlerField = HANDLER_FIELDS[matter.service]?.[type];
  const schema = Object.hasOwn(definition.payloadSchemas, type) ? definition.payloadSchemas[type] : undefined;
  if (!handlerField || !(schema instanceof z.ZodObject)) return undefined;
  const field = (schema.shape as Record<string, z.ZodType>)[handlerField];
  const widget = field ? fieldWidget(field) : undefined;
  const role = widget?.widget === 'account' ? widget.role : undefined;
  if (!role || !(actor.roles as readonly string[]).includes(role)) return undefined;
  if (matter.handlerUserId === actor.userId) return undefined;
  if (matter.handlerUserId) {
    const [current] = await tx
      .select({ roles: users.roles, active: users.active })
      .from(users)
      .where(eq(users.id, matter.handlerUserId));
    if (current?.active && (current.roles as string[]).includes(role)) return undefined;
  }
  return actor.userId;
}

async function checkAccount(
  tx: Executor,
  actor: StaffActor,
  userId: string,
  role: string,
  field: string,
): Promise<void> {
  const [row] = await tx
    .select({ roles: users.roles, active: users.active })
    .from(users)
    .where(and(eq(users.id, userId), inArray(users.orgId, [...actor.scopeOrgIds])));
  if (!row)
    throw badInput(
      'MATTER.UNKNOWN_HANDLER',
      { zh: '找不到该承办人，或不在本辖区', en: 'No such handler in your area' },
      field,
    );
  if (!row.active || !(row.roles as string[]).includes(role)) {
    const label = ROLE_LABELS[role as Role] ?? { zh: role, en: role };
    throw badInput(
      'MATTER.ACCOUNT_WRONG_ROLE',
      {
        zh: `所选账号不是在职的${label.zh}`,
        en: `The account chosen is not an active ${label.en.toLowerCase()}`,
      },
      field,
    );
  }
}

async function checkParty(tx: Executor, matterId: string, partyId: string, field: string): Promise<void> {
  const [row] = await tx
    .select({ id: matterParties.id })
    .from(matterParties)
    .where(and(eq(matterParties.id, partyId), eq(matterParties.matterId, matterId)));
  if (!row)
    throw badInput(
      'MATTER.PARTY_NOT_IN_MATTER',
      { zh: '所选当事人不是本事项的当事人', en: 'The party chosen is not a party to this matter' },
      field,
    );
}
