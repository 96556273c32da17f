import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffActor } from '../../context';
import { generateProvince } from '../../seed/province/generate-province';
import { buildTestApp, type TestApp } from '../../test/app';
import { loadScopeOrgIds } from '../access/org-scope';
import { invalidateCalendarCache } from '../calendar/load-calendar';
import { resolveDashboardScope } from './dashboard-scope';
import { getLawyerTeamFigures } from './lawyer-team-figures';
import { aidFactsThrough, aidPeriods } from './legal-aid-facts';
import { getLegalAidFigures } from './legal-aid-figures';
import { refreshDashboardFacts } from './refresh-dashboard-facts';

/**
 * The legal-aid facts against the raw tables on a generated province (1 city + 1 county, 200 days): the
 * figures equal whatever the period and scope, and stay equal as a pending deadline turns breached with
 * the days, through late changes on closed days (marked by triggers, rebuilt on read), across the Beijing
 * day boundary, and after a calendar change.
 */
let t: TestApp;
let rootId: string;
let cityId: string;
let countyId: string;
const bj = (s: string) => new Date(`${s}+08:00`);
const q = async <T extends Record<string, unknown>>(query: SQL) =>
  (await t.services.db.execute<T>(query)).rows;

beforeAll(async () => {
  t = await buildTestApp();
  t.services.clock.set(bj('2026-03-17T10:00:00'));
  const report = await generateProvince(t.services.db, {
    scale: 0.5,
    years: 200 / 365.25,
    cities: 1,
    countiesPerCity: 1,
    today: '2026-03-17',
  });
  rootId = report.rootId;
  const [city] = await q<{ id: string }>(sql`select id from organisations where parent_id = ${rootId}`);
  cityId = city!.id;
  const [county] = await q<{ id: string }>(
    sql`select id from organisations where parent_id = ${cityId} and kind = 'county-bureau'`,
  );
  countyId = county!.id;
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const leaderOf = async (orgId: string): Promise<StaffActor> => ({
  userId: '00000000-0000-0000-0000-000000000000',
  orgId,
  roles: ['bureau-leader'],
  scopeOrgIds: await loadScopeOrgIds(t.services.db, orgId),
  displayName: 'test',
  username: 'test',
});

/**
 * The figures from the facts and from the raw tables (the facts dropped meanwhile): they must be equal.
 * A period after the facts' last day (today) is read from the raw tables either way.
 */
async function compare(from: string, to: string, orgId = rootId) {
  const actor = await leaderOf(rootId);
  const input = { from, to, orgId };
  const scope = await resolveDashboardScope(t.services, actor, input);
  const through = await aidFactsThrough(t.services, scope);
  expect(through !== null, 'read from the facts').toBe(from < scope.today);
  const fromFacts = await getLegalAidFigures(t.services, { actor, input, meta: {} });
  const [state] = await q<{ through: string }>(
    sql`select aid_through::text as through from dashboard_fact_state`,
  );
  await t.services.db.execute(sql`update dashboard_fact_state set aid_through = null`);
  const raw = await getLegalAidFigures(t.services, { actor, input, meta: {} });
  await t.services.db.execute(sql`update dashboard_fact_state set aid_through = ${state!.through}`);
  expect(fromFacts).toEqual(raw);
  await compareLawyerTeam(actor, input);
  return fromFacts;
}

/** The lawyer team's counts from the lawyer facts (both kinds) and from the raw tables: equal. */
async function compareLawyerTeam(actor: StaffActor, input: { from: string; to: string; orgId: string }) {
  const fromFacts = await getLawyerTeamFigures(t.services, { actor, input, meta: {} });
  const [state] = await q<{ through: string; aid_through: string }>(
    sql`select through::text as through, aid_through::text as aid_through from dashboard_fact_state`,
  );
  await t.services.db.execute(sql`update dashboard_fact_state set through = null, aid_through = null`);
  const raw = await getLawyerTeamFigures(t.services, { actor, input, meta: {} });
  await t.services.db.execute(
    sql`update dashboard_fact_state set through = ${state!.through}, aid_through = ${state!.aid_through}`,
  );
  expect(fromFacts).toEqual(raw);
  return fromFacts;
}

let seq = 900_000;
/** A copy of the first matter matching `where`, with `fields` (column names) replaced. */
async function copyMatter(where: SQL, fields: Record<string, unknown>): Promise<string> {
  const id = randomUUID();
  seq += 1;
  const values = JSON.stringify({ id, seq, number: `测试〔2026〕第${seq}号`, ...fields });
  await t.services.db.execute(sql`
    insert into legal_aid_matters
    select (json_populate_record(m, ${values}::json)).* from legal_aid_matters m
    where ${where} order by m.applied_at, m.id limit 1`);
  return id;
}

const dirtyDays = async () =>
  (await q<{ day: string }>(sql`select applied_on::text as day from dashboard_aid_dirty order by 1`)).map(
    (r) => r.day,
  );

describe('legal-aid facts', () => {
  it('covers a period with whole quarters, months, ISO weeks, then single days', () => {
    const months = [
      '2025-12-01',
      ...['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'].map((m) => `2026-${m}-01`),
    ];
    expect(aidPeriods('2025-11-30', '2026-11-29', months)).toEqual({
      quarter: ['2026-01-01', '2026-04-01', '2026-07-01'],
      month: ['2025-12-01', '2026-10-01'],
      // 2025-11-30 and 2026-11-01 are Sundays; 2026-11-02 … 2026-11-29 four whole weeks.
      week: ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'],
      days: [
        ['2025-11-30', '2025-11-30'],
        ['2026-11-01', '2026-11-01'],
      ],
    });
    expect(aidPeriods('2026-03-04', '2026-03-20', [])).toEqual({
      quarter: [],
      month: [],
      week: ['2026-03-09'],
      days: [
        ['2026-03-04', '2026-03-08'],
        ['2026-03-16', '2026-03-20'],
      ],
    });
    expect(aidPeriods('2026-03-04', '2026-03-06', []).days).toEqual([['2026-03-04', '2026-03-06']]);
  });

  it('reads the raw tables before the facts are built, then builds every application day up to yesterday', async () => {
    const scope = await resolveDashboardScope(t.services, await leaderOf(rootId), {
      from: '2026-01-01',
      to: '2026-03-17',
    });
    expect(await aidFactsThrough(t.services, scope)).toBeNull();
    const first = await refreshDashboardFacts(t.services, { advance: true });
    expect(first.aid.aidThrough).toBe('2026-03-16');
    expect(first.aid.days).toBeGreaterThan(190);
    const [counts] = await q<{ days: number; months: number }>(sql`
      select (count(*) filter (where grain = 'day'))::int as days, (count(*) filter (where grain = 'month'))::int as months
      from dashboard_aid_facts`);
    expect(counts!.days).toBeGreaterThan(100);
    expect(counts!.months).toBeGreaterThan(10);
    const again = await refreshDashboardFacts(t.services, { advance: true });
    expect(again.aid).toMatchObject({ aidThrough: '2026-03-16', days: 0, dirty: 0 });
  });

  it('equals the raw figures over full months, edge days and today, for the province, a city and a county', async () => {
    const figures = await compare('2025-09-10', '2026-03-17');
    const [grains] = await q<{ grains: string[] }>(
      sql`select array_agg(distinct grain order by grain) as grains from dashboard_aid_facts`,
    );
    expect(grains!.grains).toEqual(['day', 'month', 'quarter', 'week']);
    expect(figures.applications).toBeGreaterThan(300);
    expect(figures.byMatter.length).toBeGreaterThan(3);
    expect(figures.byPriorityGroup.length).toBeGreaterThan(1);
    expect(figures.deadlines.decision.met + figures.deadlines.decision.breached).toBeGreaterThan(0);
    // The lawyer team's counts were compared too: over this period they are not all zero.
    const team = await compareLawyerTeam(await leaderOf(rootId), {
      from: '2025-09-10',
      to: '2026-03-17',
      orgId: rootId,
    });
    expect(team.totals.consultations).toBeGreaterThan(0);
    expect(team.totals.legalAid).toBeGreaterThan(0);
    const [kinds] = await q<{ kinds: string[] }>(
      sql`select array_agg(distinct kind || '/' || grain order by kind || '/' || grain) as kinds from dashboard_lawyer_facts`,
    );
    expect(kinds!.kinds).toEqual([
      'consultation/day',
      'consultation/month',
      'legal-aid/day',
      'legal-aid/month',
    ]);
    await compare('2025-12-10', '2026-03-17', cityId);
    await compare('2025-10-01', '2025-12-31', countyId);
    await compare('2026-01-01', '2026-02-28', countyId);
    await compare('2026-03-02', '2026-03-02');
    await compare('2026-02-25', '2026-03-04', cityId);
  });

  it('turns pending deadlines breached once their due day has passed, from the facts as from the raw tables', async () => {
    // Applied yesterday, under review: the decision is due 7 days after receipt (法律援助法 第四十三条).
    const id = await copyMatter(sql`m.channel <> 'case-organ-notice'`, {
      applied_at: bj('2026-03-16T10:00:00'),
      status: 'under-review',
      accepted_at: bj('2026-03-16T10:05:00'),
      approved_at: null,
      assigned_at: null,
      aid_started_at: null,
      assigned_lawyer_id: null,
      assigned_user_id: null,
    });
    // Granted yesterday, not assigned yet: the assignment is due 3 days after the grant (第四十三条).
    const granted = await copyMatter(sql`m.channel <> 'case-organ-notice'`, {
      applied_at: bj('2026-03-16T10:00:00'),
      status: 'granted',
      accepted_at: bj('2026-03-16T10:05:00'),
      approved_at: bj('2026-03-16T11:00:00'),
      assigned_at: null,
      aid_started_at: null,
      assigned_lawyer_id: null,
      assigned_user_id: null,
    });
    expect(await dirtyDays()).toContain('2026-03-16');
    const before = await compare('2026-03-16', '2026-03-16');
    expect(before.deadlines.decision.pending).toBeGreaterThanOrEqual(1);
    const [row] = await q<{ n: number }>(sql`
      select coalesce(sum(n), 0)::int as n from dashboard_aid_facts
      where grain = 'day' and period_start = '2026-03-16' and part = 3 and decision = 'pending'`);
    expect(row!.n).toBe(before.deadlines.decision.pending);
    expect(before.deadlines.assignment.pending).toBeGreaterThanOrEqual(1);
    // Two weeks later, nothing changed on the matter: the facts still hold it as pending, the figures not.
    t.services.clock.set(bj('2026-03-31T10:00:00'));
    const after = await compare('2026-03-16', '2026-03-16');
    expect(after.deadlines.decision.pending).toBe(0);
    expect(after.deadlines.decision.breached).toBe(
      before.deadlines.decision.breached + before.deadlines.decision.pending,
    );
    expect(after.deadlines.assignment).toEqual({
      ...before.deadlines.assignment,
      pending: 0,
      breached: before.deadlines.assignment.breached + before.deadlines.assignment.pending,
    });
    t.services.clock.set(bj('2026-03-17T10:00:00'));
    await t.services.db.execute(sql`delete from legal_aid_matters where id in (${id}, ${granted})`);
    await compare('2026-03-16', '2026-03-16');
  });

  it('rebuilds a closed day, and its whole week, month and quarter, after a late status change or a late refusal', async () => {
    const [granted] = await q<{ id: string; org_id: string; day: string }>(sql`
      select id, org_id, (applied_at at time zone 'Asia/Shanghai')::date::text as day from legal_aid_matters
      where status in ('in-progress', 'closed') and applied_at < ${bj('2025-12-20T00:00:00')}
      order by applied_at desc limit 1`);
    // In 2025's fourth quarter: read from its quarter row below.
    const before = await compare(granted!.day, granted!.day);
    await t.services.db.execute(
      sql`update legal_aid_matters set status = 'terminated' where id = ${granted!.id}`,
    );
    expect(await dirtyDays()).toEqual([granted!.day]);
    const after = await compare(granted!.day, granted!.day);
    expect(after.fiveSameDay.notApplicable).toBe(before.fiveSameDay.notApplicable + 1);
    expect(await dirtyDays()).toEqual([]);
    await compare('2025-09-01', '2026-03-17');
    // A refusal recorded twenty days later than it was: the decision deadline is now breached.
    const [refused] = await q<{ id: string; day: string }>(sql`
      select m.id, (m.applied_at at time zone 'Asia/Shanghai')::date::text as day from legal_aid_matters m
      where m.status = 'refused' and m.channel <> 'case-organ-notice' and m.applied_at < ${bj('2026-01-20T00:00:00')}
        and exists (select 1 from legal_aid_actions a where a.matter_id = m.id and a.type = 'refuse')
      order by m.applied_at desc limit 1`);
    await t.services.db.execute(sql`
      update legal_aid_actions set at = at + interval '20 days' where matter_id = ${refused!.id} and type = 'refuse'`);
    expect(await dirtyDays()).toContain(refused!.day);
    const late = await compare(refused!.day, refused!.day);
    expect(late.deadlines.decision.breached).toBeGreaterThanOrEqual(1);
    await compare('2025-12-01', '2026-03-17');
    // A matter of a closed month assigned to another lawyer: the lawyer team's counts follow it.
    const [moved] = await q<{ id: string; day: string; lawyer: string }>(sql`
      select m.id, (m.applied_at at time zone 'Asia/Shanghai')::date::text as day, l.id as lawyer
      from legal_aid_matters m join lawyers l on l.team_member and l.active and l.id <> m.assigned_lawyer_id
      where m.assigned_lawyer_id is not null and m.applied_at < ${bj('2026-01-20T00:00:00')}
      order by m.applied_at desc, l.id limit 1`);
    await t.services.db.execute(
      sql`update legal_aid_matters set assigned_lawyer_id = ${moved!.lawyer} where id = ${moved!.id}`,
    );
    const month = `${moved!.day.slice(0, 7)}-01`;
    const team = await compareLawyerTeam(await leaderOf(rootId), {
      from: month,
      to: '2026-03-17',
      orgId: rootId,
    });
    expect(team.lawyers.find((l) => l.id === moved!.lawyer)!.legalAid).toBeGreaterThan(0);
  });

  it('moves across the Beijing day boundary: 23:59 counts on its own day, 00:00 on the next (still the same UTC day)', async () => {
    const fields = (at: string) => ({
      applied_at: bj(at),
      status: 'applied',
      accepted_at: null,
      approved_at: null,
      assigned_at: null,
      aid_started_at: null,
      assigned_lawyer_id: null,
      assigned_user_id: null,
    });
    t.services.clock.set(bj('2026-03-17T23:59:30'));
    await copyMatter(sql`m.channel <> 'case-organ-notice'`, fields('2026-03-17T23:59:00'));
    t.services.clock.set(bj('2026-03-18T00:00:30'));
    await copyMatter(sql`m.channel <> 'case-organ-notice'`, fields('2026-03-18T00:00:10'));
    // 2026-03-17T16:00:30Z: still the 17th in UTC, already the 18th in Beijing.
    const refreshed = await refreshDashboardFacts(t.services, { advance: true });
    expect(refreshed.aid).toMatchObject({ aidThrough: '2026-03-17', days: 1 });
    const [day] = await q<{ n: number }>(sql`
      select count(*)::int as n from legal_aid_matters
      where (applied_at at time zone 'Asia/Shanghai')::date = '2026-03-17'`);
    const [facts] = await q<{ n: number }>(sql`
      select sum(n)::int as n from dashboard_aid_facts where grain = 'day' and period_start = '2026-03-17' and part = 3`);
    expect(facts!.n).toBe(day!.n);
    const yesterday = await compare('2026-03-17', '2026-03-17');
    expect(yesterday.applications).toBe(day!.n);
    const today = await compare('2026-03-18', '2026-03-18');
    expect(today.applications).toBe(1);
    expect(today.fiveSameDay.open).toBe(1);
    await compare('2026-03-01', '2026-03-18');
  });

  it('drops the facts when the calendar changes (due dates move), and rebuilds them all on the next refresh', async () => {
    await t.services.db.execute(
      sql`insert into holiday_overrides (date, kind, note) values ('2026-01-13', 'holiday', 'test')`,
    );
    invalidateCalendarCache();
    const [state] = await q<{ through: string | null }>(
      sql`select aid_through::text as through from dashboard_fact_state`,
    );
    expect(state!.through).toBeNull();
    const rebuilt = await refreshDashboardFacts(t.services, { advance: true });
    expect(rebuilt.aid.days).toBeGreaterThan(190);
    await compare('2026-01-05', '2026-01-20');
    await compare('2025-12-10', '2026-03-18');
  });
});
