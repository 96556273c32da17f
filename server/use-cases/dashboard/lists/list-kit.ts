/** What the lists behind the dashboard's charts share: paging, the page query, instants as text. */
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services } from '../../../context';
import type { DashboardScope } from '../dashboard-scope';

/** A page of a list, or null for every row (exports). */
export type ListPage = { page: number; pageSize: number } | null;

/** Paging of every list behind a chart (api-conventions: stable order, a unique tie-breaker last). */
export const paging = {
  page: z.coerce.number({ error: '页码应为数字' }).int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce
    .number({ error: '每页条数应为数字' })
    .int()
    .min(1)
    .max(200, '每页最多 200 条')
    .default(20),
};
export const uuidField = (what: string) => z.uuid({ error: `${what}编号格式不正确` }).optional();

/**
 * `{ items, total }` of one page, or every row when `page` is null (exports), in `order`; `knownTotal` when
 * the caller has the count already (a period's tickets from the facts).
 */
export async function run<T>(
  services: Services,
  base: SQL,
  order: SQL,
  page: ListPage,
  knownTotal: number | null = null,
): Promise<{ items: T[]; total: number }> {
  const limit = page ? sql` limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}` : sql``;
  const [rows, total] = await Promise.all([
    services.db.execute<Record<string, unknown>>(sql`select * from (${base}) q order by ${order}${limit}`),
    knownTotal === null
      ? services.db.execute<{ n: number }>(sql`select count(*)::int as n from (${base}) q`)
      : { rows: [{ n: knownTotal }] },
  ]);
  return { items: rows.rows as T[], total: total.rows[0]?.n ?? 0 };
}

/** An instant column as ISO 8601 UTC text, whatever the driver's type parsers do. */
export const isoOf = (column: string) =>
  sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
export const iso = (value: unknown) => (value === null || value === undefined ? null : String(value));
export const unitNames = (scope: DashboardScope) => new Map(scope.units.map((u) => [u.id, u.name]));
