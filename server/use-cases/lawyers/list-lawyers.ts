import { assertCan } from '@core/access';
import { and, arrayContains, asc, count, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { lawyerSanctions, lawyers, organisations } from '../../db/schema/index';
import { containsPattern } from '../../search/like';
import { nameCondition } from '../../search/name-condition';
import { type LawyerItem, toLawyerItem } from './lawyer-item';

export const listLawyersQuery = z.object({
  page: z.coerce.number({ error: '页码应为数字' }).int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce
    .number({ error: '每页条数应为数字' })
    .int()
    .min(1)
    .max(200, '每页最多 200 条')
    .default(20),
  q: z.string().trim().max(50, '搜索词不能超过 50 个字').optional(),
  team: z.enum(['true', 'false'], { error: '律师团筛选应为 true 或 false' }).optional(),
  active: z.enum(['true', 'false'], { error: '在册状态应为 true 或 false' }).optional(),
  firmId: z.uuid({ error: '律师事务所编号格式不正确' }).optional(),
  orgId: z.uuid({ error: '机构编号格式不正确' }).optional(),
  specialty: z.string().trim().max(20, '专长不能超过 20 个字').optional(),
});
export type ListLawyersInput = z.infer<typeof listLawyersQuery>;

/**
 * Lawyers of the rosters in the actor's scope, paged, ordered by the name's full pinyin syllable by syllable
 * (the stored `name_pinyin`, surnames in their surname reading: 李云 'li yun' before 林安 'lin an', 曾小贤 'zeng
 * …' before 张三 'zhang …'; byte order, so the space between syllables sorts first whatever the database's
 * collation), then its initials (a row the start-up backfill has still to give its full pinyin), name, id.
 * Filters: `team`, `active`, `firmId`, `orgId`, `specialty` (exact), and `q`, which matches the name
 * (substring), its pinyin (full, initials or a mixture from any syllable, case-insensitive: 'zzy',
 * 'zhouzy', 'zhou zhi yuan', 'zhiyuan', 'zy' find 周志远; core/identity name-pinyin) or the licence number
 * (substring).
 * What the user types is literal: `%` and `_` are escaped. Phones are masked.
 */
export async function listLawyers(
  services: Services,
  { actor, input }: UseCaseCall<ListLawyersInput>,
): Promise<{ items: LawyerItem[]; total: number }> {
  assertCan(actor, 'lawyer.read');
  const where: (SQL | undefined)[] = [inArray(lawyers.orgId, [...actor.scopeOrgIds])];
  if (input.orgId) where.push(eq(lawyers.orgId, input.orgId));
  if (input.team) where.push(eq(lawyers.teamMember, input.team === 'true'));
  if (input.active) where.push(eq(lawyers.active, input.active === 'true'));
  if (input.firmId) where.push(eq(lawyers.firmId, input.firmId));
  if (input.specialty) where.push(arrayContains(lawyers.specialties, [input.specialty]));
  if (input.q) {
    where.push(
      or(
        nameCondition({ name: lawyers.name, pinyin: lawyers.namePinyin }, input.q),
        like(lawyers.licenceNo, containsPattern(input.q)),
      ),
    );
  }
  const condition = and(...where);
  const [totalRow] = await services.db.select({ n: count() }).from(lawyers).where(condition);
  const sanctionCount = sql<number>`(select count(*)::int from ${lawyerSanctions} where ${lawyerSanctions.lawyerId} = ${lawyers.id})`;
  const rows = await services.db
    .select({ lawyer: lawyers, firmName: organisations.name, sanctionCount })
    .from(lawyers)
    .leftJoin(organisations, eq(organisations.id, lawyers.firmId))
    .where(condition)
    .orderBy(
      sql`${lawyers.namePinyin} collate "C" asc nulls last`,
      sql`${lawyers.namePinyinInitials} collate "C" asc nulls last`,
      asc(lawyers.name),
      asc(lawyers.id),
    )
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return {
    items: rows.map((r) => toLawyerItem(r.lawyer, { firmName: r.firmName, sanctionCount: r.sanctionCount })),
    total: totalRow?.n ?? 0,
  };
}
