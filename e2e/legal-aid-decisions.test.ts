/**
 * The refusal, objection and termination dialogs of the legal-aid detail page through the real UI
 * (法律援助法 第四十三条、第四十八条、第四十九条): the director refuses with reason codes and written reasons
 * and the refusal notice downloads naming the applicant, the reasons and the 司法局 that takes objections;
 * the applicant's objection is recorded at the window and the bureau leader decides it; a granted and
 * assigned matter is terminated on an art. 48 ground and the termination decision downloads.
 * The applications are set up through the API (the intake form has its own test). Screenshots of the
 * dialogs go to /tmp/la-*.png when LA_SCREENSHOTS=1.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, loginAs } from './browser';
import {
  actApi,
  confirmAction,
  downloadDocx,
  inventedResidentId,
  type Matter,
  openAction,
  pickOption,
  type Session,
  session,
  statusIs,
} from './legal-aid-kit';

const SHOTS = process.env.LA_SCREENSHOTS === '1';
const REFUSED = '钱小川';
const TERMINATED = '孔繁荣';
const UNSIGNED = '冯春梅';
const REASONS = '申请人请求返还借款，属于民间借贷纠纷，不属于法律援助法第三十一条规定的事项。';

describe('法律援助 decisions through the UI: 不予 → 异议 → 异议决定; 终止', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let director: Page;
  let clerk: Page;
  let leader: Page;
  let clerkApi: Session;
  let reviewerApi: Session;
  let directorApi: Session;

  beforeAll(async () => {
    clerkApi = await session('clerk');
    reviewerApi = await session('reviewer');
    directorApi = await session('director');
    browser = await launchBrowser();
    const open = async () => {
      const context = await browser.newContext({
        locale: 'zh-CN',
        viewport: { width: 1600, height: 1000 },
        acceptDownloads: true,
      });
      contexts.push(context);
      return context.newPage();
    };
    director = await open();
    clerk = await open();
    leader = await open();
    await loginAs(director, 'director');
    await loginAs(clerk, 'clerk');
    await loginAs(leader, 'leader');
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A minimal PNG signature (1 × 1 grey), base64. */
  const SIGNATURE_PNG =
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==';

  /** An application accepted and reviewed through the API; `matter` decides eligibility. */
  async function reviewed(
    name: string,
    idNumber: string,
    matter: string,
    options: { signCommitment?: boolean } = {},
  ): Promise<Matter> {
    const created = await clerkApi.post<Matter>('/api/legal-aid/applications', {
      channel: 'window',
      applicant: { name, idNumber },
      facts: `申请人${name}称：对方拒不履行，请求法律援助。`,
      caseKind: 'civil',
      matter,
      hardship: { householdSize: 2, householdMonthlyIncomeYuan: 1200, method: 'commitment' },
    });
    // The 告知承诺书 signed at the window (a grant waits for it: 法律援助法 第四十一条).
    if (options.signCommitment ?? true)
      await clerkApi.post(`/api/legal-aid/applications/${created.id}/commitment`, {
        signaturePng: SIGNATURE_PNG,
      });
    await actApi(clerkApi, created.id, 'accept');
    return actApi(reviewerApi, created.id, 'review');
  }

  it('refuses with reasons; the refusal notice downloads; the objection is filed and decided', {
    timeout: 180_000,
  }, async () => {
    const matter = await reviewed(REFUSED, inventedResidentId(52, '418'), 'loan-dispute');
    const url = `${baseUrl()}/legal-aid/${matter.id}`;

    // (1) The director refuses: reason code, written reasons, the objection body shown read-only.
    await director.goto(url);
    // Reviewed: the matter awaits the director's decision (待审批).
    await statusIs(director, '待审批');
    await director.getByTestId('review-recommendation').filter({ hasText: '建议不予法律援助' }).waitFor();
    await openAction(director, /决定不予/);
    const dialog = director.getByRole('dialog');
    await expect(dialog.textContent()).resolves.toContain('审查意见：建议不予法律援助');
    await expect(dialog.getByTestId('objection-body').textContent()).resolves.toBe('包头市司法局');
    // Without reasons the dialog refuses to submit and says what is missing.
    await dialog.getByRole('button', { name: /决定不予/ }).click();
    await dialog.getByText('请选择不予法律援助的理由').waitFor();
    await pickOption(director, '不予法律援助的理由', '申请事项不属于法律援助范围');
    await dialog.getByLabel('书面理由（告知申请人）').fill(REASONS);
    if (SHOTS) await director.screenshot({ path: '/tmp/la-refuse-dialog.png' });
    await confirmAction(director, /决定不予/);
    await statusIs(director, '不予法律援助');
    await director.getByText('异议受理机关').waitFor();
    // The refusal is the 审批 decision on the five same-day clock; 指派 and 援助 no longer apply.
    const clock = director.getByTestId('five-same-day');
    await expect(clock.locator('[data-step="approvedAt"]').getAttribute('data-state')).resolves.toBe(
      'refused',
    );
    await expect(clock.locator('[data-step="approvedAt"]').textContent()).resolves.toContain('不予援助');
    for (const step of ['assignedAt', 'aidStartedAt'])
      await expect(clock.locator(`[data-step="${step}"]`).getAttribute('data-state')).resolves.toBe('na');
    // On the day's board its next step is the objection window, not 待审批.
    await director.goto(`${baseUrl()}/legal-aid/today`);
    const boardRow = director.locator('tr').filter({ hasText: matter.number });
    await expect(boardRow.getByTestId('next-step').textContent()).resolves.toContain('异议期');
    await expect(boardRow.locator('[data-step="approvedAt"]').getAttribute('data-state')).resolves.toBe(
      'la-tick-refused',
    );
    await director.goto(url);
    await statusIs(director, '不予法律援助');

    // (2) The refusal notice (不予法律援助决定书) downloads and names the applicant, reasons and 司法局.
    const notice = await downloadDocx(director, 'refusal-decision');
    expect(notice.name).toMatch(/\.docx$/);
    expect(notice.xml).toContain(REFUSED);
    expect(notice.xml).toContain('申请事项不属于法律援助范围');
    expect(notice.xml).toContain('包头市司法局');
    expect(notice.xml).toContain(matter.number);

    // (3) The applicant objects at the window (第四十九条).
    await clerk.goto(url);
    await statusIs(clerk, '不予法律援助');
    await openAction(clerk, /^异\s*议$/);
    await clerk
      .getByRole('dialog')
      .getByLabel('异议的事实和理由')
      .fill('申请人认为借款系用于支付医疗费，生活确有困难，请求重新审查。');
    await confirmAction(clerk, /^异\s*议$/);
    await statusIs(clerk, '异议审查中');
    // The objection clock: decided by the bureau within 5 days of receipt.
    await clerk.getByText('司法行政部门审查异议').waitFor();

    // (4) The bureau leader decides it: the refusal is upheld, and no second objection is possible.
    await leader.goto(url);
    await statusIs(leader, '异议审查中');
    await openAction(leader, /异议决定/);
    const decide = leader.getByRole('dialog');
    // Clicked until it holds: on a loaded machine a click while the dialog still animates in can be lost.
    const uphold = decide.getByRole('radio', { name: '维持法律援助机构决定' });
    await expect
      .poll(
        async () => {
          if (!(await uphold.isChecked())) await decide.getByText('维持法律援助机构决定').click();
          return uphold.isChecked();
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(true);
    await decide
      .getByLabel('理由', { exact: true })
      .fill('借款纠纷不属于法律援助范围，原决定正确，予以维持。');
    await confirmAction(leader, /异议决定/);
    await statusIs(leader, '不予法律援助');
    if (SHOTS) await leader.screenshot({ path: '/tmp/la-objection-decided.png', fullPage: true });
    await leader.getByText('作出异议审查决定').first().waitFor();
    await clerk.reload();
    await statusIs(clerk, '不予法律援助');
    expect(
      await clerk
        .getByTestId('matter-actions')
        .getByRole('button', { name: /^异\s*议$/ })
        .count(),
    ).toBe(0);
  });

  it('warns in the grant dialog while the 告知承诺书 is unsigned; the grant waits for it (第四十一条)', {
    timeout: 180_000,
  }, async () => {
    const matter = await reviewed(
      UNSIGNED,
      inventedResidentId(47, '433'),
      'labour-relation-or-remuneration',
      {
        signCommitment: false,
      },
    );
    const url = `${baseUrl()}/legal-aid/${matter.id}`;
    await director.goto(url);
    await statusIs(director, '待审批');
    await openAction(director, /决定给予/);
    const dialog = director.getByRole('dialog');
    await dialog
      .getByTestId('commitment-unsigned')
      .filter({ hasText: '尚未签署经济困难状况告知承诺书' })
      .waitFor();
    // Pressed anyway: the server refuses and says why; nothing is decided.
    await dialog.getByRole('button', { name: /决定给予/ }).click();
    await director
      .locator('.ant-message')
      .getByText(/不能决定给予法律援助/)
      .waitFor();
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await statusIs(director, '待审批');

    // Signed at the window, the warning is gone and the grant goes through.
    await clerkApi.post(`/api/legal-aid/applications/${matter.id}/commitment`, {
      signaturePng: SIGNATURE_PNG,
    });
    await director.reload();
    await statusIs(director, '待审批');
    await openAction(director, /决定给予/);
    expect(await director.getByRole('dialog').getByTestId('commitment-unsigned').count()).toBe(0);
    await confirmAction(director, /决定给予/);
    await statusIs(director, '已决定给予法律援助');
  });

  it('terminates a granted, assigned matter on an art. 48 ground with its decision', {
    timeout: 180_000,
  }, async () => {
    const matter = await reviewed(
      TERMINATED,
      inventedResidentId(38, '427'),
      'labour-relation-or-remuneration',
    );
    await actApi(directorApi, matter.id, 'grant');
    const suggestions = await reviewerApi.get<{ lawyerId: string; conflict: boolean }[]>(
      `/api/legal-aid/applications/${matter.id}/provider-suggestions`,
    );
    const lawyer = suggestions.find((s) => !s.conflict) ?? suggestions[0];
    if (!lawyer) throw new Error('no lawyer suggested');
    await actApi(reviewerApi, matter.id, 'assign', { providerId: lawyer.lawyerId });

    await director.goto(`${baseUrl()}/legal-aid/${matter.id}`);
    await statusIs(director, '已指派');
    await openAction(director, /^终\s*止$/);
    const dialog = director.getByRole('dialog');
    await expect(dialog.getByTestId('objection-body').textContent()).resolves.toBe('包头市司法局');
    await pickOption(director, '终止情形（第四十八条）', '受援人自行委托律师或者其他代理人');
    // Too short a reason is refused in the dialog (a written reason, 第四十八条).
    await dialog.getByLabel('终止理由').fill('自行委托');
    await dialog.getByRole('button', { name: /^终\s*止$/ }).click();
    await dialog.getByText(/终止理由应当书面说明/).waitFor();
    await dialog.getByLabel('终止理由').fill('受援人已自行委托律师担任代理人，并书面告知本中心。');
    if (SHOTS) await director.screenshot({ path: '/tmp/la-terminate-dialog.png' });
    await confirmAction(director, /^终\s*止$/);
    await statusIs(director, '已终止法律援助');
    await director
      .getByText(/第四十八条第一款第6项/)
      .first()
      .waitFor();

    const decision = await downloadDocx(director, 'termination-decision');
    expect(decision.xml).toContain(TERMINATED);
    expect(decision.xml).toContain('受援人自行委托律师或者其他代理人');
    expect(decision.xml).toContain('包头市司法局');
  });
});
