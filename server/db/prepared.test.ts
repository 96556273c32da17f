import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices } from '../test/database';
import { preparedStatement } from './prepared';
import { organisations } from './schema/index';

/** server/db/prepared.ts on a real database: the statement built once, values bound by name. */
describe('preparedStatement', () => {
  let services: Awaited<ReturnType<typeof createTestServices>>;
  beforeAll(async () => {
    services = await createTestServices();
  });
  afterAll(() => services?.close());

  it('builds the SQL once and binds new values by placeholder name at every call', async () => {
    let builds = 0;
    const statement = preparedStatement<{ a: number; b: number }>((p) => {
      builds += 1;
      return sql`select ${p.a}::int + ${p.b}::int as sum, ${p.a}::int * 10 as tenfold, ${'k'}::text as fixed`;
    });
    const first = await statement.execute<{ sum: number; tenfold: number; fixed: string }>(services.db, {
      a: 2,
      b: 3,
    });
    const second = await statement.execute<{ sum: number; tenfold: number; fixed: string }>(services.db, {
      a: 40,
      b: 2,
    });
    expect(first.rows).toEqual([{ sum: 5, tenfold: 20, fixed: 'k' }]);
    expect(second.rows).toEqual([{ sum: 42, tenfold: 400, fixed: 'k' }]);
    expect(builds).toBe(1);
    // The same placeholder used twice is two parameters, both bound; a constant stays a parameter too.
    expect(statement.text).toBe(
      'select $1::int + $2::int as sum, $3::int * 10 as tenfold, $4::text as fixed',
    );
  });

  it('binds arrays and nulls as they are, and a placeholder compared with a column through its encoder', async () => {
    const statement = preparedStatement<{ kind: string; names: string[] | null }>(
      (p) =>
        sql`select count(*)::int as n, ${p.names}::text[] as names from ${organisations} where ${eq(organisations.kind, p.kind)}`,
    );
    const [expected] = (
      await services.db.execute<{ n: number }>(
        sql`select count(*)::int as n from organisations where kind = 'city-bureau'`,
      )
    ).rows;
    const { rows } = await statement.execute<{ n: number; names: string[] | null }>(services.db, {
      kind: 'city-bureau',
      names: ['包头市司法局', "O'Brien"],
    });
    expect(rows).toEqual([{ n: expected?.n, names: ['包头市司法局', "O'Brien"] }]);
    const none = await statement.execute<{ n: number; names: string[] | null }>(services.db, {
      kind: 'no-such-kind',
      names: null,
    });
    expect(none.rows).toEqual([{ n: 0, names: null }]);
  });

  it('refuses a call without one of its values, before sending anything', async () => {
    const statement = preparedStatement<{ a: number }>((p) => sql`select ${p.a}::int as a`);
    await expect(statement.execute(services.db, {} as { a: number })).rejects.toThrow(/no value for "a"/);
  });
});
