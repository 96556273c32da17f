import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { openDatabase } from '../db/client';
import { QUEUE_CHANNEL, queueGeneration } from '../realtime/queue-events';
import { buildTestApp, TEST_PASSWORD, type TestApp } from '../test/app';

/**
 * The session cache across two server instances on one database, each with its own pool (so its own cache):
 * a session is resolved without the database while LISTEN is up, and every change to sessions, accounts or
 * organisations, by any instance or by plain SQL, reaches both (migration 0018's NOTIFY).
 */
let t: TestApp;
let second: FastifyInstance;
let secondPool: pg.Pool;
let sql: pg.Client;

beforeAll(async () => {
  t = await buildTestApp();
  const opened = openDatabase(t.services.url, { max: 4 });
  secondPool = opened.pool;
  second = await buildApp({ services: { ...t.services, db: opened.db }, serveWeb: false });
  await second.ready();
  sql = new pg.Client({ connectionString: t.services.url });
  await sql.connect();
});
afterAll(async () => {
  await sql?.end();
  await second?.close();
  await secondPool?.end();
  await t?.close();
});

async function until(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Logs a new clerk in on the first instance; returns the cookie, a GET /api/auth/me on either, and whether
 * that instance still knows the session (GET /api/auth/me answers 200 either way, `user: null` without one).
 */
async function clerkSession() {
  const staff = await t.createStaff({ roles: ['window-clerk'] });
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: staff.username, password: TEST_PASSWORD },
  });
  expect(login.statusCode, login.body).toBe(200);
  const cookie = login.cookies.find((c) => c.name === 'lawhall_session')!.value;
  const csrfToken = (login.json() as { csrfToken: string }).csrfToken;
  const me = (app: FastifyInstance) =>
    app.inject({ method: 'GET', url: '/api/auth/me', cookies: { lawhall_session: cookie } });
  const signedIn = async (app: FastifyInstance) => {
    const response = await me(app);
    if (response.statusCode !== 200)
      throw new Error(`GET /api/auth/me: ${response.statusCode} ${response.body}`);
    return (response.json() as { user: unknown }).user !== null;
  };
  return { staff, cookie, csrfToken, me, signedIn };
}

/** Runs `statement` with the triggers off (replica role): a change nobody is told about. */
async function unannounced(statement: string, values: unknown[]) {
  await sql.query('begin');
  await sql.query('set local session_replication_role = replica');
  await sql.query(statement, values);
  await sql.query('commit');
}

describe('session cache', () => {
  it('serves a resolved session without reading it again while LISTEN is up', async () => {
    const { staff, signedIn } = await clerkSession();
    expect(await signedIn(second)).toBe(true); // read and cached by the second instance
    await unannounced('delete from sessions where user_id = $1', [staff.id]);
    // No notice: the second instance still knows the session, the first re-reads and finds none.
    expect(await signedIn(second)).toBe(true);
    // The first instance has not cached it (its login does not resolve a cookie): it reads, and finds none.
    expect(await signedIn(t.app)).toBe(false);
  });

  it('a logout on one instance ends the session on the other at once after the notice', async () => {
    const { cookie, csrfToken, signedIn } = await clerkSession();
    expect(await signedIn(second)).toBe(true);
    expect(await signedIn(t.app)).toBe(true);
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: { lawhall_session: cookie },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(logout.statusCode).toBe(200);
    expect(await signedIn(t.app)).toBe(false); // this instance forgot at commit
    await until(async () => !(await signedIn(second)));
  });

  it('an account deactivated or given other roles by plain SQL takes effect on both instances', async () => {
    const { staff, me, signedIn } = await clerkSession();
    expect((await me(second)).json().user.roles).toEqual(['window-clerk']);
    expect((await me(t.app)).json().user.roles).toEqual(['window-clerk']);
    await sql.query(`update users set roles = '{window-clerk,mediator}' where id = $1`, [staff.id]);
    for (const app of [t.app, second])
      await until(async () => (await me(app)).json().user.roles.includes('mediator'));
    await sql.query('update users set active = false where id = $1', [staff.id]);
    for (const app of [t.app, second]) await until(async () => !(await signedIn(app)));
  });

  it('an update of login counters is no notice; a new organisation in the bureau widens the scope', async () => {
    const { staff, signedIn } = await clerkSession();
    expect(await signedIn(second)).toBe(true);
    await unannounced('delete from sessions where user_id = $1', [staff.id]);
    await sql.query('update users set failed_logins = 1, last_login_at = now() where id = $1', [staff.id]);
    // Notices arrive in commit order: once this later marker is heard, a notice of the update would have been.
    const marker = crypto.randomUUID();
    await sql.query('select pg_notify($1, $2)', [
      QUEUE_CHANNEL,
      JSON.stringify({ type: 'board', orgId: marker }),
    ]);
    await until(async () => queueGeneration(marker) > 0);
    expect(await signedIn(second)).toBe(true);

    const other = await clerkSession();
    const scope = async (app: FastifyInstance) => (await other.me(app)).json().scopeOrgIds as string[];
    expect(await scope(second)).toContain(await t.orgId('包头市公共法律服务中心'));
    const created = await sql.query<{ id: string }>(
      `insert into organisations (parent_id, kind, name) values ($1, 'service-center', '测试新设中心') returning id`,
      [await t.orgId('包头市司法局')],
    );
    const newId = created.rows[0]!.id;
    for (const app of [t.app, second]) await until(async () => (await scope(app)).includes(newId));
    expect(await signedIn(second)).toBe(false); // the same notice dropped the first clerk's cached session
  });

  it('without a LISTEN connection every request reads the session again', async () => {
    const { staff, signedIn } = await clerkSession();
    await second.queueEvents.stop();
    try {
      expect(await signedIn(second)).toBe(true);
      await unannounced('delete from sessions where user_id = $1', [staff.id]);
      expect(await signedIn(second)).toBe(false);
    } finally {
      await second.queueEvents.start();
    }
  });
});
