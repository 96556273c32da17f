import { and, asc, gt, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import { lawyers, persons, users } from '../db/schema/index';
import { namePinyin, staffNamePinyin } from './name-pinyin';

const BATCH = 500;

/** One table's rows whose `name_pinyin` the backfill fills. */
interface PinyinTarget {
  table: PgTable;
  id: PgColumn;
  name: PgColumn;
  pinyin: PgColumn;
  /** Rows still to fill. */
  pending: SQL;
  /** The stored value for a name. */
  toPinyin: (name: string) => string | null;
}

const TARGETS: PinyinTarget[] = [
  ...[persons, lawyers].map((table) => ({
    table,
    id: table.id,
    name: table.name,
    pinyin: table.namePinyin,
    // A name without any letter (only characters with no reading) has neither form: never pending.
    pending: and(isNull(table.namePinyin), isNotNull(table.namePinyinInitials))!,
    toPinyin: namePinyin,
  })),
  {
    table: users,
    id: users.id,
    name: users.displayName,
    pinyin: users.namePinyin,
    // A name with no letter gets '' (staffNamePinyin), so one pass leaves nothing pending.
    pending: isNull(users.namePinyin),
    toPinyin: staffNamePinyin,
  },
];

/**
 * Fills `name_pinyin` of the rows written before it existed: persons and lawyers (migration 0011), staff
 * (migration 0016), from their names, as the use cases do on every write since. Idempotent and cheap once
 * done (one pass over the primary keys finds nothing); each batch is its own statement, keyed by id, so a
 * large table is read once. Run after the migrations (server/db/client.ts). Returns the rows filled.
 */
export async function backfillNamePinyin(db: Pick<Database, 'select' | 'execute'>): Promise<number> {
  let filled = 0;
  for (const target of TARGETS) {
    for (let after: string | undefined; ; ) {
      const rows = await db
        .select({ id: target.id, name: target.name })
        .from(target.table)
        .where(and(target.pending, after === undefined ? undefined : gt(target.id, after)))
        .orderBy(asc(target.id))
        .limit(BATCH);
      if (rows.length === 0) break;
      const ids = rows.map((r) => r.id as string);
      const values = rows.map((r) => target.toPinyin(r.name as string));
      // No version bump or updatedAt: a derived search key, not an edit of the record.
      await db.execute(sql`
        update ${target.table} set ${sql.identifier(target.pinyin.name)} = v.pinyin
        from unnest(${sql.param(ids)}::uuid[], ${sql.param(values)}::text[]) as v(id, pinyin)
        where ${target.id} = v.id`);
      filled += rows.length;
      after = ids.at(-1);
    }
  }
  return filled;
}
