import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, loginAs } from './browser';

/**
 * The leadership dashboard in the real UI on the demo data: the city leader lands on it and sees the city
 * with its counties, opens the list behind a unit and exports it; the county leader (东河区) sees only the
 * county, and the server refuses the city to them.
 */
describe('dashboard: city leader and county leader see different scopes', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('lands the city leader on the city dashboard with its counties; a unit opens its list and exports', async () => {
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await loginAs(page, 'leader');
    await page.waitForURL((url) => url.pathname === '/dashboard');
    const scope = page.getByTestId('dashboard-scope');
    await scope.getByText('包头市司法局').waitFor();
    await scope.getByText('含下级').waitFor();
    const units = page.getByTestId('dashboard-units');
    await units.getByRole('row').filter({ hasText: '东河区司法局' }).waitFor();
    expect(await units.getByRole('row').filter({ hasText: '昆都仑区司法局' }).count()).toBe(1);

    await units.getByRole('row').filter({ hasText: '包头市司法局' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('包头市司法局 · 取号明细').waitFor();
    const href = await drawer.getByTestId('dashboard-export').getAttribute('href');
    expect(href).toContain('/api/dashboard/export/tickets');

    // The export of the last 30 days of the demo history, opened with exceljs: masked ID numbers intact as text.
    const to = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const from = new Date(Date.now() + 8 * 3_600_000 - 30 * 86_400_000).toISOString().slice(0, 10);
    const response = await context.request.get(
      `${baseUrl()}/api/dashboard/export/tickets?from=${from}&to=${to}`,
    );
    expect(response.status()).toBe(200);
    expect(decodeURIComponent(response.headers()['content-disposition']!.split("UTF-8''")[1]!)).toContain(
      '数据看板-取号办件明细',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBeGreaterThan(10);
    const id = sheet.getCell('K2');
    expect(id.type).toBe(ExcelJS.ValueType.String);
    expect(String(id.value)).toMatch(/^1502\*{10}\d{4}$/);
  });

  it('shows the county leader only 东河区, and the server refuses the city', async () => {
    await context?.close();
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await loginAs(page, 'county-leader');
    await page.waitForURL((url) => url.pathname === '/dashboard');
    const scope = page.getByTestId('dashboard-scope');
    await scope.getByText('东河区司法局').waitFor();
    expect(await scope.getByText('含下级').count()).toBe(0);
    const units = page.getByTestId('dashboard-units');
    await units.getByRole('row').filter({ hasText: '东河区司法局' }).waitFor();
    expect(await units.getByRole('row').filter({ hasText: '包头市司法局' }).count()).toBe(0);

    const orgs = await (await context.request.get(`${baseUrl()}/api/organisations`)).json();
    const cityId = (orgs.items as { id: string; name: string }[]).find((o) => o.name === '包头市司法局')?.id;
    expect(cityId).toBeUndefined();
    const leaderContext = await browser.newContext();
    const leaderPage = await leaderContext.newPage();
    await loginAs(leaderPage, 'leader');
    const all = await (await leaderContext.request.get(`${baseUrl()}/api/organisations`)).json();
    const city = (all.items as { id: string; name: string }[]).find((o) => o.name === '包头市司法局')!;
    await leaderContext.close();
    const refused = await context.request.get(`${baseUrl()}/api/dashboard/queue?orgId=${city.id}`);
    expect(refused.status()).toBe(403);
  });
});
