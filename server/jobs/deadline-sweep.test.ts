import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actOk,
  apply,
  beijing,
  buildLegalAidTestApp,
  type LegalAidTestApp,
  residentId,
} from '../routes/legal-aid-test-kit';
import { listReminders, sweepLegalAidDeadlines } from './deadline-sweep';

let t: LegalAidTestApp;
beforeAll(async () => {
  t = await buildLegalAidTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('legal-aid deadline sweep', () => {
  it('writes one reminder per deadline, however often it runs, and escalates it once overdue', async () => {
    t.clockAt('2026-03-16T09:00');
    const matter = await apply(t.clerk, {
      applicant: { name: '徐长林', idNumber: residentId('19770103', '019') },
    });
    await actOk(t.clerk, matter.id, 'accept');
    // Decision due Monday 2026-03-23 (法律援助法 第四十三条: 7 days from receipt).
    const early = await sweepLegalAidDeadlines(t.services, beijing('2026-03-22T10:00'));
    expect(early.created).toBe(0);

    const first = await sweepLegalAidDeadlines(t.services, beijing('2026-03-23T09:00'));
    const second = await sweepLegalAidDeadlines(t.services, beijing('2026-03-23T09:01'));
    expect(first.created).toBe(1);
    expect(second.created).toBe(0);
    let reminders = await listReminders(t.services, matter.id);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      kind: 'decision',
      dueOn: '2026-03-23',
      level: 'due-soon',
      recipientUserId: t.clerk.userId,
      source: '法律援助法 第四十三条',
    });

    const late = await sweepLegalAidDeadlines(t.services, beijing('2026-03-24T09:00'));
    const lateAgain = await sweepLegalAidDeadlines(t.services, beijing('2026-03-24T10:00'));
    expect(late.escalated).toBe(1);
    expect(lateAgain.escalated + lateAgain.created).toBe(0);
    reminders = await listReminders(t.services, matter.id);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.level).toBe('overdue');
    expect(reminders[0]!.message).toContain('已逾期');
  });

  it('proposes deemed withdrawal after a lapsed materials notice, and withdraws only when configured', async () => {
    t.clockAt('2026-03-16T09:00');
    const matter = await apply(t.clerk, {
      applicant: { name: '孙玉梅', idNumber: residentId('19690915', '026', '150204') },
    });
    await actOk(t.clerk, matter.id, 'request-materials', {
      items: ['劳动合同或工资条'],
      dueDate: '2026-03-18',
    });

    const onDueDay = await sweepLegalAidDeadlines(t.services, beijing('2026-03-18T12:00'));
    expect(onDueDay.proposals).toBe(0);
    const proposed = await sweepLegalAidDeadlines(t.services, beijing('2026-03-19T09:00'));
    const proposedAgain = await sweepLegalAidDeadlines(t.services, beijing('2026-03-19T09:05'));
    expect(proposed.proposals).toBe(1);
    expect(proposedAgain.proposals).toBe(0);
    const proposal = (await listReminders(t.services, matter.id)).filter(
      (r) => r.kind === 'deem-withdrawn-proposal',
    );
    expect(proposal).toHaveLength(1);
    expect((await t.reviewer.get(`/api/legal-aid/applications/${matter.id}`)).json().status).toBe(
      'materials-requested',
    );

    const auto = await sweepLegalAidDeadlines(t.services, beijing('2026-03-19T10:00'), {
      autoDeemWithdrawn: true,
    });
    expect(auto.withdrawn).toBe(1);
    const after = (await t.reviewer.get(`/api/legal-aid/applications/${matter.id}`)).json();
    expect(after.status).toBe('deemed-withdrawn');
    expect(after.actions.at(-1)).toMatchObject({ type: 'deem-withdrawn', actorRole: 'system' });
  });
});
