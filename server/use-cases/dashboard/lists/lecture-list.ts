import { VENUE_TYPES } from '@core/publicity';
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, StaffActor } from '../../../context';
import {
  type DashboardScope,
  dashboardQuery,
  orgFilter,
  resolveDashboardScope,
  unitTable,
} from '../dashboard-scope';
import { type ListPage, paging, run, unitNames, uuidField } from './list-kit';

export const lectureListFilters = dashboardQuery.extend({
  unitId: uuidField('单位'),
  venueType: z.enum(VENUE_TYPES, { error: '请选择有效的场所类型' }).optional(),
  topic: z.string().trim().max(40).optional(),
  status: z.enum(['held', 'planned'], { error: '请选择有效的状态' }).optional(),
});
export const lectureListQuery = lectureListFilters.extend(paging);
export const lectureListItem = z.object({
  id: z.string(),
  lectureOn: z.string(),
  unitName: z.string(),
  status: z.string(),
  venueType: z.string(),
  venue: z.string(),
  topic: z.string(),
  title: z.string(),
  audienceSize: z.number().int().nullable(),
});
export type LectureListItem = z.infer<typeof lectureListItem>;

/**
 * The lectures behind the 普法讲师团 chart: held or planned (never cancelled) in the period, narrowed by
 * unit, venue type, topic or status. Newest day first, then id (descending).
 */
export async function listDashboardLectures(
  services: Services,
  actor: StaffActor,
  input: z.infer<typeof lectureListFilters>,
  page: ListPage,
): Promise<{ items: LectureListItem[]; total: number; scope: DashboardScope }> {
  const scope = await resolveDashboardScope(services, actor, input);
  const where: SQL[] = [
    orgFilter(sql`l.org_id`, scope),
    sql`l.status <> 'cancelled'`,
    sql`l.lecture_on between ${scope.period.from} and ${scope.period.to}`,
  ];
  if (input.unitId) where.push(sql`u.unit_id = ${input.unitId}`);
  if (input.venueType) where.push(sql`l.venue_type = ${input.venueType}`);
  if (input.topic) where.push(sql`l.topic = ${input.topic}`);
  if (input.status) where.push(sql`l.status = ${input.status}`);
  const base = sql`
    select l.id, l.lecture_on::text as lecture_on, u.unit_id, l.status, l.venue_type, l.venue, l.topic, l.title,
      l.audience_size
    from lectures l join ${unitTable(scope)} on u.org_id = l.org_id
    where ${sql.join(where, sql` and `)}`;
  const names = unitNames(scope);
  const result = await run<Record<string, unknown>>(services, base, sql`lecture_on desc, id desc`, page);
  return {
    scope,
    total: result.total,
    items: result.items.map((r) => ({
      id: String(r.id),
      lectureOn: String(r.lecture_on),
      unitName: names.get(String(r.unit_id)) ?? '',
      status: String(r.status),
      venueType: String(r.venue_type),
      venue: String(r.venue),
      topic: String(r.topic),
      title: String(r.title),
      audienceSize: (r.audience_size as number | null) ?? null,
    })),
  };
}
