/**
 * Registering an arbitration application whose claim is already out of time (劳动争议调解仲裁法
 * 第二十七条): the form warns before it submits — which claim, the last day, the article — and 仍然登记
 * still registers it; the matter page then shows each claim's limitation. The same for an
 * administrative reconsideration applied for after the 60 days (行政复议法 第二十条), whose page keeps
 * the warning.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, chooseOption, launchBrowser, loginAs } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Today's business date in Asia/Shanghai. */
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** Types a business date into the antd DatePicker labelled `label` (Enter confirms it). */
async function pickDate(page: Page, label: string, date: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

describe('仲裁 registration: a claim past its limitation is warned of, not refused', () => {
  it('warns with the claim, its last day and 第二十七条; 仍然登记 registers; the matter shows the claim out of time', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await loginAs(page, 'clerk');
    await page.goto(`${baseUrl()}/matters/w/arbitration/new`);
    await page.getByText('登记内容').waitFor();
    await chooseOption(page, '仲裁类型（目前受理劳动争议仲裁）', '劳动争议');
    await pickDate(page, '收到仲裁申请的日期', today());
    await chooseOption(page, '申请方式', '书面申请');
    await chooseOption(page, '申请人身份', '劳动者');
    await page.locator('#payload_applicantName').fill('乌云其木格');
    await page.locator('#payload_respondentName').fill('包头某物流公司');
    // Not required for a non-monetary claim; required (marked) once the kind is a monetary one.
    const amountRequired = page.locator('label.ant-form-item-required', { hasText: '请求金额' });
    await chooseOption(page, '请求类型', '确认劳动关系');
    expect(await amountRequired.count()).toBe(0);
    await chooseOption(page, '请求类型', '经济补偿');
    await amountRequired.waitFor();
    // A list's add button says what it adds.
    await page.getByRole('button', { name: '添加仲裁请求' }).waitFor();
    await page.getByLabel('请求金额', { exact: true }).fill('6000');
    // The claim's own day of knowing: the year ran out on 2026-06-03 (a Wednesday).
    await pickDate(page, '知道或者应当知道权利被侵害之日', '2025-06-03');
    // The wage rule's fields belong to wage claims only, and the old matter-wide one is not offered.
    expect(await page.getByText('劳动关系是否已经终止').count()).toBe(0);
    // A wage claim offers them inside its own row (第二十七条第四款), and they go again with the kind.
    await chooseOption(page, '请求类型', '追索劳动报酬');
    await page.getByText('劳动关系是否已经终止').first().waitFor();
    await chooseOption(page, '请求类型', '经济补偿');
    await expect.poll(() => page.getByText('劳动关系是否已经终止').count()).toBe(0);

    await page
      .getByRole('button', { name: /登\s*记/ })
      .last()
      .click();
    const warning = page.getByTestId('late-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain(
      '第1项请求（经济补偿）已超过仲裁时效，最后一日为 2026-06-03',
    );
    expect(await warning.textContent()).toContain('第二十七条');
    expect(page.url()).toMatch(/\/new$/);

    await page.getByRole('button', { name: '仍然登记' }).click();
    await page.waitForURL(/\/matters\/[0-9a-f-]{36}$/);
    const row = page.getByTestId('claim-limitations').locator('tr', { hasText: '经济补偿' });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('2026-06-03');
    expect(text).toContain('已超过时效');
    await context.close();
  });

  it('行政复议: past the 60 days, the form names the last day and 第二十条 before registering', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await loginAs(page, 'clerk');
    await page.goto(`${baseUrl()}/matters/w/reconsideration/new`);
    await page.getByText('登记内容').waitFor();
    await pickDate(page, '收到申请的日期', today());
    await chooseOption(page, '申请方式', '书面');
    await page.locator('#payload_applicantName').fill('刘桂英');
    await page.locator('#payload_respondentAgency').fill('包头市某区市场监督管理局');
    await page.locator('#payload_actDescription').fill('罚款五千元的行政处罚决定');
    await pickDate(page, '行政行为作出日期', '2025-01-06');
    await pickDate(page, '知道或者应当知道行政行为之日', '2025-01-06');
    // Not told of the right (the switch left off): the day the applicant learned of it.
    await pickDate(page, '知道申请复议的权利、机关和期限之日', '2025-01-06');
    await page
      .getByRole('button', { name: /登\s*记/ })
      .last()
      .click();
    const warning = page.getByTestId('late-warning');
    await warning.waitFor();
    // 60 days from 2025-01-06: 2025-03-07 (a Friday), before the one-year cap.
    expect(await warning.textContent()).toContain('已超过申请行政复议的期限，最后一日为 2025-03-07');
    expect(await warning.textContent()).toContain('第二十条');
    await page.getByRole('button', { name: '仍然登记' }).click();
    await page.waitForURL(/\/matters\/[0-9a-f-]{36}$/);
    await page.getByTestId('matter-status').filter({ hasText: '受理审查' }).waitFor();
    // The matter's page keeps the warning, after a reload too.
    await page.reload();
    const kept = page.getByTestId('late-warnings');
    await kept.waitFor();
    expect(await kept.textContent()).toContain('申请时已超过法定期限');
    expect(await kept.textContent()).toContain('已超过申请行政复议的期限，最后一日为 2025-03-07');
    await context.close();
  });
});
