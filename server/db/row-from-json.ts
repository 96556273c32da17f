import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * A row a statement returned as `row_to_json(alias)` (snake_case column names, instants as ISO strings, arrays
 * and jsonb as JSON) as drizzle's select of `table` would give it: each column under its property name,
 * through the column's own driver mapping (timestamps to Date, dates stay `YYYY-MM-DD`). For statements that
 * write and return a whole row in one round trip (call-next.ts). Throws nothing; a missing column is null.
 */
export function rowFromJson<T extends PgTable>(table: T, json: Record<string, unknown>): T['$inferSelect'] {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as T['$inferSelect'];
}
