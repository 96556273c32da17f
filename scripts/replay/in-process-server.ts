import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The simulated clock of an in-process server (undefined = real time). */
export interface Clock {
  set(at: Date | undefined): void;
}

/** Starts lawhall in-process on a temporary embedded PostgreSQL with demo data and a settable clock. */
export async function startInProcess(log: (line: string) => void) {
  const { buildApp } = await import('../../server/app');
  const { loadConfig } = await import('../../server/config');
  const { migrateDatabase, openDatabase } = await import('../../server/db/client');
  const { startEmbeddedDatabase } = await import('../../server/db/embedded');
  const { createPersonalDataCipher } = await import('../../server/security/personal-data');
  const { bootstrapDatabase } = await import('../../server/seed/bootstrap');
  const { DEMO_PASSWORD, loadDemoData } = await import('../../server/seed/demo');
  const { freePort } = await import('../../server/test/global-setup');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lawhall-simulate-'));
  log(`未发现运行中的服务，在本进程内启动（临时数据目录 ${dataDir}）……`);
  const embedded = await startEmbeddedDatabase({ dataDir, port: await freePort() });
  const { db, pool } = openDatabase(embedded.url);
  await migrateDatabase(pool);
  let simulated: Date | undefined;
  const services = {
    db,
    config: loadConfig({}, { dataDir, demo: true }),
    cipher: createPersonalDataCipher(Buffer.alloc(32, 3)),
    now: () => simulated ?? new Date(),
  };
  const orgIds = await bootstrapDatabase(db, DEMO_PASSWORD);
  if (orgIds) await loadDemoData(services, orgIds, (line) => log(`  ${line}`));
  const app = await buildApp({ services, serveWeb: false });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const clock: Clock = {
    set(at) {
      simulated = at;
    },
  };
  return {
    baseUrl: address,
    clock,
    async stop() {
      await app.close();
      await pool.end();
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function reachable(baseUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}
