import { count, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { lawCorpus } from '../db/schema/index';
import { type ImportLawsOptions, importLaws } from './import-laws';

export const libraryStatus = z.object({
  /** `empty`: nothing imported; `importing`: this server is importing; `failed`: its last import failed. */
  state: z.enum(['empty', 'importing', 'ready', 'failed']),
  instruments: z.number().int(),
  articles: z.number().int(),
  importedAt: z.string().nullable(),
  /** While importing: instruments done of total. */
  progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
  message: z.string().nullable(),
});
export type LibraryStatus = z.infer<typeof libraryStatus>;

/** The import running in this process, if any (one per process; instances serialise on an advisory lock). */
const running: {
  progress: { done: number; total: number } | null;
  error: string | null;
  active: boolean;
  backend: number | null;
  abort: AbortController | null;
  done: Promise<void> | null;
} = { progress: null, error: null, active: false, backend: null, abort: null, done: null };

/**
 * Imports the law library in the background after start (`npm start`): the server answers meanwhile, the
 * web page shows the progress, the log prints it. Does nothing when the shipped corpus is already in.
 */
export function startLawImport(
  db: Database,
  say: (line: string) => void,
  options: ImportLawsOptions = {},
): Promise<void> {
  running.active = true;
  running.error = null;
  const abort = new AbortController();
  running.abort = abort;
  const done = importLaws(db, {
    ...options,
    signal: abort.signal,
    onBackend: (pid) => {
      running.backend = pid;
    },
    log: (line) => {
      const done = /已导入 (\d+)\/(\d+)/.exec(line);
      if (done) running.progress = { done: Number(done[1]), total: Number(done[2]) };
      say(line);
    },
  })
    .then(() => undefined)
    .catch((error: unknown) => {
      if (abort.signal.aborted) return say('法律法规库导入已中止，下次启动时重新导入');
      running.error = error instanceof Error ? error.message : String(error);
      say(`法律法规库导入失败：${running.error}`);
    })
    .finally(() => {
      running.active = false;
      running.progress = null;
      running.backend = null;
      running.abort = null;
      running.done = null;
    });
  running.done = done;
  return done;
}

/**
 * Cancels an import under way (server shutdown) and waits for it to end: the running statement is cancelled,
 * the import stops before its next batch, its transaction rolls back, the next start imports again.
 */
export async function cancelLawImport(db: Database): Promise<void> {
  if (!running.active) return;
  const done = running.done;
  running.abort?.abort();
  if (running.backend !== null)
    await db.execute(sql`select pg_cancel_backend(${running.backend})`).catch(() => undefined);
  await done; // the import's connection is back in the pool before the pool and the server stop
}

export async function getLibraryStatus(db: Database): Promise<LibraryStatus> {
  const [corpus] = await db.select().from(lawCorpus);
  const base = {
    instruments: corpus?.instrumentCount ?? 0,
    articles: corpus?.articleCount ?? 0,
    importedAt: corpus?.importedAt.toISOString() ?? null,
  };
  if (running.active)
    return { state: 'importing', ...base, progress: running.progress, message: '法律法规库正在导入' };
  if (running.error && !corpus) return { state: 'failed', ...base, progress: null, message: running.error };
  return { state: corpus ? 'ready' : 'empty', ...base, progress: null, message: null };
}

/** Whether any instrument is in (tests, scripts). */
export async function libraryIsEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(lawCorpus);
  return (row?.n ?? 0) === 0;
}
