/**
 * The law library through the real UI: the server imports the shipped corpus in the background on its first
 * start (server/laws/library-status.ts); once ready, a mediator searches 工资 on 法律法规库, sees the word
 * highlighted inside sentences, opens a hit and lands on the article's deep link with the article marked.
 * Then the citation string 法律援助法 第四十三条 (as the legal-aid deadlines cite it) resolves to its deep link.
 * Screenshots go to /tmp/laws-*.png when LAWS_SCREENSHOTS=1.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, baseUrl, launchBrowser, loginAs } from './browser';

const SHOTS = process.env.LAWS_SCREENSHOTS === '1';
let browser: Browser;
let page: Page;

interface Status {
  state: string;
  instruments: number;
  progress: { done: number; total: number } | null;
}

beforeAll(async () => {
  // The full corpus (1,563 instruments) imports in about 20 s on an idle machine, minutes on a busy one.
  const api = await apiSession('mediator');
  const deadline = Date.now() + 540_000;
  for (;;) {
    const status = await api.get<Status>('/api/laws/status');
    if (status.state === 'ready') break;
    if (status.state === 'failed' || Date.now() > deadline)
      throw new Error(`law library not ready: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await loginAs(page, 'mediator');
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

describe('法律法规库', () => {
  it('finds 工资 inside sentences, highlighted, and opens the article by its deep link', async () => {
    await page.goto(`${baseUrl()}/laws`);
    await page.getByRole('link', { name: '中华人民共和国宪法', exact: true }).waitFor();
    if (SHOTS) await page.screenshot({ path: '/tmp/laws-list.png', fullPage: false });
    const search = page.getByPlaceholder(/检索条文/);
    await search.fill('工资');
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === '工资');
    const marks = page.locator('.laws-snippet mark');
    await marks.first().waitFor();
    expect(await marks.first().textContent()).toBe('工资');
    expect(await page.locator('.laws-results-count').textContent()).toMatch(/共 \d+ 条结果/);
    if (SHOTS) await page.screenshot({ path: '/tmp/laws-search.png', fullPage: false });

    const first = page.locator('.laws-hit-link').first();
    const label = (await first.textContent()) ?? '';
    await first.click();
    await page.waitForURL(/\/laws\/[0-9a-f]{12}\/articles\/[\w-]+$/);
    const active = page.locator('.laws-article-active');
    await active.waitFor();
    expect(await active.textContent()).toContain('工资');
    if (SHOTS) await page.screenshot({ path: '/tmp/laws-article.png', fullPage: false });
    expect(label).toContain((await active.locator('.laws-article-label').textContent()) ?? '?');
  });

  it('finds a law by its name: 法律援助法 shows the law above the article hits, and opens it', async () => {
    await page.goto(`${baseUrl()}/laws?q=${encodeURIComponent('法律援助法')}`);
    const titled = page.getByTestId('laws-title-hits');
    await titled.waitFor();
    expect(await titled.textContent()).toMatch(/标题含“法律援助法”的法律法规（\d+ 件）/);
    await titled.getByRole('link', { name: '中华人民共和国法律援助法', exact: true }).click();
    await page.waitForURL(/\/laws\/[0-9a-f]{12}$/);
    await expect.poll(() => page.locator('.lh-page-title').textContent()).toBe('中华人民共和国法律援助法');
  });

  it('resolves a citation string to its article and opens its deep link (法律援助法 第四十三条)', async () => {
    const api = await apiSession('mediator');
    const { citations } = await api.get<{
      citations: { instrument: { id: string }; article: { key: string } }[];
    }>(`/api/laws/citations?source=${encodeURIComponent('法律援助法 第四十三条')}`);
    const cited = citations[0]!;
    await page.goto(`${baseUrl()}/laws/${cited.instrument.id}/articles/${cited.article.key}`);
    const active = page.locator('.laws-article-active');
    await active.waitFor();
    expect(await active.textContent()).toContain('七日内进行审查');
    expect(await page.locator('.lh-page-title').textContent()).toBe('中华人民共和国法律援助法');
  });

  it('keeps the opened chapter heading and article clear of the sticky header (deep link, contents, #anchor)', async () => {
    const api = await apiSession('mediator');
    // 第三十五条 opens 第四章 程序和实施 of the Legal Aid Law.
    const { citations } = await api.get<{
      citations: { instrument: { id: string }; article: { key: string } }[];
    }>(`/api/laws/citations?source=${encodeURIComponent('法律援助法 第三十五条')}`);
    const cited = citations[0]!;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${baseUrl()}/laws/${cited.instrument.id}/articles/${cited.article.key}`);
    await page.locator('.laws-article-active').waitFor();
    const chapter = page.locator('.laws-heading').filter({ hasText: '程序和实施' });
    // Its top edge sits below the header's bottom edge, and within the first screenful.
    await expect.poll(() => clearOfHeader(page, chapter)).toBe('clear');
    await expect.poll(() => clearOfHeader(page, page.locator('.laws-article-active'))).toBe('clear');
    if (SHOTS) await page.screenshot({ path: '/tmp/laws-chapter-start.png', fullPage: false });

    // A contents link: the heading below the header, the chapter in the address; the contents card too.
    await page.locator('.laws-toc a').filter({ hasText: '法律责任' }).click();
    const duties = page.locator('.laws-heading').filter({ hasText: '法律责任' });
    await expect.poll(() => clearOfHeader(page, duties)).toBe('clear');
    await expect.poll(() => clearOfHeader(page, page.locator('.laws-toc'))).toBe('clear');
    const anchored = page.url();
    expect(anchored).toMatch(/#chapter-\d+$/);

    // That link opened afresh (another tab, a bookmark) scrolls to the chapter once the text has loaded.
    await page.goto(`${baseUrl()}/laws`);
    await page.goto(anchored);
    await expect.poll(() => clearOfHeader(page, duties)).toBe('clear');
    if (SHOTS) await page.screenshot({ path: '/tmp/laws-anchor.png', fullPage: false });
  });
});

/**
 * 'clear' when the element's top edge is below the sticky header's bottom edge and within the first
 * screenful; otherwise where it is (for the failure message).
 */
async function clearOfHeader(p: Page, target: ReturnType<Page['locator']>): Promise<string> {
  const box = await target.boundingBox();
  const header = await p.locator('.lh-header').boundingBox();
  if (!box || !header) return 'not visible';
  const viewport = p.viewportSize()?.height ?? 0;
  if (box.y < header.y + header.height) return `under the header: top ${box.y} < ${header.y + header.height}`;
  if (box.y > viewport / 2) return `far down: top ${box.y}`;
  return 'clear';
}
