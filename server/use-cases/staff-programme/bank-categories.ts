import { assertCan } from '@core/access';
import { compareZh } from '@core/i18n/collation';
import { QUESTION_KINDS, type QuestionKind } from '@core/staff-programme/vocabulary';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { questions } from '../../db/schema/index';
import { ancestorOrgIds } from './list-plans';
import { homeBureauOf } from './programme-scope';

export const bankCategoriesReply = z.object({
  items: z.array(
    z.object({
      category: z.string(),
      /** Active questions of each kind in the category. */
      counts: z.record(z.enum(QUESTION_KINDS), z.number().int()),
      total: z.number().int(),
    }),
  ),
});

/**
 * The categories a new paper of the actor's bureau can draw from: those of the active questions in the
 * bank of the bureau and the bureaus above it (the bank setPaperStatus draws from), with how many
 * questions of each kind each holds, by name. `study.manage`.
 */
export async function bankCategories(
  services: Services,
  { actor }: UseCaseCall<Record<string, never>>,
): Promise<z.infer<typeof bankCategoriesReply>> {
  assertCan(actor, 'study.manage');
  const bureau = await homeBureauOf(services.db, actor);
  const rows = await services.db
    .select({ category: questions.category, kind: questions.kind })
    .from(questions)
    .where(
      and(inArray(questions.orgId, await ancestorOrgIds(services.db, bureau.id)), eq(questions.active, true)),
    );
  const byCategory = new Map<string, Record<QuestionKind, number>>();
  for (const { category, kind } of rows) {
    if (!category) continue;
    const counts = byCategory.get(category) ?? { single: 0, multiple: 0, 'true-false': 0 };
    counts[kind as QuestionKind] += 1;
    byCategory.set(category, counts);
  }
  return {
    items: [...byCategory]
      .sort(([a], [b]) => compareZh(a, b))
      .map(([category, counts]) => ({
        category,
        counts,
        total: counts.single + counts.multiple + counts['true-false'],
      })),
  };
}
