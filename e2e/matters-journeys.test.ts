/**
 * Two window-matter journeys through the real UI: the mediator takes a mediation matter through its
 * session to a signed written agreement and downloads the agreement (.docx, 人民调解法 第二十九条); the
 * clerk opens a matter whose party already stands on the other side of an open matter and is warned
 * (利益冲突) before and after registering it. Also: the list's 最近期限 tag stays inside its column at
 * 1366 px. Screenshots go to /tmp/matters-journey-*.png when MATTERS_SCREENSHOTS=1.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, baseUrl, chooseOption, launchBrowser, loginAs } from './browser';

const SHOTS = process.env.MATTERS_SCREENSHOTS === '1';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function staffPage(username: string, width = 1366): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width, height: 900 } });
  const page = await context.newPage();
  await loginAs(page, username);
  return page;
}

/** Picks `option` in the antd Select labelled `label`. */
const choose = chooseOption;

async function submitAction(page: Page) {
  await page.getByRole('button', { name: /提\s*交/ }).click();
}

/** Types a business date into the antd DatePicker labelled `label` (Enter confirms it, and submits nothing). */
async function pickDate(page: Page, label: string, date: string, exact = false) {
  const input = page.getByLabel(label, { exact });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** A Tuesday and the Wednesday after it, two to three weeks after today in Beijing (YYYY-MM-DD). */
function bookingDays(): [string, string] {
  const beijing = new Date(Date.now() + 8 * 3_600_000); // Beijing's wall clock in the UTC fields
  const day = new Date(Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate() + 14));
  while (day.getUTCDay() !== 2) day.setUTCDate(day.getUTCDate() + 1);
  const next = new Date(day.getTime() + 86_400_000);
  return [day.toISOString().slice(0, 10), next.toISOString().slice(0, 10)];
}

/** `2026-12-15` → `2026年12月15日`. */
function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/**
 * Clicks each day in the multiple DatePicker labelled `label`, paging months towards it (forward or back: the
 * panel opens on the current month, or on the month last shown).
 */
async function pickDays(page: Page, label: string, dates: string[]) {
  // The multiple picker's input is read-only and unlabelled: click the picker of the labelled item.
  await page
    .locator('.ant-form-item')
    .filter({ has: page.locator('label', { hasText: new RegExp(`^${label}$`) }) })
    .locator('.ant-picker')
    .click();
  const popup = page.locator('.ant-picker-dropdown:visible');
  const shownMonth = async () => {
    const number = async (button: string) =>
      Number((await popup.locator(button).first().textContent())?.match(/\d+/)?.[0]);
    return (await number('.ant-picker-year-btn')) * 12 + (await number('.ant-picker-month-btn')) - 1;
  };
  for (const date of dates) {
    const target = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
    for (let months = 0; (await popup.locator(`td[title="${date}"]`).count()) === 0; months++) {
      expect(months).toBeLessThan(36);
      const shown = await shownMonth();
      await popup
        .locator(shown < target ? '.ant-picker-header-next-btn' : '.ant-picker-header-prev-btn')
        .click();
    }
    await popup.locator(`td[title="${date}"]`).click();
  }
  await page.keyboard.press('Escape');
}

/** Today's business date in Asia/Shanghai. */
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

async function persons(...names: string[]): Promise<string[]> {
  const api = await apiSession('clerk');
  const ids: string[] = [];
  for (const name of names) {
    const reply = await api.send<{ item: { id: string } }>('POST', '/api/persons', { name });
    expect(reply.status).toBe(201);
    ids.push(reply.body.item.id);
  }
  return ids;
}

describe('人民调解: through to a signed agreement and its .docx', () => {
  it('the mediator records the session, drafts and signs the agreement, and downloads it', async () => {
    const [applicant, other] = await persons('满都拉', '郝建平');
    const api = await apiSession('clerk');
    const opened = await api.send<{ item: { id: string; status: string } }>('POST', '/api/matters', {
      service: 'mediation',
      payload: {
        initiatedBy: 'party',
        applicants: 'both',
        disputeKind: 'neighbour',
        facts: '郝建平家空调外机噪音扰民',
      },
      parties: [
        { personId: applicant, role: 'applicant' },
        { personId: other, role: 'opposing-party' },
      ],
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body.item.status).toBe('accepted');

    const page = await staffPage('mediator');
    const citationRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/laws/citations')) citationRequests.push(`${r.method()} ${r.url()}`);
    });
    await page.goto(`${baseUrl()}/matters/${opened.body.item.id}`);
    const status = (text: string) => page.getByTestId('matter-status').filter({ hasText: text }).waitFor();
    await status('已受理');
    // A regulation outside the law library is cited as plain text with a hint, not a link to nothing.
    const outside = page.getByTestId('citation-outside-library').filter({ hasText: '人民调解工作若干规定' });
    await outside.first().waitFor();
    expect(await outside.first().textContent()).toContain('不在法规库中');
    // The page's citations (several sources) were resolved together, not one request per citation.
    const cited = await page.locator('.laws-article-link, [data-testid="citation-outside-library"]').count();
    expect(cited).toBeGreaterThan(1);
    expect(citationRequests.length, citationRequests.join('\n')).toBeLessThan(cited);
    expect(citationRequests.every((r) => r.startsWith('POST ') && r.includes('/citations/resolve'))).toBe(
      true,
    );

    await choose(page, '选择操作', '确定调解员');
    // Enter in a text box does not submit the half-filled form (调解员产生方式 still to choose).
    await page.getByLabel('调解员姓名', { exact: true }).press('Enter');
    await page.waitForTimeout(500);
    await status('已受理');
    expect(await page.locator('.ant-form-item-explain-error').count()).toBe(0);
    // The account is picked by name (not typed as an id); the name is then typed no more.
    await choose(page, '人民调解员', '吴秀兰');
    await page.getByLabel('调解员姓名', { exact: true }).waitFor({ state: 'hidden' });
    // Submitted without the choice: the field asks to choose (请选择), not to type (请填写).
    await submitAction(page);
    await page.locator('.ant-form-item-explain-error', { hasText: '请选择调解员产生方式' }).waitFor();
    await choose(page, '调解员产生方式', '调解委员会指定');
    await submitAction(page);
    await status('调解中');

    await choose(page, '选择操作', '记录调解');
    // A session already held: the picker disables the days after today (Beijing), as the server refuses them.
    await page.getByLabel('调解日期').click();
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('sv-SE', {
      timeZone: 'Asia/Shanghai',
    });
    const calendar = page.locator('.ant-picker-dropdown:visible');
    await expect(calendar.locator(`td[title="${tomorrow}"]`).getAttribute('class')).resolves.toContain(
      'ant-picker-cell-disabled',
    );
    await expect(calendar.locator(`td[title="${today()}"]`).getAttribute('class')).resolves.not.toContain(
      'ant-picker-cell-disabled',
    );
    await page.keyboard.press('Escape');
    await pickDate(page, '调解日期', today());
    await page.getByLabel('调解情况记录').fill('双方到场陈述，同意调整外机位置并补偿');
    await submitAction(page);
    await page.getByTestId('action-payload').filter({ hasText: '调解情况记录' }).waitFor();

    await choose(page, '选择操作', '拟定调解协议');
    await choose(page, '协议形式', '书面协议');
    // The agreement starts from the matter: its parties and the facts told at opening, editable.
    expect(await page.getByLabel('当事人的基本情况').inputValue()).toBe('申请人：满都拉；对方当事人：郝建平');
    expect(await page.getByLabel('纠纷的主要事实').inputValue()).toBe('郝建平家空调外机噪音扰民');
    await page.getByLabel('当事人的基本情况').fill('申请人满都拉；对方当事人郝建平');
    await page.getByLabel('纠纷的主要事实').fill('郝建平家空调外机正对满都拉卧室，夜间噪音扰民');
    await page.getByLabel('争议事项').fill('外机位置与补偿');
    await page.getByLabel('各方当事人的责任').fill('郝建平负主要责任');
    // The agreement's terms (第二十九条第三项): each with its content, manner and deadline of performance.
    await page.getByLabel('协议内容', { exact: true }).fill('郝建平将空调外机移至北侧并补偿五百元');
    await page.getByLabel('履行方式', { exact: true }).fill('当面交付');
    await pickDate(page, '履行期限', today(), true);
    await submitAction(page);
    await status('协议待签署');

    await choose(page, '选择操作', '签署调解协议');
    await pickDate(page, '签订日期', today());
    await page.getByLabel('各方当事人是否已签名、盖章或者按指印').click();
    await page.getByLabel('人民调解员是否已签名').click();
    await page.getByLabel('是否已加盖人民调解委员会印章').click();
    await submitAction(page);
    await status('协议履行中');

    // 办理记录: the terms by their names, the dates readable.
    const terms = page.getByTestId('action-payload').filter({ hasText: '协议形式' });
    expect(await terms.textContent()).toContain(
      '协议内容：郝建平将空调外机移至北侧并补偿五百元，履行方式：当面交付',
    );
    const [y, m, d] = today().split('-').map(Number);
    expect(await terms.textContent()).toContain(`履行期限：${y}年${m}月${d}日`);
    if (SHOTS) await page.screenshot({ path: '/tmp/matters-journey-agreement.png', fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('agreement-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = readFileSync(await download.path());
    const xml = strFromU8(unzipSync(new Uint8Array(file))['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((x) => x[1]).join('');
    // 人民调解法 第二十九条: the parties, the facts and points in dispute, the responsibilities, the terms with
    // manner and deadline of performance; signed by the parties and the mediator.
    for (const part of [
      '人民调解协议书',
      '申请人满都拉；对方当事人郝建平',
      '夜间噪音扰民',
      '外机位置与补偿',
      '郝建平负主要责任',
      '郝建平将空调外机移至北侧并补偿五百元',
      '当面交付',
      '吴秀兰',
      '第二十九条',
    ])
      expect(text, part).toContain(part);
    expect(text).toContain('满都拉');
    await page.context().close();
  });
});

describe('人民调解: the matter titled by its parties, the consenting party picked from them', () => {
  it("the title names both sides and the dispute; 同意调解的当事人 is one of the matter's parties; 我的期限 shows it", async () => {
    const [applicant, other] = await persons('其木格', '刘振华');
    const api = await apiSession('clerk');
    const opened = await api.send<{ item: { id: string; number: string } }>('POST', '/api/matters', {
      service: 'mediation',
      payload: {
        initiatedBy: 'party',
        applicants: 'one',
        disputeKind: 'neighbour',
        facts: '共用楼道堆放杂物',
      },
      parties: [
        { personId: applicant, role: 'applicant' },
        { personId: other, role: 'opposing-party' },
      ],
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const page = await staffPage('clerk');
    await page.goto(`${baseUrl()}/matters/${opened.body.item.id}`);
    await page.getByTestId('matter-status').filter({ hasText: '待对方当事人同意' }).waitFor();
    expect(await page.locator('.lh-page-title').textContent()).toBe(
      '人民调解 · 其木格 与 刘振华（邻里纠纷）',
    );

    await choose(page, '选择操作', '对方当事人同意调解');
    // Picked among the matter's own parties; the typed name is asked for only without a pick.
    await page.getByLabel('当事人姓名', { exact: true }).waitFor();
    await choose(page, '同意调解的当事人', '刘振华（对方当事人）');
    await page.getByLabel('当事人姓名', { exact: true }).waitFor({ state: 'hidden' });
    await submitAction(page);
    await page.getByTestId('matter-status').filter({ hasText: '已受理' }).waitFor();
    await page.getByTestId('action-payload').filter({ hasText: '刘振华' }).first().waitFor();

    // 我的期限: the matter's one-month clock, under its title, linking to the matter.
    await page.goto(`${baseUrl()}/matters/deadlines`);
    const row = page.getByTestId('my-deadlines').locator('tr').filter({ hasText: opened.body.item.number });
    await row.waitFor();
    expect(await row.textContent()).toContain('人民调解 · 其木格 与 刘振华（邻里纠纷）');
    expect(await row.getByTestId('deadline-matter').getAttribute('href')).toBe(
      `/matters/${opened.body.item.id}`,
    );
    await page.context().close();
  });
});

describe('利益冲突: a party already on the other side of an open matter', () => {
  it('warns while the clerk registers the new matter, and again on its page', async () => {
    const [worker, firm] = await persons('其木格', '包头某物业公司');
    const api = await apiSession('clerk');
    const earlier = await api.send<{ item: { number: string } }>('POST', '/api/matters', {
      service: 'consultation',
      payload: { channel: 'window', category: 'property', question: '物业公司多收取暖费，怎么办？' },
      parties: [
        { personId: worker, role: 'applicant' },
        { personId: firm, role: 'opposing-party' },
      ],
    });
    expect(earlier.status).toBe(201);

    const page = await staffPage('clerk');
    await page.goto(`${baseUrl()}/matters/w/mediation/new`);
    await page.getByText('登记内容').waitFor();
    // The firm applies this time, against 其木格: she now stands on the other side.
    for (const name of ['包头某物业公司', '其木格']) {
      const search = page.getByLabel('添加当事人');
      await search.click();
      await search.fill(name);
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name })
        .first()
        .click();
      await page.getByTestId('party-row').filter({ hasText: name }).waitFor();
    }
    // No button pressed: the check runs as the parties are entered.
    const warnings = page.getByTestId('conflict-warnings');
    await warnings.filter({ hasText: earlier.body.item.number }).waitFor();
    expect(await warnings.textContent()).toContain('其木格');
    // A warning (yellow), not an error: registering is still allowed.
    expect(await warnings.getAttribute('class')).toContain('ant-alert-warning');

    await choose(page, '调解的发起方式', '当事人申请');
    await choose(page, '申请调解的当事人', '一方当事人');
    await choose(page, '纠纷类型', '物业纠纷');
    await page.getByLabel('纠纷简要情况').fill('物业公司与业主就取暖费发生争议');
    await page
      .getByRole('button', { name: /登\s*记/ })
      .last()
      .click();
    await page.waitForURL(/\/matters\/[0-9a-f-]{36}$/);
    // The new matter's page (not the form still on screen while it loads) keeps the warnings in view.
    await page.getByTestId('matter-status').filter({ hasText: '待对方当事人同意' }).waitFor();
    await page.getByTestId('conflict-warnings').filter({ hasText: earlier.body.item.number }).waitFor();
    expect(await page.getByText('登记内容').count()).toBe(0);
    if (SHOTS) await page.screenshot({ path: '/tmp/matters-journey-conflict.png', fullPage: true });
    // After a reload (or for a colleague) the saved parties are checked again.
    await page.reload();
    await page.getByTestId('conflict-warnings').filter({ hasText: earlier.body.item.number }).waitFor();

    // The window's list at 1366 px: the 最近期限 tag ends before the 登记时间 column starts.
    await page.goto(`${baseUrl()}/matters/w/mediation`);
    const row = page.locator('.ant-table-row').first();
    await row.locator('[data-testid^="clock-"]').waitFor();
    const tag = await row.locator('[data-testid^="clock-"]').boundingBox();
    const opened = await row.locator('td.matters-nowrap').boundingBox();
    expect(tag && opened && tag.x + tag.width <= opened.x).toBe(true);
    if (SHOTS) await page.screenshot({ path: '/tmp/matters-journey-list.png', fullPage: true });
    await page.context().close();
  });
});

describe('法治宣传 申请: a payload of two kinds is a form, not JSON', () => {
  it('the clerk picks 预约法治讲座, fills its own fields and registers the booking', async () => {
    const page = await staffPage('clerk');
    await page.goto(`${baseUrl()}/matters/w/publicity/new`);
    await page.getByText('登记内容').waitFor();
    expect(await page.getByText('（JSON）').count()).toBe(0);
    // Only the kind is asked until one is chosen.
    expect(await page.getByLabel('预约单位').count()).toBe(0);
    await page.getByText('预约法治讲座', { exact: true }).click();
    await page.getByLabel('预约单位').fill('昆都仑区少先路小学');
    await page.getByLabel('联系人').fill('乌云');
    await page.getByLabel('联系电话').fill('0472-5123456');
    await choose(page, '讲座主题', '民法典');
    await choose(page, '听众类别', '学校');
    await page.getByLabel('预计人数').fill('120');
    const [first, second] = bookingDays();
    await pickDays(page, '希望的日期', [first, second]);
    await page.getByLabel('地点', { exact: true }).fill('学校礼堂');
    await page
      .getByRole('button', { name: /登\s*记/ })
      .last()
      .click();
    await page.waitForURL(/\/matters\/[0-9a-f-]{36}$/);
    await page.getByTestId('matter-status').filter({ hasText: '讲座待安排' }).waitFor();
    // The history names the kind and the fields in words.
    const payload = page.getByTestId('action-payload').filter({ hasText: '昆都仑区少先路小学' });
    await payload.waitFor();
    expect(await payload.textContent()).toContain('预约法治讲座');
    // Both days picked in the calendar, kept as business dates.
    expect(await payload.textContent()).toContain(chineseDate(first));
    expect(await payload.textContent()).toContain(chineseDate(second));
    if (SHOTS) await page.screenshot({ path: '/tmp/matters-journey-publicity.png', fullPage: true });
    await page.context().close();
  });
});

describe('forms that start from the parties; the matter page in English', () => {
  it('仲裁: the names come from the parties picked, the claim select is readable', async () => {
    const page = await staffPage('clerk');
    await persons('巴特尔', '包头某建筑公司');
    await page.goto(`${baseUrl()}/matters/w/arbitration/new`);
    await page.getByText('登记内容').waitFor();
    for (const name of ['巴特尔', '包头某建筑公司']) {
      const search = page.getByLabel('添加当事人');
      await search.click();
      await search.fill(name);
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name })
        .first()
        .click();
      await page.getByTestId('party-row').filter({ hasText: name }).waitFor();
    }
    // First added: 申请人; the next: 被申请人 (the picker's defaults for 仲裁).
    await page
      .locator('.ant-select', { has: page.getByLabel('包头某建筑公司 身份') })
      .filter({ hasText: '被申请人' })
      .waitFor();
    const applicant = page.locator('#payload_applicantName');
    await expect.poll(() => applicant.inputValue()).toBe('巴特尔');
    expect(await page.locator('#payload_respondentName').inputValue()).toBe('包头某建筑公司');
    // Typed over, a name stays when the parties change.
    await applicant.fill('巴特尔（曾用名巴图）');
    await page.getByLabel('包头某建筑公司 身份').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="对方当事人"]').click();
    await page
      .locator('.ant-select', { has: page.getByLabel('包头某建筑公司 身份') })
      .filter({ hasText: '对方当事人' })
      .waitFor();
    expect(await applicant.inputValue()).toBe('巴特尔（曾用名巴图）');
    const claimKind = page.getByLabel('请求类型', { exact: true });
    const box = await page.locator('.ant-select').filter({ has: claimKind }).boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(240);
    await page.context().close();
  });

  it('English: the title, party roles and clock names follow the language', async () => {
    const [applicant, other] = await persons('阿拉坦', '孟和');
    const api = await apiSession('clerk');
    const opened = await api.send<{ item: { id: string; number: string } }>('POST', '/api/matters', {
      service: 'mediation',
      payload: { initiatedBy: 'party', applicants: 'both', disputeKind: 'neighbour', facts: '院墙归属争议' },
      parties: [
        { personId: applicant, role: 'applicant' },
        { personId: other, role: 'respondent' },
      ],
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const page = await staffPage('clerk');
    await page.goto(`${baseUrl()}/matters/${opened.body.item.id}`);
    await page.getByTestId('matter-status').waitFor();
    await page.getByRole('button', { name: /English/ }).click();
    await expect
      .poll(() => page.locator('.lh-page-title').textContent())
      .toBe("People's mediation · 阿拉坦 and 孟和 (Neighbour dispute)");
    expect(await page.locator('.lh-page-subtitle').textContent()).toContain(opened.body.item.number);
    await page.locator('.ant-descriptions-item-label', { hasText: /^Respondent$/ }).waitFor();
    const clock = page.locator('[data-testid^="clock-"]').first();
    expect(await clock.textContent()).toMatch(/^[\x20-\x7e·\s]+$/u);
    expect(await clock.textContent()).toMatch(/\d+ days? (left|overdue)|paused/);
    // The list names each party with its role in English brackets, not Chinese ones.
    await page.goto(`${baseUrl()}/matters/w/mediation`);
    const row = page.getByRole('row').filter({ hasText: opened.body.item.number });
    await expect.poll(() => row.textContent()).toContain('阿拉坦 (Applicant), 孟和 (Respondent)');
    await page.context().close();
  });
});
