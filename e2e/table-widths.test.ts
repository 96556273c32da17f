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

interface Box {
  left: number;
  right: number;
  width: number;
}

/** The header cells of the page's table: text, box, and whether the text is cut (wider than its cell). */
async function headers() {
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  return page.locator('.ant-table-thead th').evaluateAll((cells) =>
    cells.map((cell) => {
      const r = cell.getBoundingClientRect();
      const style = getComputedStyle(cell);
      const inner =
        cell.scrollWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      const range = document.createRange();
      range.selectNodeContents(cell);
      const text = range.getBoundingClientRect();
      return {
        text: (cell.textContent ?? '').trim(),
        box: { left: r.left, right: r.right, width: r.width } as Box,
        cut: cell.scrollWidth > cell.clientWidth + 1 || text.width > r.width || inner < 0,
      };
    }),
  );
}

/** Each column's width and the widest content of its body cells (to size the columns; logged). */
const columnWidths = () =>
  page.locator('.ant-table-thead th').evaluateAll((cells) =>
    cells.map((cell, i) => {
      const body = [
        ...document.querySelectorAll<HTMLElement>(
          `.ant-table-tbody tr.ant-table-row > td:nth-child(${i + 1})`,
        ),
      ];
      const widest = Math.max(
        0,
        ...body.map((td) =>
          Math.max(...[...td.children].map((c) => (c as HTMLElement).scrollWidth), td.scrollWidth),
        ),
      );
      return `${(cell.textContent ?? '').trim()} ${Math.round(cell.getBoundingClientRect().width)}/${widest}`;
    }),
  );

/** The body cells whose content spills out of them (a value wider than its column): their texts. */
const spilling = () =>
  page.locator('.ant-table-tbody tr.ant-table-row > td').evaluateAll((cells) =>
    cells
      // An ellipsis column shortens its text on purpose (the whole in a tooltip).
      .filter(
        (td) => !td.classList.contains('ant-table-cell-ellipsis') && td.scrollWidth > td.clientWidth + 1,
      )
      .map((td) => (td.textContent ?? '').trim()),
  );

/** Whether the page's table fits its visible area (no sideways scrolling). */
const fits = async () => {
  const view = await tableView();
  return view.scrollWidth <= view.width + 1;
};

/** The visible part of the page's table (its scrolling container). */
const tableView = () =>
  page
    .locator('.ant-table-content, .ant-table-body')
    .first()
    .evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, width: r.width, scrollWidth: e.scrollWidth };
    });

/** The buttons of the 操作 column whose label does not fit (their text is wider than the button or the cell). */
const cutActions = () =>
  page
    .locator(
      '.ant-table-tbody td.ant-table-cell-fix-right .ant-btn, .ant-table-tbody td.ant-table-cell-fix-end .ant-btn',
    )
    .evaluateAll((buttons) =>
      buttons
        .filter((b) => {
          const cell = b.closest('td');
          if (!cell) return false;
          const button = b.getBoundingClientRect();
          const td = cell.getBoundingClientRect();
          return (
            b.scrollWidth > b.clientWidth + 1 || button.right > td.right + 1 || button.left < td.left - 1
          );
        })
        .map((b) => (b.textContent ?? '').trim()),
    );

/** The pinned header cell and the cell just left of it: they must not overlap. */
function pinnedCoversNothing(cells: Awaited<ReturnType<typeof headers>>, pinned: string, neighbour: RegExp) {
  const actions = cells.find((c) => c.text === pinned);
  const other = cells.find((c) => neighbour.test(c.text));
  expect(actions, pinned).toBeTruthy();
  expect(other, String(neighbour)).toBeTruthy();
  console.info(`${other?.text}: ${JSON.stringify(other?.box)}; ${pinned}: ${JSON.stringify(actions?.box)}`);
  expect(other?.box.right ?? Infinity).toBeLessThanOrEqual((actions?.box.left ?? 0) + 1);
  expect(other?.cut).toBe(false);
}

describe('tables at 1366×768', () => {
  it('律师名册: the pinned 操作 column covers not the 擅长领域 column; no header is cut', async () => {
    await page.goto(`${baseUrl()}/admin/lawyers`);
    const cells = await headers();
    pinnedCoversNothing(cells, '操作', /^擅长/);
    expect(cells.filter((c) => c.cut && c.text).map((c) => c.text)).toEqual([]);
    expect(await cutActions()).toEqual([]);
    expect(await spilling()).toEqual([]);
    expect(await fits()).toBe(true);
  });

  it('案件列表: 承办人 and 申请时间 show without sideways scrolling', async () => {
    await page.goto(`${baseUrl()}/legal-aid`);
    const cells = await headers();
    const view = await tableView();
    console.info(`案件列表: view ${JSON.stringify(view)}; ${(await columnWidths()).join(', ')}`);
    for (const name of ['承办人', '申请时间']) {
      const cell = cells.find((c) => c.text === name);
      expect(cell, name).toBeTruthy();
      console.info(`${name}: ${JSON.stringify(cell?.box)}`);
      expect(cell?.box.right ?? Infinity, name).toBeLessThanOrEqual(view.right + 1);
    }
    expect(await spilling()).toEqual([]);
    expect(cells.filter((c) => c.cut && c.text).map((c) => c.text)).toEqual([]);
  });

  it('in English: the rosters’ action labels show whole and nothing is covered', async () => {
    await page.goto(`${baseUrl()}/admin/lawyers`);
    await page.getByRole('button', { name: /English/ }).click();
    let cells = await headers();
    pinnedCoversNothing(cells, 'Actions', /^Specialt/);
    expect(cells.filter((c) => c.cut && c.text).map((c) => c.text)).toEqual([]);
    expect(await cutActions()).toEqual([]);
    expect(await spilling()).toEqual([]);
    expect(await fits()).toBe(true);

    await page.goto(`${baseUrl()}/admin/staff`);
    cells = await headers();
    pinnedCoversNothing(cells, 'Actions', /^Last login/);
    expect(cells.filter((c) => c.cut && c.text).map((c) => c.text)).toEqual([]);
    expect(await cutActions()).toEqual([]);
    expect(await spilling()).toEqual([]);
    expect(await fits()).toBe(true);

    await page.goto(`${baseUrl()}/legal-aid`);
    cells = await headers();
    const view = await tableView();
    console.info(`Cases: ${(await columnWidths()).join(', ')}`);
    for (const cell of cells.slice(-2)) {
      console.info(`${cell.text}: ${JSON.stringify(cell.box)} view ${JSON.stringify(view)}`);
      expect(cell.box.right, cell.text).toBeLessThanOrEqual(view.right + 1);
    }
    expect(await spilling()).toEqual([]);
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
    await desk.context().close();
  });
});
