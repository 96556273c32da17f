import { assertCan } from '@core/access';
import { badInput, notFound, staleVersion } from '@core/errors';
import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, Services, UseCaseCall } from '../../context';
import { organisations } from '../../db/schema/index';
import { forgettingSessions } from '../auth/session-cache';
import { checkUscc, nameTaken } from './create-organisation';
import { BUREAU_KINDS, type OrgKind } from './org-kinds';
import { outOfScope } from './org-scope-check';
import { type OrganisationItem, organisationFields, toOrganisationItem } from './organisation-item';

export const updateOrganisationBody = z.object({
  version: z.number({ error: '缺少版本号' }).int().min(1),
  parentId: z.uuid({ error: '请选择上级机构' }).optional(),
  kind: organisationFields.kind.optional(),
  name: organisationFields.name.optional(),
  shortName: organisationFields.shortName.optional(),
  divisionCode: organisationFields.divisionCode.optional(),
  uscc: organisationFields.uscc.optional(),
  address: organisationFields.address.optional(),
  phone: organisationFields.phone.optional(),
  active: organisationFields.active.optional(),
  reason: z.string().trim().max(500, '原因不能超过 500 个字').optional(),
});
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationBody> & { id: string };

/** Ids of `id` and everything below it. */
async function subtreeIds(executor: Executor, id: string): Promise<Set<string>> {
  const result = await executor.execute<{ id: string }>(sql`
    with recursive down as (
      select id from organisations where id = ${id}
      union all
      select o.id from organisations o join down on o.parent_id = down.id
    )
    select id from down
  `);
  return new Set(result.rows.map((row) => row.id));
}

/**
 * Changes an organisation in the actor's scope (optimistic concurrency on `version`: 409
 * COMMON.STALE_VERSION). Rules: a new parent must be in scope (ORG.OUT_OF_SCOPE), active, and not the
 * organisation itself or below it (ORG.PARENT_CYCLE); the root has no parent (ORG.PARENT_LOCKED); bureau
 * kinds can be neither changed nor given (ORG.KIND_LOCKED), and a county bureau stays under a city
 * bureau; nobody deactivates their own organisation (ORG.SELF_DEACTIVATION); names stay unique among
 * siblings (ORG.NAME_TAKEN). Writes the change and an `org.update` audit entry (before/after) in one
 * transaction; a request that changes nothing writes nothing.
 */
export async function updateOrganisation(
  services: Services,
  { actor, input, meta }: UseCaseCall<UpdateOrganisationInput>,
): Promise<{ item: OrganisationItem; warnings: string[] }> {
  assertCan(actor, 'org.manage');
  const { uscc, warnings } =
    input.uscc === undefined ? { uscc: undefined, warnings: [] } : checkUscc(input.uscc);
  return forgettingSessions(
    services.db,
    services.db.transaction(async (tx) => {
      const [row] = await tx.select().from(organisations).where(eq(organisations.id, input.id));
      if (!row) throw notFound('ORG.NOT_FOUND', '机构不存在');
      if (!actor.scopeOrgIds.includes(row.id)) throw outOfScope();
      if (row.version !== input.version) throw staleVersion('机构');
      const before = toOrganisationItem(row);

      const kind = (input.kind ?? row.kind) as OrgKind;
      if (kind !== row.kind && (BUREAU_KINDS.includes(kind) || BUREAU_KINDS.includes(row.kind as OrgKind))) {
        throw badInput('ORG.KIND_LOCKED', '司法局的机构类型不能修改，其他机构也不能改为司法局', 'kind');
      }
      const parentId = input.parentId ?? row.parentId;
      if (parentId !== row.parentId) {
        if (row.parentId === null)
          throw badInput('ORG.PARENT_LOCKED', '市司法局是机构树的根，不能设置上级机构', 'parentId');
        if (!actor.scopeOrgIds.includes(parentId!)) throw outOfScope('parentId');
        if ((await subtreeIds(tx, row.id)).has(parentId!)) {
          throw badInput('ORG.PARENT_CYCLE', '不能把机构移到它自己或其下级机构之下', 'parentId');
        }
        const [parent] = await tx.select().from(organisations).where(eq(organisations.id, parentId!));
        if (!parent) throw badInput('ORG.PARENT_NOT_FOUND', '上级机构不存在', 'parentId');
        if (!parent.active) throw badInput('ORG.PARENT_INACTIVE', '上级机构已停用，不能移到其下', 'parentId');
        if (kind === 'county-bureau' && parent.kind !== 'city-bureau') {
          throw badInput('ORG.KIND_NOT_ALLOWED', '旗县区司法局只能设在市司法局之下', 'parentId');
        }
      }
      if (input.active === false && row.active && row.id === actor.orgId) {
        throw badInput('ORG.SELF_DEACTIVATION', '不能停用您本人所在的机构', 'active');
      }
      const name = input.name ?? row.name;
      if (name !== row.name || parentId !== row.parentId) {
        const [clash] = await tx
          .select({ id: organisations.id })
          .from(organisations)
          .where(
            and(
              parentId === null
                ? sql`${organisations.parentId} is null`
                : eq(organisations.parentId, parentId),
              eq(organisations.name, name),
              ne(organisations.id, row.id),
            ),
          );
        if (clash) throw nameTaken(name);
      }

      const changes = {
        parentId,
        kind,
        name,
        shortName: input.shortName === undefined ? row.shortName : input.shortName,
        divisionCode: input.divisionCode === undefined ? row.divisionCode : input.divisionCode,
        uscc: uscc === undefined ? row.uscc : uscc,
        address: input.address === undefined ? row.address : input.address,
        phone: input.phone === undefined ? row.phone : input.phone,
        active: input.active ?? row.active,
      };
      if (Object.entries(changes).every(([key, value]) => before[key as keyof typeof changes] === value)) {
        return { item: before, warnings };
      }
      const [updated] = await tx
        .update(organisations)
        .set({ ...changes, version: sql`${organisations.version} + 1`, updatedAt: services.now() })
        .where(and(eq(organisations.id, row.id), eq(organisations.version, input.version)))
        .returning();
      if (!updated) throw staleVersion('机构');
      const item = toOrganisationItem(updated);
      await recordAudit(tx, actor, meta, {
        action: 'org.update',
        entityType: 'organisation',
        entityId: item.id,
        orgId: item.id,
        before,
        after: item,
        reason: input.reason ?? null,
      });
      return { item, warnings };
    }),
  );
}
