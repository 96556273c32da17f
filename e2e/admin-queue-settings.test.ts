import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, loginAs, type Session, session } from './browser';

interface QueueSettings {
  centerId: string;
  agingLimitMinutes: number;
  maxRecalls: number;
  elderlyAge: number;
  openingHours: { from: string; to: string }[];
  recentCallsShown: number;
  version: number;
}

const OVERLAP = '取号时段应按时间先后排列且不能重叠';

function settingsOf(api: Session, hallId: string): Promise<QueueSettings> {
  return api.get<QueueSettings>(`/api/queue/settings?centerId=${hallId}`);
}

function field(page: Page, label: string) {
  return page.getByLabel(label, { exact: true });
}

describe('排队设置: an admin changes the hall’s queue settings', () => {
  let browser: Browser;
  let page: Page;
  let api: Session;
  let hallId: string;
  /** The settings this file found (restored at the end); other journeys may have opened the hall all day. */
  let found: QueueSettings;
  /** The baseline the tests start from: the default morning and afternoon periods. */
  let original: QueueSettings;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    api = await session('admin');
    const me = await api.get<{ hall: { id: string } | null }>('/api/auth/me');
    if (!me.hall) throw new Error('the admin of the demo data works no hall');
    hallId = me.hall.id;
    found = await settingsOf(api, hallId);
    const { centerId: _centerId, version, ...fields } = found;
    await api.put('/api/queue/settings', {
      ...fields,
      openingHours: [
        { from: '08:30', to: '12:00' },
        { from: '13:30', to: '17:30' },
      ],
      centerId: hallId,
      version,
      reason: 'e2e：排队设置测试的起点',
    });
    original = await settingsOf(api, hallId);
  });

  afterAll(async () => {
    // Leave the hall as this file found it, for the other journeys (the kiosk's opening hours).
    if (api && found) {
      const current = await settingsOf(api, hallId);
      const { centerId: _centerId, version: _version, ...fields } = found;
      if (current.version !== found.version)
        await api.put('/api/queue/settings', {
          ...fields,
          centerId: hallId,
          version: current.version,
          reason: 'e2e：恢复演示数据',
        });
    }
    await browser?.close();
  });

  it('saves the afternoon end and the elderly age, which survive a reload (UI and API agree)', async () => {
    expect(original.openingHours.length).toBeGreaterThanOrEqual(2);
    const afternoon = original.openingHours[1];
    if (!afternoon) throw new Error('no afternoon period');
    const newEnd = afternoon.to === '18:00' ? '18:15' : '18:00';
    const newAge = original.elderlyAge === 65 ? 62 : 65;

    await loginAs(page, 'admin');
    await page.getByRole('menu').getByText('排队设置', { exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/admin/queue-settings');
    await field(page, '时段 2 结束').waitFor();
    await expect(field(page, '时段 2 结束').inputValue()).resolves.toBe(afternoon.to);
    await expect(
      page.getByText('普通号等候超过此时限后与优先号同等排序', { exact: false }).isVisible(),
    ).resolves.toBe(true);

    await field(page, '时段 2 结束').fill(newEnd);
    await field(page, '老年人年龄（周岁）').fill(String(newAge));
    await field(page, '修改原因').fill('e2e：延长下午取号时间');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').waitFor();

    await page.reload();
    await field(page, '时段 2 结束').waitFor();
    await expect(field(page, '时段 2 结束').inputValue()).resolves.toBe(newEnd);
    await expect(field(page, '老年人年龄（周岁）').inputValue()).resolves.toBe(String(newAge));

    const saved = await settingsOf(api, hallId);
    expect(saved.openingHours[1]).toEqual({ from: afternoon.from, to: newEnd });
    expect(saved.openingHours[0]).toEqual(original.openingHours[0]);
    expect(saved.elderlyAge).toBe(newAge);
    expect(saved.version).toBeGreaterThan(original.version);
  });

  it('refuses an afternoon period that overlaps the morning, on the field, and saves nothing', async () => {
    const before = await settingsOf(api, hallId);
    const morning = before.openingHours[0];
    if (!morning) throw new Error('no morning period');
    await page.goto(`${baseUrl()}/admin/queue-settings`);
    await field(page, '时段 2 开始').waitFor();
    // starts before the morning ends: the server refuses it (the page leaves order and overlap to it)
    const [h, m] = morning.to.split(':').map(Number);
    const early = `${String((h ?? 12) - 1).padStart(2, '0')}:${String(m ?? 0).padStart(2, '0')}`;
    await field(page, '时段 2 开始').fill(early);
    await page.getByRole('button', { name: /保\s*存/ }).click();

    const item = page.locator('.ant-form-item').filter({ has: field(page, '时段 2 开始') });
    await item.locator('.ant-form-item-explain-error', { hasText: OVERLAP }).waitFor();
    await expect(page.getByText('已保存').count()).resolves.toBe(0);
    expect((await settingsOf(api, hallId)).version).toBe(before.version);
  });
  it('shows a window clerk (queue.read, not queue.manage) the settings read only', async () => {
    const clerkPage = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    try {
      await loginAs(clerkPage, 'clerk');
      await clerkPage.getByRole('menu').getByText('排队设置', { exact: true }).click();
      await clerkPage.waitForURL((url) => url.pathname === '/admin/queue-settings');
      await clerkPage.getByText('您可以查看但不能修改排队设置', { exact: false }).waitFor();
      await expect(field(clerkPage, '时段 1 开始').isDisabled()).resolves.toBe(true);
      await expect(field(clerkPage, '老年人年龄（周岁）').isDisabled()).resolves.toBe(true);
      await expect(clerkPage.getByRole('button', { name: /保\s*存/ }).count()).resolves.toBe(0);
      await expect(clerkPage.getByRole('button', { name: '添加时段' }).count()).resolves.toBe(0);
    } finally {
      await clerkPage.close();
    }
  });
});
