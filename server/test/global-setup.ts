import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, openDatabase } from '../db/client';
import { startEmbeddedDatabase } from '../db/embedded';
import { bootstrapDatabase } from '../seed/bootstrap';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server URL whose database part is replaced per test file; `template` is the migrated, bootstrapped template. */
    testDatabase: { serverUrl: string; template: string };
  }
}

/** The admin password of the template database. */
export const TEST_ADMIN_PASSWORD = 'test-admin-pw';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Once per `vitest run`: a PostgreSQL server (TEST_DATABASE_URL, else an embedded one in a temporary
 * directory), and a template database with the migrations and bootstrap data. Each test file clones it
 * (server/test/database.ts).
 */
export default async function setup(project: TestProject) {
  let serverUrl = process.env.TEST_DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let tmpDir: string | undefined;
  if (!serverUrl) {
    tmpDir = mkdtempSync(path.join(os.tmpdir(), 'lawhall-test-'));
    const embedded = await startEmbeddedDatabase({
      dataDir: tmpDir,
      port: await freePort(),
      database: 'postgres',
    });
    serverUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const template = `lawhall_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`create database ${template}`);
  const { db, pool } = openDatabase(withDatabase(serverUrl, template), { max: 2 });
  await migrateDatabase(pool);
  await bootstrapDatabase(db, TEST_ADMIN_PASSWORD);
  await pool.end();
  project.provide('testDatabase', { serverUrl, template });

  return async () => {
    // Drop what this run created (clones are named after the template).
    const leftovers = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like $1`,
      [`${template.replace('lawhall_tpl_', 'lawhall_t_')}%`],
    );
    for (const { datname } of leftovers.rows)
      await admin.query(`drop database if exists ${datname} with (force)`);
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.end();
    await stopEmbedded?.();
    if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
  };
}
