import { assertCan } from '@core/access';
import { compareZh } from '@core/i18n/collation';
import { and, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { organisations } from '../../db/schema/index';
import { ORG_KINDS } from './org-kinds';
import { type OrganisationItem, organisationItem, toOrganisationItem } from './organisation-item';

export const listOrganisationsQuery = z.object({
  kind: z.enum(ORG_KINDS, { error: '请选择有效的机构类型' }).optional(),
  q: z.string().trim().max(50, '搜索词不能超过 50 个字').optional(),
  active: z.enum(['true', 'false'], { error: '启用状态应为 true 或 false' }).optional(),
});
export type ListOrganisationsInput = z.infer<typeof listOrganisationsQuery>;

/** A list row: the organisation plus its depth in the (scope-relative) tree, 0 for a root. */
export const organisationListItem = organisationItem.extend({ depth: z.number().int() });
export type OrganisationListItem = z.infer<typeof organisationListItem>;

/**
 * The organisations in the actor's scope, tree-ordered (depth first; siblings by kind as listed in
 * ORG_KINDS, then by name in Chinese collation, then id). An organisation whose parent is not in the
 * result (out of scope, or filtered out) is a root. Filters: `kind`, `active`, `q` (name or short name).
 */
export async function listOrganisations(
  services: Services,
  { actor, input }: UseCaseCall<ListOrganisationsInput>,
): Promise<{ items: OrganisationListItem[]; total: number }> {
  assertCan(actor, 'org.read');
  const where: (SQL | undefined)[] = [inArray(organisations.id, [...actor.scopeOrgIds])];
  if (input.kind) where.push(eq(organisations.kind, input.kind));
  if (input.active) where.push(eq(organisations.active, input.active === 'true'));
  if (input.q) {
    const pattern = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(organisations.name, pattern), ilike(organisations.shortName, pattern)));
  }
  const rows = await services.db
    .select()
    .from(organisations)
    .where(and(...where));
  const items = treeOrder(rows.map(toOrganisationItem));
  return { items, total: items.length };
}

const kindRank = (kind: string) => (ORG_KINDS as readonly string[]).indexOf(kind);

function treeOrder(items: OrganisationItem[]): OrganisationListItem[] {
  const ids = new Set(items.map((item) => item.id));
  const children = new Map<string | null, OrganisationItem[]>();
  for (const item of items) {
    const parent = item.parentId && ids.has(item.parentId) ? item.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(item);
    children.set(parent, list);
  }
  const out: OrganisationListItem[] = [];
  const visit = (parent: string | null, depth: number) => {
    const list = (children.get(parent) ?? []).sort(
      (a, b) => kindRank(a.kind) - kindRank(b.kind) || compareZh(a.name, b.name) || (a.id < b.id ? -1 : 1),
    );
    for (const item of list) {
      out.push({ ...item, depth });
      visit(item.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
