import { STUDY_FORMS, STUDY_THEMES } from '@core/staff-programme/vocabulary';
import { z } from 'zod';
import type { studyPlans, studySessions } from '../../db/schema/index';

export const isoDate = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

export const planItem = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  audienceOrgId: z.string(),
  audienceName: z.string(),
  partyMembersOnly: z.boolean(),
  parentPlanId: z.string().nullable(),
  title: z.string(),
  themes: z.array(z.enum(STUDY_THEMES)),
  forms: z.array(z.enum(STUDY_FORMS)),
  description: z.string().nullable(),
  readings: z.array(z.object({ title: z.string(), source: z.string().optional() })),
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.enum(['draft', 'published', 'closed']),
  publishedAt: z.string().nullable(),
  sessionCount: z.number().int(),
  version: z.number().int(),
});
export type PlanItem = z.infer<typeof planItem>;

export const sessionItem = z.object({
  id: z.string(),
  planId: z.string(),
  orgId: z.string(),
  kind: z.enum(['morning-drill', 'evening-study', 'seminar', 'lecture']),
  title: z.string(),
  location: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  cancelled: z.boolean(),
});
export type SessionItem = z.infer<typeof sessionItem>;

export function toPlanItem(
  row: typeof studyPlans.$inferSelect,
  names: { nameOf(id: string): string },
  sessionCount: number,
): PlanItem {
  return {
    id: row.id,
    orgId: row.orgId,
    orgName: names.nameOf(row.orgId),
    audienceOrgId: row.audienceOrgId,
    audienceName: names.nameOf(row.audienceOrgId),
    partyMembersOnly: row.partyMembersOnly,
    parentPlanId: row.parentPlanId,
    title: row.title,
    themes: row.themes as PlanItem['themes'],
    forms: row.forms as PlanItem['forms'],
    description: row.description,
    readings: row.readings,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    status: row.status as PlanItem['status'],
    publishedAt: row.publishedAt?.toISOString() ?? null,
    sessionCount,
    version: row.version,
  };
}

export function toSessionItem(row: typeof studySessions.$inferSelect): SessionItem {
  return {
    id: row.id,
    planId: row.planId,
    orgId: row.orgId,
    kind: row.kind as SessionItem['kind'],
    title: row.title,
    location: row.location,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    cancelled: row.cancelledAt !== null,
  };
}
