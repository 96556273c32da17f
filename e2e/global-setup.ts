import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM script without type declarations
import { ensureWebBuilt } from '../scripts/build-web.mjs';
import { freePort, withDatabase } from '../server/test/global-setup';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the real server the browser tests drive (demo data loaded). */
    e2eBaseUrl: string;
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the web app, then starts the real server (`server/main.ts`) with demo data on a free port:
 * on a fresh embedded database in a temporary data dir, or on a fresh database of TEST_DATABASE_URL.
 */
export default async function setup(project: TestProject) {
  ensureWebBuilt();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lawhall-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LAWHALL_DATA_DIR: dataDir,
    LAWHALL_PG_PORT: String(await freePort()),
    LAWHALL_DEMO: '1',
    LOG_LEVEL: 'warn',
    // /api/test/* (server/routes/test-api.ts): the server clock and the SMS outbox, for e2e/citizen.test.ts.
    LAWHALL_TEST_API: '1',
  };
  let dropDatabase: (() => Promise<void>) | undefined;
  if (process.env.TEST_DATABASE_URL) {
    const name = `lawhall_e2e_${process.pid}`;
    const admin = new pg.Client({
      connectionString: withDatabase(process.env.TEST_DATABASE_URL, 'postgres'),
    });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    await admin.end();
    env.DATABASE_URL = withDatabase(process.env.TEST_DATABASE_URL, name);
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: withDatabase(process.env.TEST_DATABASE_URL!, 'postgres') });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  server.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`server did not become ready:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await waitForLawLibrary(baseUrl, server, () => output);
  project.provide('e2eBaseUrl', baseUrl);

  return async () => {
    server.kill('SIGINT');
    await new Promise((resolve) => server.once('exit', resolve));
    await dropDatabase?.();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

/**
 * The server imports the law library in the background on its first start (server/laws/library-status.ts).
 * Tests start once it is in, so that the import's load does not slow the other journeys' timed steps.
 */
async function waitForLawLibrary(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'lawhall2026' }),
  });
  if (!login.ok) throw new Error(`admin login failed: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited early:\n${output()}`);
    const status = (await (await fetch(`${baseUrl}/api/laws/status`, { headers: { cookie } })).json()) as {
      state: string;
    };
    if (status.state === 'ready') return;
    if (status.state === 'failed' || Date.now() > deadline)
      throw new Error(`law library import: ${JSON.stringify(status)}\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
