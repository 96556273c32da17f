import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from './client';

const dialect = new PgDialect();

/**
 * Runs `query` as a named prepared statement (pg's `{ name, text, values }`): each pooled connection parses
 * and plans it once, then only binds and executes. For the hottest statements (issuing a ticket) whose
 * planning costs more than their execution. The name is derived from the statement's text, so two texts
 * never share a name. Returns pg's result rows. Only on the pool (not inside a drizzle transaction).
 */
export async function executePrepared<T extends Record<string, unknown>>(
  db: Database,
  query: SQL,
): Promise<{ rows: T[] }> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const name = `lh_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
  const result = await db.$client.query<T>({ name, text, values: params as unknown[] });
  return { rows: result.rows };
}
