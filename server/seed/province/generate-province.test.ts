import { tryFoldLegalAid } from '@core/procedures/legal-aid';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app';
import { loadLog } from '../../use-cases/legal-aid/matter-store';
import { generateProvince, type ProvinceReport } from './generate-province';

/**
 * The province generator at a small size (2 cities × 2 counties, 120 days, scale 0.5): what it writes
 * keeps the invariants the use cases keep, so the dashboard reads it like real history.
 */
let t: TestApp;
let report: ProvinceReport;
const TODAY = '2026-03-17';
const q = async <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) =>
  (await t.services.db.execute<T>(query)).rows;

beforeAll(async () => {
  t = await buildTestApp();
  report = await generateProvince(t.services.db, {
    scale: 0.5,
    years: 120 / 365.25,
    cities: 2,
    countiesPerCity: 2,
    today: TODAY,
  });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('province generator', () => {
  it('writes about 40 × scale tickets and 11.6 × scale applications per hall and working day', async () => {
    // 2 cities × 3 bureaus = 6 halls; 120 calendar days before today hold 85 working days.
    expect(report.orgs).toBe(1 + 6 * 3);
    expect(report.tickets).toBeGreaterThan(6 * 85 * 20 * 0.9);
    expect(report.tickets).toBeLessThan(6 * 85 * 20 * 1.1);
    expect(report.matters).toBeGreaterThan(6 * 85 * 5.8 * 0.85);
    expect(report.matters).toBeLessThan(6 * 85 * 5.8 * 1.15);
    expect(report.evaluations).toBeGreaterThan(report.tickets * 0.5);
    const [counted] = await q<{ tickets: number; matters: number; weekend: number; today: number }>(sql`
      select (select count(*) from tickets)::int as tickets, (select count(*) from legal_aid_matters)::int as matters,
        (select count(*) from tickets where extract(isodow from business_date) > 5)::int as weekend,
        (select count(*) from tickets where business_date >= ${TODAY})::int as today`);
    expect(counted).toEqual({ tickets: report.tickets, matters: report.matters, weekend: 0, today: 0 });
  });

  it('gives every ticket an action log that agrees with its row, a team lawyer of its city on consultations', async () => {
    const bad = await q(sql`
      select t.id from tickets t
      left join lateral (select array_agg(a.action order by a.id) as actions,
                               bool_and(a.org_id = t.org_id) as same_org from ticket_actions a where a.ticket_id = t.id) a on true
      where a.actions is distinct from case t.status
          when 'finished' then array['issue', 'call', 'start', 'finish']
          when 'no-show' then array['issue', 'call', 'no-show']
          else array['issue', 'cancel'] end
        or not a.same_org
        or (t.status = 'finished') <> (t.finished_at is not null)
        or substr(t.number, 2) <> lpad(t.sequence::text, 3, '0')
        or (t.status = 'cancelled') = (t.window_id is not null)
      limit 5`);
    expect(bad).toEqual([]);
    const actors = await q<{ service: string; wrong: number; served: number }>(sql`
      select t.service_code = 'consultation' as service,
        count(*) filter (where l.org_id is distinct from city.id)::int as wrong, count(a.actor_id)::int as served
      from ticket_actions a join tickets t on t.id = a.ticket_id and a.action = 'finish'
      join organisations center on center.id = t.org_id join organisations bureau on bureau.id = center.parent_id
      join organisations city on city.id = case when bureau.kind = 'city-bureau' then bureau.id else bureau.parent_id end
      left join lawyers l on l.user_id = a.actor_id
      group by 1 order by 1`);
    expect(actors).toEqual([
      { service: false, wrong: expect.any(Number), served: 0 },
      { service: true, wrong: 0, served: expect.any(Number) },
    ]);
    expect(actors[1]!.served).toBeGreaterThan(0);
  });

  it('numbers matters per printed series and year, with an action log matching the matter', async () => {
    const [numbers] = await q<{ dup: number; gaps: number }>(sql`
      select (select count(*) - count(distinct number) from legal_aid_matters)::int as dup,
        (select count(*) from (select split_part(number, '〔', 1), year, max(seq) - count(*) as gap
                               from legal_aid_matters group by 1, 2) g where gap <> 0)::int as gaps`);
    expect(numbers).toEqual({ dup: 0, gaps: 0 });
    const bad = await q(sql`
      select m.id from legal_aid_matters m
      join lateral (select array_agg(a.type order by a.seq) as types, max(a.at) as last, count(*)::int as n
                    from legal_aid_actions a where a.matter_id = m.id) a on true
      where a.n <> m.version or a.last <> m.updated_at
        or a.types <> case m.status
          when 'refused' then array['apply', 'accept', 'review', 'refuse']
          when 'under-review' then array['apply', 'accept']
          when 'deemed-withdrawn' then array['apply', 'accept', 'request-materials', 'deem-withdrawn']
          when 'materials-requested' then array['apply', 'accept', 'request-materials']
          when 'granted' then array['apply', 'accept', 'review', 'grant']
          when 'closed' then array['apply', 'accept', 'review', 'grant', 'assign', 'accept-assignment', 'close-case']
          else array['apply', 'accept', 'review', 'grant', 'assign', 'accept-assignment'] end
        or (m.status in ('in-progress', 'closed')) <> (m.assigned_lawyer_id is not null)
      limit 5`);
    expect(bad).toEqual([]);
    const statuses = await q<{ status: string }>(
      sql`select distinct status from legal_aid_matters order by status`,
    );
    expect(statuses.map((s) => s.status)).toEqual(
      expect.arrayContaining(['closed', 'deemed-withdrawn', 'in-progress', 'refused']),
    );
    // Every log folds to its row's status, as the case page replays it (a sample of each status).
    const sample = await q<{ id: string; status: string; version: number }>(sql`
      select id, status, version from (select id, status, version,
        row_number() over (partition by status order by id) as r from legal_aid_matters) x where r <= 40`);
    for (const row of sample) {
      const folded = tryFoldLegalAid((await loadLog(t.services.db, row.id)).map((entry) => entry.action));
      expect(folded.ok ? [folded.state.status, folded.state.version] : folded.error.message, row.id).toEqual([
        row.status,
        row.version,
      ]);
    }
  });

  it('rectifies every bad rating, and holds lectures; the next application gets a fresh number', async () => {
    const [r] = await q<{ bad: number; rect: number; lectures: number; counters: number }>(sql`
      select (select count(*) from evaluations where level <= 2)::int as bad,
        (select count(*) from rectifications)::int as rect,
        (select count(*) from lectures where status = 'held' and audience_size > 0)::int as lectures,
        (select count(*) from matter_number_series c
           join (select split_part(number, '〔', 1) as head, year, max(seq) as s from legal_aid_matters group by 1, 2) m
           on m.head = c.head and m.year = c.year and c.last_seq = m.s)::int as counters`);
    expect(r!.rect).toBe(r!.bad);
    expect(r!.lectures).toBeGreaterThan(0);
    expect(report.lectures).toBeGreaterThanOrEqual(r!.lectures);
    const [groups] = await q<{ n: number }>(
      sql`select count(distinct (split_part(number, '〔', 1), year))::int as n from legal_aid_matters`,
    );
    expect(r!.counters).toBe(groups!.n);
  });

  it('is reproducible: a second province from the same seed has the same history', async () => {
    const again = await generateProvince(t.services.db, {
      scale: 0.5,
      years: 120 / 365.25,
      cities: 2,
      countiesPerCity: 2,
      today: TODAY,
    });
    expect({ ...again, rootId: '', seconds: 0 }).toEqual({ ...report, rootId: '', seconds: 0 });
  }, 120_000);
});
