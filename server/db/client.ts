import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { backfillNamePinyin } from '../search/backfill-name-pinyin';
import * as schema from './schema/index';

export type Database = NodePgDatabase<typeof schema> & { $client: pg.Pool };
/** A database handle or an open transaction: use cases accept either. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

// Dates (`date` columns) stay `YYYY-MM-DD` strings: business dates never pass through a JS Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// bigint counts fit in a JS number in this application (row counts, audit ids).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

/** Opens a pool on `url` (PostgreSQL 15+) and wraps it in drizzle. */
export function openDatabase(url: string, options: { max?: number } = {}): { db: Database; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 20 });
  pool.on('error', () => undefined); // an idle client lost its server: the next query reconnects
  // A checked-out client that loses its server (e.g. the embedded server stopping on SIGTERM while a query
  // runs) rejects that query; without a listener its 'error' event would also crash the process.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return { db: drizzle(pool, { schema }), pool };
}

/**
 * Applies the committed drizzle-kit migrations, then fills what a migration cannot compute in SQL (the full
 * pinyin of names written before migrations 0011 and 0016: server/search/backfill-name-pinyin.ts). Serialised with an
 * advisory lock so that several server instances starting at once on one PostgreSQL do not race.
 */
export async function migrateDatabase(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock(7370001)');
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder });
    await backfillNamePinyin(db);
  } finally {
    await client.query('select pg_advisory_unlock(7370001)').catch(() => undefined);
    client.release();
  }
}
