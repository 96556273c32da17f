import { AppError, badInput } from '@core/errors';
import { parseUscc } from '@core/identity';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { organisations } from '../../db/schema/index';
import { forgettingSessions } from '../auth/session-cache';
import { assertOrgInScope } from './org-scope-check';
import { type OrganisationItem, organisationFields, toOrganisationItem } from './organisation-item';

export const createOrganisationBody = z.object({
  parentId: z.uuid({ error: '请选择上级机构' }),
  kind: organisationFields.kind,
  name: organisationFields.name,
  shortName: organisationFields.shortName.optional(),
  divisionCode: organisationFields.divisionCode.optional(),
  uscc: organisationFields.uscc.optional(),
  address: organisationFields.address.optional(),
  phone: organisationFields.phone.optional(),
  active: organisationFields.active.optional(),
});
export type CreateOrganisationInput = z.infer<typeof createOrganisationBody>;

/**
 * Normalises and checks a unified social credit code (GB 32100-2015, core/identity parseUscc).
 * Returns the normalised code and its warnings; throws ORG.INVALID_USCC (400, field `uscc`).
 */
export function checkUscc(raw: string | null | undefined): { uscc: string | null; warnings: string[] } {
  if (!raw) return { uscc: null, warnings: [] };
  const parsed = parseUscc(raw);
  if (!parsed.ok) throw badInput('ORG.INVALID_USCC', parsed.message, 'uscc');
  return { uscc: parsed.code, warnings: parsed.warnings };
}

/** ORG.NAME_TAKEN (409): names are unique among the children of one parent. */
export const nameTaken = (name: string) =>
  new AppError('conflict', 'ORG.NAME_TAKEN', `同一上级机构下已有名为“${name}”的机构`, 'name');

/**
 * Creates an organisation under `parentId`, which must be in the actor's scope (ORG.OUT_OF_SCOPE) and
 * active (ORG.PARENT_INACTIVE). A city bureau is the root of the tree and cannot be created here; a
 * county bureau may only sit directly under a city bureau (ORG.KIND_NOT_ALLOWED), since bureaus define
 * scope. The USCC, if given, must pass GB 32100 (ORG.INVALID_USCC); its warnings are returned.
 * Without a division code (GB/T 2260) an organisation other than a county bureau takes its parent's: a
 * service center, agency or firm lies in its bureau's division, and the hardship standard of its legal-aid
 * applications is looked up by it; a warning says so. A county bureau has a division of its own and is
 * left without one rather than given the city's.
 * Writes the row and an `org.create` audit entry in one transaction.
 */
export async function createOrganisation(
  services: Services,
  { actor, input, meta }: UseCaseCall<CreateOrganisationInput>,
): Promise<{ item: OrganisationItem; warnings: string[] }> {
  assertOrgInScope(actor, 'org.manage', input.parentId, 'parentId');
  const checked = checkUscc(input.uscc);
  const { uscc } = checked;
  const warnings = [...checked.warnings];
  if (input.kind === 'city-bureau') {
    throw badInput('ORG.KIND_NOT_ALLOWED', '市司法局是机构树的根，不能新建', 'kind');
  }
  return forgettingSessions(
    services.db,
    services.db.transaction(async (tx) => {
      const [parent] = await tx.select().from(organisations).where(eq(organisations.id, input.parentId));
      if (!parent) throw badInput('ORG.PARENT_NOT_FOUND', '上级机构不存在', 'parentId');
      if (!parent.active)
        throw badInput('ORG.PARENT_INACTIVE', '上级机构已停用，不能在其下新建机构', 'parentId');
      if (input.kind === 'county-bureau' && parent.kind !== 'city-bureau') {
        throw badInput('ORG.KIND_NOT_ALLOWED', '旗县区司法局只能设在市司法局之下', 'kind');
      }
      const inherited =
        (input.divisionCode ?? null) === null && input.kind !== 'county-bureau' ? parent.divisionCode : null;
      if (inherited) warnings.push(`未填写行政区划代码，已沿用上级机构（${parent.name}）的 ${inherited}`);
      const [row] = await tx
        .insert(organisations)
        .values({
          parentId: input.parentId,
          kind: input.kind,
          name: input.name,
          shortName: input.shortName ?? null,
          divisionCode: input.divisionCode ?? inherited ?? null,
          uscc,
          address: input.address ?? null,
          phone: input.phone ?? null,
          active: input.active ?? true,
        })
        .onConflictDoNothing()
        .returning();
      if (!row) throw nameTaken(input.name);
      const item = toOrganisationItem(row);
      await recordAudit(tx, actor, meta, {
        action: 'org.create',
        entityType: 'organisation',
        entityId: item.id,
        orgId: item.id,
        after: item,
      });
      return { item, warnings };
    }),
  );
}
