/**
 * Citizens' pages and 好差评 end to end on a phone-sized viewport (issue #6, Done-when): apply for legal aid
 * online through the guided questions, sign the credit commitment on screen, receive the matter number,
 * track it with the SMS code read from the outbox (test API), rate it after the agency grants it (staff API),
 * and — the rating being bad — watch the rectification item turn overdue for the bureau leader once the
 * server clock (test API) has passed its call-back day.
 *
 * Screenshots of the phone pages go to /tmp/m-*.png when M_SCREENSHOTS=1.
 */
import { residentIdCheckChar } from '@core/identity';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, baseUrl, launchBrowser, loginAs } from './browser';

const SHOTS = process.env.M_SCREENSHOTS === '1';
const PHONE = '13904725566';

function beijingToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** A valid resident ID number of a 45-year-old from 青山区 (150204). */
function inventedResidentId(): string {
  const [y, m] = beijingToday().split('-') as [string, string, string];
  const body = `150204${Number(y) - 45}${m}09${'268'}`;
  return body + residentIdCheckChar(body);
}

async function testApi<T>(method: 'GET' | 'PUT' | 'POST', path: string, body?: unknown): Promise<T> {
  const reply = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!reply.ok) throw new Error(`${method} ${path}: ${reply.status} ${await reply.text()}`);
  return (await reply.json()) as T;
}

/** The newest code sent to `phone` for `template` (polls: the SMS is dispatched after the reply). */
async function codeFromOutbox(phone: string, template: string, notBefore: number): Promise<string> {
  for (let i = 0; i < 40; i++) {
    const { items } = await testApi<{ items: { template: string; text: string; createdAt: string }[] }>(
      'GET',
      `/api/test/outbox?phone=${phone}`,
    );
    const hit = items.find((m) => m.template === template && Date.parse(m.createdAt) >= notBefore - 1000);
    const code = hit?.text.match(/验证码 (\d{6})/)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no ${template} code for ${phone}`);
}

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `/tmp/m-${name}.png`, fullPage: true });
}

let browser: Browser;
let phone: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  page = await phone.newPage();
});

afterAll(async () => {
  await testApi('PUT', '/api/test/clock', { at: null }).catch(() => undefined);
  await browser?.close();
});

describe('citizen on the phone: apply, track, rate; the leader sees the overdue rectification', () => {
  let matterNumber = '';

  it('applies online through the guided questions and signs the commitment on screen', async () => {
    await page.goto(`${baseUrl()}/m`);
    await page.getByTestId('m-large-font').click();
    await expect.poll(() => page.locator('.m-app.m-large').count()).toBe(1);
    await page.getByTestId('m-large-font').click();
    await page.getByRole('link', { name: /申请法律援助/ }).click();

    await page.getByTestId('question-caseKind').getByText('民事', { exact: true }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByTestId('question-matter').getByText('请求确认劳动关系或者支付劳动报酬').click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page
      .getByTestId('question-circumstances')
      .getByRole('button', { name: /都不符合/ })
      .click();
    await page
      .getByTestId('question-exemptions')
      .getByRole('button', { name: /都不符合/ })
      .click();
    await page.getByLabel('家庭人口数').fill('3');
    await page.getByLabel('家庭月收入').fill('2400');
    await page.getByTestId('question-hardship').getByRole('button', { name: '下一步' }).click();
    const outcome = page.getByTestId('likely-outcome');
    await expect.poll(() => outcome.textContent()).toContain('可能符合法律援助条件');
    expect(await outcome.textContent()).toContain('法律援助法 第三十四条');
    await shot(page, 'apply-outcome');
    await page.getByRole('button', { name: '继续填写申请' }).click();

    await page.getByLabel('申请人姓名').fill('韩晓燕');
    await page.getByLabel('公民身份号码').fill(inventedResidentId());
    await page
      .getByLabel('案情及申请理由')
      .fill('在某物业公司做保洁，被拖欠三个月工资共七千二百元，请求法律援助追索劳动报酬。');
    await page.getByLabel('手机号码').fill(PHONE);
    const asked = Date.now();
    await page.getByRole('button', { name: '获取验证码' }).click();
    const code = await codeFromOutbox(PHONE, 'sms-code.apply', asked);
    // A wrong code is told at this step, before the commitment is signed.
    await page.getByLabel('短信验证码').fill(code === '000000' ? '000001' : '000000');
    await page.getByRole('button', { name: /下一步：签署承诺/ }).click();
    await expect(page.getByTestId('code-error').textContent()).resolves.toContain('验证码错误或已失效');
    await expect(page.getByTestId('signature-pad').count()).resolves.toBe(0);
    await page.getByLabel('短信验证码').fill(code);
    await page.getByRole('button', { name: /下一步：签署承诺/ }).click();

    const pad = page.getByTestId('signature-pad');
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + 30, box.y + 60);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 30 + i * 20, box.y + 60 + (i % 2 ? 25 : -15));
    await page.mouse.up();
    await page.getByText('我已阅读并同意上述承诺').click();
    await shot(page, 'apply-sign');
    await page.getByRole('button', { name: '提交申请' }).click();
    const number = page.getByTestId('matter-number');
    await number.waitFor();
    matterNumber = (await number.textContent())?.trim() ?? '';
    expect(matterNumber).toMatch(/^包法援〔\d{4}〕第\d{4}号$/);
    await shot(page, 'apply-done');
  });

  it('tracks the matter with the number, the phone and the SMS code from the outbox', async () => {
    await page.getByRole('button', { name: '查询办理进度' }).click();
    await page.getByLabel('申请时登记的手机号码').fill(PHONE);
    const asked = Date.now();
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByLabel('短信验证码').fill(await codeFromOutbox(PHONE, 'sms-code.track', asked));
    await page.getByRole('button', { name: /^查\s*询$/ }).click();
    await page.getByTestId('matter-view').waitFor();
    expect(await page.getByTestId('matter-status').textContent()).toBe('已申请');
    expect(await page.getByTestId('matter-view').textContent()).toContain('网上申请');
    await shot(page, 'track');
  });

  it('rates it after the agency grants it; the bad rating opens a rectification item', async () => {
    const clerk = await apiSession('clerk');
    const reviewer = await apiSession('reviewer');
    const director = await apiSession('director');
    const list = await clerk.get<{ items: { id: string; number: string }[] }>(
      `/api/legal-aid/applications?pageSize=100`,
    );
    const id = list.items.find((m) => m.number === matterNumber)?.id;
    expect(id).toBeDefined();
    for (const [who, type] of [
      [clerk, 'accept'],
      [reviewer, 'review'],
      [director, 'grant'],
    ] as const) {
      const current = await who.get<{ version: number }>(`/api/legal-aid/applications/${id}`);
      const r = await who.send('POST', `/api/legal-aid/applications/${id}/actions`, {
        type,
        expectedVersion: current.version,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    }

    await page.reload();
    await page.getByTestId('rating-form').waitFor();
    expect(await page.getByTestId('matter-status').textContent()).toBe('已决定给予法律援助');
    await page.getByRole('radio', { name: '非常不满意' }).click();
    await page.getByText('办理拖延').click();
    await page.getByLabel('评价内容').fill('提交申请后一直没有人联系我');
    await shot(page, 'rate');
    await page.getByRole('button', { name: '提交评价' }).click();
    const done = page.getByTestId('rating-done');
    await done.waitFor();
    expect(await done.textContent()).toContain('非常不满意');
    expect(await done.textContent()).toContain('待回访');
  });

  it('shows the leader the item as overdue once the server clock has passed its call-back day', async () => {
    const leaderContext = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'zh-CN',
    });
    const leader = await leaderContext.newPage();
    await loginAs(leader, 'leader');
    await leader.goto(`${baseUrl()}/evaluations/rectifications`);
    const row = leader.getByRole('row').filter({ hasText: matterNumber });
    await row.waitFor();
    expect(await row.textContent()).not.toContain('已逾期');

    // Ten days later: the 1-working-day call-back is long past. The sweep escalates it to the leaders.
    await testApi('PUT', '/api/test/clock', { at: new Date(Date.now() + 10 * 86_400_000).toISOString() });
    await testApi('POST', '/api/test/sweeps');
    // The morning's session is 10 days old on the new clock: sign in again.
    await loginAs(leader, 'leader');
    await leader.goto(`${baseUrl()}/evaluations/rectifications`);
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('已逾期');
    expect(await row.textContent()).toContain('已督办');
    await leader.getByText('已逾期', { exact: true }).click();
    await expect.poll(() => leader.getByRole('row').filter({ hasText: matterNumber }).count()).toBe(1);
    if (SHOTS) await leader.screenshot({ path: '/tmp/m-leader-rectifications.png', fullPage: true });
    // In English the status is English too, not the server's Chinese label.
    await leader.getByRole('button', { name: /English/ }).click();
    await expect
      .poll(() => row.getByTestId('rectification-status').textContent())
      .toBe('Awaiting call-back (overdue)');
    await leader.getByRole('button', { name: /中文/ }).click();
    await leaderContext.close();
  }, 120_000);
});
