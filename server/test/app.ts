import type { Role } from '@core/access';
import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { organisations, users } from '../db/schema/index';
import { staffNamePinyin } from '../search/name-pinyin';
import { createTestServices } from './database';

const PASSWORD = 'Test-pw-2026';
let cachedHash: string | undefined;

export type TestServices = Awaited<ReturnType<typeof createTestServices>>;

/** A logged-in client: requests carry the session cookie and the CSRF header. */
export interface TestClient {
  userId: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  services: TestServices;
  /** Organisation id by name (e.g. '包头市司法局', '东河区司法局', '包头市公共法律服务中心'). */
  orgId(name: string): Promise<string>;
  /** Creates a staff user with `roles` in the organisation named `orgName` (default 包头市公共法律服务中心). */
  createStaff(options: {
    roles: Role[];
    orgName?: string;
    username?: string;
    displayName?: string;
    /** When the account was created; default 2020-01-01 (test staff existed before any test clock). */
    createdAt?: Date;
  }): Promise<{ id: string; username: string }>;
  /** Logs in (creating the user first when `roles` are given) and returns a client. */
  login(
    options: { username: string; password?: string } | { roles: Role[]; orgName?: string },
  ): Promise<TestClient>;
  close(): Promise<void>;
}

let counter = 0;

/** A real app (`buildApp`) on a fresh database for one test file. Call `close()` in afterAll. */
export async function buildTestApp(): Promise<TestApp> {
  const services = await createTestServices();
  const app = await buildApp({ services, serveWeb: false });
  await app.ready();

  const orgId = async (name: string) => {
    const [row] = await services.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.name, name));
    if (!row) throw new Error(`no organisation named ${name}`);
    return row.id;
  };

  const createStaff: TestApp['createStaff'] = async ({
    roles,
    orgName = '包头市公共法律服务中心',
    username,
    displayName,
    createdAt = new Date('2020-01-01T00:00:00Z'),
  }) => {
    cachedHash ??= await hash(PASSWORD);
    counter += 1;
    const name = username ?? `${roles.join('_')}_${counter}_${Math.random().toString(36).slice(2, 6)}`;
    const shown = displayName ?? `测试${roles[0] ?? ''}${counter}`;
    const [row] = await services.db
      .insert(users)
      .values({
        orgId: await orgId(orgName),
        username: name,
        displayName: shown,
        namePinyin: staffNamePinyin(shown),
        passwordHash: cachedHash,
        roles,
        createdAt,
        updatedAt: createdAt,
      })
      .returning({ id: users.id });
    return { id: row!.id, username: name };
  };

  const login: TestApp['login'] = async (options) => {
    let username: string;
    let password = PASSWORD;
    if ('roles' in options) {
      username = (await createStaff({ roles: options.roles, orgName: options.orgName })).username;
    } else {
      username = options.username;
      password = options.password ?? PASSWORD;
    }
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
    });
    if (response.statusCode !== 200) throw new Error(`login failed for ${username}: ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'lawhall_session');
    const { csrfToken } = response.json() as { csrfToken: string };
    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { lawhall_session: cookie!.value },
    });
    const userId = (me.json() as { user: { id: string } }).user.id;
    const request = (opts: InjectOptions) =>
      app.inject({
        ...opts,
        cookies: { ...(opts.cookies ?? {}), lawhall_session: cookie!.value },
        headers: { 'x-csrf-token': csrfToken, ...(opts.headers ?? {}) },
      });
    const withBody = (method: InjectOptions['method']) => (url: string, body?: unknown) =>
      request({ method, url, ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }) });
    return {
      userId,
      request,
      get: (url) => request({ method: 'GET', url }),
      post: withBody('POST'),
      put: withBody('PUT'),
      patch: withBody('PATCH'),
      delete: withBody('DELETE'),
    };
  };

  return {
    app,
    services,
    orgId,
    createStaff,
    login,
    async close() {
      await app.close();
      await services.close();
    },
  };
}

export { PASSWORD as TEST_PASSWORD };
