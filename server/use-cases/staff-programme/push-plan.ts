import { assertCan } from '@core/access';
import { conflict, forbidden } from '@core/errors';
import { sessionsToPush } from '@core/staff-programme/push';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, Services, StaffActor, UseCaseCall } from '../../context';
import { organisations, studyPlans, studySessions } from '../../db/schema/index';
import { loadPlan } from './get-plan';
import { homeBureauOf, studyNotFound } from './programme-scope';

export const pushPlanBody = z.object({
  /** The county bureaus to push to; absent = all counties of the city. */
  countyIds: z
    .array(z.uuid({ error: '机构编号格式不正确' }))
    .max(50)
    .optional(),
});
export type PushPlanInput = z.infer<typeof pushPlanBody> & { id: string };

export const pushReply = z.object({
  pushed: z.array(z.object({ orgId: z.string(), orgName: z.string(), planId: z.string() })),
  alreadyPushed: z.array(z.string()),
  /** Sessions copied to each county, and those left out because they had started (core sessionsToPush). */
  sessionsCopied: z.number().int(),
  sessionsStarted: z.number().int(),
});

export const pushTargetsReply = z.object({
  counties: z.array(z.object({ orgId: z.string(), orgName: z.string(), pushed: z.boolean() })),
  sessionsToCopy: z.number().int(),
  /** Sessions that have started: a push now leaves them out. */
  sessionsStarted: z.number().int(),
});

/** The plan to push, checked: the actor's city bureau's own published plan (404 / 403 / 409 otherwise). */
async function pushablePlan(tx: Executor, actor: StaffActor, id: string, forUpdate: boolean) {
  const plan = await loadPlan(tx, id, { forUpdate });
  if (!actor.scopeOrgIds.includes(plan.orgId)) throw studyNotFound('学习计划');
  const bureau = await homeBureauOf(tx, actor);
  if (bureau.kind !== 'city-bureau' || plan.orgId !== bureau.id)
    throw forbidden('只有市局可以将本局的学习计划下发到旗县区');
  if (plan.status !== 'published') throw conflict('STUDY.PLAN_NOT_PUBLISHED', '请先发布计划，再下发到旗县区');
  return { plan, bureau };
}

/**
 * Everything a push decides on: the plan (checked, see pushablePlan), the city's active county bureaus
 * (only `countyIds` when given), which already have a copy, and the sessions a push at `now` copies.
 */
async function pushSituation(
  tx: Executor,
  actor: StaffActor,
  id: string,
  options: { forUpdate: boolean; now: Date; countyIds?: string[] },
) {
  const { plan, bureau } = await pushablePlan(tx, actor, id, options.forUpdate);
  const counties = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      and(
        eq(organisations.parentId, bureau.id),
        eq(organisations.kind, 'county-bureau'),
        eq(organisations.active, true),
        options.countyIds ? inArray(organisations.id, options.countyIds) : undefined,
      ),
    )
    .orderBy(organisations.name);
  const existing = await tx
    .select({ orgId: studyPlans.orgId })
    .from(studyPlans)
    .where(eq(studyPlans.parentPlanId, plan.id));
  const sessions = await tx.select().from(studySessions).where(eq(studySessions.planId, plan.id));
  return {
    plan,
    counties,
    done: new Set(existing.map((e) => e.orgId)),
    ...sessionsToPush(sessions, options.now),
  };
}

/**
 * Before a push: the city's county bureaus (active), whether each already has a copy of the plan, and how
 * many sessions a push now would copy or leave out (started). `study.manage` at city level.
 */
export async function pushTargets(
  services: Services,
  { actor, input }: UseCaseCall<{ id: string }>,
): Promise<z.infer<typeof pushTargetsReply>> {
  assertCan(actor, 'study.manage');
  return services.db.transaction(async (tx) => {
    const { counties, done, copied, started } = await pushSituation(tx, actor, input.id, {
      forUpdate: false,
      now: services.now(),
    });
    return {
      counties: counties.map((c) => ({ orgId: c.id, orgName: c.name, pushed: done.has(c.id) })),
      sessionsToCopy: copied.length,
      sessionsStarted: started,
    };
  });
}

/**
 * 市县两级联动: the city bureau pushes one of its published plans to its county bureaus. Each county gets
 * its own published copy (owned by the county, audience = the whole county bureau, `parentPlanId` = the
 * city's plan) with the same sessions, which the county may then adapt; the city follows each copy's
 * progress on its plan. Counties that already have a copy are skipped; sessions that have already started
 * are not copied (core sessionsToPush: the county's staff could not have attended them). `study.manage` at city level
 * (STUDY.CITY_ONLY otherwise, 403).
 */
export async function pushPlan(services: Services, { actor, input, meta }: UseCaseCall<PushPlanInput>) {
  assertCan(actor, 'study.manage');
  return services.db.transaction(async (tx) => {
    const now = services.now();
    const {
      plan,
      counties,
      done,
      copied: live,
      started,
    } = await pushSituation(tx, actor, input.id, { forUpdate: true, now, countyIds: input.countyIds });
    const pushed: { orgId: string; orgName: string; planId: string }[] = [];
    const alreadyPushed: string[] = [];
    for (const county of counties) {
      if (done.has(county.id)) {
        alreadyPushed.push(county.id);
        continue;
      }
      const [copy] = await tx
        .insert(studyPlans)
        .values({
          orgId: county.id,
          audienceOrgId: county.id,
          partyMembersOnly: plan.partyMembersOnly,
          parentPlanId: plan.id,
          title: plan.title,
          themes: plan.themes,
          forms: plan.forms,
          description: plan.description,
          readings: plan.readings,
          startsOn: plan.startsOn,
          endsOn: plan.endsOn,
          status: 'published',
          publishedAt: now,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: studyPlans.id });
      if (live.length > 0)
        await tx.insert(studySessions).values(
          live.map((s) => ({
            planId: copy!.id,
            orgId: county.id,
            kind: s.kind,
            title: s.title,
            location: null,
            startsAt: s.startsAt,
            endsAt: s.endsAt,
          })),
        );
      pushed.push({ orgId: county.id, orgName: county.name, planId: copy!.id });
    }
    await recordAudit(tx, actor, meta, {
      action: 'study.push-plan',
      entityType: 'study-plan',
      entityId: plan.id,
      orgId: plan.orgId,
      after: {
        pushed: pushed.map((p) => p.orgName),
        alreadyPushed: alreadyPushed.length,
        sessionsCopied: live.length,
        sessionsStarted: started,
      },
    });
    return { pushed, alreadyPushed, sessionsCopied: live.length, sessionsStarted: started };
  });
}
