import { addCalendarDays, businessDateOf, createCalendar, startOfBusinessDate } from '@core/calendar';
import { parseResidentId } from '@core/identity';
import { openDeadlines, tryFoldLegalAid } from '@core/procedures/legal-aid';
import { checkTeamEligibility, type SanctionKind } from '@core/roster';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  lawyerSanctions,
  lawyers,
  legalAidMatters,
  matterClocks,
  matters,
  organisations,
  persons,
  users,
} from '../db/schema/index';
import { sweepLegalAidDeadlines } from '../jobs/deadline-sweep';
import { buildTestApp, type TestApp } from '../test/app';
import { findStandardInForce } from '../use-cases/hardship-standards/find-standard-in-force';
import { loadLog } from '../use-cases/legal-aid/matter-store';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemoData } from './demo';
import { DEMO_HISTORY_DAYS, DEMO_OPEN_DAYS } from './demo-activity';
import { DUTY_LAWYERS } from './demo-reference';
import { ORGANISATION_SEED } from './organisations';

let t: TestApp;
const lines: string[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  const rows = await t.services.db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations);
  const idByName = new Map(rows.map((r) => [r.name, r.id]));
  const orgIds = new Map(ORGANISATION_SEED.map((org) => [org.key, idByName.get(org.name)!]));
  // The template's admin stands in for the bootstrap one; loadDemoData adds the others.
  expect(await loadDemoData(t.services, orgIds, (line) => lines.push(line))).toBe(DEMO_ACCOUNTS);
});
afterAll(async () => {
  await t?.close();
});

describe('demo reference data', () => {
  it('reports progress', () => {
    expect(lines.some((l) => l.startsWith('律师 45 名'))).toBe(true);
    expect(lines.some((l) => l.includes('经济困难标准'))).toBe(true);
    expect(lines.some((l) => l.startsWith('当事人 20 名'))).toBe(true);
  });

  it('seeds 30 team lawyers who meet the team rule, over the three resident firms', async () => {
    const today = businessDateOf(t.services.now());
    const all = await t.services.db.select().from(lawyers);
    const sanctions = await t.services.db.select().from(lawyerSanctions);
    const team = all.filter((l) => l.teamMember);
    expect(team).toHaveLength(30);
    expect(new Set(team.map((l) => l.firmId)).size).toBe(3);
    for (const lawyer of all) {
      expect(lawyer.licenceNo).toMatch(/^11502\d{12}$/);
      expect(lawyer.phoneMasked).toMatch(/^139\*{4}\d{4}$/);
      const eligibility = checkTeamEligibility(
        {
          firstPracticeYear: lawyer.firstPracticeYear,
          sanctions: sanctions
            .filter((s) => s.lawyerId === lawyer.id)
            .map((s) => ({ kind: s.kind as SanctionKind, decidedOn: s.decidedOn })),
        },
        today,
      );
      if (lawyer.teamMember) expect(eligibility.eligible, lawyer.name).toBe(true);
    }
    const others = all.filter((l) => !l.teamMember);
    expect(others.length).toBeGreaterThanOrEqual(12);
    expect(
      others.filter((l) => Number(today.slice(0, 4)) - l.firstPracticeYear < 10).length,
    ).toBeGreaterThanOrEqual(5);
    expect(sanctions).toHaveLength(2);
    expect(new Set(sanctions.map((s) => s.kind))).toEqual(
      new Set(['administrative-penalty', 'industry-sanction']),
    );
  });

  it('links the demo lawyer account to a team lawyer, who can log in', async () => {
    const [user] = await t.services.db.select().from(users).where(eq(users.username, 'lawyer'));
    const [linked] = await t.services.db.select().from(lawyers).where(eq(lawyers.userId, user!.id));
    expect(linked).toMatchObject({ name: '周志远', teamMember: true });
    const client = await t.login({ username: 'lawyer', password: DEMO_PASSWORD });
    expect((await client.get('/api/auth/me')).json().user.displayName).toBe('周志远');
  });

  it('marks the hardship standard as a sample to replace', async () => {
    const standard = await findStandardInForce(t.services.db, '150203', businessDateOf(t.services.now()));
    expect(standard).toMatchObject({
      regionCode: '150200',
      isSample: true,
      source: '示例数据，请替换为包头市民政局公布的标准',
    });
  });

  it('seeds invented persons with valid, encrypted ID numbers, including a dotted and a rare-character name', async () => {
    const rows = await t.services.db.select().from(persons);
    expect(rows).toHaveLength(20);
    for (const row of rows) {
      const id = t.services.cipher.decrypt(row.idNumberEnc!);
      const parsed = parseResidentId(id);
      expect(parsed.ok, id).toBe(true);
      if (parsed.ok) expect(row).toMatchObject({ birthDate: parsed.birthDate, sex: parsed.sex });
      expect(row.idNumberMasked).toBe(`${id.slice(0, 4)}**********${id.slice(-4)}`);
    }
    const names = rows.map((r) => r.name);
    expect(names).toContain('阿依古丽·买买提');
    expect(names.some((n) => [...n].some((c) => c.codePointAt(0)! > 0xffff))).toBe(true);
    expect(rows.filter((r) => r.orgId !== rows[0]!.orgId).length).toBeGreaterThan(0);
  });

  // dashboard demo history (issue 7)
  it('carries the dashboard history up to yesterday: tickets, legal aid settled but the recent, 77 Civil Code lectures', async () => {
    const today = businessDateOf(t.services.now());
    const [counts] = (
      await t.services.db.execute<{
        tickets: number;
        today: number;
        open: number;
        held: number;
        civil: number;
      }>(sql`
        select (select count(*)::int from tickets) as tickets,
          (select count(*)::int from tickets where business_date >= ${today}) as today,
          (select count(*)::int from legal_aid_matters
            where status not in ('archived', 'refused', 'deemed-withdrawn')) as open,
          (select count(*)::int from lectures where status = 'held') as held,
          (select count(*)::int from lectures where status = 'held' and topic = 'civil-code') as civil`)
    ).rows;
    expect(counts!.tickets).toBeGreaterThan(1000);
    expect(counts!.today).toBe(0);
    expect(counts!.open).toBeGreaterThan(0);
    expect(counts!.held).toBe(77);
    expect(counts!.civil).toBe(77);
    expect(lines.some((l) => l.startsWith('看板演示数据'))).toBe(true);
    const [counter] = (
      await t.services.db.execute<{ ok: boolean }>(sql`
        select bool_and(coalesce(c.last_seq, 0) >= m.max_seq) as ok
        from (select split_part(number, '〔', 1) as head, year, max(seq) as max_seq from legal_aid_matters group by 1, 2) m
        left join matter_number_series c on c.head = m.head and c.year = m.year`)
    ).rows;
    expect(counter!.ok).toBe(true);
    // Numbers follow the time they were taken, and nobody took one in the lunch break (12:00–13:30).
    const [tickets] = (
      await t.services.db.execute<{ out_of_order: number; at_lunch: number }>(sql`
        select (select count(*)::int from tickets a join tickets b on b.org_id = a.org_id
                  and b.service_code = a.service_code and b.business_date = a.business_date
                  and b.sequence > a.sequence and b.issued_at < a.issued_at) as out_of_order,
          (select count(*)::int from tickets
            where (issued_at at time zone 'Asia/Shanghai')::time >= '12:00'
              and (issued_at at time zone 'Asia/Shanghai')::time < '13:30') as at_lunch`)
    ).rows;
    expect(tickets).toEqual({ out_of_order: 0, at_lunch: 0 });
  });

  it('shows on the dashboard visits that became matters, and a 律师团 where nobody does most of the work', async () => {
    const today = businessDateOf(t.services.now());
    // Finished legal-aid tickets linked to the applications they became, both ways, by the matter number.
    const [links] = (
      await t.services.db.execute<{ linked: number; matched: number; finished_aid: number }>(sql`
        select (select count(*)::int from tickets where matter_id is not null) as linked,
          (select count(*)::int from tickets tk join legal_aid_matters m
             on m.number = tk.matter_id and m.ticket_id = tk.id
           where tk.status = 'finished' and tk.outcome = 'matter-opened') as matched,
          (select count(*)::int from tickets
            where service_code = 'legal-aid' and status = 'finished') as finished_aid`)
    ).rows;
    expect(links!.linked).toBeGreaterThan(0);
    expect(links!.matched).toBe(links!.linked);
    expect(links!.linked / links!.finished_aid).toBeGreaterThan(0.2);
    expect(links!.linked / links!.finished_aid).toBeLessThan(0.5);
    const leader = await t.login({ username: 'leader', password: DEMO_PASSWORD });
    const period = `from=${addCalendarDays(today, -DEMO_HISTORY_DAYS)}&to=${addCalendarDays(today, -1)}`;
    const queue = (await leader.get(`/api/dashboard/queue?${period}`)).json();
    expect(queue.overall.matters).toBe(links!.linked);
    // The 律师团 chart: consultations (the duty rota) and legal aid (weighted) per lawyer.
    const team = (await leader.get(`/api/dashboard/lawyer-team?${period}`)).json();
    const lawyersOf = team.lawyers as { name: string; consultations: number; legalAid: number }[];
    const total = lawyersOf.reduce((sum, l) => sum + l.consultations + l.legalAid, 0);
    expect(total).toBeGreaterThan(500);
    // Busiest first (lawyer-team-figures.ts).
    const busiest = lawyersOf[0]!;
    expect((busiest.consultations + busiest.legalAid) / total, JSON.stringify(busiest)).toBeLessThanOrEqual(
      0.25,
    );
    expect(lawyersOf.filter((l) => l.consultations > 0).length).toBeGreaterThanOrEqual(DUTY_LAWYERS.length);
    const aid = team.totals.legalAid as number;
    expect(Math.max(...lawyersOf.map((l) => l.legalAid)) / aid).toBeLessThanOrEqual(0.25);
    expect(lawyersOf.filter((l) => l.legalAid > 0).length).toBeGreaterThan(20);
  });

  it('writes every legal-aid history as a log that folds to the status on its row (the case page opens)', async () => {
    const rows = await t.services.db
      .select({ id: legalAidMatters.id, status: legalAidMatters.status, version: legalAidMatters.version })
      .from(legalAidMatters);
    expect(rows.length).toBeGreaterThan(100);
    const refused: string[] = [];
    const statuses = new Set<string>();
    for (const row of rows) {
      const folded = tryFoldLegalAid((await loadLog(t.services.db, row.id)).map((entry) => entry.action));
      if (!folded.ok) {
        refused.push(`${row.id}: ${folded.error.code} ${folded.error.message}`);
        continue;
      }
      expect(folded.state.status, row.id).toBe(row.status);
      expect(folded.state.version, row.id).toBe(row.version);
      statuses.add(row.status);
    }
    expect(refused.slice(0, 5)).toEqual([]);
    expect([...statuses].sort()).toEqual(expect.arrayContaining(['archived', 'refused']));
  });
});

describe('demo legal aid: the recent applications are still open', () => {
  const rowsOf = () =>
    t.services.db
      .select({
        id: legalAidMatters.id,
        status: legalAidMatters.status,
        appliedAt: legalAidMatters.appliedAt,
        hardshipMethod: legalAidMatters.hardshipMethod,
        assignedUserId: legalAidMatters.assignedUserId,
      })
      .from(legalAidMatters);

  it('has matters at each open stage, and none applied in the last 3 days archived or closed', async () => {
    const today = businessDateOf(t.services.now());
    const rows = await rowsOf();
    const statuses = new Set(rows.map((r) => r.status));
    for (const stage of ['applied', 'under-review', 'reviewed', 'granted', 'assigned', 'in-progress'])
      expect(statuses, stage).toContain(stage);
    const recent = rows.filter((r) => businessDateOf(r.appliedAt) >= addCalendarDays(today, -3));
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.filter((r) => ['archived', 'closed'].includes(r.status))).toEqual([]);
    // Open ones are recent (DEMO_OPEN_DAYS working days: at most about three weeks back).
    const open = rows.filter((r) => !['archived', 'refused', 'deemed-withdrawn'].includes(r.status));
    const oldest = Math.min(...open.map((r) => r.appliedAt.getTime()));
    expect(businessDateOf(new Date(oldest)) >= addCalendarDays(today, -(DEMO_OPEN_DAYS * 2 + 2))).toBe(true);
  });

  it('leaves no open deadline long overdue, and the director and reviewer something to decide', async () => {
    const director = await t.login({ username: 'director', password: DEMO_PASSWORD });
    const reviewed = (await director.get('/api/legal-aid/applications?status=reviewed')).json();
    expect(reviewed.total, JSON.stringify(reviewed).slice(0, 300)).toBeGreaterThan(0);
    const today = businessDateOf(t.services.now());
    const rows = await rowsOf();
    const calendar = createCalendar();
    const overdue: string[] = [];
    for (const row of rows.filter((r) => !['archived', 'refused'].includes(r.status))) {
      const folded = tryFoldLegalAid((await loadLog(t.services.db, row.id)).map((e) => e.action));
      if (!folded.ok) continue;
      for (const d of openDeadlines(folded.state, calendar))
        if (d.dueAt < addCalendarDays(today, -1)) overdue.push(`${row.status} ${d.kind} ${d.dueAt}`);
    }
    expect(overdue).toEqual([]);
    // The server's deadline sweep reads every open matter and finds nothing overdue.
    const sweep = await sweepLegalAidDeadlines(t.services, t.services.now());
    expect(sweep.matters).toBeGreaterThan(0);
    expect(sweep.failed).toEqual([]);
    const [levels] = (
      await t.services.db.execute<{ overdue: number }>(
        sql`select count(*) filter (where level = 'overdue')::int as overdue from legal_aid_reminders`,
      )
    ).rows;
    expect(levels!.overdue).toBe(0);
  });

  it("has today's applications on a working day: five same-day met, one awaiting the director, one just applied", async () => {
    const now = t.services.now();
    const today = businessDateOf(now);
    const rows = (await rowsOf()).filter((r) => businessDateOf(r.appliedAt) === today);
    // As at the hall (history.ts): nothing on a rest day, nor before the hall has been open half an hour.
    const open =
      createCalendar().isWorkingDay(today).working &&
      now.getTime() - startOfBusinessDate(today).getTime() >= 9 * 3_600_000;
    if (!open) {
      expect(rows).toEqual([]);
      return;
    }
    expect(rows.map((r) => r.status).sort()).toEqual(['applied', 'in-progress', 'reviewed', 'under-review']);
    expect(rows.every((r) => r.appliedAt.getTime() <= now.getTime())).toBe(true);
    expect(lines.some((l) => l.includes('其中今日申请 4 件'))).toBe(true);
    // The 五个当天 board of the day shows them, the in-progress one met; the director has it to decide.
    const director = await t.login({ username: 'director', password: DEMO_PASSWORD });
    const board = (await director.get('/api/legal-aid/today')).json();
    expect(board.date).toBe(today);
    expect(board.summary.total).toBe(4);
    expect(board.summary.met).toBe(1);
    const reviewed = (await director.get('/api/legal-aid/applications?status=reviewed')).json();
    const inProgress = rows.find((r) => r.status === 'in-progress')!;
    const [user] = await t.services.db.select().from(users).where(eq(users.username, 'lawyer'));
    expect(inProgress.assignedUserId).toBe(user!.id);
    const awaiting = rows.find((r) => r.status === 'reviewed')!;
    expect((reviewed.items as { id: string }[]).map((i) => i.id)).toContain(awaiting.id);
  });

  it('assigns some open cases to the demo lawyer (周志远), who sees them in 我的案件', async () => {
    const [user] = await t.services.db.select().from(users).where(eq(users.username, 'lawyer'));
    const mine = (await rowsOf()).filter(
      (r) => r.assignedUserId === user!.id && ['assigned', 'in-progress'].includes(r.status),
    );
    expect(mine.length).toBeGreaterThan(0);
    const lawyer = await t.login({ username: 'lawyer', password: DEMO_PASSWORD });
    const items = (await lawyer.get('/api/legal-aid/my-assignments')).json().items as { status: string }[];
    expect(items.filter((i) => ['assigned', 'in-progress'].includes(i.status)).length).toBeGreaterThan(0);
  });

  it('has the signed commitment on file for every commitment-evidenced matter at or past the grant', async () => {
    const signed = new Set(
      (
        await t.services.db.execute<{ matter_id: string }>(
          sql`select matter_id from legal_aid_documents where kind = 'commitment-signature'`,
        )
      ).rows.map((r) => r.matter_id),
    );
    const pastGrant = (await rowsOf()).filter(
      (r) =>
        r.hardshipMethod === 'commitment' &&
        ['granted', 'assigned', 'in-progress', 'closed', 'archived'].includes(r.status),
    );
    expect(pastGrant.length).toBeGreaterThan(10);
    expect(pastGrant.filter((r) => !signed.has(r.id))).toEqual([]);
  });
});

// Staff programme (issue #8).
describe('demo staff programme', () => {
  it('gives the training officer a published plan with 晨训 and 晚学, a question bank and a paper', async () => {
    const trainer = await t.login({ username: 'trainer', password: DEMO_PASSWORD });
    const all = (await trainer.get('/api/study/plans?view=managed')).json().items;
    // The city's plan and the copy pushed to 东河区 (the city manages its counties' plans too).
    expect(all).toHaveLength(2);
    const plans = all.filter((p: { parentPlanId: string | null }) => p.parentPlanId === null);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ status: 'published', themes: expect.arrayContaining(['political']) });
    const detail = (await trainer.get(`/api/study/plans/${plans[0].id}`)).json();
    const kinds = new Set(detail.sessions.map((s: { kind: string }) => s.kind));
    expect(kinds).toEqual(new Set(['morning-drill', 'evening-study']));
    expect(detail.counties.map((c: { orgName: string }) => c.orgName)).toEqual(['东河区司法局']);
    const countyLeader = await t.login({ username: 'county-leader', password: DEMO_PASSWORD });
    const copies = (await countyLeader.get('/api/study/plans?view=managed')).json().items;
    expect(copies.map((p: { parentPlanId: string }) => p.parentPlanId)).toEqual([plans[0].id]);
    expect((await trainer.get('/api/study/questions')).json().items).toHaveLength(12);
    expect(lines.some((l) => l.startsWith('学习计划 1 个'))).toBe(true);
  });

  it('lets a staff member of the city take the demo paper, without the answers', async () => {
    const clerk = await t.login({ username: 'clerk', password: DEMO_PASSWORD });
    const papers = (await clerk.get('/api/study/papers?view=mine')).json().items;
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({ open: true, questionCount: 9, maxScore: 17 });
    const attempt = await clerk.post(`/api/study/papers/${papers[0].id}/attempts`);
    expect(attempt.statusCode, attempt.body).toBe(200);
    expect(attempt.json().questions).toHaveLength(9);
    expect(attempt.body).not.toContain('"correct"');
  });
});

// window matters (issue #5)
describe('demo window matters', () => {
  it('opens a consultation, a mediation and an appraisal, the last two with running clocks', async () => {
    expect(lines).toContain('窗口事项 3 件（虚构）');
    const rows = await t.services.db.select().from(matters).orderBy(matters.service);
    expect(rows.map((r) => [r.service, r.status])).toEqual([
      ['appraisal', 'entrusted'],
      ['consultation', 'open'],
      ['mediation', 'accepted'],
    ]);
    const clocks = await t.services.db.select().from(matterClocks);
    expect(clocks.map((c) => c.kind).sort()).toEqual(['acceptance', 'one-month']);
  });
});
