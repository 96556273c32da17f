/**
 * More of the console's tables at 1366×768, in Chinese and in English (e2e/table-widths.test.ts has the
 * rosters and the 案件列表): the audit log, the hardship standards, a window's matters and the dashboard's
 * list drawer. On each: a pinned 操作 column covers no other column, no header is cut or broken inside a
 * word, no value spills out of its cell (ellipsis columns excepted), action labels show whole, the key
 * columns show without sideways scrolling. E2E_SHOTS=<dir> keeps a screenshot of each.
 */

import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, loginAs } from './browser';
import {
  brokenHeaders,
  columnWidths,
  cutActions,
  cutHeaders,
  headers,
  hiddenColumns,
  pinnedCoversNothing,
  spilling,
  tableView,
} from './table-probe';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Waits until the drawer has slid in (no transition running): boxes measured earlier move. */
const settled = (page: Page) =>
  page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));

/** Measures the table in `root`, logs its columns, keeps a screenshot; checks what every table must meet. */
async function check(page: Page, root: Page | Locator, name: string, keys: (string | RegExp)[]) {
  const cells = await headers(root);
  const view = await tableView(root);
  console.info(
    `${name}: view ${Math.round(view.width)}/${view.scrollWidth}; ${(await columnWidths(root)).join(', ')}`,
  );
  if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/${name}.png` });
  expect(cutHeaders(cells), `${name}: cut headers`).toEqual([]);
  expect(brokenHeaders(cells), `${name}: headers broken inside a word`).toEqual([]);
  expect(await spilling(root), `${name}: spilling values`).toEqual([]);
  expect(await cutActions(root), `${name}: cut actions`).toEqual([]);
  expect(await hiddenColumns(root, cells, keys), `${name}: key columns off screen`).toEqual([]);
  return cells;
}

describe.each([
  { locale: 'zh-CN', en: false },
  { locale: 'en-US', en: true },
])('more tables at 1366×768 in $locale', ({ locale, en }) => {
  let page: Page;
  const t = (zh: string, english: string) => (en ? english : zh);

  beforeAll(async () => {
    page = await (
      await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } })
    ).newPage();
    await loginAs(page, 'admin');
    if (en) await page.getByRole('button', { name: /English/ }).click();
  }, 120_000);

  afterAll(async () => {
    await page?.context().close();
  });

  it('审计日志: time, actor, action, object and IP show; nothing cut', async () => {
    // The audit log is the auditor's (audit.read), not the administrator's.
    const audit = await (
      await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } })
    ).newPage();
    await loginAs(audit, 'auditor');
    if (en) await audit.getByRole('button', { name: /English/ }).click();
    await audit.goto(`${baseUrl()}/admin/audit`);
    await check(audit, audit, `audit-${locale}`, [
      t('时间', 'Time'),
      t('操作人', 'Actor'),
      t('操作', 'Action'),
      t('对象', 'Entity'),
      /^IP/,
    ]);
    await audit.context().close();
  });

  it('经济困难标准: the pinned 操作 column covers not 来源; region, basis, amount, dates show', async () => {
    await page.goto(`${baseUrl()}/admin/hardship-standards`);
    const cells = await check(page, page, `hardship-${locale}`, [
      /^(地区|Region)/,
      /^(标准依据|Basis)/,
      /^(月人均|Monthly)/,
      t('操作', 'Actions'),
    ]);
    pinnedCoversNothing(cells, t('操作', 'Actions'), /^(文件依据|Source)/);
  });

  it('事项列表: number, parties, status, next deadline and opened time show', async () => {
    await page.goto(`${baseUrl()}/matters/w/consultation`);
    await check(page, page, `matters-${locale}`, [
      /^(编号|Number)/,
      /^(当事人|Parties)/,
      /^(状态|Status)/,
      /^(最近期限|Next deadline)/,
      /^(登记时间|Opened)/,
    ]);
  });

  it('数据看板 list drawer: the tickets and the legal-aid cases behind a unit', async () => {
    await page.goto(`${baseUrl()}/dashboard`);
    const row = page.getByTestId('dashboard-units').getByRole('row').filter({ hasText: '包头市' }).first();
    await row.getByRole('cell').first().click();
    const drawer = page.getByRole('dialog');
    await settled(page);
    await check(page, drawer, `drawer-tickets-${locale}`, [
      t('号码', 'Number'),
      t('状态', 'Status'),
      t('身份证号', 'ID number'),
    ]);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await row.getByRole('cell').nth(3).click();
    await settled(page);
    await check(page, drawer, `drawer-aid-${locale}`, [t('案号', 'Number'), t('承办律师', 'Lawyer')]);
  });
});
