import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, legalAidReminders } from '../db/schema/index';
import { sweepLegalAidDeadlines } from '../jobs/deadline-sweep';
import type { TestClient } from '../test/app';
import {
  actOk,
  apply,
  beijing,
  buildLegalAidTestApp,
  type LegalAidTestApp,
  residentId,
} from './legal-aid-test-kit';

/**
 * GET /api/legal-aid/reminders (我的提醒), /reminders/all (the director's view), /reminders/summary (the
 * header badge) and marking read: who sees which reminder, scope, and reminders settled by the action
 * that meets their deadline.
 */
let t: LegalAidTestApp;
let otherClerk: TestClient;
let countyDirector: TestClient;
beforeAll(async () => {
  t = await buildLegalAidTestApp();
  otherClerk = await t.login({ roles: ['window-clerk'] });
  countyDirector = await t.login({ roles: ['legal-aid-director'], orgName: '东河区司法局' });
});
afterAll(async () => {
  await t?.close();
});

interface Item {
  id: string;
  matterId: string;
  matterNumber: string;
  applicantName: string;
  kind: string;
  kindLabel: string;
  dueOn: string;
  level: string;
  source: string | null;
  recipientUserId: string | null;
  recipientRole: string;
  readAt: string | null;
  done: boolean;
}

async function list(client: TestClient, url = '/api/legal-aid/reminders'): Promise<Item[]> {
  const r = await client.get(url);
  expect(r.statusCode, r.body).toBe(200);
  return r.json().items;
}
const summary = async (client: TestClient) => (await client.get('/api/legal-aid/reminders/summary')).json();
const forMatter = (items: Item[], matterId: string) => items.filter((i) => i.matterId === matterId);
const sweep = (local: string) => sweepLegalAidDeadlines(t.services, beijing(local));

describe('reminders: the decision clock (法律援助法 第四十三条)', () => {
  let matterId: string;
  let reminderId: string;

  it('shows the reminder to the clerk who accepted, with its clock, last day and article', async () => {
    t.clockAt('2026-03-16T09:00');
    const matter = await apply(t.clerk, {
      applicant: { name: '任桂兰', idNumber: residentId('19620508', '046', '150204') },
    });
    matterId = matter.id;
    await actOk(t.clerk, matterId, 'accept');
    expect(forMatter(await list(t.clerk), matterId)).toEqual([]);

    await sweep('2026-03-23T09:00');
    const mine = forMatter(await list(t.clerk), matterId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      matterNumber: matter.number,
      applicantName: '任桂兰',
      kind: 'decision',
      kindLabel: '作出是否给予法律援助的决定',
      dueOn: '2026-03-23',
      level: 'due-soon',
      source: '法律援助法 第四十三条',
      recipientUserId: t.clerk.userId,
      readAt: null,
      done: false,
    });
    reminderId = mine[0]!.id;
    expect(await summary(t.clerk)).toEqual({ overdue: 0, dueSoon: 1, unread: 1, unreadOverdue: 0 });
  });

  it('keeps it from staff it is not addressed to, and shows all in scope only to directors', async () => {
    expect(forMatter(await list(otherClerk), matterId)).toEqual([]);
    expect(forMatter(await list(t.reviewer), matterId)).toEqual([]);
    expect(forMatter(await list(t.director), matterId)).toEqual([]);
    expect(await summary(otherClerk)).toMatchObject({ dueSoon: 0, unread: 0 });

    const all = forMatter(await list(t.director, '/api/legal-aid/reminders/all'), matterId);
    expect(all.map((i) => i.id)).toEqual([reminderId]);
    // A county director's scope does not reach the city agency's matters.
    expect(forMatter(await list(countyDirector, '/api/legal-aid/reminders/all'), matterId)).toEqual([]);
    for (const client of [t.clerk, t.reviewer, t.lawyer, t.leader]) {
      expect((await client.get('/api/legal-aid/reminders/all')).statusCode).toBe(403);
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/legal-aid/reminders' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('lets only its recipient mark it read (audited); escalation to overdue makes it unread again', async () => {
    const byDirector = await t.director.post(`/api/legal-aid/reminders/${reminderId}/read`);
    expect(byDirector.statusCode).toBe(403);
    expect((await t.clerk.post(`/api/legal-aid/reminders/${crypto.randomUUID()}/read`)).statusCode).toBe(404);

    t.clockAt('2026-03-23T10:00');
    const read = await t.clerk.post(`/api/legal-aid/reminders/${reminderId}/read`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().readAt).toBe(beijing('2026-03-23T10:00').toISOString());
    const again = await t.clerk.post(`/api/legal-aid/reminders/${reminderId}/read`);
    expect(again.json().readAt).toBe(read.json().readAt);
    const audits = await t.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'legal-aid.reminder.read'), eq(auditLog.entityId, reminderId)));
    expect(audits).toHaveLength(1);
    expect(await summary(t.clerk)).toEqual({ overdue: 0, dueSoon: 1, unread: 0, unreadOverdue: 0 });
    expect(forMatter(await list(t.clerk, '/api/legal-aid/reminders?unread=true'), matterId)).toEqual([]);

    await sweep('2026-03-24T09:00');
    const [overdue] = forMatter(await list(t.clerk), matterId);
    expect(overdue).toMatchObject({ id: reminderId, level: 'overdue', readAt: null });
    expect(await summary(t.clerk)).toEqual({ overdue: 1, dueSoon: 0, unread: 1, unreadOverdue: 1 });
  });

  it('is settled by the decision itself, in the same transaction', async () => {
    t.clockAt('2026-03-24T10:00');
    await actOk(t.reviewer, matterId, 'review');
    await actOk(t.director, matterId, 'grant');
    expect(forMatter(await list(t.clerk), matterId)).toEqual([]);
    expect(await summary(t.clerk)).toMatchObject({ overdue: 0, dueSoon: 0, unread: 0 });
    const history = forMatter(await list(t.clerk, '/api/legal-aid/reminders?state=all'), matterId);
    expect(history).toMatchObject([{ id: reminderId, done: true }]);
    // A later sweep does not bring it back.
    const report = await sweep('2026-03-24T11:00');
    expect(report.reopened).toBe(0);
    expect(forMatter(await list(t.clerk), matterId)).toEqual([]);
  });

  it('addresses the assignment clock to the director who granted, and the agreement clock to the lawyer', async () => {
    // Granted Tuesday 24 March: assignment within 3 days → Friday 27 March.
    await sweep('2026-03-27T09:00');
    const assignment = forMatter(await list(t.director), matterId);
    expect(assignment).toMatchObject([{ kind: 'assignment', dueOn: '2026-03-27', level: 'due-soon' }]);
    t.clockAt('2026-03-27T10:00');
    await actOk(t.reviewer, matterId, 'assign', { providerId: t.lawyerId });
    expect(forMatter(await list(t.director), matterId)).toEqual([]);

    // Agreement within 5 days of the assignment (程序规定 第二十七条): Wednesday 1 April.
    await sweep('2026-04-01T09:00');
    const agreement = forMatter(await list(t.lawyer), matterId);
    expect(agreement).toMatchObject([
      { kind: 'agreement', dueOn: '2026-04-01', recipientUserId: t.lawyer.userId, level: 'due-soon' },
    ]);
    expect(await summary(t.lawyer)).toMatchObject({ dueSoon: 1, unread: 1 });
    expect(forMatter(await list(t.otherLawyer), matterId)).toEqual([]);
    // Marking another's reminder read is refused even to a lawyer of the roster.
    const foreign = await t.otherLawyer.post(`/api/legal-aid/reminders/${agreement[0]!.id}/read`);
    expect(foreign.statusCode).toBe(403);

    t.clockAt('2026-04-01T10:00');
    await actOk(t.lawyer, matterId, 'provider-decline', {
      reason: '本人与对方当事人存在利益冲突，无法承办本案。',
    });
    expect(forMatter(await list(t.lawyer), matterId)).toEqual([]);
    expect(await summary(t.lawyer)).toMatchObject({ dueSoon: 0, unread: 0 });
  });
});

describe('reminders: role inboxes', () => {
  it('puts the objection clock in the bureau leaders’ inbox (第四十九条), and a lapsed notice in the reviewers’', async () => {
    t.clockAt('2026-03-16T09:00');
    const refused = await apply(t.clerk, {
      applicant: { name: '邵建国', idNumber: residentId('19790914', '055', '150207') },
      matter: 'loan-dispute',
    });
    await actOk(t.clerk, refused.id, 'accept');
    await actOk(t.reviewer, refused.id, 'review');
    await actOk(t.director, refused.id, 'refuse', {
      reasonCodes: ['not-in-scope'],
      reasons: '民间借贷纠纷不属于法律援助法第三十一条规定的事项。',
    });
    t.clockAt('2026-03-17T09:00');
    await actOk(t.clerk, refused.id, 'object', { statement: '申请人认为应当给予法律援助，请求复查。' });

    const lapsed = await apply(t.clerk, {
      applicant: { name: '郝春梅', idNumber: residentId('19850302', '064', '150205') },
    });
    await actOk(t.clerk, lapsed.id, 'request-materials', { items: ['工资条'], dueDate: '2026-03-19' });

    // Objection received 17 March: decided within 5 days → Sunday 22nd, rolled to Monday 23 March.
    await sweep('2026-03-23T09:00');
    const leaderItems = forMatter(await list(t.leader), refused.id);
    expect(leaderItems).toMatchObject([
      {
        kind: 'objection-decision',
        recipientRole: 'bureau-leader',
        recipientUserId: null,
        dueOn: '2026-03-23',
        source: '法律援助法 第四十九条',
      },
    ]);
    expect(forMatter(await list(t.clerk), refused.id)).toEqual([]);
    const proposals = forMatter(await list(t.reviewer), lapsed.id);
    expect(proposals).toMatchObject([
      { kind: 'deem-withdrawn-proposal', kindLabel: '补充材料期限届满（视为撤回申请）', level: 'overdue' },
    ]);
    expect(forMatter(await list(t.lawyer), lapsed.id)).toEqual([]);

    // A reader of a role inbox acknowledges it for the inbox; the leader decides, which settles it.
    const read = await t.leader.post(`/api/legal-aid/reminders/${leaderItems[0]!.id}/read`);
    expect(read.statusCode, read.body).toBe(200);
    t.clockAt('2026-03-23T10:00');
    await actOk(
      t.leader,
      refused.id,
      'decide-objection',
      { outcome: 'upheld', reason: '借款纠纷不属于法律援助范围，维持原决定。' },
      t.reviewer,
    );
    expect(forMatter(await list(t.leader), refused.id)).toEqual([]);

    // Withdrawal settles the proposal and the materials clock the clerk was reminded of.
    expect(forMatter(await list(t.clerk), lapsed.id)).toMatchObject([{ kind: 'materials-response' }]);
    await actOk(t.reviewer, lapsed.id, 'deem-withdrawn');
    expect(forMatter(await list(t.reviewer), lapsed.id)).toEqual([]);
    expect(forMatter(await list(t.clerk), lapsed.id)).toEqual([]);
    const rows = await t.services.db
      .select({ kind: legalAidReminders.kind, done: legalAidReminders.done })
      .from(legalAidReminders)
      .where(eq(legalAidReminders.matterId, lapsed.id))
      .orderBy(legalAidReminders.kind);
    expect(rows).toEqual([
      { kind: 'deem-withdrawn-proposal', done: true },
      { kind: 'materials-response', done: true },
    ]);
  });

  it('marks all of one’s unread reminders read at once', async () => {
    t.clockAt('2026-04-06T09:00');
    const a = await apply(t.clerk, {
      applicant: { name: '牛振华', idNumber: residentId('19710721', '073', '150203') },
    });
    const b = await apply(t.clerk, {
      applicant: { name: '申玉兰', idNumber: residentId('19680417', '082', '150203') },
    });
    await actOk(t.clerk, a.id, 'accept');
    await actOk(t.clerk, b.id, 'accept');
    await sweep('2026-04-13T09:00');
    const directorBefore = await summary(t.director);
    expect(await summary(t.clerk)).toMatchObject({ dueSoon: 2, unread: 2 });
    const r = await t.clerk.post('/api/legal-aid/reminders/read-all');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({ marked: 2 });
    expect(await summary(t.clerk)).toMatchObject({ dueSoon: 2, unread: 0 });
    expect((await t.clerk.post('/api/legal-aid/reminders/read-all')).json()).toEqual({ marked: 0 });
    // Only the clerk's own inbox: the director's unread count is as it was.
    expect(await summary(t.director)).toEqual(directorBefore);
  });
});
