/**
 * 我的提醒 / 期限 through the real UI: an application received seven days ago (法律援助法 第四十三条: the
 * decision is due today) gets a reminder from the server's own deadline sweep (every minute); the clerk who
 * accepted it sees the header bell count it, opens the list (clock, last day in Beijing, article), marks it
 * read, and follows it to the matter; the director sees it among all the agency's reminders.
 * A screenshot of the page goes to /tmp/la-reminders.png when LA_SCREENSHOTS=1.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, loginAs } from './browser';
import {
  actApi,
  beijingToday,
  inventedResidentId,
  type Matter,
  type Session,
  session,
} from './legal-aid-kit';

const SHOTS = process.env.LA_SCREENSHOTS === '1';
const APPLICANT = '褚明远';

async function badgeCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('deadline-badge').getAttribute('data-unread'));
}

describe('我的提醒: the decision clock of an application received a week ago', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let clerk: Page;
  let director: Page;
  let clerkApi: Session;
  let matter: Matter;

  beforeAll(async () => {
    clerkApi = await session('clerk');
    const receivedAt = new Date(Date.now() - 7 * 86_400_000).toISOString();
    matter = await clerkApi.post<Matter>('/api/legal-aid/applications', {
      channel: 'mail',
      receivedAt,
      applicant: { name: APPLICANT, idNumber: inventedResidentId(47, '436') },
      facts: '申请人邮寄申请：用人单位拖欠工资四个月，请求法律援助。',
      caseKind: 'civil',
      matter: 'labour-relation-or-remuneration',
      hardship: { householdSize: 3, householdMonthlyIncomeYuan: 2100, method: 'documents' },
    });
    await actApi(clerkApi, matter.id, 'accept');
    browser = await launchBrowser();
    const open = async () => {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
      contexts.push(context);
      return context.newPage();
    };
    clerk = await open();
    director = await open();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('counts it in the header bell, lists it with its clock, marks it read and links to the matter', {
    timeout: 240_000,
  }, async () => {
    // The server's sweep runs every minute: wait for it to write the reminder.
    const deadline = Date.now() + 150_000;
    for (;;) {
      const mine = await clerkApi.get<{ items: { matterId: string }[] }>('/api/legal-aid/reminders');
      if (mine.items.some((r) => r.matterId === matter.id)) break;
      if (Date.now() > deadline) throw new Error('the deadline sweep wrote no reminder');
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }

    await loginAs(clerk, 'clerk');
    await clerk.goto(`${baseUrl()}/`);
    const bell = clerk.getByTestId('deadline-badge');
    await bell.waitFor();
    await clerk.waitForFunction(
      () => Number(document.querySelector('[data-testid="deadline-badge"]')?.getAttribute('data-unread')) > 0,
    );
    const before = await badgeCount(clerk);
    await bell.click();
    await clerk.waitForURL(/\/matters\/deadlines$/);
    // 我的期限 lists the legal-aid reminder beside the window-matter clocks, linking to the case.
    const merged = clerk.getByTestId('my-deadlines').locator('tr').filter({ hasText: matter.number });
    await merged.waitFor();
    await expect(merged.getByTestId('deadline-aid-clock').textContent()).resolves.toBe(
      '作出是否给予法律援助的决定',
    );
    await expect(merged.getByTestId('deadline-matter').getAttribute('href')).resolves.toBe(
      `/legal-aid/${matter.id}`,
    );
    // The old address leads to the same page; marking read stays on the reminders' own page.
    await clerk.goto(`${baseUrl()}/legal-aid/reminders`);
    await clerk.waitForURL(/\/matters\/deadlines$/);
    await clerk.goto(`${baseUrl()}/legal-aid/reminders/manage`);

    const row = clerk.locator('tr').filter({ hasText: matter.number });
    await row.waitFor();
    await expect(row.getByTestId('reminder-clock').textContent()).resolves.toBe('作出是否给予法律援助的决定');
    await expect(row.getByTestId('reminder-due').textContent()).resolves.toContain(beijingToday());
    await expect(row.getByTestId('reminder-source').textContent()).resolves.toBe('法律援助法 第四十三条');
    await expect(row.getByTestId('reminder-level').textContent()).resolves.toBe('即将到期');
    await expect(row.textContent()).resolves.toContain(APPLICANT);
    if (SHOTS) await clerk.screenshot({ path: '/tmp/la-reminders.png', fullPage: true });

    await row.getByTestId('reminder-read').click();
    await row.getByText('已读').waitFor();
    await clerk.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-testid="deadline-badge"]')?.getAttribute('data-unread')) === n,
      before - 1,
    );

    await row.getByTestId('reminder-matter').click();
    await clerk.waitForURL(new RegExp(`/legal-aid/${matter.id}$`));
    await expect(clerk.getByTestId('matter-number').textContent()).resolves.toContain(matter.number);

    // The director oversees the agency's clocks, addressed to whoever answers for them.
    await loginAs(director, 'director');
    await director.goto(`${baseUrl()}/legal-aid/reminders/manage`);
    await director.getByTestId('reminder-scope').getByText('本辖区全部').click();
    const overseen = director.locator('tr').filter({ hasText: matter.number });
    await overseen.waitFor();
    await expect(overseen.textContent()).resolves.toContain('作出是否给予法律援助的决定');
  });
});
