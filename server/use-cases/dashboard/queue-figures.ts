import { compareZh } from '@core/i18n/collation';
import { findService, serviceCodes } from '@core/queue/services';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import {
  type DashboardQuery,
  type DashboardScope,
  type DashboardUnit,
  orgFilter,
  resolveDashboardScope,
  scopeReply,
  scopeShape,
  unitName,
  unitTable,
  uuidArray,
} from './dashboard-scope';
import {
  addSums,
  EXACT_TICKET_LIMIT,
  emptySums,
  factsThrough,
  figuresOf,
  readQueueFacts,
} from './queue-facts';

const seconds = z.number().int().nullable();
export const queueFigureRow = z.object({
  tickets: z.number().int(),
  finished: z.number().int(),
  /** Tickets that led to a matter (a legal-aid application taken at the window). */
  matters: z.number().int(),
  noShows: z.number().int(),
  avgWaitSeconds: seconds,
  p90WaitSeconds: seconds,
  avgServiceSeconds: seconds,
  p90ServiceSeconds: seconds,
});
type Row = z.infer<typeof queueFigureRow>;

export const queueFiguresReply = scopeShape.extend({
  overall: queueFigureRow,
  services: z.array(queueFigureRow.extend({ code: z.string(), name: z.string() })),
  windows: z.array(
    queueFigureRow.extend({
      id: z.string(),
      number: z.number().int(),
      name: z.string(),
      centerName: z.string(),
    }),
  ),
  byUnit: z.array(queueFigureRow.extend({ id: z.string(), name: z.string() })),
  daily: z.array(z.object({ date: z.string(), tickets: z.number().int(), finished: z.number().int() })),
});
export type QueueFiguresReply = z.infer<typeof queueFiguresReply>;

interface SqlRow extends Record<string, unknown> {
  g_service: number;
  g_window: number;
  g_unit: number;
  service_code: string | null;
  window_id: string | null;
  unit_id: string | null;
  tickets: number;
  finished: number;
  matters: number;
  no_shows: number;
  avg_wait: number | null;
  p90_wait: number | null;
  avg_service: number | null;
  p90_service: number | null;
}

/**
 * The SQL of the visit and time figures over the raw `tickets` table. Waits are issue → first call and
 * service times start → finish, in whole seconds (truncated), negative ones left out; the average is
 * rounded and the 90th percentile is `percentile_disc(0.9)`, i.e. the nearest-rank method of
 * core/queue/stats.ts — the same figures as 排队统计 for one day.
 */
export function queueFiguresSql(scope: DashboardScope) {
  return sql`
    select grouping(t.service_code)::int as g_service, grouping(t.window_id)::int as g_window,
      grouping(u.unit_id)::int as g_unit,
      t.service_code, t.window_id, u.unit_id,
      count(*)::int as tickets,
      (count(*) filter (where t.status = 'finished'))::int as finished,
      count(t.matter_id)::int as matters,
      (count(*) filter (where t.status in ('no-show', 'closed')))::int as no_shows,
      round(avg(w.s) filter (where w.s >= 0))::int as avg_wait,
      (percentile_disc(0.9) within group (order by w.s) filter (where w.s >= 0))::int as p90_wait,
      round(avg(v.s) filter (where v.s >= 0))::int as avg_service,
      (percentile_disc(0.9) within group (order by v.s) filter (where v.s >= 0))::int as p90_service
    from tickets t
    join ${unitTable(scope)} on u.org_id = t.org_id
    cross join lateral (select floor(extract(epoch from t.first_called_at - t.issued_at))::int as s) w
    cross join lateral (select floor(extract(epoch from t.finished_at - t.started_at))::int as s) v
    where ${orgFilter(sql`t.org_id`, scope)}
      and t.business_date between ${scope.period.from} and ${scope.period.to}
    group by grouping sets ((), (t.service_code), (t.window_id), (u.unit_id))`;
}

function rowOf(r: SqlRow): Row {
  return {
    tickets: r.tickets,
    finished: r.finished,
    matters: r.matters,
    noShows: r.no_shows,
    avgWaitSeconds: r.avg_wait,
    p90WaitSeconds: r.p90_wait,
    avgServiceSeconds: r.avg_service,
    p90ServiceSeconds: r.p90_service,
  };
}

const EMPTY: Row = {
  tickets: 0,
  finished: 0,
  matters: 0,
  noShows: 0,
  avgWaitSeconds: null,
  p90WaitSeconds: null,
  avgServiceSeconds: null,
  p90ServiceSeconds: null,
};

export interface Figures {
  overall: Row;
  services: Map<string, Row>;
  windows: Map<string, Row>;
  units: Map<string, Row>;
  daily: QueueFiguresReply['daily'];
}

/**
 * Visits (tickets) and matters per service, window and unit, and per day, with average and p90 wait and
 * service times, over the period and scope (dashboard.read). Services in kiosk order, windows by center
 * and number, units root first. Periods of more than EXACT_TICKET_LIMIT tickets come from the
 * pre-aggregated facts where they cover the period (queue-facts.ts), others from the raw tickets.
 */
export async function getQueueFigures(
  services: Services,
  { actor, input }: UseCaseCall<DashboardQuery>,
): Promise<QueueFiguresReply> {
  const scope = await resolveDashboardScope(services, actor, input);
  const through = await factsThrough(services, scope);
  const facts = through ? await readQueueFacts(services, scope, through) : null;
  const figures =
    facts && facts.tickets > EXACT_TICKET_LIMIT
      ? figuresFromFacts(scope, facts)
      : await rawFigures(services, scope);
  const windowIds = [...figures.windows.keys()];
  const windowRows = windowIds.length
    ? (
        await services.db.execute<{ id: string; number: number; name: string; center_name: string }>(sql`
          select w.id, w.number, w.name, o.name as center_name from windows w
          join organisations o on o.id = w.org_id where w.id = any(${uuidArray(windowIds)})`)
      ).rows
    : [];
  const order = new Map<string, number>(serviceCodes.map((code, i) => [code, i]));
  return {
    ...scopeReply(scope),
    overall: figures.overall,
    services: [...figures.services]
      .map(([code, r]) => ({ code, name: findService(code)?.nameZh ?? code, ...r }))
      .sort((a, b) => (order.get(a.code) ?? 99) - (order.get(b.code) ?? 99) || a.code.localeCompare(b.code)),
    windows: windowRows
      .map((w) => ({
        id: w.id,
        number: w.number,
        name: w.name,
        centerName: w.center_name,
        ...figures.windows.get(w.id)!,
      }))
      .sort((a, b) => compareZh(a.centerName, b.centerName) || a.number - b.number),
    byUnit: scope.units.map((unit: DashboardUnit) => ({
      id: unit.id,
      name: unitName(scope, unit.id),
      ...(figures.units.get(unit.id) ?? EMPTY),
    })),
    daily: figures.daily,
  };
}

/** The figures from the raw tickets: one grouping-sets query and the daily series. */
export async function rawFigures(services: Services, scope: DashboardScope): Promise<Figures> {
  const [grouped, daily] = await Promise.all([
    services.db.execute<SqlRow>(queueFiguresSql(scope)),
    services.db.execute<{ date: string; tickets: number; finished: number }>(sql`
      select t.business_date::text as date, count(*)::int as tickets,
        (count(*) filter (where t.status = 'finished'))::int as finished
      from tickets t
      where ${orgFilter(sql`t.org_id`, scope)}
        and t.business_date between ${scope.period.from} and ${scope.period.to}
      group by t.business_date order by t.business_date`),
  ]);
  const rows = grouped.rows;
  const overall = rows.find((r) => r.g_service + r.g_window + r.g_unit === 3);
  const only = (key: 'g_service' | 'g_window' | 'g_unit', id: (r: SqlRow) => string | null) =>
    new Map(rows.filter((r) => r[key] === 0 && id(r)).map((r) => [id(r)!, rowOf(r)]));
  return {
    overall: overall ? rowOf(overall) : EMPTY,
    services: only('g_service', (r) => r.service_code),
    windows: only('g_window', (r) => r.window_id),
    units: only('g_unit', (r) => r.unit_id),
    daily: daily.rows,
  };
}

/** The figures from the facts' sums per organisation, service and window, rolled up here. */
export function figuresFromFacts(
  scope: DashboardScope,
  facts: Awaited<ReturnType<typeof readQueueFacts>>,
): Figures {
  const overall = emptySums();
  const by = {
    services: new Map<string, ReturnType<typeof emptySums>>(),
    windows: new Map(),
    units: new Map(),
  };
  const at = (map: Map<string, ReturnType<typeof emptySums>>, key: string) =>
    map.get(key) ?? map.set(key, emptySums()).get(key)!;
  for (const g of facts.groups) {
    addSums(overall, g.sums);
    addSums(at(by.services, g.serviceCode), g.sums);
    if (g.windowId) addSums(at(by.windows, g.windowId), g.sums);
    const unit = scope.unitOf.get(g.orgId);
    if (unit) addSums(at(by.units, unit), g.sums);
  }
  const rows = (map: Map<string, ReturnType<typeof emptySums>>) =>
    new Map([...map].map(([key, sums]) => [key, figuresOf(sums)]));
  return {
    overall: facts.groups.length ? figuresOf(overall) : EMPTY,
    services: rows(by.services),
    windows: rows(by.windows),
    units: rows(by.units),
    daily: facts.daily,
  };
}
