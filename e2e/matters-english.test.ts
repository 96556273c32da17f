/**
 * A matter form in English shows the server's refusal in English, on the field it concerns: the clerk
 * switches to English, registers a consultation by 12348 hotline with a ticket number (only a window
 * consultation has one: a rule only the server checks) and sees the English message under the field.
 * The conflict check's warning about a party on the other side of an open matter reads in English too.
 * A people's mediation matter's page in English cites its rules in English (People's Mediation Law
 * art. 33, not 人民调解法 第三十三条), the link still opening the Chinese article. A long matter's facts end
 * in an ellipsis under its title (the whole text in the tooltip), and its clock tag in the English list
 * holds its long name inside the box.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, baseUrl, chooseOption, launchBrowser, loginAs } from './browser';

let browser: Browser;
let page: Page;

let otherMatterNumber: string;

beforeAll(async () => {
  // 其木格 is the opposing party of an open consultation: applying here puts her on the other side.
  const api = await apiSession('clerk');
  const person = await api.send<{ item: { id: string } }>('POST', '/api/persons', { name: '其木格' });
  expect(person.status).toBe(201);
  const other = await api.send<{ item: { number: string } }>('POST', '/api/matters', {
    service: 'consultation',
    payload: { channel: 'window', category: 'property', question: '邻居占用公共楼道' },
    parties: [{ personId: person.body.item.id, role: 'opposing-party' }],
  });
  expect(other.status, JSON.stringify(other.body)).toBe(201);
  otherMatterNumber = other.body.item.number;
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await loginAs(page, 'clerk');
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('server errors on a matter form in English', () => {
  it('shows the English refusal under the field, and the Chinese one in Chinese', async () => {
    await page.goto(`${baseUrl()}/matters/w/consultation/new`);
    await page.getByText('登记内容').waitFor();
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByLabel('Channel', { exact: true }).waitFor();

    const search = page.getByLabel('Add party');
    await search.click();
    await search.fill('其木格');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '其木格' })
      .first()
      .click();
    await page.getByTestId('party-row').filter({ hasText: '其木格' }).waitFor();
    await page.getByRole('button', { name: 'Conflict check' }).click();
    const warnings = page.getByTestId('conflict-warnings');
    await warnings.getByText('Possible conflicts').waitFor();
    // Other test files may have put 其木格 into more matters: read the warning about this file's one.
    const warning =
      (await warnings.locator('li', { hasText: otherMatterNumber }).first().textContent()) ?? '';
    // A person without an ID number is matched by name: a possible match, said so.
    expect(warning).toMatch(
      /^A person of the same name as the applicant of this matter is the opposing party in legal consultation matter /,
    );
    expect(warning).toContain(otherMatterNumber);

    await chooseOption(page, 'Channel', '12348 hotline');
    await page.getByLabel('Ticket number', { exact: true }).fill('A007');
    await chooseOption(page, 'Category', 'Housing and property');
    await page.getByLabel('Question', { exact: true }).fill('The neighbour’s renovation cracked my wall');
    await page.getByRole('button', { name: 'Open matter' }).last().click();

    const ticketItem = page
      .locator('.ant-form-item')
      .filter({ has: page.getByLabel('Ticket number', { exact: true }) });
    await ticketItem
      .locator('.ant-form-item-explain-error')
      .filter({ hasText: 'Only a consultation at the window has a ticket number' })
      .waitFor();
    expect(await page.locator('.ant-form-item-explain-error').allTextContents()).not.toContainEqual(
      expect.stringMatching(/\p{Script=Han}/u),
    );
    // Still on the form: nothing was registered.
    expect(page.url()).toMatch(/\/matters\/w\/consultation\/new$/);

    // Back in Chinese, the same refusal reads in Chinese.
    await page.getByRole('button', { name: /中文/ }).click();
    await page.getByText('登记内容').waitFor();
    await page
      .getByRole('button', { name: /登\s*记/ })
      .last()
      .click();
    await page
      .locator('.ant-form-item-explain-error')
      .filter({ hasText: '只有窗口咨询才有排队号' })
      .waitFor();
  });
});

/**
 * A mediation matter of a new applicant `name` with `facts`, opened by the clerk over the API, then shown on
 * its page to the demo mediator with the console switched to English. Returns the mediator's page.
 */
async function mediationInEnglish(name: string, facts: string): Promise<Page> {
  const api = await apiSession('clerk');
  const person = await api.send<{ item: { id: string } }>('POST', '/api/persons', { name });
  expect(person.status).toBe(201);
  const opened = await api.send<{ item: { id: string } }>('POST', '/api/matters', {
    service: 'mediation',
    payload: { initiatedBy: 'party', applicants: 'one', disputeKind: 'neighbour', facts },
    parties: [{ personId: person.body.item.id, role: 'applicant' }],
  });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  const mediator = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await loginAs(mediator, 'mediator');
  await mediator.goto(`${baseUrl()}/matters/${opened.body.item.id}`);
  await mediator.getByTestId('matter-status').waitFor();
  await mediator.getByRole('button', { name: /English/ }).click();
  return mediator;
}

describe('citations on a matter page in English', () => {
  it("cites a mediation matter's rules by their English titles, the article text staying Chinese", async () => {
    const mediator = await mediationInEnglish('图雅', '楼上漏水');
    const citations = mediator.locator('.laws-article-link, [data-testid="citation-outside-library"]');
    await citations.filter({ hasText: "People's Mediation Law art." }).first().waitFor();
    await citations
      .filter({ hasText: "Several Provisions on People's Mediation Work art. 33" })
      .first()
      .waitFor();
    const texts = await citations.allTextContents();
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) expect(text).not.toMatch(/\p{Script=Han}/u);

    // The link resolves the Chinese source: the popover shows the law's own (Chinese) text.
    await mediator.locator('.laws-article-link', { hasText: "People's Mediation Law" }).first().click();
    await mediator.locator('.laws-popover-title', { hasText: '人民调解法' }).first().waitFor();
    await mediator.context().close();
  });
});

describe('a long mediation matter in English', () => {
  it('ends the cut facts in an ellipsis (the whole in the title) and keeps the clock tag’s text inside it', async () => {
    const facts =
      'Water from the upstairs bathroom leaked through the ceiling for weeks; the neighbours disagree on ' +
      'who pays the repair costs of 5,000 yuan and on the painting of the hallway.';
    const mediator = await mediationInEnglish('乌兰', facts);
    const subtitle = mediator.getByTestId('matter-subtitle');
    await subtitle.waitFor();
    // The whole facts, not the server's 100-character summary; CSS cuts them with an ellipsis.
    expect(await subtitle.getAttribute('title')).toContain(facts);
    expect(await subtitle.textContent()).toContain('painting of the hallway.');
    expect(await subtitle.evaluate((el) => getComputedStyle(el).webkitLineClamp)).toBe('2');
    await mediator.locator('.ant-menu-item-selected').filter({ hasText: 'Mediation' }).waitFor();

    await mediator.goto(`${baseUrl()}/matters/w/mediation`);
    const tag = mediator.getByTestId('clock-one-month').first();
    await tag.filter({ hasText: 'usually within one month' }).waitFor();
    // Every part of the tag (name · last day · days left) lies inside its coloured box.
    const outside = await tag.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return [...el.querySelectorAll('.matters-clock-part')].filter((part) => {
        const r = part.getBoundingClientRect();
        return r.right > box.right + 0.5 || r.left < box.left - 0.5;
      }).length;
    });
    expect(outside).toBe(0);
    expect(await tag.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await mediator.context().close();
  });
});
