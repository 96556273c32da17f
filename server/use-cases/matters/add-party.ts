import { assertCan } from '@core/access';
import { badInput, conflict, staleVersion } from '@core/errors';
import { and, eq, inArray, max } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { MATTER_PARTY_ROLES, matterParties, matters, persons } from '../../db/schema/index';
import { type ConflictWarning, findConflicts } from './conflict-check';
import { loadMatter, resourceOf, THIS_MATTER, UNKNOWN_PERSON } from './matter-store';
import { type MatterDetail, readMatterDetail } from './matter-view';

export const addPartyBody = z.object({
  expectedVersion: z.number({ error: '请提供当前版本号 expectedVersion' }).int().min(1),
  personId: z.uuid({ error: '请选择当事人' }),
  role: z.enum(MATTER_PARTY_ROLES, { error: '请选择当事人身份' }),
});
export type AddPartyInput = z.infer<typeof addPartyBody> & { id: string };

/**
 * POST /api/matters/:id/parties: adds a party (a registered person of the actor's scope, with a role)
 * to a matter already registered — e.g. the other side of a mediation referred from a consultation, so
 * the agreement (人民调解法 第二十九条) names every party. One transaction: locks the matter, checks scope
 * (403), `expectedVersion` (409) and that the matter is open (409 MATTER.CLOSED), refuses a person
 * already a party (400 MATTER.PARTY_EXISTS), bumps the version (the action log's next entry skips that
 * number), audits `matter.add-party`. Returns the matter and the conflict check of all its parties.
 */
export async function addMatterParty(
  services: Services,
  { actor, input, meta }: UseCaseCall<AddPartyInput>,
): Promise<{ item: MatterDetail; warnings: ConflictWarning[] }> {
  assertCan(actor, 'matter.manage');
  return services.db.transaction(async (tx) => {
    const row = await loadMatter(tx, input.id, { forUpdate: true });
    assertCan(actor, 'matter.manage', resourceOf(row));
    if (row.version !== input.expectedVersion) throw staleVersion(THIS_MATTER);
    if (row.closed)
      throw conflict('MATTER.CLOSED', {
        zh: '事项已办结，不能再添加当事人',
        en: 'The matter is closed; no more parties can be added',
      });
    const [person] = await tx
      .select({ id: persons.id, name: persons.name, hash: persons.idNumberHash })
      .from(persons)
      .where(and(eq(persons.id, input.personId), inArray(persons.orgId, [...actor.scopeOrgIds])));
    if (!person) throw badInput('MATTER.UNKNOWN_PERSON', UNKNOWN_PERSON, 'personId');
    const existing = await tx
      .select({ personId: matterParties.personId })
      .from(matterParties)
      .where(eq(matterParties.matterId, row.id));
    if (existing.some((p) => p.personId === person.id))
      throw badInput(
        'MATTER.PARTY_EXISTS',
        {
          zh: `${person.name}已是本事项的当事人`,
          en: 'This person is already a party to the matter',
        },
        'personId',
      );
    const [last] = await tx
      .select({ position: max(matterParties.position) })
      .from(matterParties)
      .where(eq(matterParties.matterId, row.id));
    const at = services.now();
    await tx.insert(matterParties).values({
      matterId: row.id,
      position: (last?.position ?? -1) + 1,
      personId: person.id,
      role: input.role,
      name: person.name,
      idNumberHash: person.hash,
      createdAt: at,
    });
    const version = row.version + 1;
    await tx.update(matters).set({ version, updatedAt: at }).where(eq(matters.id, row.id));
    await recordAudit(tx, actor, meta, {
      action: 'matter.add-party',
      entityType: 'matter',
      entityId: row.id,
      orgId: row.orgId,
      before: { version: row.version },
      after: { version, personId: person.id, role: input.role },
    });
    const parties = await tx
      .select({
        personId: matterParties.personId,
        name: matterParties.name,
        idNumberHash: matterParties.idNumberHash,
        role: matterParties.role,
      })
      .from(matterParties)
      .where(eq(matterParties.matterId, row.id))
      .orderBy(matterParties.position);
    const updated = await loadMatter(tx, row.id);
    return {
      item: await readMatterDetail(tx, actor, updated, at),
      warnings: await findConflicts(tx, actor, parties, row.id),
    };
  });
}
