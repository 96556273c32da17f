/**
 * 申请受理 for someone already on record: the clerk finds the applicant by pinyin initials in 选用已登记人员
 * instead of typing them again. The card shows the record (name, masked ID number and phone) read-only,
 * the full number never reaches the page, and the application registers linked to that person.
 * A screenshot of the picked applicant goes to /tmp/la-picker.png when LA_SCREENSHOTS=1.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, loginAs } from './browser';
import { inventedResidentId, session } from './legal-aid-kit';

const NAME = '柯雪梅';

describe('法律援助申请受理: 选用已登记人员', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fills the applicant from a person found by pinyin and links the application to them', {
    timeout: 120_000,
  }, async () => {
    const clerk = await session('clerk');
    const idNumber = inventedResidentId(47, '628');
    const { item: person } = await clerk.post<{ item: { id: string; idNumberMasked: string } }>(
      '/api/persons',
      { name: NAME, idNumber, phone: '13804721234', address: '包头市青山区幸福路 8 号' },
    );

    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await loginAs(page, 'clerk');
    await page.goto(`${baseUrl()}/legal-aid/new`);
    await page.getByLabel('选用已登记人员').fill('kxm');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: person.idNumberMasked })
      .click();

    const picked = page.getByTestId('picked-person');
    await picked.filter({ hasText: `已选用登记人员：${NAME}（${person.idNumberMasked}）` }).waitFor();
    await expect(page.getByLabel('姓名', { exact: true }).inputValue()).resolves.toBe(NAME);
    await expect(page.getByLabel('姓名', { exact: true }).isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('picked-id-number').inputValue()).resolves.toBe(person.idNumberMasked);
    await expect(page.getByLabel('住址', { exact: true }).inputValue()).resolves.toBe(
      '包头市青山区幸福路 8 号',
    );
    expect(await page.content()).not.toContain(idNumber);
    if (process.env.LA_SCREENSHOTS === '1') {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: '/tmp/la-picker.png' });
    }

    await page.getByLabel('名称或姓名').fill('包头市某商贸有限公司');
    await page.getByLabel('申请事项（第三十一条）').click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: '请求确认劳动关系或者支付劳动报酬' })
      .click();
    await page.getByLabel('案情摘要').fill('申请人在某商场任收银员，被拖欠两个月工资，请求支付劳动报酬。');
    await page.getByLabel('家庭人口数').fill('2');
    await page.getByLabel('家庭月收入合计').fill('1600');
    await page.getByTestId('eligibility-verdict').filter({ hasText: '符合法律援助条件' }).waitFor();
    await page.getByTestId('intake-submit').click();
    await page.waitForURL(/\/legal-aid\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('applicant-name').textContent()).resolves.toBe(NAME);

    const id = page.url().split('/').pop() ?? '';
    const matter = await clerk.get<{ applicant: { personId: string; idNumberMasked: string } }>(
      `/api/legal-aid/applications/${id}`,
    );
    expect(matter.applicant).toMatchObject({ personId: person.id, idNumberMasked: person.idNumberMasked });
    await context.close();
  });
});
