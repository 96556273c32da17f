import { sql } from 'drizzle-orm';
import type { Executor } from '../../context';

/**
 * Runs a bulk load the way pg_restore does: the secondary indexes and the foreign keys of `tables` are
 * dropped first and re-created (and the keys validated) afterwards, in one pass each, instead of being
 * maintained row by row; their user triggers are off meanwhile. Primary keys stay (other tables' keys point at them). Meant for the province
 * generator on its own database, inside its transaction: a failure rolls the drop back with the rows.
 */
export async function withoutSecondaryIndexes<T>(
  executor: Executor,
  tables: readonly string[],
  load: () => Promise<T>,
  log: (line: string) => void = () => undefined,
): Promise<T> {
  const list = sql.raw(tables.map((t) => `'${t.replace(/[^a-z_]/g, '')}'`).join(', '));
  const indexes = (
    await executor.execute<{ name: string; def: string }>(sql`
      select i.indexname as name, i.indexdef as def from pg_indexes i
      where i.schemaname = 'public' and i.tablename in (${list})
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.contype in ('p', 'u', 'x'))`)
  ).rows;
  const keys = (
    await executor.execute<{ table: string; name: string; def: string }>(sql`
      select cl.relname as table, c.conname as name, pg_get_constraintdef(c.oid) as def
      from pg_constraint c join pg_class cl on cl.oid = c.conrelid
      join pg_namespace n on n.oid = cl.relnamespace
      where n.nspname = 'public' and c.contype = 'f' and cl.relname in (${list})`)
  ).rows;
  for (const k of keys)
    await executor.execute(sql.raw(`alter table "${k.table}" drop constraint "${k.name}"`));
  for (const i of indexes) await executor.execute(sql.raw(`drop index "${i.name}"`));
  const result = await load();
  let started = performance.now();
  for (const i of indexes) await executor.execute(sql.raw(i.def));
  log(`重建索引 ${indexes.length} 个：${seconds(started)} 秒`);
  started = performance.now();
  for (const k of keys)
    await executor.execute(sql.raw(`alter table "${k.table}" add constraint "${k.name}" ${k.def}`));
  log(`恢复并校验外键 ${keys.length} 个：${seconds(started)} 秒`);
  for (const t of tables) await executor.execute(sql.raw(`alter table "${t}" enable trigger user`));
  return result;
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;
