import { createHash } from 'node:crypto';
import { is, Param, Placeholder, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from './client';

const dialect = new PgDialect();

const statementName = (text: string) => `lh_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;

/** A statement whose SQL was built once, run with new values (`preparedStatement`). */
export interface PreparedStatement<V extends Record<string, unknown>> {
  /** Binds `values` (by placeholder name) and runs the statement; pg's result rows. */
  execute<T extends Record<string, unknown>>(db: Database, values: V): Promise<{ rows: T[] }>;
  /** The SQL text sent to PostgreSQL (`$1`, `$2`… for the values). */
  readonly text: string;
}

/**
 * A named prepared statement (pg's `{ name, text, values }`) built ONCE from drizzle SQL with placeholders
 * (`build` gets `p.x`, the `sql.placeholder('x')` of each value `x` of `V`), then run with new values at each
 * call: neither drizzle's SQL building (about 50 µs of a kiosk ticket's CPU on the dev VM) nor the name's
 * hash is paid again, and PostgreSQL parses and plans it once per pooled connection. The name is derived
 * from the text, so two texts never share a name. Values go to pg as they are (a placeholder bound through a
 * column's encoder gets that encoder). Built at the first call; a value the SQL uses and `values` lacks
 * throws (TypeScript catches it first). Only on the pool, not inside a drizzle transaction.
 */
export function preparedStatement<V extends Record<string, unknown>>(
  build: (p: { readonly [K in keyof V]: Placeholder }) => SQL,
): PreparedStatement<V> {
  let compiled: { name: string; text: string; slots: ((values: V) => unknown)[] } | undefined;
  const compile = () => {
    if (compiled) return compiled;
    // Any property read is the placeholder of that name: the SQL names the values it uses.
    const placeholders = new Proxy({} as { readonly [K in keyof V]: Placeholder }, {
      get: (_, key) => (typeof key === 'string' ? sql.placeholder(key) : undefined),
    });
    const { sql: text, params } = dialect.sqlToQuery(build(placeholders));
    const valueNamed = (name: string) => (values: V) => {
      if (!(name in values)) throw new Error(`preparedStatement: no value for "${name}"`);
      return values[name];
    };
    const slots = params.map((param): ((values: V) => unknown) => {
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
    async execute<T extends Record<string, unknown>>(db: Database, values: V) {
      const { name, text, slots } = compile();
      const result = await db.$client.query<T>({ name, text, values: slots.map((slot) => slot(values)) });
      return { rows: result.rows };
    },
  };
}
