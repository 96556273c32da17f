/**
 * `npm run laws:import [-- --force]`: imports the shipped law corpus (data-sources/laws/laws.jsonl.gz) into
 * the database, with progress. Idempotent: does nothing when the same corpus is in (unless --force). The
 * database: DATABASE_URL, else the embedded one in LAWHALL_DATA_DIR (./data) — stop `npm start` first, or
 * let the server do it (it imports on start).
 */
import { loadConfig } from '../../server/config';
import { migrateDatabase, openDatabase } from '../../server/db/client';
import { acquireDataDirLock, startEmbeddedDatabase } from '../../server/db/embedded';
import { importLaws } from '../../server/laws/import-laws';

const say = (line: string) => process.stdout.write(`${line}\n`);
const config = loadConfig();
let stop: (() => Promise<void>) | undefined;
let release: (() => void) | undefined;
try {
  let url = config.databaseUrl;
  if (!url) {
    release = acquireDataDirLock(config.dataDir);
    const embedded = await startEmbeddedDatabase({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      log: say,
    });
    stop = embedded.stop;
    url = embedded.url;
  }
  const { db, pool } = openDatabase(url, { max: 2 });
  await migrateDatabase(pool);
  const result = await importLaws(db, { force: process.argv.includes('--force'), log: say });
  if (result.skipped)
    say(`法律法规库已是最新（${result.instruments} 件、${result.articles} 条），无需导入。`);
  await pool.end();
} catch (error) {
  process.stderr.write(`导入失败：${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await stop?.();
  release?.();
}
