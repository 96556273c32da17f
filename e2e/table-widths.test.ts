/**
 * The console's tables at 1366×768 (a common office screen; the left menu takes its share), in Chinese
 * and in English: a pinned 操作 column covers no other column, every action label shows whole, and the
 * 案件列表 shows its 承办人 and 申请时间 without sideways scrolling. Measured with bounding boxes.
 */

import { residentIdCheckChar } from '@core/identity';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, layoutProblems, loginAs, session } from './browser';
import { openHallAllDay } from './hall-kit';
import {
  columnWidths,
  cutActions,
  fits,
  headers,
  pinnedCoversNothing,
  spilling,
  tableView,
} from './table-probe';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (
    await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } })
  ).newPage();
  await loginAs(page, 'admin');
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('tables at 1366×768', () => {
  it('律师名册: the pinned 操作 column covers not the 擅长领域 column; no header is cut', async () => {
    await page.goto(`${baseUrl()}/admin/lawyers`);
    const cells = await headers(page);
    pinnedCoversNothing(cells, '操作', /^擅长/);
    expect(cells.filter((c) => c.cut && c.text).map((c) => c.text)).toEqual([]);
    expect(await cutActions(page)).toEqual([]);
    expect(await spilling(page)).toEqual([]);
    expect(await fits(page)).toBe(true);
  });

  it('案件列表: 承办人 and 申请时间 show without sideways scrolling', async () => {
    await page.goto(`${baseUrl()}/legal-aid`);
    const cells = await headers(page);
    const view = await tableView(page);
    console.info(`案件列表: view ${JSON.stringify(view)}; ${(await columnWidths(page)).join(', ')}`);
    for (const name of ['承办人', '申请时间']) {
      const cell = cells.find((c) => c.text === name);
      expect(cell, name).toBeTruthy();
      console.info(`${name}: ${JSON.stringify(cell?.box)}`);
      expect(cell?.box.right ?? Infinity, name).toBeLessThanOrEqual(view.right + 1);
    }
    expect(await spilling(page)).toEqual([]);
    expect(cells.filter((c) => c.cut && c.text).map((c) => c.text)).toEqual([]);
    // The five same-day ticks take two lines at most (three a line), so a row stays two lines tall.
    const tickLines = await page
      .locator('.la-five-cell .la-ticks')
      .evaluateAll((all) =>
        all.map(
          (ticks) => new Set([...ticks.children].map((t) => Math.round(t.getBoundingClientRect().top))).size,
        ),
      );
    expect(tickLines.length).toBeGreaterThan(0);
    expect(Math.max(...tickLines)).toBeLessThanOrEqual(2);
  });

  it('in English: the rosters’ action labels show whole and nothing is covered', async () => {
    await page.goto(`${baseUrl()}/admin/lawyers`);
    await page.getByRole('button', { name: /English/ }).click();
    let cells = await headers(page);
    pinnedCoversNothing(cells, 'Actions', /^Specialt/);
    expect(cells.filter((c) => c.cut && c.text).map((c) => c.text)).toEqual([]);
    expect(await cutActions(page)).toEqual([]);
    expect(await spilling(page)).toEqual([]);
    expect(await fits(page)).toBe(true);

    await page.goto(`${baseUrl()}/admin/staff`);
    cells = await headers(page);
    pinnedCoversNothing(cells, 'Actions', /^Last login/);
    expect(cells.filter((c) => c.cut && c.text).map((c) => c.text)).toEqual([]);
    expect(await cutActions(page)).toEqual([]);
    expect(await spilling(page)).toEqual([]);
    expect(await fits(page)).toBe(true);

    await page.goto(`${baseUrl()}/legal-aid`);
    cells = await headers(page);
    const view = await tableView(page);
    console.info(`Cases: ${(await columnWidths(page)).join(', ')}`);
    for (const cell of cells.slice(-2)) {
      console.info(`${cell.text}: ${JSON.stringify(cell.box)} view ${JSON.stringify(view)}`);
      expect(cell.box.right, cell.text).toBeLessThanOrEqual(view.right + 1);
    }
    expect(await spilling(page)).toEqual([]);
  });
});

/** Today in Beijing (YYYY-MM-DD). */
const beijingToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** Starts (when called) and finishes the desk's current ticket, through its buttons. */
async function finishCurrent(desk: Page): Promise<void> {
  const start = desk.getByRole('button', { name: /开始办理/ });
  if (await start.isVisible()) {
    await start.click();
    await desk.locator('.ant-message').getByText('已开始办理').last().waitFor();
  }
  await desk.getByRole('button', { name: /办\s*结/ }).click();
  await desk
    .getByRole('dialog')
    .getByRole('button', { name: /办\s*结/ })
    .click();
  await desk.getByRole('dialog').waitFor({ state: 'detached' });
  await desk.locator('.ant-message').getByText('已办结').last().waitFor();
}

describe('the calling desk at 1366×768', () => {
  it('the current ticket’s ID number and times each stay on one line', async () => {
    await openHallAllDay(await session('admin'), 'e2e: the 1366 console check runs on any day');
    // An elderly applicant (born 70 years ago today, 东河区): a priority ticket, so the next call takes it.
    const [y, m, d] = beijingToday().split('-');
    const body = `150202${Number(y) - 70}${m}${d === '29' && m === '02' ? '28' : d}123`;
    const issued = await fetch(`${baseUrl()}/api/queue/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceCode: 'legal-aid', idNumber: body + residentIdCheckChar(body) }),
    });
    expect(issued.status).toBe(201);

    const desk = await (
      await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } })
    ).newPage();
    await loginAs(desk, 'clerk');
    await desk.goto(`${baseUrl()}/queue/console`);
    await desk.getByRole('button', { name: /2号\s*法律援助窗口/ }).click();
    const number = desk.getByTestId('console-current-number');
    const call = desk.getByRole('button', { name: /叫\s*号/ });
    await Promise.race([number.waitFor(), call.waitFor()]);
    // Another journey may have left a ticket at this desk: finish it, then call (the elderly ticket first).
    if (await number.isVisible()) await finishCurrent(desk);
    await call.click();
    await number.waitFor();
    await desk.getByTestId('console-current-id').filter({ hasText: '*' }).waitFor();
    // Each value is one line box: nothing breaks inside an ID number or a time.
    const lines = await desk
      .locator('.lhq-current-facts .lh-nowrap')
      .evaluateAll((values) =>
        values.map((v) => `${(v.textContent ?? '').trim()}: ${v.getClientRects().length}`),
      );
    console.info(`current ticket: ${lines.join(', ')}`);
    expect(lines.filter((l) => !l.endsWith(': 1'))).toEqual([]);
    expect(
      await layoutProblems(desk, [
        '[data-testid="console-current-number"]',
        '.lhq-current-facts .ant-descriptions-item-label',
        '.lhq-current-facts .lh-nowrap',
      ]),
    ).toEqual([]);
    // Leave the desk free for the other journeys of the same clerk.
    await finishCurrent(desk);
    // The clerk's window is remembered on this device: logging in again, it is chosen already.
    await desk.context().clearCookies();
    await loginAs(desk, 'clerk');
    await desk.goto(`${baseUrl()}/queue/console`);
    await desk.locator('.lhq-window-select').filter({ hasText: '2号' }).waitFor();
    expect(await desk.getByRole('button', { name: /2号\s*法律援助窗口/ }).count()).toBe(0);
    await desk.context().close();
  });
});
