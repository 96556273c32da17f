import { type Browser, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's chromium, headless, with the flags this machine's closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export function baseUrl(): string {
  return inject('e2eBaseUrl');
}

/** Opens the login page and signs in with a demo account (password lawhall2026). */
export async function loginAs(page: Page, username: string, password = 'lawhall2026'): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * Picks `option` in the antd Select labelled `label` and waits until the Select shows it. A click that
 * lands while the dropdown is still opening (a busy machine) can leave the value unchosen: then it opens the
 * dropdown again, up to three tries.
 */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  // The Select around the labelled combobox input (in a form item or not).
  const shown = select.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  for (let attempt = 1; ; attempt++) {
    await select.click();
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
    try {
      await shown.filter({ hasText: option }).waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** A logged-in API client for checks beside the UI (cookie + CSRF token, like the web app's client). */
export interface ApiSession {
  get<T>(path: string): Promise<T>;
  send<T>(
    method: 'POST' | 'PATCH' | 'DELETE',
    path: string,
    body: unknown,
  ): Promise<{ status: number; body: T }>;
}

/** Logs in through POST /api/auth/login and returns a client carrying the session cookie and CSRF token. */
export async function apiSession(username: string, password = 'lawhall2026'): Promise<ApiSession> {
  const response = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok)
    throw new Error(`login as ${username} failed: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return {
    async get<T>(path: string) {
      const reply = await fetch(`${baseUrl()}${path}`, { headers: { cookie, accept: 'application/json' } });
      if (!reply.ok) throw new Error(`GET ${path}: ${reply.status} ${await reply.text()}`);
      return (await reply.json()) as T;
    },
    async send<T>(method: 'POST' | 'PATCH' | 'DELETE', path: string, body: unknown) {
      const reply = await fetch(`${baseUrl()}${path}`, {
        method,
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify(body),
      });
      return { status: reply.status, body: (await reply.json()) as T };
    },
  };
}

/** A staff API session (cookie + CSRF token) for the set-up the UI does not cover
 * (GET, POST, PUT, PATCH; throws with the status and body on any non-2xx reply). */
export async function session(username: string) {
  const login = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'lawhall2026' }),
  });
  if (!login.ok) throw new Error(`login as ${username}: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const reply = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: {
        cookie,
        accept: 'application/json',
        ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken, 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await reply.text();
    if (!reply.ok) throw new Error(`${method} ${path}: ${reply.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, body: unknown = {}) => call<T>('POST', path, body),
    put: <T>(path: string, body: unknown) => call<T>('PUT', path, body),
    patch: <T>(path: string, body: unknown) => call<T>('PATCH', path, body),
  };
}
export type Session = Awaited<ReturnType<typeof session>>;

/**
 * What is wrong with the layout of a page on a narrow screen: the page scrolls sideways, or two of the
 * visible elements matched by `selectors` overlap (each selector may match several; elements nested in
 * one another are not counted). Empty when the layout is sound.
 */
export async function layoutProblems(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((list) => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1)
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    const boxes = list.flatMap((selector) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((e) => e.offsetParent !== null)
        .map((element) => ({ selector, element, rect: element.getBoundingClientRect() })),
    );
    for (const [i, a] of boxes.entries()) {
      if (a.rect.right > width + 1)
        problems.push(`${a.selector} sticks out: right ${a.rect.right} > ${width}`);
      for (const b of boxes.slice(i + 1)) {
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (x > 1 && y > 1)
          problems.push(`${a.selector} overlaps ${b.selector} (${Math.round(x)}×${Math.round(y)})`);
      }
    }
    return problems;
  }, selectors);
}
