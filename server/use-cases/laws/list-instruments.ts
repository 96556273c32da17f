import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { lawInstruments } from '../../db/schema/index';
import { instrumentSummary, lawKindSchema, toInstrumentSummary } from './law-items';

export const listInstrumentsQuery = z.object({
  /** Part of the title or sub-title (literal: `%` and `_` are characters). */
  q: z.string().trim().max(50, '标题关键词不能超过 50 个字').optional(),
  kind: lawKindSchema.optional(),
  status: z.enum(['current', 'superseded'], { error: '效力状态应为 current 或 superseded' }).optional(),
  page: z.coerce.number({ error: '页码应为数字' }).int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce
    .number({ error: '每页条数应为数字' })
    .int()
    .min(1)
    .max(200, '每页最多 200 条')
    .default(20),
});
export type ListInstrumentsInput = z.infer<typeof listInstrumentsQuery>;

export const instrumentList = z.object({
  items: z.array(instrumentSummary),
  total: z.number().int(),
  /** Instruments per kind (the whole library), for the filter. */
  kinds: z.array(z.object({ kind: z.string(), count: z.number().int() })),
});

/**
 * The instruments of the law library in order of authority (laws, regulations, interpretations, rules,
 * cases; superseded versions last), filtered by title, kind and status, paged. Any logged-in staff member.
 */
export async function listInstruments(
  services: Services,
  { input }: Pick<UseCaseCall<ListInstrumentsInput>, 'input'>,
): Promise<z.infer<typeof instrumentList>> {
  const where: SQL[] = [];
  if (input.q)
    where.push(
      sql`strpos(lower(${lawInstruments.title} || ' ' || coalesce(${lawInstruments.subtitle}, '')), ${input.q.toLowerCase()}) > 0`,
    );
  if (input.kind) where.push(eq(lawInstruments.kind, input.kind));
  if (input.status) where.push(eq(lawInstruments.status, input.status));
  const condition = where.length > 0 ? and(...where) : undefined;
  // Independent reads: one round trip's wait instead of three.
  const [[totalRow], rows, kinds] = await Promise.all([
    services.db.select({ n: count() }).from(lawInstruments).where(condition),
    services.db
      .select()
      .from(lawInstruments)
      .where(condition)
      .orderBy(asc(lawInstruments.sortKey), asc(lawInstruments.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    services.db
      .select({
        kind: lawInstruments.kind,
        count: count(),
        first: sql<number>`min(${lawInstruments.sortKey})`,
      })
      .from(lawInstruments)
      .groupBy(lawInstruments.kind)
      .orderBy(sql`3`),
  ]);
  return {
    items: rows.map(toInstrumentSummary),
    total: totalRow?.n ?? 0,
    kinds: kinds.map((k) => ({ kind: k.kind, count: k.count })),
  };
}
