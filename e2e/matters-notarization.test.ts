/**
 * 公证 through the real UI, as the notary: the materials form names the required materials of the matter's
 * checklist still missing (公证法 第二十七条第一款) and updates as they are picked; accepting starts with the
 * logged-in notary as 承办公证员 (第二十八条).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, baseUrl, chooseOption, launchBrowser, loginAs } from './browser';

let browser: Browser;
let matterId: string;
let notaryName: string;

beforeAll(async () => {
  const api = await apiSession('notary');
  notaryName = (await api.get<{ user: { displayName: string } }>('/api/auth/me')).user.displayName;
  const person = await api.send<{ item: { id: string } }>('POST', '/api/persons', { name: '图雅' });
  expect(person.status).toBe(201);
  const matter = await api.send<{ item: { id: string } }>('POST', '/api/matters', {
    service: 'notarization',
    payload: {
      channel: 'walk-in',
      matterType: 'education',
      applicantName: '图雅',
      byAgent: false,
      involvesImmovable: false,
      legalAidEligible: false,
    },
    parties: [{ personId: person.body.item.id, role: 'applicant' }],
  });
  expect(matter.status, JSON.stringify(matter.body)).toBe(201);
  matterId = matter.body.item.id;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('公证 materials and acceptance forms', () => {
  it('names the missing required materials, then starts 承办公证员 with the notary', async () => {
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await loginAs(page, 'notary');
    await page.goto(`${baseUrl()}/matters/${matterId}`);
    await chooseOption(page, '选择操作', '登记收到的材料');
    const missing = page.getByTestId('still-needed');
    await missing
      .filter({ hasText: '当事人身份证件' })
      .filter({ hasText: '毕业证书、学位证书原件' })
      .waitFor();
    await chooseOption(page, '收到的材料', '当事人身份证件');
    await expect.poll(() => missing.textContent()).not.toContain('当事人身份证件');
    expect(await missing.textContent()).toContain('毕业证书、学位证书原件');
    await chooseOption(page, '收到的材料', '毕业证书、学位证书原件');
    await expect.poll(() => missing.count()).toBe(0);
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await page.locator('.ant-message').getByText('登记收到的材料：已记入办理记录').waitFor();

    await chooseOption(page, '选择操作', '受理');
    const notary = page
      .locator('.ant-form-item')
      .filter({ has: page.getByLabel('承办公证员', { exact: true }) })
      .locator('.ant-select');
    await notary.filter({ hasText: notaryName }).waitFor();
    // Nothing else to fill: the notary's name goes with the picked account.
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByTestId('matter-status').filter({ hasText: '已受理' }).waitFor();
    const accepted = page.getByTestId('action-payload').filter({ hasText: notaryName });
    await accepted.first().waitFor();
  });
});
