import { and, asc, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { lawyers, persons, users } from '../db/schema/index';
import { namePinyin, staffNamePinyin } from './name-pinyin';

const BATCH = 500;

/**
 * Fills `name_pinyin` of the persons and lawyers written before it existed (migration 0011), and of the staff
 * (migration 0016, backfillStaffNamePinyin), from their
 * names, as the use cases do on every write since. A row is pending when it has pinyin initials but no
 * full pinyin (a name without any letter, e.g. only characters outside the BMP, has neither). Idempotent
 * and cheap once done (one pass over the primary keys finds nothing); each batch is its own statement,
 * keyed by id, so a large table is read once. Run after the migrations (server/db/client.ts).
 */
export async function backfillNamePinyin(db: Pick<Database, 'select' | 'execute'>): Promise<number> {
  let filled = 0;
  for (const table of [persons, lawyers]) {
    for (let after: string | undefined; ; ) {
      const rows = await db
        .select({ id: table.id, name: table.name })
        .from(table)
        .where(
          and(
            isNull(table.namePinyin),
            isNotNull(table.namePinyinInitials),
            after === undefined ? undefined : gt(table.id, after),
          ),
        )
        .orderBy(asc(table.id))
        .limit(BATCH);
      if (rows.length === 0) break;
      const values = rows.map((r) => ({ id: r.id, pinyin: namePinyin(r.name) }));
      // No version bump or updatedAt: a derived search key, not an edit of the record.
      await db.execute(sql`
        update ${table} set name_pinyin = v.pinyin
        from unnest(${sql.param(values.map((v) => v.id))}::uuid[], ${sql.param(values.map((v) => v.pinyin))}::text[])
          as v(id, pinyin)
        where ${table.id} = v.id`);
      filled += rows.length;
      after = rows.at(-1)!.id;
    }
  }
  return filled + (await backfillStaffNamePinyin(db));
}

/**
 * Fills `users.name_pinyin` of the staff written before it existed (migration 0016). A row is pending while
 * the column is null: a name with no letter gets '' (staffNamePinyin), so one pass leaves nothing pending.
 */
async function backfillStaffNamePinyin(db: Pick<Database, 'select' | 'execute'>): Promise<number> {
  let filled = 0;
  for (let after: string | undefined; ; ) {
    const rows = await db
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(and(isNull(users.namePinyin), after === undefined ? undefined : gt(users.id, after)))
      .orderBy(asc(users.id))
      .limit(BATCH);
    if (rows.length === 0) break;
    // No version bump or updatedAt: a derived search key, not an edit of the account.
    await db.execute(sql`
      update ${users} set name_pinyin = v.pinyin
      from unnest(${sql.param(rows.map((r) => r.id))}::uuid[], ${sql.param(rows.map((r) => staffNamePinyin(r.name)))}::text[])
        as v(id, pinyin)
      where ${users.id} = v.id`);
    filled += rows.length;
    after = rows.at(-1)!.id;
  }
  return filled;
}
