/**
 * A window matter registered from the ticket being served (叫号工作台 登记事项), through the real UI: a
 * 人民调解 ticket called and started at window 3, the console's 登记事项 opens the mediation window's
 * new-matter page with the ticket carried along, registering the matter finishes the ticket with the
 * matter's number (outcome 'matter-opened'), and the clerk is back at the console, the window free.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, launchBrowser, session } from './browser';
import { callToWindow, openHallAllDay, openWindow } from './hall-kit';
import { beijingToday } from './legal-aid-kit';

describe('叫号工作台 登记事项: a mediation matter registered from the ticket being served', () => {
  let browser: Browser;
  let desk: Page;
  let windowId: string;

  beforeAll(async () => {
    const admin = await session('admin');
    await openHallAllDay(admin, 'e2e: matter from a ticket');
    windowId = (await openWindow(admin, 3)).id;
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
    desk = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finishes the ticket with the matter linked and returns to the console', {
    timeout: 180_000,
  }, async () => {
    const reception = await session('reception');
    const issued = await reception.post<{ id: string; number: string }>('/api/queue/reception/tickets', {
      serviceCode: 'mediation',
    });
    expect(issued.number).toMatch(/^C\d{3}$/);

    // The clerk at window 3 calls it (settling another test's ticket first if one is ahead).
    const clerkApi = await callToWindow(desk, { id: windowId, button: /3号\s*人民调解窗口/ }, issued.number);
    // 登记事项 is offered for the ticket being served, not while it is only called.
    const register = desk.getByTestId('register-matter');
    await expect(register.isDisabled()).resolves.toBe(true);
    await desk.getByRole('button', { name: '开始办理' }).click();
    await expect.poll(() => register.isEnabled()).toBe(true);
    await register.click();

    // The mediation window's new-matter page, the ticket carried along.
    await desk.waitForURL(/\/matters\/w\/mediation\/new\?ticketId=/);
    await desk.getByTestId('from-ticket').getByText(`来自排队号 ${issued.number}`).waitFor();
    await chooseOption(desk, '调解的发起方式', '当事人申请');
    await chooseOption(desk, '申请调解的当事人', '双方当事人');
    await chooseOption(desk, '纠纷类型', '邻里纠纷');
    await desk.getByLabel('纠纷简要情况').fill('楼上装修噪音扰民，双方协商未果，请求调解');
    await desk.getByRole('button', { name: /^登\s*记$/ }).click();

    // Back at the console: the ticket finished with the matter's number, the window free.
    await desk.waitForURL(/\/queue\/console$/);
    const done = desk.locator('.ant-message').getByText(new RegExp(`排队号 ${issued.number} 已办结`));
    await done.waitFor();
    const number = /已登记 (\S+)，/.exec((await done.textContent()) ?? '')?.[1] ?? '';
    expect(number).toMatch(/调〔\d{4}〕第\d{4}号$/);
    await desk.getByTestId('console-current').waitFor({ state: 'detached' });
    const finished = await clerkApi.get<{ items: { status: string; outcome: string; matterId: string }[] }>(
      `/api/queue/tickets?date=${beijingToday()}&serviceCode=mediation&number=${issued.number}`,
    );
    expect(finished.items[0]).toMatchObject({
      status: 'finished',
      outcome: 'matter-opened',
      matterId: number,
    });
    const matters = await clerkApi.get<{ items: { number: string; ticketNumber: string | null }[] }>(
      `/api/matters?service=mediation&q=${encodeURIComponent(number)}`,
    );
    expect(matters.items[0]).toMatchObject({ number });
  });
});
