/**
 * 律师名册 (/admin/lawyers) and 人员管理 (/admin/staff) through the real UI, as the demo `admin` (who holds
 * lawyer.manage, lawyer.sanction and staff.manage). Lawyers: the list loads, a search finds the demo team
 * lawyer 周志远 and his expanded row shows the team rule; a new lawyer is added through the form (refused
 * first, then saved), joins the team and leaves it through its dialog; a sanction recorded against a team
 * member takes them off the team. Staff: a new account is created through the form (refused first, then
 * saved; it can log in), its password is reset, and an edit made on a stale version shows the conflict
 * message. Last, the pages in English. Every person, licence number and account here is invented.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, apiSession, baseUrl, chooseOption, launchBrowser, loginAs } from './browser';

/** A unique tail for licence numbers and usernames: the file may run more than once on one server. */
const RUN = String(Date.now()).slice(-8);
const THIS_YEAR = Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4));
/** Added through the form: 12 years of practice, so it may join the team. */
const NEW_LAWYER = { name: '郝文澜', licenceNo: `15022014${RUN}1`, year: THIS_YEAR - 12 };
/** Put on the team through the API, then sanctioned through the UI. */
const TEAM_LAWYER = { name: '聂川柏', licenceNo: `15022010${RUN}2`, year: THIS_YEAR - 16 };
const NEW_STAFF = { username: `e2e-roster-${RUN}`, name: '卓雅宁', password: 'Roster-first-2026' };

interface LawyerRow {
  id: string;
  version: number;
  name: string;
  licenceNo: string;
  firstPracticeYear: number;
  firmName: string | null;
  specialties: string[];
  teamMember: boolean;
  sanctionCount: number;
}
interface LawyerDetail extends LawyerRow {
  teamRemovedReason: string | null;
  sanctions: { kind: string; decidedOn: string; authority: string; description: string }[];
}
interface StaffRow {
  id: string;
  version: number;
  username: string;
  displayName: string;
  roles: string[];
  title: string | null;
}

let browser: Browser;
let page: Page;
let admin: ApiSession;
/** Writes the page sends to the rosters' APIs (`METHOD path`), to show that a refused form sent nothing. */
const writes: string[] = [];

beforeAll(async () => {
  admin = await apiSession('admin');
  browser = await launchBrowser();
  page = await (
    await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } })
  ).newPage();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() !== 'GET' && /^\/api\/(lawyers|staff)/.test(path))
      writes.push(`${request.method()} ${path}`);
  });
  await loginAs(page, 'admin');
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** The open dialog whose text includes `title`. */
const dialog = (title: string) => page.getByRole('dialog').filter({ hasText: title });
/** The toast saying `text`. */
const toast = (text: string) => page.locator('.ant-message').getByText(text).first();
/** The body rows of the page's table. */
const rows = () => page.locator('.ant-table-tbody tr.ant-table-row');
const rowOf = (text: string) => rows().filter({ hasText: text });
/** The gold 律师团 tag beside a team member's name in `row`. */
const teamBadge = (row: Locator) => row.locator('.ant-tag').filter({ hasText: /^律师团$/ });

/** Types `text` into the search box with `placeholder` and waits until every row shown matches `shown`. */
async function search(placeholder: string, text: string, shown = text): Promise<void> {
  const box = page.getByPlaceholder(placeholder);
  await box.fill(text);
  await box.press('Enter');
  await expect
    .poll(async () => {
      const texts = await rows().allTextContents();
      return texts.length > 0 && texts.every((t) => t.includes(shown));
    })
    .toBe(true);
}
const searchLawyers = (text: string, shown?: string) =>
  search('姓名、拼音（全拼或首字母）或执业证号', text, shown);
const searchStaff = (text: string) => search('姓名、拼音或用户名', text);

/** The validation messages shown in `scope`. */
const fieldErrors = (scope: Locator) => scope.locator('.ant-form-item-explain-error').allTextContents();

async function findLawyer(name: string): Promise<LawyerRow> {
  const list = await admin.get<{ items: LawyerRow[] }>(`/api/lawyers?q=${encodeURIComponent(name)}`);
  const found = list.items.find((l) => l.name === name);
  if (!found) throw new Error(`no lawyer ${name} on the roster`);
  return found;
}
async function findStaff(username: string): Promise<StaffRow> {
  const list = await admin.get<{ items: StaffRow[] }>(`/api/staff?q=${encodeURIComponent(username)}`);
  const found = list.items.find((s) => s.username === username);
  if (!found) throw new Error(`no account ${username}`);
  return found;
}
/** Whether `username` can log in with `password` (POST /api/auth/login). */
async function canLogIn(username: string, password: string): Promise<boolean> {
  const reply = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return reply.ok;
}

describe('律师名册', () => {
  it('lists the roster; a pinyin search finds 周志远, whose expanded row shows the team rule', async () => {
    await page.goto(`${baseUrl()}/admin/lawyers`);
    await page.getByRole('heading', { name: '律师名册' }).waitFor();
    await expect.poll(() => rows().count()).toBeGreaterThan(10);
    await page.getByText(/共 \d+ 条/).waitFor();

    await searchLawyers('zhouzhiyuan', '周志远');
    const row = rowOf('周志远');
    expect(await row.count()).toBe(1);
    expect(await teamBadge(row).count()).toBe(1);
    await row.locator('.ant-table-row-expand-icon').click();
    const detail = page.locator('.ant-table-expanded-row').filter({ hasText: '处分记录' });
    await detail.getByText(/执业 \d+ 年，无处分记录，符合律师团条件/).waitFor();
    await detail.getByText(/入团日期：\d{4}-\d{2}-\d{2}/).waitFor();
    await detail.getByText('无处分记录', { exact: true }).waitFor();
  });

  it('adds a lawyer through the form: refused while the name and licence number are wrong, then saved', async () => {
    await page.getByRole('button', { name: '新增律师' }).click();
    const form = dialog('新增律师');
    await form.getByLabel('执业证号').fill('1502201');
    const before = writes.length;
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => fieldErrors(form)).toEqual(['请填写姓名', '执业证号应为 17 位数字']);
    expect(writes.slice(before)).toEqual([]);

    await form.getByLabel('姓名').fill(NEW_LAWYER.name);
    await form.getByLabel('男').check();
    await form.getByLabel('执业证号').fill(NEW_LAWYER.licenceNo);
    await form.getByLabel('首次执业年份').fill(String(NEW_LAWYER.year));
    await chooseOption(page, '律师事务所', '内蒙古鹿城信达律师事务所');
    await form.getByLabel('联系电话').fill('13947215806');
    await chooseOption(page, '擅长领域', '劳动争议');
    // A tags Select keeps its list open after a pick: a click on the dialog's title closes it.
    await form.locator('.ant-modal-title').click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await toast('已保存').waitFor();
    await form.waitFor({ state: 'hidden' });

    await searchLawyers(NEW_LAWYER.name);
    const row = rowOf(NEW_LAWYER.name);
    expect(await row.count()).toBe(1);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('内蒙古鹿城信达律师事务所');
    expect(text).toContain(NEW_LAWYER.licenceNo);
    expect(text).toContain('12 年');
    expect(text).toContain('劳动争议');
    expect(text).toContain('139****5806');
    expect(await findLawyer(NEW_LAWYER.name)).toMatchObject({
      licenceNo: NEW_LAWYER.licenceNo,
      firstPracticeYear: NEW_LAWYER.year,
      firmName: '内蒙古鹿城信达律师事务所',
      specialties: ['劳动争议'],
      teamMember: false,
    });
  });

  it('the new lawyer joins the team, then leaves it through its dialog (a reason is required)', async () => {
    const row = rowOf(NEW_LAWYER.name);
    await row.getByRole('button', { name: '加入律师团' }).click();
    await page
      .locator('.ant-popover:visible')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await toast('已加入公共法律服务律师团').waitFor();
    await row.getByRole('button', { name: '退出律师团' }).waitFor();
    expect(await teamBadge(row).count()).toBe(1);
    expect((await findLawyer(NEW_LAWYER.name)).teamMember).toBe(true);

    await row.getByRole('button', { name: '退出律师团' }).click();
    const leave = dialog(`退出律师团 · ${NEW_LAWYER.name}`);
    const before = writes.length;
    await leave.getByRole('button', { name: '退出律师团' }).click();
    await expect.poll(() => fieldErrors(leave)).toEqual(['请填写退出原因']);
    expect(writes.slice(before)).toEqual([]);
    await leave.getByLabel('退出原因').fill('本人申请退出，转任企业法律顾问');
    await leave.getByRole('button', { name: '退出律师团' }).click();
    await toast('已退出律师团').waitFor();
    await leave.waitFor({ state: 'hidden' });

    await row.getByRole('button', { name: '加入律师团' }).waitFor();
    expect(await teamBadge(row).count()).toBe(0);
    const { id } = await findLawyer(NEW_LAWYER.name);
    const detail = await admin.get<LawyerDetail>(`/api/lawyers/${id}`);
    expect(detail.teamMember).toBe(false);
    expect(detail.teamRemovedReason).toBe('本人申请退出，转任企业法律顾问');
    await row.locator('.ant-table-row-expand-icon').click();
    await page
      .locator('.ant-table-expanded-row')
      .getByText('退出原因：本人申请退出，转任企业法律顾问')
      .waitFor();
  });

  it('records a sanction against a team member through its dialog, which takes them off the team', async () => {
    const created = await admin.send<{ item: LawyerRow }>('POST', '/api/lawyers', {
      name: TEAM_LAWYER.name,
      sex: 'female',
      licenceNo: TEAM_LAWYER.licenceNo,
      firstPracticeYear: TEAM_LAWYER.year,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const joined = await admin.send('POST', `/api/lawyers/${created.body.item.id}/team`, {
      version: created.body.item.version,
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);

    await searchLawyers(TEAM_LAWYER.name);
    const row = rowOf(TEAM_LAWYER.name);
    expect(await teamBadge(row).count()).toBe(1);
    await row.getByRole('button', { name: '记录处分' }).click();
    const form = dialog(`记录 ${TEAM_LAWYER.name} 的处分`);
    await form.getByText(`${TEAM_LAWYER.name}是律师团成员`).waitFor();
    const before = writes.length;
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => fieldErrors(form)).toEqual(['请选择决定日期', '请填写决定机关', '请填写事由']);
    expect(writes.slice(before)).toEqual([]);

    // Two months ago (Beijing): never a future date, which the picker refuses.
    const decidedOn = new Date(Date.now() - 60 * 86_400_000).toLocaleDateString('sv-SE', {
      timeZone: 'Asia/Shanghai',
    });
    await form.getByText('行政处罚', { exact: true }).click();
    await form.getByLabel('决定日期').fill(decidedOn);
    await form.getByLabel('决定日期').press('Enter');
    await form.getByLabel('决定机关').fill('包头市司法局');
    await form.getByLabel('事由').fill('同时在两个律师事务所执业');
    await form.getByRole('button', { name: /保\s*存/ }).click();

    const removed = page.locator('.ant-modal-confirm').filter({ hasText: `${TEAM_LAWYER.name}已退出律师团` });
    await removed.getByText(`有行政处罚记录1条（最近一次：${decidedOn}）`).waitFor();
    await removed.getByRole('button').click();
    await form.waitFor({ state: 'hidden' });
    await row.getByLabel('处分记录 1 条').waitFor();
    await row.getByRole('button', { name: '加入律师团' }).waitFor();
    expect(await teamBadge(row).count()).toBe(0);

    const detail = await admin.get<LawyerDetail>(`/api/lawyers/${created.body.item.id}`);
    expect(detail.teamMember).toBe(false);
    expect(detail.sanctions).toMatchObject([
      {
        kind: 'administrative-penalty',
        decidedOn,
        authority: '包头市司法局',
        description: '同时在两个律师事务所执业',
      },
    ]);
  });
});

describe('人员管理', () => {
  it('lists the accounts and creates one through the form: refused while empty, then saved', async () => {
    await page.goto(`${baseUrl()}/admin/staff`);
    await page.getByRole('heading', { name: '人员管理' }).waitFor();
    // Ordered by username: the demo `admin` (系统管理员) comes first.
    await rows()
      .filter({ has: page.getByRole('cell', { name: 'admin', exact: true }) })
      .filter({ hasText: '系统管理员' })
      .waitFor();
    expect(await rows().count()).toBeGreaterThan(5);

    await page.getByRole('button', { name: '新增人员' }).click();
    const form = dialog('新增人员');
    const before = writes.length;
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await expect
      .poll(() => fieldErrors(form))
      .toEqual(['请填写用户名', '请填写姓名', '请选择角色', '至少 8 位，不能与用户名相同']);
    expect(writes.slice(before)).toEqual([]);

    await form.getByLabel('用户名').fill(NEW_STAFF.username);
    await form.getByLabel('姓名').fill(NEW_STAFF.name);
    await form.getByLabel('审计员').check();
    await form.getByLabel('初始密码').fill(NEW_STAFF.password);
    await form.getByLabel('职务').fill('审计科科员');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await toast('已保存').waitFor();
    await form.waitFor({ state: 'hidden' });

    await searchStaff(NEW_STAFF.username);
    const text = (await rowOf(NEW_STAFF.username).textContent()) ?? '';
    expect(text).toContain(NEW_STAFF.name);
    expect(text).toContain('审计员');
    expect(text).toContain('审计科科员');
    expect(await findStaff(NEW_STAFF.username)).toMatchObject({
      displayName: NEW_STAFF.name,
      roles: ['auditor'],
      title: '审计科科员',
    });
    expect(await canLogIn(NEW_STAFF.username, NEW_STAFF.password)).toBe(true);
  });

  it('resets the password through its dialog: the new one logs in, the old one no longer does', async () => {
    await rowOf(NEW_STAFF.username).getByRole('button', { name: '重置密码' }).click();
    const form = dialog(`重置 ${NEW_STAFF.name} 的密码`);
    const before = writes.length;
    await form.getByLabel('新密码').fill('short');
    await form.getByRole('button', { name: '重置密码' }).click();
    await expect.poll(() => fieldErrors(form)).toEqual(['至少 8 位，不能与用户名相同']);
    expect(writes.slice(before)).toEqual([]);

    await form.getByLabel('新密码').fill('Roster-second-2026');
    await form.getByRole('button', { name: '重置密码' }).click();
    await toast('密码已重置，请当面告知本人并提醒其尽快修改').waitFor();
    await form.waitFor({ state: 'hidden' });
    expect(await canLogIn(NEW_STAFF.username, 'Roster-second-2026')).toBe(true);
    expect(await canLogIn(NEW_STAFF.username, NEW_STAFF.password)).toBe(false);
  });

  it('an edit saved on a stale version shows the conflict message and keeps the other change', async () => {
    await page.reload();
    await searchStaff(NEW_STAFF.username);
    await rowOf(NEW_STAFF.username).getByRole('button', { name: '编辑' }).click();
    const form = dialog(`编辑人员 · ${NEW_STAFF.name}`);
    await form.getByLabel('姓名').waitFor();

    // Someone else changes the account while the dialog is open.
    const current = await findStaff(NEW_STAFF.username);
    const other = await admin.send('PATCH', `/api/staff/${current.id}`, {
      version: current.version,
      title: '审计科副科长',
    });
    expect(other.status, JSON.stringify(other.body)).toBe(200);

    await form.getByLabel('姓名').fill('卓雅静');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await toast('已被他人修改，请刷新后重试').waitFor();
    await form.waitFor({ state: 'hidden' });
    const row = rowOf(NEW_STAFF.username);
    await row.getByText('审计科副科长').waitFor();
    expect(await findStaff(NEW_STAFF.username)).toMatchObject({
      displayName: NEW_STAFF.name,
      title: '审计科副科长',
    });

    // The list was read again: the same edit now saves.
    await row.getByRole('button', { name: '编辑' }).click();
    const again = dialog(`编辑人员 · ${NEW_STAFF.name}`);
    await again.getByLabel('姓名').fill('卓雅静');
    await again.getByRole('button', { name: /保\s*存/ }).click();
    await toast('已保存').waitFor();
    await again.waitFor({ state: 'hidden' });
    await row.getByText('卓雅静').waitFor();
    expect(await findStaff(NEW_STAFF.username)).toMatchObject({
      displayName: '卓雅静',
      title: '审计科副科长',
    });
  });
});

describe('the rosters in English', () => {
  it('names the page and its columns in English after the switch', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { name: 'Staff', exact: true }).waitFor();
    await page.getByRole('columnheader', { name: 'Username' }).waitFor();
    await rowOf(NEW_STAFF.username).getByText('Auditor', { exact: true }).waitFor();

    await page.goto(`${baseUrl()}/admin/lawyers`);
    await page.getByRole('heading', { name: 'Lawyer roster' }).waitFor();
    await page.getByRole('columnheader', { name: 'Licence no.' }).waitFor();
    await page.getByRole('button', { name: 'New lawyer' }).waitFor();
    expect(await page.getByRole('heading', { name: '律师名册' }).count()).toBe(0);
  });
});
