/**
 * Helpers of the legal-aid browser tests (not a test file): an API session for the set-up the UI does not
 * cover, invented resident ID numbers, and the detail page's action dialogs and document downloads.
 */
import { readFileSync } from 'node:fs';
import { residentIdCheckChar } from '@core/identity';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { type Session, session } from './browser';

/** Today's business date in Beijing, `YYYY-MM-DD`. */
export function beijingToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/**
 * A valid resident ID number (GB 11643, check digit computed now) of someone `age` years old from
 * 昆都仑区 (150203); `sequence` (3 digits) keeps the applicants of different tests apart.
 */
export function inventedResidentId(age: number, sequence: string): string {
  const [y, m] = beijingToday().split('-') as [string, string, string];
  const body = `150203${Number(y) - age}${m}15${sequence}`;
  return body + residentIdCheckChar(body);
}

export type { Session };
export { session };

/** What the set-up reads of a matter. */
export interface Matter {
  id: string;
  number: string;
  version: number;
  status: string;
}

/** Takes an action through the API at the matter's current version. */
export async function actApi(
  who: Session,
  id: string,
  type: string,
  body: Record<string, unknown> = {},
): Promise<Matter> {
  const current = await who.get<Matter>(`/api/legal-aid/applications/${id}`);
  return who.post<Matter>(`/api/legal-aid/applications/${id}/actions`, {
    type,
    expectedVersion: current.version,
    ...body,
  });
}

/** Clicks an action button of the detail page, then the dialog's confirm button of the same name. */
export async function act(page: Page, name: RegExp): Promise<void> {
  await openAction(page, name);
  await confirmAction(page, name);
}

/** Opens the dialog of an action button of the detail page. */
export async function openAction(page: Page, name: RegExp): Promise<void> {
  await page.getByTestId('matter-actions').getByRole('button', { name }).click();
  await page.getByRole('dialog').waitFor();
}

/** Presses the dialog's confirm button and waits for the dialog to close (the action succeeded). */
export async function confirmAction(page: Page, name: RegExp): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name }).click();
  await dialog.waitFor({ state: 'detached' }).catch(async (error: unknown) => {
    // Say why: the dialog's validation messages, or the error the server sent (a message toast).
    const toast = await page
      .locator('.ant-message')
      .textContent()
      .catch(() => '');
    if (process.env.LA_SCREENSHOTS === '1') await page.screenshot({ path: '/tmp/la-dialog-stuck.png' });
    throw new Error(
      `the dialog stayed open: ${await dialog.textContent().catch(() => '')} / ${toast} (${String(error)})`,
    );
  });
}

export async function statusIs(page: Page, label: string): Promise<void> {
  await page.getByTestId('matter-status').filter({ hasText: label }).waitFor();
}

/** Downloads a document link of the detail page and returns word/document.xml. */
export async function downloadDocx(page: Page, kind: string): Promise<{ name: string; xml: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`doc-${kind}`).click(),
  ]);
  const path = await download.path();
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  const xml = files['word/document.xml'];
  if (!xml) throw new Error(`${kind}: no word/document.xml in the download`);
  return { name: download.suggestedFilename(), xml: strFromU8(xml) };
}

/**
 * Picks an option of an antd Select in the open dialog by the field's label, then closes the dropdown by
 * clicking the dialog's title (Escape could close the whole dialog; a field below may be under the
 * dropdown) and waits until it is gone. It then checks that the field shows the option and tries again if
 * not (up to three times): once in CI, on a busy machine, the click on the option left the field empty.
 */
export async function pickOption(page: Page, label: string, option: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  const field = dialog.locator('.ant-form-item').filter({ has: page.getByLabel(label) });
  const chosen = field.locator('.ant-select').filter({ hasText: option });
  for (let attempt = 1; ; attempt++) {
    await dialog.getByLabel(label).click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: option })
      .first()
      .click();
    await dialog.locator('.ant-modal-title').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
    const shown = await chosen
      .first()
      .waitFor({ timeout: 2_000 })
      .then(() => true)
      .catch(() => false);
    if (shown) return;
    if (attempt === 3) throw new Error(`${label}: the field does not show ${option} after three tries`);
  }
}
