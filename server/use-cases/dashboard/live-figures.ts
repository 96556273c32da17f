import { compareZh } from '@core/i18n/collation';
import { findService, serviceCodes } from '@core/queue/services';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { type DashboardQuery, resolveDashboardScope, unitShape, uuidArray } from './dashboard-scope';

const counts = z.object({
  issued: z.number().int(),
  waiting: z.number().int(),
  called: z.number().int(),
  serving: z.number().int(),
  finished: z.number().int(),
});
type Counts = z.infer<typeof counts>;

export const liveReply = z.object({
  today: z.string(),
  root: unitShape,
  totals: counts,
  centers: z.array(counts.extend({ id: z.string(), name: z.string() })),
  services: z.array(counts.extend({ code: z.string(), name: z.string() })),
  windows: z.array(
    z.object({
      id: z.string(),
      centerId: z.string(),
      centerName: z.string(),
      number: z.number().int(),
      name: z.string(),
      status: z.string(),
      /** Ticket numbers called to or served at the window now. */
      current: z.array(z.string()),
      /** Tickets waiting for one of the window's services. */
      waiting: z.number().int(),
      finished: z.number().int(),
    }),
  ),
});
export type LiveReply = z.infer<typeof liveReply>;

const zero = (): Counts => ({ issued: 0, waiting: 0, called: 0, serving: 0, finished: 0 });

/**
 * Today in the halls of the scope, live (dashboard.read): tickets issued, waiting, called, being served
 * and finished, per center, per service and per window (with the numbers at each window now). Today is
 * the Beijing business date of the server clock; the period query values are ignored.
 */
export async function getLiveFigures(
  services: Services,
  { actor, input }: UseCaseCall<DashboardQuery>,
): Promise<LiveReply> {
  const scope = await resolveDashboardScope(services, actor, { orgId: input.orgId });
  const orgs = uuidArray(scope.orgIds);
  const [groups, windowRows, current] = await Promise.all([
    services.db.execute<{
      org_id: string;
      service_code: string;
      window_id: string | null;
      status: string;
      n: number;
    }>(sql`
      select org_id, service_code, window_id, status, count(*)::int as n from tickets
      where org_id = any(${orgs}) and business_date = ${scope.today}
      group by org_id, service_code, window_id, status`),
    services.db.execute<{
      id: string;
      org_id: string;
      center_name: string;
      number: number;
      name: string;
      status: string;
      services: string[];
    }>(sql`
      select w.id, w.org_id, o.name as center_name, w.number, w.name, w.status, w.services
      from windows w join organisations o on o.id = w.org_id
      where w.org_id = any(${orgs}) order by o.name, w.number`),
    services.db.execute<{ window_id: string; number: string }>(sql`
      select window_id, number from tickets
      where org_id = any(${orgs}) and business_date = ${scope.today} and status in ('called', 'serving')
        and window_id is not null
      order by called_at nulls last, id`),
  ]);
  const totals = zero();
  const centers = new Map<string, Counts>();
  const byService = new Map<string, Counts>();
  const finishedAt = new Map<string, number>();
  const waitingFor = new Map<string, number>();
  for (const g of groups.rows) {
    for (const target of [
      totals,
      centers.get(g.org_id) ?? centers.set(g.org_id, zero()).get(g.org_id)!,
      byService.get(g.service_code) ?? byService.set(g.service_code, zero()).get(g.service_code)!,
    ]) {
      target.issued += g.n;
      if (
        g.status === 'waiting' ||
        g.status === 'called' ||
        g.status === 'serving' ||
        g.status === 'finished'
      )
        target[g.status] += g.n;
    }
    if (g.status === 'finished' && g.window_id)
      finishedAt.set(g.window_id, (finishedAt.get(g.window_id) ?? 0) + g.n);
    if (g.status === 'waiting') {
      const key = `${g.org_id}/${g.service_code}`;
      waitingFor.set(key, (waitingFor.get(key) ?? 0) + g.n);
    }
  }
  const names = new Map(windowRows.rows.map((w) => [w.org_id, w.center_name]));
  const centerNames = await (async () => {
    const missing = [...centers.keys()].filter((id) => !names.has(id));
    if (missing.length === 0) return names;
    const rows = await services.db.execute<{ id: string; name: string }>(
      sql`select id, name from organisations where id = any(${uuidArray(missing)})`,
    );
    for (const r of rows.rows) names.set(r.id, r.name);
    return names;
  })();
  const order = new Map<string, number>(serviceCodes.map((code, i) => [code, i]));
  return {
    today: scope.today,
    root: scope.root,
    totals,
    centers: [...centers]
      .map(([id, c]) => ({ id, name: centerNames.get(id) ?? '', ...c }))
      .sort((a, b) => compareZh(a.name, b.name)),
    services: [...byService]
      .map(([code, c]) => ({ code, name: findService(code)?.nameZh ?? code, ...c }))
      .sort((a, b) => (order.get(a.code) ?? 99) - (order.get(b.code) ?? 99)),
    windows: windowRows.rows.map((w) => ({
      id: w.id,
      centerId: w.org_id,
      centerName: w.center_name,
      number: w.number,
      name: w.name,
      status: w.status,
      current: current.rows.filter((c) => c.window_id === w.id).map((c) => c.number),
      waiting: w.services.reduce((sum, code) => sum + (waitingFor.get(`${w.org_id}/${code}`) ?? 0), 0),
      finished: finishedAt.get(w.id) ?? 0,
    })),
  };
}
