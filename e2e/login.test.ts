import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, loginAs } from './browser';

describe('login', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
  });

  it('sends a visitor who is not logged in to the login page', async () => {
    await page.goto(`${baseUrl()}/admin/windows`);
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/admin/windows');
    // The login page is lazy-loaded: wait for its field rather than sampling visibility once.
    await page.getByLabel('用户名').waitFor({ state: 'visible' });
    expect(await page.getByLabel('用户名').isVisible()).toBe(true);
  });

  it('opens the login page without a failed request, and goes to the console with no blank page between', async () => {
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') failed.push(m.text());
    });
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('lawhall2026');
    // Every frame from the click on shows either the login page or the console shell, never neither.
    await page.evaluate(() => {
      const w = window as unknown as { blankFrames: number };
      w.blankFrames = 0;
      const sample = () => {
        if (!document.querySelector('.lh-login, .lh-shell')) w.blankFrames++;
        if (!document.querySelector('.lh-shell')) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.locator('.lh-shell').waitFor();
    expect(await page.evaluate(() => (window as unknown as { blankFrames: number }).blankFrames)).toBe(0);
    expect(failed).toEqual([]);
  });

  it('shows 用户名或密码错误 for a wrong password and stays on the login page', async () => {
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel('用户名').fill('reviewer');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    const alert = page.getByRole('alert').filter({ hasText: '用户名或密码错误' });
    await alert.waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('gives a clerk no 系统管理 menu and refuses the admin pages', async () => {
    await loginAs(page, 'clerk');
    const header = page.getByTestId('current-user');
    await header.getByText('王建国').waitFor();
    await expect(header.getByText('窗口工作人员').isVisible()).resolves.toBe(true);
    const menu = page.getByRole('menu');
    await menu.getByText('业务资料').waitFor();
    expect(await menu.getByText('系统管理', { exact: true }).count()).toBe(0);
    expect(await menu.getByText('窗口管理', { exact: true }).count()).toBe(0);

    await page.goto(`${baseUrl()}/admin/windows`);
    await page.getByText('无权访问').waitFor();
  });

  it('shows 今日排队 as — while the queue loads, never a false 0', async () => {
    // Hold the queue figures back until the page has been looked at.
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(
      (url) => url.pathname === '/api/queue/services',
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await loginAs(page, 'clerk');
    const waiting = page.getByTestId('queue-home-waiting');
    await waiting.filter({ hasText: '当前等候 — 人' }).waitFor();
    release();
    await waiting.filter({ hasText: /当前等候 \d+ 人/ }).waitFor();
  });

  it('gives an admin the 系统管理 menu, and logs out', async () => {
    await loginAs(page, 'admin');
    const menu = page.getByRole('menu');
    await menu.getByText('系统管理', { exact: true }).waitFor();
    await expect(menu.getByText('窗口管理', { exact: true }).isVisible()).resolves.toBe(true);

    // From a page with its own queries (they answer 401 once the session is gone): a logout, not an expiry.
    await page.goto(`${baseUrl()}/admin/staff`);
    await page.locator('.ant-table-row').first().waitFor();
    await page.waitForTimeout(3000);
    await page.getByRole('button', { name: /退出登录/ }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByText('已退出登录').waitFor();
    await page.waitForTimeout(2500);
    expect(await page.locator('.ant-alert').allInnerTexts()).toEqual([]);
    await page.goto(`${baseUrl()}/`);
    await page.waitForURL((url) => url.pathname === '/login');
  });

  it('opens in English in an English browser with no saved choice; a saved choice wins; the kiosk stays Chinese', async () => {
    const english = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    try {
      const tab = await english.newPage();
      await tab.goto(`${baseUrl()}/login`);
      await tab.getByRole('heading', { name: 'Staff sign-in' }).waitFor();
      await expect(tab.evaluate(() => document.documentElement.lang)).resolves.toBe('en-US');
      // The hall's kiosk on an English device starts in Chinese (its own button offers English).
      const kiosk = await english.newPage();
      await kiosk.goto(`${baseUrl()}/kiosk`);
      await kiosk.getByTestId('kiosk-language').filter({ hasText: 'English' }).waitFor();
      await kiosk.close();
      // Choosing 中文 is saved, and wins over the browser on the next visit.
      await tab.getByRole('button', { name: '中文' }).click();
      await tab.getByRole('heading', { name: '工作人员登录' }).waitFor();
      await tab.reload();
      await tab.getByRole('heading', { name: '工作人员登录' }).waitFor();
      await expect(tab.evaluate(() => localStorage.getItem('lawhall.locale'))).resolves.toBe('zh-CN');
      // The kiosk's English is one visitor's: not saved, gone on reload, and the console's choice stands.
      const kiosk2 = await english.newPage();
      await kiosk2.goto(`${baseUrl()}/kiosk`);
      await kiosk2.getByTestId('kiosk-language').click();
      await kiosk2.getByTestId('kiosk-language').filter({ hasText: '中文' }).waitFor();
      await expect(kiosk2.evaluate(() => localStorage.getItem('lawhall.locale'))).resolves.toBe('zh-CN');
      await kiosk2.reload();
      await kiosk2.getByTestId('kiosk-language').filter({ hasText: 'English' }).waitFor();
      await kiosk2.close();
    } finally {
      await english.close();
    }
  });

  it('names the tab in the UI language on every screen, and spaces the login title in Chinese only', async () => {
    const english = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    const hallEn = 'Baotou Public Legal Service Center';
    const hallZh = '包头市公共法律服务中心';
    const spacing = (tab: Page) =>
      tab.locator('.lh-login-title').evaluate((e) => getComputedStyle(e).letterSpacing);
    try {
      const tab = await english.newPage();
      await tab.goto(`${baseUrl()}/login`);
      await tab.getByRole('heading', { name: 'Staff sign-in' }).waitFor();
      await expect.poll(() => tab.title()).toBe(`Staff sign-in · ${hallEn}`);
      expect(await spacing(tab)).toBe('normal');
      await tab.getByRole('button', { name: '中文' }).click();
      await expect.poll(() => tab.title()).toBe(`工作人员登录 · ${hallZh}`);
      expect(await spacing(tab)).toBe('2px');
      await tab.getByRole('button', { name: 'English' }).click();
      await expect.poll(() => tab.title()).toBe(`Staff sign-in · ${hallEn}`);

      // The console: the menu entry of the page, then the hall; 无权访问 and 页面不存在 name their tab too.
      await tab.getByLabel('Username').fill('leader');
      await tab.getByLabel('Password').fill('lawhall2026');
      await tab.getByRole('button', { name: 'Sign in' }).click();
      await tab.waitForURL((url) => url.pathname === '/dashboard');
      // The title changes with the page shown, once its chunk is in (the address changes first).
      await tab.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await expect.poll(() => tab.title()).toBe(`Dashboard · ${hallEn}`);
      await tab.goto(`${baseUrl()}/admin/windows`);
      await tab.getByText('Access denied').waitFor();
      await expect.poll(() => tab.title()).toBe(`Access denied · ${hallEn}`);
      await tab.goto(`${baseUrl()}/legal-aid/new`);
      await tab.getByText('Access denied').waitFor();
      await expect.poll(() => tab.title()).toBe(`Access denied · ${hallEn}`);
      await tab.getByRole('button', { name: /中文/ }).click();
      await expect.poll(() => tab.title()).toBe(`无权访问 · ${hallZh}`);
      await tab.getByRole('button', { name: /English/ }).click();
      await tab.goto(`${baseUrl()}/no-such-page`);
      await tab.getByText('Page not found').waitFor();
      await expect.poll(() => tab.title()).toBe(`Page not found · ${hallEn}`);
      // Home, after the 404: the hall alone again (the page's own title goes with it).
      await tab.locator('.lh-menu').getByText('Home').click();
      await expect.poll(() => tab.title()).toBe(hallEn);
      await tab.locator('.lh-menu').getByText('Law library').click();
      await expect.poll(() => tab.title(), { timeout: 15_000 }).toBe(`Law library · ${hallEn}`);
      await tab.getByRole('button', { name: /中文/ }).click();
      await expect.poll(() => tab.title()).toBe(`法律法规库 · ${hallZh}`);
      await tab.getByRole('button', { name: /English/ }).click();
      await expect.poll(() => tab.title()).toBe(`Law library · ${hallEn}`);

      // The hall screens open in Chinese; the kiosk's English button turns its tab English too.
      const kiosk = await english.newPage();
      await kiosk.goto(`${baseUrl()}/kiosk`);
      await expect.poll(() => kiosk.title()).toBe(`自助取号 · ${hallZh}`);
      await kiosk.getByTestId('kiosk-language').click();
      await expect.poll(() => kiosk.title()).toBe(`Self-service tickets · ${hallEn}`);
      await kiosk.getByTestId('kiosk-language').click();
      await expect.poll(() => kiosk.title()).toBe(`自助取号 · ${hallZh}`);
      await kiosk.goto(`${baseUrl()}/display`);
      await expect.poll(() => kiosk.title()).toBe(`叫号显示屏 · ${hallZh}`);
      await kiosk.goto(`${baseUrl()}/m`);
      await expect.poll(() => kiosk.title()).toBe(`掌上公共法律服务 · ${hallZh}`);
    } finally {
      await english.close();
    }
  });
});
