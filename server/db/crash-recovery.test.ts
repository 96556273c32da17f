import { type ChildProcess, spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../test/global-setup';

/**
 * Crash safety of the embedded PostgreSQL (README "Crash safety", server/db/embedded.ts), on the real
 * `server/main.ts` in child processes: a SIGKILLed server leaves its postmaster running and the next start
 * replaces it without losing committed data; a second server on the same data directory is refused; a stale
 * lock is taken over. Always on an embedded server, whatever TEST_DATABASE_URL says.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const ADMIN_PASSWORD = 'lawhall2026';
const TIMEOUT = 120_000;

interface Server {
  child: ChildProcess;
  pid: number;
  port: number;
  pgPort: number;
  dataDir: string;
  /** stdout and stderr so far. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children = new Set<ChildProcess>();
const dataDirs: string[] = [];

function newDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lawhall-crash-'));
  dataDirs.push(dir);
  return dir;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'; // a zombie is gone
  } catch {
    return true;
  }
}

async function waitFor(what: string, check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The pid on the first line of `<dataDir>/pg/postmaster.pid`. */
function postmasterPid(dataDir: string): number | undefined {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) ? pid : undefined;
}

/** Whether `pid` is a live PostgreSQL server on `<dataDir>/pg` (it works in its data directory). */
function isPostmasterOf(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readlinkSync(`/proc/${pid}/cwd`) === realpathSync(path.join(dataDir, 'pg'));
  } catch {
    return process.platform !== 'linux'; // no /proc: trust postmaster.pid
  }
}

function lockHolder(dataDir: string): number | undefined {
  const file = path.join(dataDir, 'lawhall.lock');
  return existsSync(file) ? Number.parseInt(readFileSync(file, 'utf8'), 10) : undefined;
}

/** Starts `node --import tsx server/main.ts` on `dataDir`, with the embedded server (no DATABASE_URL). */
async function startServer(dataDir: string, ports?: { port: number; pgPort: number }): Promise<Server> {
  const port = ports?.port ?? (await freePort());
  const pgPort = ports?.pgPort ?? (await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LAWHALL_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LAWHALL_PG_PORT: String(pgPort),
    LAWHALL_DEMO: '1',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  delete env.LAWHALL_SECRET_KEY;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    });
  });
  if (child.pid === undefined) throw new Error('server did not spawn');
  return { child, pid: child.pid, port, pgPort, dataDir, output: () => output, exited };
}

async function health(server: Server): Promise<number> {
  try {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/health`, {
      signal: AbortSignal.timeout(5_000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Waits for GET /api/health 200; fails at once, with the server's output, if the process exits. */
async function waitHealthy(server: Server, timeoutMs = 90_000): Promise<void> {
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void server.exited.then((value) => {
    exit = value;
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await health(server)) === 200) return;
    if (exit)
      throw new Error(`server exited (${exit.code ?? exit.signal}) before healthy:\n${server.output()}`);
    if (Date.now() > deadline)
      throw new Error(`server not healthy after ${timeoutMs} ms:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

interface Session {
  cookie: string;
  csrfToken: string;
}

async function login(server: Server, userAgent: string): Promise<Session> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': userAgent },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  expect(response.status).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('lawhall_session='));
  expect(cookie).toBeDefined();
  return { cookie: cookie!.split(';')[0]!, csrfToken };
}

async function api(server: Server, session: Session, method: string, url: string, body?: unknown) {
  const response = await fetch(`http://127.0.0.1:${server.port}${url}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: () => JSON.parse(text) as unknown, text };
}

/** Rows of audit_log written by requests with `userAgent`, read straight from the embedded server. */
async function auditRows(server: Server, userAgent: string): Promise<string[]> {
  const client = new pg.Client({
    connectionString: `postgres://postgres:lawhall-embedded@127.0.0.1:${server.pgPort}/lawhall`,
  });
  await client.connect();
  try {
    const result = await client.query<{ action: string }>(
      'select action from audit_log where user_agent = $1 order by id',
      [userAgent],
    );
    return result.rows.map((row) => row.action);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  // Servers first (SIGKILL: no shutdown path to wait on), then the postmaster each data directory still has
  // (checked to be one: a pid from postmaster.pid may since name another process), then the directories.
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dataDirs) {
    const pid = postmasterPid(dir);
    if (pid === undefined || !isPostmasterOf(pid, dir)) continue;
    try {
      process.kill(pid, 'SIGINT'); // fast shutdown
      await waitFor(`postmaster ${pid} to stop`, () => !isAlive(pid), 15_000).catch(() => {
        process.kill(pid, 'SIGKILL');
      });
    } catch {
      // gone meanwhile
    }
  }
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('embedded PostgreSQL crash safety (server/main.ts in a child process)', () => {
  it(
    'keeps committed data across a SIGKILL: the orphaned postmaster is stopped and replaced on the next start',
    async () => {
      const dataDir = newDataDir();
      const first = await startServer(dataDir);
      await waitHealthy(first);

      // Commit through the API: a login (session and audit row), and a visible change to a window.
      const marker = `crash-test-${Date.now().toString(36)}`;
      const session = await login(first, marker);
      const windows = await api(first, session, 'GET', '/api/windows');
      expect([200, 404], windows.text).toContain(windows.status); // 404: the windows routes are not there yet
      let renamed: { id: string; name: string } | undefined;
      if (windows.status === 200) {
        const [window] = (windows.json() as { items: { id: string; name: string; version: number }[] }).items;
        expect(window).toBeDefined();
        const name = `崩溃测试窗口${Date.now() % 1000}`;
        const patched = await api(first, session, 'PATCH', `/api/windows/${window!.id}`, {
          version: window!.version,
          name,
        });
        expect(patched.status, patched.text).toBe(200);
        renamed = { id: window!.id, name };
      }
      expect(await auditRows(first, marker)).toContain('auth.login');

      const oldPostmaster = postmasterPid(dataDir);
      expect(oldPostmaster).toBeDefined();
      expect(isAlive(oldPostmaster!)).toBe(true);

      first.child.kill('SIGKILL');
      expect((await first.exited).signal).toBe('SIGKILL');
      // The postmaster outlives its parent (nothing could stop it) and still holds postmaster.pid.
      expect(postmasterPid(dataDir)).toBe(oldPostmaster);
      expect(isPostmasterOf(oldPostmaster!, dataDir)).toBe(true);
      expect(lockHolder(dataDir)).toBe(first.pid); // a lock naming a dead process

      const second = await startServer(dataDir, { port: first.port, pgPort: first.pgPort });
      await waitHealthy(second);
      expect(second.output()).toContain(`发现上次未正常退出的数据库进程（PID ${oldPostmaster}）`);
      expect(isAlive(oldPostmaster!)).toBe(false);
      const newPostmaster = postmasterPid(dataDir);
      expect(newPostmaster).toBeDefined();
      expect(newPostmaster).not.toBe(oldPostmaster);
      expect(isPostmasterOf(newPostmaster!, dataDir)).toBe(true);
      expect(lockHolder(dataDir)).toBe(second.pid);

      // Everything committed before the kill is there: the audit row, the session, the window's new name.
      expect(await auditRows(second, marker)).toContain('auth.login');
      const me = await api(second, session, 'GET', '/api/auth/me');
      expect(me.status).toBe(200);
      expect((me.json() as { user: { username: string } }).user.username).toBe('admin');
      if (renamed) {
        const after = await api(second, session, 'GET', '/api/windows');
        const items = (after.json() as { items: { id: string; name: string }[] }).items;
        expect(items.find((w) => w.id === renamed.id)?.name).toBe(renamed.name);
      }
    },
    TIMEOUT,
  );

  it(
    'refuses a second server on the same data directory, without disturbing the first; SIGTERM then stops cleanly',
    async () => {
      const dataDir = newDataDir();
      const first = await startServer(dataDir);
      await waitHealthy(first);
      const postmaster = postmasterPid(dataDir);

      const startedAt = Date.now();
      const intruder = await startServer(dataDir);
      const { code } = await intruder.exited;
      expect(code).not.toBe(0);
      expect(code).not.toBeNull();
      expect(Date.now() - startedAt).toBeLessThan(60_000);
      expect(intruder.output()).toContain('正在使用数据目录');
      expect(intruder.output()).toContain(`PID ${first.pid}`);

      expect(await health(first)).toBe(200);
      expect(postmasterPid(dataDir)).toBe(postmaster);
      expect(isAlive(postmaster!)).toBe(true);
      expect(lockHolder(dataDir)).toBe(first.pid);

      first.child.kill('SIGTERM');
      expect((await first.exited).code).toBe(0);
      await waitFor('the postmaster to stop', () => !isAlive(postmaster!), 10_000);
      expect(existsSync(path.join(dataDir, 'lawhall.lock'))).toBe(false);
    },
    TIMEOUT,
  );

  it(
    'takes over stale locks: a dead pid, and (Linux) a pid now used by another process, as after a power cut',
    async () => {
      const dataDir = newDataDir();
      // A pid that certainly existed and is now gone: a child that has exited (and been reaped).
      const dead = spawn(process.execPath, ['-e', '']);
      const deadPid = dead.pid!;
      await new Promise((resolve) => dead.on('exit', resolve));
      expect(isAlive(deadPid)).toBe(false);
      writeFileSync(path.join(dataDir, 'lawhall.lock'), String(deadPid));

      const first = await startServer(dataDir);
      await waitHealthy(first);
      expect(lockHolder(dataDir)).toBe(first.pid);
      first.child.kill('SIGTERM');
      expect((await first.exited).code).toBe(0);
      if (process.platform !== 'linux') return; // telling a reused pid apart needs /proc

      // An unrelated live process now has the pid both lock files name: it must not be signalled, and it
      // must not keep lawhall from starting (PostgreSQL alone would refuse: "lock file already exists").
      const bystander = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)']);
      children.add(bystander);
      const pid = bystander.pid!;
      const pgDir = path.join(dataDir, 'pg');
      writeFileSync(path.join(dataDir, 'lawhall.lock'), `${pid}\n00000000-0000-0000-0000-000000000000 1\n`);
      writeFileSync(path.join(pgDir, 'postmaster.pid'), `${pid}\n${pgDir}\n0\n${first.pgPort}\n\n`);

      const second = await startServer(dataDir);
      await waitHealthy(second);
      expect(second.output()).toContain(`PID ${pid} 不是本数据目录的数据库进程`);
      expect(isAlive(pid)).toBe(true);
      expect(lockHolder(dataDir)).toBe(second.pid);
      expect(postmasterPid(dataDir)).not.toBe(pid);
      bystander.kill('SIGKILL');
    },
    TIMEOUT,
  );
});
