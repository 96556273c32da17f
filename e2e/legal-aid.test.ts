/**
 * Legal aid end to end through the real UI (issue: legal aid end to end, Done-when), on one business day:
 * a kiosk ticket for 法律援助 → the clerk at the legal-aid window calls it and opens the intake form from
 * the ticket → an eligible wage claim (household income below the Baotou sample standard), the
 * commitment signed on the signature pad; submitting finishes the ticket with the matter linked → 受理 → 审查 (the clerk, simple case) → the director grants and
 * assigns 周志远 from the ranked suggestions → the lawyer accepts: five same-day met. Then the grant decision and
 * the assignment notice download as .docx naming the applicant. Then the clerk's intake in English:
 * English labels, the eligibility panel in English, and the application registers all the same.
 *
 * Screenshots of the intake page, the detail page and the today board go to /tmp/la-*.png when
 * LA_SCREENSHOTS=1.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, loginAs } from './browser';
import { callToWindow, openHallAllDay, openWindow, settleCurrent } from './hall-kit';
import {
  act,
  beijingToday,
  downloadDocx,
  inventedResidentId,
  type Session,
  session,
  statusIs,
} from './legal-aid-kit';

const SHOTS = process.env.LA_SCREENSHOTS === '1';
const APPLICANT = '赵铁柱';
const ENGLISH_APPLICANT = '钱秀英';

/** Draws a signature on the pad with the mouse, as an applicant would with a finger or a pen. */
async function signOnPad(page: Page): Promise<void> {
  const pad = page.getByTestId('signature-pad');
  const signed = page.locator('.la-signature-hint').filter({ hasText: '已签名' });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    // To the middle of the viewport: at its bottom edge the sticky submit bar would cover the strokes.
    await pad.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = await pad.boundingBox();
    if (!box) throw new Error('signature pad not visible');
    await page.mouse.move(box.x + 40, box.y + box.height * 0.6);
    await page.mouse.down();
    for (let i = 1; i <= 24; i += 1) {
      await page.mouse.move(box.x + 40 + i * 12, box.y + box.height * (0.6 - 0.25 * Math.sin(i / 2.5)), {
        steps: 2,
      });
    }
    await page.mouse.up();
    const done = await signed
      .waitFor({ timeout: 2000 })
      .then(() => true)
      .catch(() => false);
    if (done) return;
  }
  throw new Error('the signature pad did not take the signature');
}

describe('法律援助: kiosk ticket → intake → 受理 → 审查 → 给予 → 指派 → 接受指派 (五个当天)', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let kiosk: Page;
  let desk: Page;
  let director: Page;
  let lawyer: Page;
  let admin: Session;
  let windowId: string;

  beforeAll(async () => {
    admin = await session('admin');
    await openHallAllDay(admin, 'e2e: legal aid journey');
    windowId = (await openWindow(admin, 2)).id;
    browser = await launchBrowser();
    const open = async (viewport: { width: number; height: number }) => {
      const context = await browser.newContext({ locale: 'zh-CN', viewport, acceptDownloads: true });
      contexts.push(context);
      return context.newPage();
    };
    kiosk = await open({ width: 1080, height: 1920 });
    desk = await open({ width: 1600, height: 1000 });
    director = await open({ width: 1600, height: 1000 });
    lawyer = await open({ width: 1440, height: 900 });
  });

  afterAll(async () => {
    await browser?.close();
    // The clerk's ticket is still being served at window 2: finish it, so later journeys can call there.
    if (windowId) await settleCurrent(await session('clerk'), windowId).catch(() => undefined);
  });

  it('grants, assigns and starts aid on the day of application, with the decision documents', {
    // Four browsers on a shared two-core machine: each step may wait its full 30 s under load.
    timeout: 300_000,
  }, async () => {
    // (1) A legal-aid ticket at the kiosk.
    await kiosk.goto(`${baseUrl()}/kiosk`);
    await kiosk.locator('button[data-service="legal-aid"]').click();
    await kiosk.getByRole('button', { name: '跳过，直接取号' }).click();
    const slip = kiosk.getByTestId('ticket-number');
    await slip.waitFor();
    const ticketNumber = ((await slip.textContent()) ?? '').trim();
    expect(ticketNumber).toMatch(/^B\d{3}$/);

    // (2) The clerk at window 2 calls it (settling another test's ticket first if one is ahead).
    const clerkApi = await callToWindow(desk, { id: windowId, button: /2号\s*法律援助窗口/ }, ticketNumber);

    // (3) … and opens the intake form from the ticket.
    await desk.getByTestId('start-legal-aid').click();
    await desk.waitForURL(/\/legal-aid\/new\?ticketId=/);
    await desk.getByText(`来自排队号 ${ticketNumber}`).waitFor();

    // (4) An eligible application: a migrant worker's wage claim, 3 people living on 2,400 yuan a month
    // (800 per person, below the Baotou sample standard of 1,000), hardship by commitment.
    const idNumber = inventedResidentId(41, '357');
    await desk.getByLabel('姓名', { exact: true }).fill(APPLICANT);
    await desk.getByLabel('公民身份号码', { exact: true }).fill(idNumber);
    await desk.getByTestId('id-facts').filter({ hasText: '出生日期' }).waitFor();
    await desk.getByLabel('联系电话', { exact: true }).fill('13904725678');
    await desk.getByLabel('住址', { exact: true }).fill('包头市昆都仑区钢铁大街 12 号');
    await desk.getByLabel('名称或姓名').fill('包头市某建筑工程有限公司');
    await desk.getByLabel('申请事项（第三十一条）').click();
    await desk
      .locator('.ant-select-item-option')
      .filter({ hasText: '请求确认劳动关系或者支付劳动报酬' })
      .click();
    await desk
      .getByLabel('案情摘要')
      .fill(
        '申请人于2025年在某工地务工8个月，用人单位拖欠工资共计三万六千元，多次催要未果，请求支付劳动报酬。',
      );
    await desk.getByLabel('家庭人口数').fill('3');
    await desk.getByLabel('家庭月收入合计').fill('2400');
    const verdict = desk.getByTestId('eligibility-verdict');
    await verdict.filter({ hasText: '符合法律援助条件' }).waitFor();
    const panel = desk.getByTestId('eligibility-panel');
    await panel.getByText('符合经济困难条件', { exact: true }).waitFor();
    await expect(panel.textContent()).resolves.toContain('示例');
    await expect(panel.textContent()).resolves.toContain('800.00');

    // The applicant signs the 告知承诺书 on the pad (drawn again if a layout shift moved the pad mid-stroke).
    await signOnPad(desk);
    if (SHOTS) {
      // A viewport as tall as the form, so the sticky submit bar sits at its foot.
      await desk.setViewportSize({ width: 1600, height: 2700 });
      await desk.evaluate(() => window.scrollTo(0, 0));
      await desk.screenshot({ path: '/tmp/la-intake.png' });
      await desk.setViewportSize({ width: 1600, height: 1000 });
    }

    await desk.getByTestId('intake-submit').click();
    await desk.waitForURL(/\/legal-aid\/[0-9a-f-]{36}$/);
    const detailUrl = desk.url();
    const number = ((await desk.getByTestId('matter-number').textContent()) ?? '').trim();
    expect(number).toMatch(/^包法援〔\d{4}〕第\d{4}号$/);
    await expect(desk.getByTestId('applicant-name').textContent()).resolves.toBe(APPLICANT);
    // Submitting from the ticket ended the visit in the same transaction, with the matter linked.
    const finished = await clerkApi.get<{ items: { status: string; outcome: string; matterId: string }[] }>(
      `/api/queue/tickets?date=${beijingToday()}&serviceCode=legal-aid&number=${ticketNumber}`,
    );
    expect(finished.items[0]).toMatchObject({
      status: 'finished',
      outcome: 'matter-opened',
      matterId: number,
    });
    if (SHOTS) await desk.screenshot({ path: '/tmp/la-detail-clerk.png', fullPage: true });

    // (5) 受理, then 审查 at the window (a simple case under five same-day).
    await act(desk, /^受\s*理$/);
    await statusIs(desk, '审查中');
    await act(desk, /^审\s*查$/);
    await desk.getByText('审查意见：给予法律援助').waitFor();
    // After the review: 待审批, and the review is offered only as a revision.
    await statusIs(desk, '待审批');
    const deskActions = desk.getByTestId('matter-actions');
    await deskActions.getByRole('button', { name: '修改审查意见' }).waitFor();
    await expect(deskActions.getByRole('button', { name: /^审\s*查$/ }).count()).resolves.toBe(0);

    // (6) The director grants and assigns 周志远, one of the ranked suggestions (the demo lawyer account).
    await loginAs(director, 'director');
    await director.goto(detailUrl);
    await act(director, /决定给予/);
    await statusIs(director, '已决定给予法律援助');
    await director
      .getByTestId('matter-actions')
      .getByRole('button', { name: /^指\s*派$/ })
      .click();
    const dialog = director.getByRole('dialog');
    const row = dialog.locator('tr').filter({ hasText: '周志远' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/在办法律援助案件 \d+ 件/);
    await row.click();
    await dialog.getByRole('button', { name: /^指\s*派$/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await statusIs(director, '已指派');

    // (7) The lawyer accepts the assignment from 我的指派: aid starts, five same-day is met.
    await loginAs(lawyer, 'lawyer');
    await lawyer.goto(`${baseUrl()}/legal-aid/mine`);
    const mine = lawyer.locator('tr').filter({ hasText: number });
    await mine.getByRole('button', { name: /接受指派/ }).click();
    await lawyer.locator('.ant-message').getByText('已接受指派').waitFor();
    await lawyer.goto(detailUrl);
    await lawyer.getByTestId('five-same-day-status').filter({ hasText: '已达成' }).waitFor();
    await expect(lawyer.getByTestId('five-same-day').getAttribute('data-met')).resolves.toBe('true');

    // (8) The grant decision and the assignment notice, as .docx naming the applicant.
    for (const kind of ['grant-decision', 'assignment-notice']) {
      const doc = await downloadDocx(lawyer, kind);
      expect(doc.name).toMatch(/\.docx$/);
      expect(doc.xml).toContain(APPLICANT);
    }

    if (SHOTS) {
      await director.goto(detailUrl);
      await director.getByTestId('five-same-day-status').filter({ hasText: '已达成' }).waitFor();
      await director.screenshot({ path: '/tmp/la-detail.png', fullPage: true });
      await director.goto(`${baseUrl()}/legal-aid/today`);
      await director.locator('tr').filter({ hasText: number }).waitFor();
      await director.screenshot({ path: '/tmp/la-today.png', fullPage: true });
    }
  });

  it('the intake form speaks English when the clerk switches the language, and still registers', {
    timeout: 120_000,
  }, async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
    contexts.push(context);
    const page = await context.newPage();
    await loginAs(page, 'clerk');
    await page.goto(`${baseUrl()}/legal-aid/new`);
    await page.getByRole('button', { name: /English/ }).click();
    await expect
      .poll(() => page.locator('.lh-page-title').textContent())
      .toBe('Legal aid application intake');
    await page
      .locator('.la-card-title')
      .filter({ hasText: /^1Applicant$/ })
      .waitFor();
    const form = await page.locator('form').textContent();
    expect(form).toContain('Opposing party');
    expect(form).toContain('Household finances');
    // The commitment the applicant signs stays Chinese.
    expect(form).toContain('本人承诺');

    await page.getByLabel('Name', { exact: true }).fill(ENGLISH_APPLICANT);
    await page.getByLabel('Resident ID number', { exact: true }).fill(inventedResidentId(36, '462'));
    await page.getByTestId('id-facts').filter({ hasText: 'Born' }).waitFor();
    await page.getByLabel('Name of person or organisation').fill('包头市某物业服务有限公司');
    await page.getByLabel('Matter (art. 31)').click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: 'Claims to confirm an employment relationship or for wages' })
      .click();
    await page
      .getByLabel('Summary of facts')
      .fill('申请人在某物业公司任保洁员，被拖欠三个月工资共计七千二百元，请求支付劳动报酬。');
    await page.getByLabel('Household size').fill('2');
    await page.getByLabel('Household monthly income').fill('1500');
    const panel = page.getByTestId('eligibility-panel');
    await page.getByTestId('eligibility-verdict').filter({ hasText: 'Eligible' }).waitFor();
    await panel.getByText('Meets the means test', { exact: true }).waitFor();
    await expect(panel.textContent()).resolves.toContain('750.00 yuan');
    if (SHOTS) await page.screenshot({ path: '/tmp/la-intake-en.png', fullPage: true });

    // Registered without a signature (it may be signed later on the detail page).
    await page.getByTestId('intake-submit').click();
    await page.waitForURL(/\/legal-aid\/[0-9a-f-]{36}$/);
    await page.locator('.ant-message').getByText('Application registered').waitFor();
    await expect(page.getByTestId('applicant-name').textContent()).resolves.toBe(ENGLISH_APPLICANT);
    await page.getByText('Claims to confirm an employment relationship or for wages').waitFor();
    // The deadlines cite the law in English, the due date and its basis apart.
    const source = page.locator('.la-deadline-source').first();
    await source.waitFor();
    await expect(source.textContent()).resolves.toMatch(/Legal Aid Law art\. \d+/);
    await expect(source.textContent()).resolves.not.toMatch(/法律援助法|程序规定/);
    await expect(page.locator('.la-deadline-due').first().textContent()).resolves.toMatch(
      /\d (calendar days|working days|hours)/,
    );
    const id = page.url().split('/').pop() ?? '';
    const matter = await (await session('clerk')).get<{ caseKind: string; matter: string; channel: string }>(
      `/api/legal-aid/applications/${id}`,
    );
    expect(matter).toMatchObject({
      caseKind: 'civil',
      matter: 'labour-relation-or-remuneration',
      channel: 'window',
    });
  });
});
