import { createHash } from 'node:crypto';
import { is, Param, Placeholder, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from './client';

const dialect = new PgDialect();

const statementName = (text: string) => `lh_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;

/**
 * Runs `query` as a named prepared statement (pg's `{ name, text, values }`): each pooled connection parses
 * and plans it once, then only binds and executes. The name is derived from the statement's text, so two
 * texts never share a name. Returns pg's result rows. Only on the pool (not inside a drizzle transaction).
 * For a statement run at every request, `preparedStatement` also skips building the SQL each time.
 */
export async function executePrepared<T extends Record<string, unknown>>(
  db: Database,
  query: SQL,
): Promise<{ rows: T[] }> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const result = await db.$client.query<T>({ name: statementName(text), text, values: params as unknown[] });
  return { rows: result.rows };
}

/** A statement whose SQL was built once, run with new values (`preparedStatement`). */
export interface PreparedStatement<K extends string> {
  /** Binds `values` (by placeholder name) and runs the statement; pg's result rows. */
  execute<T extends Record<string, unknown>>(
    db: Database,
    values: Record<K, unknown>,
  ): Promise<{ rows: T[] }>;
  /** The SQL text sent to PostgreSQL (`$1`, `$2`… for the values). */
  readonly text: string;
}

/**
 * A named prepared statement built ONCE from drizzle SQL with placeholders (`build` gets one
 * `sql.placeholder` per key), then run with new values at each call: neither drizzle's SQL building
 * (about 50 µs of a kiosk ticket's CPU on the dev VM) nor the name's hash is paid again, and PostgreSQL
 * parses and plans it once per pooled connection, as with executePrepared. Values go to pg as they are
 * (a placeholder bound through a column's encoder gets that encoder). Built at the first call; a key
 * missing from `values` throws (TypeScript catches it first). Only on the pool, not inside a transaction.
 */
export function preparedStatement<const K extends string>(
  keys: readonly K[],
  build: (p: Record<K, Placeholder>) => SQL,
): PreparedStatement<K> {
  let compiled:
    | { name: string; text: string; slots: ((values: Record<K, unknown>) => unknown)[] }
    | undefined;
  const compile = () => {
    if (compiled) return compiled;
    const placeholders = Object.fromEntries(keys.map((key) => [key, sql.placeholder(key)]));
    const { sql: text, params } = dialect.sqlToQuery(
      build(placeholders as unknown as Record<K, Placeholder>),
    );
    const valueNamed = (name: string) => (values: Record<K, unknown>) => {
      if (!(name in values)) throw new Error(`preparedStatement: no value for "${name}"`);
      return values[name as K];
    };
    const slots = params.map((param): ((values: Record<K, unknown>) => unknown) => {
      if (is(param, Placeholder)) return valueNamed(param.name);
      if (is(param, Param) && is(param.value, Placeholder)) {
        const value = valueNamed(param.value.name);
        return (values) => param.encoder.mapToDriverValue(value(values));
      }
      return () => param;
    });
    compiled = { name: statementName(text), text, slots };
    return compiled;
  };
  return {
    get text() {
      return compile().text;
    },
    async execute<T extends Record<string, unknown>>(db: Database, values: Record<K, unknown>) {
      const { name, text, slots } = compile();
      const result = await db.$client.query<T>({ name, text, values: slots.map((slot) => slot(values)) });
      return { rows: result.rows };
    },
  };
}
