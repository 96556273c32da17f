/**
 * One logged-in session of lawhall's HTTP API (the session cookie and the CSRF token sent with each request),
 * for the replay and simulation scripts. `login` throws on a refused login (status and body in the message);
 * `ok` throws on any status ≥ 300, `call` returns it.
 */
export class ApiSession {
  private cookie = '';
  private csrf = '';
  constructor(private readonly baseUrl: string) {}

  async login(username: string, password: string): Promise<this> {
    const response = await fetch(`${this.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (response.status !== 200)
      throw new Error(`登录失败（${username}）：${response.status} ${await response.text()}`);
    this.csrf = ((await response.json()) as { csrfToken: string }).csrfToken;
    this.cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return this;
  }

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  }

  async ok<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const reply = await this.call<T>(method, path, body);
    if (reply.status >= 300)
      throw new Error(`${method} ${path} → ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  }
}
