import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../config';
import type { Services } from '../context';
import { openDatabase } from '../db/client';
import { createPersonalDataCipher } from '../security/personal-data';
import { withDatabase } from './global-setup';

/**
 * A fresh database for one test file, cloned from the run's template (migrated + bootstrapped).
 * Returns services wired to it and `close()`. `clock.set()` drives `services.now()` for deadline tests.
 */
export async function createTestServices(): Promise<
  Services & { close(): Promise<void>; clock: { set(d: Date | undefined): void }; url: string }
> {
  const { serverUrl, template } = inject('testDatabase');
  const name = `${template.replace('lawhall_tpl_', 'lawhall_t_')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`create database ${name} template ${template}`);
      break;
    } catch (error) {
      // Two files cloning at the same instant may see "source database is being accessed by other users".
      if (attempt >= 10 || (error as { code?: string }).code !== '55006') throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
  await admin.end();
  const url = withDatabase(serverUrl, name);
  const { db, pool } = openDatabase(url, { max: 10 });
  let fixedNow: Date | undefined;
  return {
    db,
    url,
    config: loadConfig(
      {},
      { dataDir: '/nonexistent', demo: false, loginMaxFailures: 5, loginLockMinutes: 15 },
    ),
    cipher: createPersonalDataCipher(Buffer.alloc(32, 7)),
    now: () => fixedNow ?? new Date(),
    clock: {
      set(d) {
        fixedNow = d;
      },
    },
    async close() {
      await pool.end();
      const cleanup = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
