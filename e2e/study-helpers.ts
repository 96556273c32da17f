/** Helpers of the staff-programme browser test (e2e/staff-programme.test.ts). */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl } from './browser';

export async function testApi(method: 'PUT', path: string, body: unknown): Promise<void> {
  const reply = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!reply.ok) throw new Error(`${method} ${path}: ${reply.status} ${await reply.text()}`);
}

/** The business date in Beijing of an instant, `YYYY-MM-DD`. */
export function beijingDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
}

export function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Types both ends into an antd RangePicker (the inputs take typed dates, Enter confirms each). */
export async function pickRange(page: Page, picker: Locator, from: string, to: string): Promise<void> {
  const inputs = picker.locator('input');
  await inputs.nth(0).click();
  await page.keyboard.type(from);
  await page.keyboard.press('Enter');
  await inputs.nth(1).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(to);
  await page.keyboard.press('Enter');
  await expect.poll(() => inputs.nth(1).inputValue()).toBe(to);
  await expect.poll(() => inputs.nth(0).inputValue()).toBe(from);
}

/** Clicks a Popconfirm's confirm button (antd writes 确定 as 确 定). */
export async function confirmPop(page: Page): Promise<void> {
  await page
    .locator('.ant-popconfirm')
    .last()
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
