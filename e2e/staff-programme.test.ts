/**
 * The staff programme (队伍教育整顿, issue #8) through the real UI: the training officer (trainer) creates
 * and publishes a plan with a 晚学 session and opens its room screen; a staff member (clerk) opens the QR
 * link on the phone, logs in, is checked in; takes the demo paper, whose options are shuffled for them,
 * answers by the options' text and gets full marks; after the session the officer generates the bulletin
 * for the day and publishes it; both see the attendance rate of the plan on the 出勤率 page; the officer
 * picks the staff member's note by hand for a spot check and reads the pages in English. Also: the QR code
 * carries the phones' address (/api/public-config); 代签到 asks a reason and the arrival time; the home page's
 * 我的学习 card; a leave request shown pending, then approved; the paper editor's categories and pass mark.
 * The server clock is set through /api/test/clock (the session at 18:00).
 * Screenshots go to /tmp/study-*.png when STUDY_SCREENSHOTS=1.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, loginAs, type Session, session } from './browser';
import { beijingDate, confirmPop, escapeRegExp, pickRange, plusDays, testApi } from './study-helpers';

const SHOTS = process.env.STUDY_SCREENSHOTS === '1';
const PLAN_TITLE = '晚学专题学习计划（浏览器测试）';

describe('staff programme: plan, QR check-in, a shuffled test, the bulletin', () => {
  let browser: Browser;
  let officer: Page;
  let planUrl: string;
  let staff: Page;
  let trainerApi: Session;
  const day = beijingDate(new Date());
  let checkInUrl = '';

  beforeAll(async () => {
    // 17:40 in Beijing: check-in to the 18:00 晚学 opens at 17:30. Set before anyone logs in.
    await testApi('PUT', '/api/test/clock', { at: `${day}T17:40:00+08:00` });
    trainerApi = await session('trainer');
    browser = await launchBrowser();
    const officerContext = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1600, height: 1000 },
    });
    officer = await officerContext.newPage();
    const phone = await browser.newContext({ locale: 'zh-CN', viewport: { width: 420, height: 900 } });
    staff = await phone.newPage();
  });

  afterAll(async () => {
    await testApi('PUT', '/api/test/clock', { at: null }).catch(() => undefined);
    await browser?.close();
  });

  it('the training officer creates a plan with a 晚学 session and publishes it', async () => {
    await loginAs(officer, 'trainer');
    await officer.goto(`${baseUrl()}/study/plans`);
    await officer.getByRole('button', { name: /新建计划/ }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByLabel('计划名称').fill(PLAN_TITLE);
    await pickRange(officer, dialog.locator('.ant-picker-range').nth(0), day, plusDays(day, 6));
    await dialog.getByRole('button', { name: /安排学习活动/ }).click();
    const spec = dialog.getByTestId('session-spec');
    await expect.poll(() => spec.getByLabel('名称').inputValue()).toBe('晚学');
    await pickRange(officer, spec.locator('.ant-picker-range'), day, day);
    await spec.getByText('仅工作日').click();
    await dialog.getByRole('button', { name: /保存草稿/ }).click();
    await officer.waitForURL(/\/study\/plans\/[0-9a-f-]{36}$/);
    planUrl = officer.url();
    await expect.poll(() => officer.getByTestId('plan-status').textContent()).toBe('草稿');
    await officer.getByRole('button', { name: /发布计划/ }).click();
    await confirmPop(officer);
    await expect.poll(() => officer.getByTestId('plan-status').textContent()).toBe('已发布');
    expect(await officer.getByRole('cell', { name: '晚学' }).count()).toBeGreaterThanOrEqual(1);
    if (SHOTS) await officer.screenshot({ path: '/tmp/study-plan.png', fullPage: true });
  });

  it('the room screen shows a QR code bound to the session', async () => {
    await officer.getByTestId('open-screen').first().click();
    await officer.waitForURL(/\/study\/sessions\/[0-9a-f-]{36}\/screen$/);
    const qr = officer.getByTestId('check-in-qr');
    await qr.waitFor();
    const shown = (await qr.getAttribute('data-url')) ?? '';
    const sessionId = /\/study\/sessions\/([0-9a-f-]{36})\/screen/.exec(officer.url())![1]!;
    expect(shown).toContain(`/check-in?s=${sessionId}&t=`);
    // The QR code carries the address phones reach (as the board and kiosk do), not the screen's own
    // 127.0.0.1; the test's browser then opens the same path on the server it can reach.
    const config = (await (await fetch(`${baseUrl()}/api/public-config`)).json()) as {
      citizenBaseUrl: string | null;
    };
    expect(shown.startsWith(`${config.citizenBaseUrl ?? baseUrl()}/check-in?`)).toBe(true);
    const qrUrl = new URL(shown);
    checkInUrl = `${baseUrl()}${qrUrl.pathname}${qrUrl.search}`;
    // The session's title is its kind's name (晚学): the heading says it once, with the day.
    expect(await officer.locator('.lh-page-title').textContent()).toBe(`晚学 · ${day}`);
    if (SHOTS) await officer.screenshot({ path: '/tmp/study-screen.png', fullPage: true });
  });

  it('a staff member opens the QR link, logs in and is checked in', async () => {
    await staff.goto(checkInUrl);
    await staff.waitForURL(/\/login/);
    await staff.getByLabel('用户名').fill('clerk');
    await staff.getByLabel('密码').fill('lawhall2026');
    await staff.getByRole('button', { name: /登\s*录/ }).click();
    await staff.waitForURL(/\/check-in\?/);
    await expect.poll(() => staff.getByTestId('check-in-result').textContent()).toBe('签到成功');
    // The screen counts them.
    const row = officer.getByRole('row').filter({ hasText: '王建国' });
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain('出勤');
    if (SHOTS) await staff.screenshot({ path: '/tmp/study-check-in.png', fullPage: true });
  });

  it('the organiser records someone by hand (代签到) with a reason and the time they arrived', async () => {
    const row = officer.getByRole('row').filter({ hasText: '未签到' }).first();
    const name = ((await row.locator('td').first().textContent()) ?? '').trim();
    // Not checked in yet is not 缺勤: the dropdown shows nothing chosen.
    expect(await row.locator('.ant-select').textContent()).toContain('请选择');
    await row.locator('.ant-select').click();
    await officer.locator('.ant-select-item-option').filter({ hasText: '迟到' }).last().click();
    const dialog = officer.getByRole('dialog');
    // The clock reads 17:40, before the 18:00 start: the arrival defaults to now, and may not pass it.
    await expect.poll(() => dialog.getByTestId('arrived-at').inputValue()).toBe('17:40');
    await dialog.getByTestId('arrived-at').fill('18:10');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await dialog.getByText('请填写代签到或更正的原因').waitFor();
    await dialog.getByLabel('原因').fill('手机无法扫码，本人已到场');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await dialog.getByText('到场时间不能晚于当前时间').waitFor();
    await dialog.getByTestId('arrived-at').fill('17:35');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    const recorded = officer.getByRole('row').filter({ hasText: name });
    await expect.poll(() => recorded.textContent()).toContain('手机无法扫码，本人已到场');
    expect(await recorded.textContent()).toContain('17:35:00');
  });

  it('takes the test: options shuffled for them, answered by text, full marks', async () => {
    const bank = await trainerApi.get<{ items: { stem: string; options: string[]; correct: number[] }[] }>(
      '/api/study/questions',
    );
    const byStem = new Map(bank.items.map((q) => [q.stem, q]));
    await staff.goto(`${baseUrl()}/study/tests`);
    const row = staff.getByRole('row').filter({ hasText: '应知应会测试（示例）' });
    await row.getByRole('button', { name: /开始答题/ }).click();
    // The clock starts only once confirmed: the confirmation says how long and which attempt.
    const confirm = staff.locator('.ant-popconfirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('限时');
    await confirm.getByRole('button', { name: /开始答题/ }).click();
    await staff.waitForURL(/\/study\/attempts\/[0-9a-f-]{36}$/);
    const cards = staff.getByTestId('attempt-question');
    // The attempt page is a lazy chunk: on a busy machine it can take longer than a poll's one second.
    await cards.first().waitFor();
    await expect.poll(() => cards.count()).toBe(9);
    let reordered = 0;
    for (let i = 0; i < 9; i++) {
      const card = cards.nth(i);
      const stem = (await card.getByTestId('question-stem').textContent()) ?? '';
      const question = byStem.get(stem);
      expect(question, stem).toBeDefined();
      const labels = card.locator('label');
      const shown = (await labels.allTextContents()).map((t) => t.replace(/^[A-F]\.\s*/, '').trim());
      expect([...shown].sort()).toEqual([...question!.options].sort());
      if (shown.join('|') !== question!.options.join('|')) reordered += 1;
      for (const index of question!.correct) {
        const text = question!.options[index]!;
        await labels.filter({ hasText: new RegExp(`^[A-F]\\.\\s*${escapeRegExp(text)}$`) }).click();
      }
    }
    expect(reordered).toBeGreaterThan(0);
    await staff.getByRole('button', { name: /交\s*卷/ }).click();
    await confirmPop(staff);
    await expect.poll(() => staff.getByTestId('attempt-score').textContent()).toBe('17');
    if (SHOTS) await staff.screenshot({ path: '/tmp/study-test.png', fullPage: true });
  });

  it('the home page shows the staff member their study: next session, rate, tests to take', async () => {
    await staff.goto(`${baseUrl()}/`);
    const card = staff.getByTestId('home-study');
    await card.waitFor();
    expect(await card.textContent()).not.toContain('即将上线');
    await expect
      .poll(() => card.getByTestId('home-next-session').textContent())
      .toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await card.getByRole('link', { name: /待参加的测试/ }).click();
    await staff.waitForURL(/\/study\/tests$/);
  });

  it('a staff member asks leave and sees it pending; the organiser approves it', async () => {
    const clerkApi = await session('clerk');
    const plans = await clerkApi.get<{ items: { id: string; title: string }[] }>(
      '/api/study/plans?view=mine',
    );
    const demo = plans.items.find((p) => p.title === '队伍教育整顿学习教育（示例）')!;
    await staff.goto(`${baseUrl()}/study/plans/${demo.id}`);
    await staff
      .getByRole('button', { name: /^请\s*假$/ })
      .first()
      .click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByLabel('请假事由').fill('参加市局业务培训');
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await staff.getByText('请假申请已提交，等待审批').waitFor();
    await expect.poll(() => staff.getByTestId('my-leave').first().textContent()).toBe('请假待审批');
    await officer.goto(`${baseUrl()}/study/leave`);
    const row = officer.getByRole('row').filter({ hasText: '参加市局业务培训' });
    await row.getByRole('button', { name: /^批\s*准$/ }).click();
    // 审批意见 is optional to approve; the member sees it in 我的学习.
    const decision = officer.getByRole('dialog');
    await decision.getByLabel('审批意见').fill('同意，请会后补学');
    await decision.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect.poll(() => row.count()).toBe(0);
    await staff.reload();
    // Approved: the session reads 请假 (excused), no longer 请假待审批.
    await staff
      .locator('.ant-tag')
      .filter({ hasText: /^请假$/ })
      .first()
      .waitFor();
    expect(await staff.getByTestId('my-leave').count()).toBe(0);
  });

  it('the paper editor offers the bank’s categories and keeps the pass mark within the full marks', async () => {
    await officer.goto(`${baseUrl()}/study/papers`);
    await officer.getByRole('button', { name: /新建试卷/ }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByLabel('限定分类（可不选）').click();
    await officer.locator('.ant-select-item-option').filter({ hasText: '法律援助' }).first().waitFor();
    await dialog.locator('.ant-modal-title').click();
    await dialog.getByLabel('试卷名称').fill('及格分校验');
    // 5 single-choice questions × 2 = 10 full marks; blank pass mark → 6.
    await dialog.getByText('满分 10 分；不填则按满分的 60% 取 6 分').waitFor();
    await dialog.getByLabel('及格分', { exact: true }).fill('60');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await dialog.getByText('及格分不能高于满分（10 分）').waitFor();
    await dialog.getByRole('button', { name: /取\s*消|Cancel/ }).click();
  });

  it('after the session the officer generates the bulletin for the day and publishes it', async () => {
    await testApi('PUT', '/api/test/clock', { at: `${day}T19:30:00+08:00` });
    await officer.goto(`${baseUrl()}/study/bulletins`);
    await pickRange(officer, officer.locator('.ant-picker-range').first(), day, day);
    const generated = officer.waitForResponse(
      (r) => r.url().endsWith('/api/study/bulletins') && r.request().method() === 'POST',
    );
    await officer.getByRole('button', { name: /生成通报/ }).click();
    const reply = await generated;
    expect(reply.status(), await reply.text()).toBe(201);
    const drawer = officer.getByRole('dialog');
    await drawer.waitFor();
    const body = drawer.getByTestId('bulletin-body');
    await expect.poll(() => body.inputValue()).toContain('一、学习考勤情况');
    const text = await body.inputValue();
    expect(text).toMatch(/集中学习\d+场/);
    expect(text).toContain('二、应知应会测试情况');
    await drawer.getByRole('button', { name: /发\s*布/ }).click();
    await confirmPop(officer);
    await expect
      .poll(() => officer.getByRole('row').filter({ hasText: '已发布' }).count())
      .toBeGreaterThanOrEqual(1);
    const clerkApi = await session('clerk');
    const mine = await clerkApi.get<{ items: { title: string; status: string }[] }>(
      '/api/study/bulletins?view=mine',
    );
    expect(mine.items.some((b) => b.status === 'published' && b.title.includes('队伍教育整顿学习情况'))).toBe(
      true,
    );
    if (SHOTS) await officer.screenshot({ path: '/tmp/study-bulletin.png', fullPage: true });
  });

  it('the attendance page shows the staff member their rate for the plan, and the officer the scope', async () => {
    const choosePlan = async (page: Page) => {
      await page.locator('.lh-page-title').filter({ hasText: '出勤率' }).waitFor();
      await page.locator('.ant-select').first().click();
      await page.locator('.ant-select-item-option').filter({ hasText: PLAN_TITLE }).first().click();
    };
    await staff.goto(`${baseUrl()}/study/attendance`);
    await choosePlan(staff);
    await expect.poll(() => staff.getByTestId('attendance-total-rate').textContent()).toContain('100.0%');
    await expect
      .poll(() =>
        staff.getByTestId('attendance-persons').getByRole('row').filter({ hasText: '100.0%' }).count(),
      )
      .toBe(1);
    await officer.goto(`${baseUrl()}/study/attendance`);
    await choosePlan(officer);
    await officer.getByRole('tab', { name: '人员' }).click();
    await expect
      .poll(() =>
        officer.getByTestId('attendance-persons').getByRole('row').filter({ hasText: '100.0%' }).count(),
      )
      .toBeGreaterThanOrEqual(1);
    expect(await officer.locator('canvas').count()).toBeGreaterThanOrEqual(1);
    if (SHOTS) await officer.screenshot({ path: '/tmp/study-attendance.png', fullPage: true });
  });

  it('a supervisor picks a staff note by hand for a spot check (指定抽查)', async () => {
    const clerkApi = await session('clerk');
    const plans = await clerkApi.get<{ items: { id: string; title: string }[] }>(
      '/api/study/plans?view=mine',
    );
    const plan = plans.items.find((p) => p.title === PLAN_TITLE)!;
    const content = '浏览器测试笔记：晚学后对照警示案例查摆窗口服务中的问题。';
    await clerkApi.post('/api/study/records', { planId: plan.id, content });
    await officer.goto(`${baseUrl()}/study/spot-checks`);
    await officer.getByTestId('pick-notes').click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByRole('row').filter({ hasText: content }).getByRole('checkbox').check();
    const picked = officer.waitForResponse(
      (r) => r.url().endsWith('/api/study/spot-checks/picks') && r.request().method() === 'POST',
    );
    await dialog.getByRole('button', { name: /抽查所选（1）/ }).click();
    const reply = await picked;
    expect(reply.status(), await reply.text()).toBe(201);
    await officer.locator('.ant-drawer').getByText(content).first().waitFor();
    await expect
      .poll(() => officer.getByRole('row').filter({ hasText: '指定抽查' }).count())
      .toBeGreaterThanOrEqual(1);
  });

  it('every programme page opens for the officer without a script error', async () => {
    const errors: string[] = [];
    officer.on('pageerror', (error) => errors.push(error.message));
    const pages: [string, string][] = [
      ['/study/me', '我的学习'],
      ['/study/plans', '学习计划'],
      ['/study/tests', '应知应会测试'],
      ['/study/bulletins', '定期通报'],
      ['/study/leave', '请假审批'],
      ['/study/questions', '题库'],
      ['/study/papers', '试卷与成绩'],
      ['/study/spot-checks', '笔记抽查'],
      ['/study/talks', '谈心谈话'],
      ['/study/opinions', '开门纳谏'],
      ['/study/attendance', '出勤率'],
    ];
    for (const [path, title] of pages) {
      await officer.goto(`${baseUrl()}${path}`);
      await expect.poll(() => officer.locator('.lh-page-title').textContent()).toBe(title);
      await officer.locator('.ant-table-wrapper, .ant-tabs').first().waitFor();
    }
    expect(errors).toEqual([]);
  });

  it('the programme pages speak English when the officer switches the language', async () => {
    await officer.goto(`${baseUrl()}/study/plans`);
    await officer.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => officer.locator('.lh-page-title').textContent()).toBe('Study plans');
    await officer.getByRole('columnheader', { name: 'Plan', exact: true }).waitFor();
    await officer.getByRole('row').filter({ hasText: PLAN_TITLE }).getByText('Published').first().waitFor();
    // The plan's sessions: the default title 晚学 reads as its kind in English.
    await officer.getByRole('row').filter({ hasText: PLAN_TITLE }).getByRole('link').first().click();
    await officer.waitForURL(/\/study\/plans\/[0-9a-f-]{36}$/);
    await officer.getByRole('cell', { name: 'Evening study' }).first().waitFor();
    expect(await officer.getByRole('cell', { name: '晚学', exact: true }).count()).toBe(0);
    await officer.goto(`${baseUrl()}/study/attendance`);
    await expect.poll(() => officer.locator('.lh-page-title').textContent()).toBe('Attendance rates');
    await officer.getByRole('tab', { name: 'Person' }).waitFor();
    await officer.goto(`${baseUrl()}/study/bulletins`);
    await expect.poll(() => officer.locator('.lh-page-title').textContent()).toBe('Bulletins');
    await officer.getByRole('button', { name: 'Generate' }).waitFor();
    // The pages that were Chinese only: spot checks (the hand-picked check above), papers, talks, opinions.
    await officer.goto(`${baseUrl()}/study/spot-checks`);
    await expect.poll(() => officer.locator('.lh-page-title').textContent()).toBe('Spot checks');
    await officer.getByRole('button', { name: 'Draw notes' }).waitFor();
    await officer.getByRole('columnheader', { name: 'Drawn / total' }).waitFor();
    await officer.getByRole('cell', { name: 'Picked by hand' }).first().waitFor();
    await officer.goto(`${baseUrl()}/study/papers`);
    await expect.poll(() => officer.locator('.lh-page-title').textContent()).toBe('Papers and results');
    await officer.getByRole('columnheader', { name: 'Questions / full marks / pass mark' }).waitFor();
    await officer.getByText('Two rounds compared', { exact: true }).first().waitFor();
    await officer.goto(`${baseUrl()}/study/talks`);
    await expect.poll(() => officer.locator('.lh-page-title').textContent()).toBe('One-to-one talks');
    await officer.getByRole('columnheader', { name: 'Topic' }).waitFor();
    await officer.goto(`${baseUrl()}/study/opinions`);
    await officer.getByRole('tab', { name: 'Opinion forms' }).waitFor();
    await officer.getByRole('button', { name: /New opinion form/ }).waitFor();
    expect(await officer.locator('.ant-table-thead').first().textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    await officer.getByRole('button', { name: /中文/ }).click();
    await expect.poll(() => officer.locator('.lh-page-title').textContent()).toBe('开门纳谏');
  });

  it('a service user answers the opinion form by its public link, without login; the officer sees the rating and replies by SMS', async () => {
    const phone = '13900139000';
    const form = await trainerApi.post<{ publicPath: string }>('/api/opinion-forms', {
      title: '开门纳谏：请您为我局队伍建设提意见',
      respondentKinds: ['npc-deputy', 'service-user'],
      questions: [{ key: 'satisfaction', label: '总体评价', kind: 'rating', required: true }],
    });
    expect(form.publicPath).toMatch(/^\/m\/opinion\//);
    const citizen = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await citizen.goto(`${baseUrl()}${form.publicPath}`);
    await citizen.getByText('服务对象').click();
    await citizen.locator('.ant-rate-star').nth(3).click();
    await citizen.getByLabel('意见和建议').fill('希望窗口午休时间也能安排人员值班，方便上班族办事。');
    await citizen.getByLabel('联系方式（可不填，用于答复）').fill(phone);
    await citizen.getByRole('button', { name: /提\s*交/ }).click();
    await citizen.getByText('感谢您的意见和建议').waitFor();
    await officer.goto(`${baseUrl()}/study/opinions`);
    await officer.getByRole('tab', { name: '意见办理' }).click();
    const row = officer.getByRole('row').filter({ hasText: '午休时间也能安排人员值班' });
    await expect.poll(() => row.count()).toBe(1);
    // The respondent's 4 stars, shown to the officer.
    await expect.poll(() => row.locator('.ant-rate-star-full').count()).toBe(4);
    // Assigned to the officer (API), then handled and replied to in the UI.
    const me = await trainerApi.get<{ user: { id: string } }>('/api/auth/me');
    const list = await trainerApi.get<{ items: { id: string; content: string; version: number }[] }>(
      '/api/opinions?view=managed',
    );
    const opinion = list.items.find((o) => o.content.includes('午休时间也能安排人员值班'))!;
    await trainerApi.post(`/api/opinions/${opinion.id}/assign`, {
      version: opinion.version,
      assigneeId: me.user.id,
    });
    await officer.reload();
    await officer.getByRole('tab', { name: '意见办理' }).click();
    await row.getByRole('button', { name: '办理答复' }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByLabel('办理情况').fill('已调整窗口午间值班安排。');
    await dialog.getByLabel('答复内容').fill('感谢您的建议，自下周起午间安排专人值班。');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await officer.locator('.ant-message').getByText('已回复').waitFor();
    await expect.poll(() => row.textContent()).toContain('已答复');
    await row.locator('.ant-table-row-expand-icon').click();
    await officer
      .getByTestId('reply-channel')
      // Worded by the SMS's state: queued or sent by now (never "replied" with "queued" beside it).
      .getByText(/^(短信待发送|已短信回复) 139\*{4}9000$/)
      .waitFor();
    const outbox = await (await fetch(`${baseUrl()}/api/test/outbox?phone=${phone}`)).json();
    expect(outbox.items[0]).toMatchObject({ template: 'opinion.reply' });
    expect(outbox.items[0].text).toContain('自下周起午间安排专人值班');
  });

  it('下发到旗县区: the officer picks the counties and is told the started session stays behind', async () => {
    // Last (the county copies join the officer's plan list): the day's 晚学 (18:00) has been held.
    await officer.goto(planUrl);
    await officer.getByRole('button', { name: /下发到旗县区/ }).click();
    const dialog = officer.getByRole('dialog');
    const warning = dialog.getByTestId('push-started-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('已有 1 场学习开始或结束');
    const boxes = dialog.locator('.ant-checkbox-wrapper');
    await expect.poll(() => boxes.count()).toBeGreaterThan(1);
    // Every county is chosen by default; leave one out.
    await boxes.first().click();
    const remaining = (await boxes.count()) - 1;
    await dialog.getByRole('button', { name: new RegExp(`下发到 ${remaining} 个旗县区`) }).click();
    await officer.getByText(`已下发到 ${remaining} 个旗县区`).waitFor();
  });
});
