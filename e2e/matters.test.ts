/**
 * 一厅通办 through the real UI: the window clerk registers a consultation for two registered persons
 * (found by the party search), answers it as the duty lawyer, refers it to people's mediation and
 * opens the mediation matter in the same step; the mediation matter shows both parties carried over,
 * its link back to the consultation, and the one-month clock with its article.
 * Screenshots go to /tmp/matters-*.png when MATTERS_SCREENSHOTS=1.
 */
import { residentIdCheckChar } from '@core/identity';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, baseUrl, chooseOption, launchBrowser, loginAs } from './browser';

const SHOTS = process.env.MATTERS_SCREENSHOTS === '1';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const api = await apiSession('clerk');
  for (const name of ['龚振宇', '柏玉兰', '萨仁高娃']) {
    const reply = await api.send('POST', '/api/persons', { name });
    expect(reply.status).toBe(201);
  }
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await loginAs(page, 'clerk');
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Picks `option` in the antd Select labelled `label`. */
async function choose(label: string, option: string) {
  await chooseOption(page, label, option);
}

async function addParty(name: string) {
  const search = page.getByLabel('添加当事人');
  await search.click();
  await search.fill(name);
  await page
    .locator(`.ant-select-dropdown:visible .ant-select-item-option`, { hasText: name })
    .first()
    .click();
  await page.getByTestId('party-row').filter({ hasText: name }).waitFor();
}

describe('party search', () => {
  it('a slow reply to an older text never replaces the results of the newer one', async () => {
    await page.goto(`${baseUrl()}/matters/w/consultation/new`);
    await page.getByText('登记内容').waitFor();
    // Hold the reply to the first text until the second text's reply has come.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/persons/search', async (route) => {
      const { q } = route.request().postDataJSON() as { q: string };
      if (q === '柏玉兰') await held;
      await route.continue();
    });
    const search = page.getByLabel('添加当事人');
    await search.click();
    const first = page.waitForRequest((r) => r.url().endsWith('/api/persons/search'));
    await search.fill('柏玉兰');
    expect((await first).postDataJSON()).toMatchObject({ q: '柏玉兰' });
    const second = page.waitForResponse((r) => r.url().endsWith('/api/persons/search'));
    await search.fill('龚振宇');
    expect((await (await second).request()).postDataJSON()).toMatchObject({ q: '龚振宇' });
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await options.filter({ hasText: '龚振宇' }).first().waitFor();
    const stale = page.waitForResponse(
      (r) => r.url().endsWith('/api/persons/search') && r.request().postDataJSON().q === '柏玉兰',
    );
    release();
    await (await stale).finished();
    // Let the page handle the late reply (two frames) before looking.
    for (let frame = 0; frame < 2; frame++)
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    // The late reply is kept under its own text: the list still answers 龚振宇.
    await expect.poll(() => options.filter({ hasText: '龚振宇' }).count()).toBeGreaterThan(0);
    expect(await options.filter({ hasText: '柏玉兰' }).count()).toBe(0);
    await page.unroute('**/api/persons/search');
    await page.keyboard.press('Escape');
  });
});

describe('一厅通办: consultation referred to mediation', () => {
  it('carries the parties over to the new mediation matter', async () => {
    await page.goto(`${baseUrl()}/matters/w/consultation/new`);
    await page.getByText('登记内容').waitFor();
    await addParty('龚振宇');
    await addParty('柏玉兰');
    // Both came to the window asking for mediation: both are applicants.
    await choose('柏玉兰 身份', '申请人');
    await page.getByRole('button', { name: '利益冲突检查' }).click();
    await page.getByText(/未发现与其他未办结事项的冲突|利益冲突提示/).waitFor();

    await choose('咨询渠道', '窗口（取号）');
    await choose('咨询类别', '房产物业');
    await page.getByLabel('咨询的问题').fill('邻居装修把我家墙面震裂了，怎么办？');
    await page
      .getByRole('button', { name: /登\s*记/ })
      .last()
      .click();
    await page.waitForURL(/\/matters\/[0-9a-f-]{36}$/);
    await page.getByTestId('matter-status').filter({ hasText: '待解答' }).waitFor();
    // 办理记录 names each field and value (咨询渠道：窗口（取号）), never the payload's raw keys.
    const history = page.getByTestId('action-payload').first();
    await history.filter({ hasText: '咨询渠道' }).filter({ hasText: '窗口（取号）' }).waitFor();
    expect(await history.textContent()).toContain('咨询类别：房产物业');
    expect(await history.textContent()).not.toMatch(/channel|category|question|window/);
    // The sidebar highlights the matter's window, not 首页.
    await page.locator('.ant-menu-item-selected').filter({ hasText: '法律咨询' }).waitFor();

    await choose('选择操作', '转介其他窗口');
    await choose('转介的窗口', '人民调解');
    await page.getByLabel('转介原因').fill('双方愿意调解');
    await page.getByText('同时在人民调解窗口登记事项').waitFor();
    // The mediation applicants and the story come from the consultation: nobody types them again.
    const applicants = page
      .locator('.ant-form-item')
      .filter({ has: page.getByLabel('申请调解的当事人', { exact: true }) })
      .locator('.ant-select-content');
    await applicants.filter({ hasText: '双方当事人' }).waitFor();
    await expect
      .poll(() => page.getByLabel('纠纷简要情况').inputValue())
      .toBe('邻居装修把我家墙面震裂了，怎么办？');
    await choose('调解的发起方式', '当事人申请');
    await choose('纠纷类型', '邻里纠纷');
    if (SHOTS) await page.screenshot({ path: '/tmp/matters-refer.png', fullPage: true });
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByTestId('matter-status').filter({ hasText: '已转介' }).waitFor();
    // Said in words, and the new history entry is the one highlighted.
    await page.locator('.ant-message').getByText('转介其他窗口：已记入办理记录').waitFor();
    await page.locator('.matters-action-fresh').filter({ hasText: '转介其他窗口' }).waitFor();

    await page.getByTestId('referred-matter-link').click();
    await page.waitForURL(/\/matters\/[0-9a-f-]{36}$/);
    await page.getByTestId('matter-status').filter({ hasText: '已受理' }).waitFor();
    const parties = await page.getByTestId('party').allTextContents();
    expect(parties).toEqual(['龚振宇', '柏玉兰']);
    await page.getByText('当事人已从法律咨询带入').waitFor();
    // A party the consultation did not have is added on the matter's page, with a role.
    await page.getByTestId('add-parties').click();
    const dialog = page.getByRole('dialog');
    const search = dialog.getByRole('combobox', { name: '添加当事人' });
    await search.click();
    await search.fill('萨仁高娃');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '萨仁高娃' })
      .first()
      .click();
    await dialog.getByTestId('party-row').filter({ hasText: '萨仁高娃' }).waitFor();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await page.locator('.ant-message').getByText('已添加 1 名当事人').waitFor();
    await expect
      .poll(() => page.getByTestId('party').allTextContents())
      .toEqual(['龚振宇', '柏玉兰', '萨仁高娃']);
    await page.getByTestId('clock-one-month').waitFor();
    // 人民调解工作若干规定 is not in the law library: plain text with a hint, no link to nothing.
    await page
      .getByTestId('citation-outside-library')
      .filter({ hasText: '人民调解工作若干规定 第三十三条' })
      .filter({ hasText: '不在法规库中' })
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: /人民调解工作若干规定/ }).count()).toBe(0);
    await page.locator('.ant-menu-item-selected').filter({ hasText: '人民调解' }).waitFor();
    expect(await page.locator('.ant-menu-item-selected').allTextContents()).toEqual(['人民调解']);
    if (SHOTS) await page.screenshot({ path: '/tmp/matters-mediation.png', fullPage: true });
  });
});

describe('一厅通办: consultation referred to legal aid', () => {
  it('opens the legal-aid intake pre-filled with the applicant, the ID number and the question as facts', async () => {
    const api = await apiSession('clerk');
    const body = '150203199005061';
    const idNumber = `${body}23${residentIdCheckChar(`${body}23`)}`;
    const applicant = await api.send<{ item: { id: string } }>('POST', '/api/persons', {
      name: '乌兰其其格',
      idNumber,
    });
    expect(applicant.status).toBe(201);
    const opposing = await api.send<{ item: { id: string } }>('POST', '/api/persons', {
      name: '包头某建材公司',
    });
    const question = '公司拖欠我三个月工资共一万二千元，我想申请法律援助讨薪';
    const opened = await api.send<{ item: { id: string; version: number } }>('POST', '/api/matters', {
      service: 'consultation',
      payload: { channel: 'window', category: 'labour', question },
      parties: [
        { personId: applicant.body.item.id, role: 'applicant' },
        { personId: opposing.body.item.id, role: 'opposing-party' },
      ],
    });
    expect(opened.status).toBe(201);
    const referred = await api.send('POST', `/api/matters/${opened.body.item.id}/actions`, {
      type: 'refer',
      expectedVersion: opened.body.item.version,
      payload: { target: 'legal-aid', reason: '经济困难，符合法律援助条件' },
    });
    expect(referred.status).toBe(200);

    await page.goto(`${baseUrl()}/matters/${opened.body.item.id}`);
    await page.getByTestId('to-legal-aid').click();
    await page.waitForURL(/\/legal-aid\/new\?fromMatter=/);
    await page.getByTestId('from-consultation').waitFor();
    const name = page.locator('#applicant_name');
    await expect.poll(() => name.inputValue()).toBe('乌兰其其格');
    await expect.poll(() => page.locator('#applicant_idNumber').inputValue()).toBe(idNumber);
    expect(await page.locator('#facts').inputValue()).toBe(question);
    expect(await page.locator('#opposingParty_name').inputValue()).toBe('包头某建材公司');
    if (SHOTS) await page.screenshot({ path: '/tmp/matters-legal-aid-intake.png', fullPage: true });
  });
});

describe('new matter from another (?from=<matterId>)', () => {
  it('pre-fills the parties of a consultation referred to mediation and links the new matter to it', async () => {
    const api = await apiSession('clerk');
    const ids: string[] = [];
    for (const name of ['斯琴高娃', '额尔敦']) {
      const reply = await api.send<{ item: { id: string } }>('POST', '/api/persons', { name });
      expect(reply.status).toBe(201);
      ids.push(reply.body.item.id);
    }
    const opened = await api.send<{ item: { id: string; version: number; number: string } }>(
      'POST',
      '/api/matters',
      {
        service: 'consultation',
        payload: {
          channel: 'phone-12348',
          category: 'property',
          question: '楼上漏水泡坏了我家吊顶，物业不管',
        },
        parties: [
          { personId: ids[0], role: 'applicant' },
          { personId: ids[1], role: 'opposing-party' },
        ],
      },
    );
    expect(opened.status).toBe(201);
    const referred = await api.send('POST', `/api/matters/${opened.body.item.id}/actions`, {
      type: 'refer',
      expectedVersion: opened.body.item.version,
      payload: { target: 'mediation', reason: '双方同意调解' },
    });
    expect(referred.status).toBe(200);

    await page.goto(`${baseUrl()}/matters/${opened.body.item.id}`);
    await page.getByTestId('register-referred').click();
    await page.waitForURL(/\/matters\/w\/mediation\/new\?from=/);
    await page.getByTestId('start-from').filter({ hasText: opened.body.item.number }).waitFor();
    await page.getByTestId('party-row').filter({ hasText: '额尔敦' }).waitFor();
    expect(await page.getByTestId('party-row').count()).toBe(2);
    await choose('调解的发起方式', '当事人申请');
    // One applicant among the carried parties: 申请人 is filled in as 一方当事人.
    await page
      .locator('.ant-form-item')
      .filter({ has: page.getByLabel('申请调解的当事人', { exact: true }) })
      .locator('.ant-select-content')
      .filter({ hasText: '一方当事人' })
      .waitFor();
    await choose('纠纷类型', '邻里纠纷');
    await page.getByLabel('纠纷简要情况').fill('楼上漏水泡坏吊顶，赔偿有争议');
    await page
      .getByRole('button', { name: /登\s*记/ })
      .last()
      .click();
    await page.waitForURL(/\/matters\/[0-9a-f-]{36}$/);
    await page
      .getByTestId('matter-status')
      .filter({ hasText: /已受理|待对方当事人同意/ })
      .waitFor();
    expect(await page.getByTestId('party').allTextContents()).toEqual(['斯琴高娃', '额尔敦']);
    await page.getByText('当事人已从法律咨询带入').waitFor();
    await page.getByRole('link', { name: opened.body.item.number }).waitFor();
  });
});

describe('header bell for window-matter clocks', () => {
  it('counts the breached clock of a matter the clerk handles and opens 我的期限', async () => {
    const api = await apiSession('clerk');
    const receivedOn = new Date(Date.now() - 20 * 86_400_000).toLocaleDateString('sv-SE', {
      timeZone: 'Asia/Shanghai',
    });
    const opened = await api.send<{ item: { number: string } }>('POST', '/api/matters', {
      service: 'appraisal',
      payload: {
        receivedOn,
        clientKind: 'court',
        clientName: '包头市昆都仑区人民法院',
        field: 'forensic-clinical',
        matter: '伤残等级鉴定',
        complex: false,
        legalAidRecipient: false,
      },
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);

    await page.goto(`${baseUrl()}/matters/w/appraisal`);
    const badge = page.getByTestId('deadline-badge');
    await badge.waitFor();
    // The bell shows before its counts arrive (0 while loading): wait for the count.
    await expect.poll(async () => Number(await badge.getAttribute('data-count'))).toBeGreaterThan(0);
    expect(await badge.getAttribute('aria-label')).toMatch(/窗口事项已超期 [1-9]\d* 项/);
    await badge.click();
    await page.waitForURL(/\/matters\/deadlines$/);
    await page.getByText(opened.body.item.number).first().waitFor();
    // The clock says how late it is; its last day has a column of its own, not repeated in the tag.
    const row = page
      .getByTestId('my-deadlines')
      .getByRole('row')
      .filter({ hasText: opened.body.item.number });
    const tag = row.locator('[data-testid^="clock-"]').first();
    await expect.poll(() => tag.textContent()).toMatch(/已超期 \d+ 天/);
    expect(await tag.textContent()).not.toContain('届满');
  });
});
