import { randomUUID } from 'node:crypto';
import { assertCan, can } from '@core/access';
import { businessDateOf } from '@core/calendar/business-date';
import { badInput, conflict, forbidden } from '@core/errors';
import {
  handPick,
  peopleWithoutRecords,
  pickedPeriod,
  sampleRecords,
} from '@core/staff-programme/spot-check';
import { RECORD_GRADES } from '@core/staff-programme/vocabulary';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, Services, StaffActor, UseCaseCall } from '../../context';
import { spotCheckItems, spotChecks, studyRecords } from '../../db/schema/index';
import { loadPlan } from './get-plan';
import { isoDate } from './plan-views';
import { audienceMembers, homeBureauOf, studyNotFound } from './programme-scope';
import { periodBounds, recordItem, recordItems } from './study-records';

export const samplingRule = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('random'), count: z.number().int().min(1).max(500) }),
  z.object({
    mode: z.literal('rate'),
    rate: z.number().gt(0, '抽查比例应大于 0').max(1, '抽查比例不能超过 1'),
  }),
  z.object({ mode: z.literal('per-person'), perPerson: z.number().int().min(1).max(20) }),
  z.object({
    mode: z.literal('short'),
    maxChars: z.number().int().min(1).max(10_000),
    limit: z.number().int().min(1).max(500).optional(),
  }),
]);

export const drawSpotCheckBody = z.object({
  from: isoDate,
  to: isoDate,
  planId: z.uuid().optional(),
  rule: samplingRule,
  /** Seed of the draw (default: random, stored), so the draw can be reproduced and checked. */
  seed: z.string().trim().min(1).max(64).optional(),
});

export const spotCheckItemView = z.object({
  id: z.string(),
  record: recordItem,
  grade: z.enum(RECORD_GRADES).nullable(),
  comment: z.string().nullable(),
  followUpRequired: z.boolean(),
  followUp: z.string().nullable(),
  followUpDoneAt: z.string().nullable(),
  followUpNote: z.string().nullable(),
  version: z.number().int(),
});
export type SpotCheckItemView = z.infer<typeof spotCheckItemView>;

export const spotCheckView = z.object({
  id: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  planId: z.string().nullable(),
  rule: z.record(z.string(), z.unknown()),
  seed: z.string(),
  candidates: z.number().int(),
  createdAt: z.string(),
  items: z.array(spotCheckItemView),
  /** With a plan: its members who wrote no note in the period (a finding in itself). */
  withoutRecords: z.array(z.object({ userId: z.string(), name: z.string(), unit: z.string() })),
});

export async function itemViews(
  executor: Executor,
  where: ReturnType<typeof and>,
): Promise<SpotCheckItemView[]> {
  const items = await executor.select().from(spotCheckItems).where(where).orderBy(spotCheckItems.id);
  const records =
    items.length === 0
      ? []
      : await recordItems(
          executor,
          inArray(
            studyRecords.id,
            items.map((i) => i.recordId),
          ),
        );
  return items.map((i) => ({
    id: i.id,
    record: records.find((r) => r.id === i.recordId)!,
    grade: i.grade as SpotCheckItemView['grade'],
    comment: i.comment,
    followUpRequired: i.followUpRequired,
    followUp: i.followUp,
    followUpDoneAt: i.followUpDoneAt?.toISOString() ?? null,
    followUpNote: i.followUpNote,
    version: i.version,
  }));
}

async function readSpotCheck(executor: Executor, actor: StaffActor, id: string) {
  const [check] = await executor.select().from(spotChecks).where(eq(spotChecks.id, id));
  if (!check || !can(actor, 'study.supervise', { orgId: check.orgId })) throw studyNotFound('抽查');
  const rule = check.rule as { planId?: string };
  let withoutRecords: { userId: string; name: string; unit: string }[] = [];
  if (rule.planId) {
    const plan = await loadPlan(executor, rule.planId);
    const members = await audienceMembers(executor, plan);
    const pool = await executor
      .select({ userId: studyRecords.userId })
      .from(studyRecords)
      .where(and(eq(studyRecords.planId, plan.id), ...periodBounds(check.periodFrom, check.periodTo)));
    const missing = new Set(
      peopleWithoutRecords(
        members.map((m) => m.id),
        pool,
      ),
    );
    withoutRecords = members
      .filter((m) => missing.has(m.id))
      .map((m) => ({ userId: m.id, name: m.displayName, unit: m.unit }));
  }
  return {
    id: check.id,
    periodFrom: check.periodFrom,
    periodTo: check.periodTo,
    planId: rule.planId ?? null,
    rule: check.rule,
    seed: check.seed,
    candidates: check.candidates,
    createdAt: check.createdAt.toISOString(),
    items: await itemViews(executor, and(eq(spotCheckItems.spotCheckId, check.id))),
    withoutRecords,
  };
}

/**
 * Draws study notes to check (core sampleRecords: at random, by rate, per person or the short ones),
 * among the notes of the period in the actor's scope that were never drawn before, reproducibly from
 * the stored seed. `study.supervise`.
 */
export async function drawSpotCheck(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof drawSpotCheckBody>>,
) {
  assertCan(actor, 'study.supervise');
  if (input.to < input.from) throw badInput('STUDY.INVALID_PERIOD', '结束日期不能早于开始日期', 'to');
  const seed = input.seed ?? randomUUID();
  const id = await services.db.transaction(async (tx) => {
    if (input.planId) {
      const plan = await loadPlan(tx, input.planId);
      if (!can(actor, 'study.supervise', { orgId: plan.orgId })) throw studyNotFound('学习计划');
    }
    const bureau = await homeBureauOf(tx, actor);
    const pool = await tx
      .select({
        id: studyRecords.id,
        userId: studyRecords.userId,
        orgId: studyRecords.orgId,
        length: sql<number>`char_length(${studyRecords.content})`,
      })
      .from(studyRecords)
      .leftJoin(spotCheckItems, eq(spotCheckItems.recordId, studyRecords.id))
      .where(
        and(
          inArray(studyRecords.orgId, [...actor.scopeOrgIds]),
          input.planId ? eq(studyRecords.planId, input.planId) : undefined,
          isNull(spotCheckItems.id),
          ...periodBounds(input.from, input.to),
        ),
      );
    const chosen = sampleRecords(pool, input.rule, seed);
    const [check] = await tx
      .insert(spotChecks)
      .values({
        orgId: bureau.id,
        periodFrom: input.from,
        periodTo: input.to,
        rule: { ...input.rule, ...(input.planId ? { planId: input.planId } : {}) },
        seed,
        candidates: pool.length,
        createdBy: actor.userId,
        createdAt: services.now(),
      })
      .returning({ id: spotChecks.id });
    const byId = new Map(pool.map((r) => [r.id, r]));
    if (chosen.length > 0)
      await tx.insert(spotCheckItems).values(
        chosen.map((recordId) => ({
          spotCheckId: check!.id,
          recordId,
          ownerId: byId.get(recordId)!.userId,
          orgId: byId.get(recordId)!.orgId,
        })),
      );
    await recordAudit(tx, actor, meta, {
      action: 'study.draw-spot-check',
      entityType: 'spot-check',
      entityId: check!.id,
      orgId: bureau.id,
      after: { rule: input.rule, seed, candidates: pool.length, drawn: chosen.length },
    });
    return check!.id;
  });
  return readSpotCheck(services.db, actor, id);
}

export const pickSpotCheckBody = z.object({
  recordIds: z
    .array(z.uuid({ error: '笔记编号格式不正确' }))
    .min(1, '请至少选择一篇学习笔记')
    .max(50, '一次最多指定 50 篇学习笔记'),
  reason: z.string().trim().max(200, '抽查理由不能超过 200 个字').optional(),
});

/**
 * A hand-picked spot check (指定抽查): the supervisor chooses the notes to check (e.g. after a complaint
 * or a thin note seen in the list), besides the random or by-rule draw (issue #8: "supervisors pick
 * records at random or by rule"). Each note must be in the supervisor's scope (else 404 STUDY.NOT_FOUND,
 * no hint it exists) and never drawn before (409 STUDY.ALREADY_DRAWN, `details.recordIds`). The
 * period is the first to the last Beijing date the notes were written on; rule `{ mode: 'picked' }`.
 * The notes are locked while picked, so two supervisors cannot pick the same note at once. Audited.
 * `study.supervise`.
 */
export async function pickSpotCheck(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof pickSpotCheckBody>>,
) {
  assertCan(actor, 'study.supervise');
  const id = await services.db.transaction(async (tx) => {
    const requested = [...new Set(input.recordIds)];
    const records = await tx
      .select({
        id: studyRecords.id,
        userId: studyRecords.userId,
        orgId: studyRecords.orgId,
        createdAt: studyRecords.createdAt,
      })
      .from(studyRecords)
      .where(inArray(studyRecords.id, requested))
      .orderBy(studyRecords.id)
      .for('update');
    const visible = records.filter((r) => can(actor, 'study.supervise', { orgId: r.orgId }));
    const seen = handPick(new Set(visible.map((r) => r.id)), requested);
    if (seen.unavailable.length > 0) throw studyNotFound('学习笔记');
    const drawn = await tx
      .select({ recordId: spotCheckItems.recordId })
      .from(spotCheckItems)
      .where(inArray(spotCheckItems.recordId, seen.chosen));
    if (drawn.length > 0)
      throw conflict('STUDY.ALREADY_DRAWN', '所选学习笔记已被抽查过', {
        recordIds: [...new Set(drawn.map((d) => d.recordId))],
      });
    const byId = new Map(visible.map((r) => [r.id, r]));
    const period = pickedPeriod(seen.chosen.map((rid) => businessDateOf(byId.get(rid)!.createdAt)));
    const bureau = await homeBureauOf(tx, actor);
    const rule = {
      mode: 'picked',
      recordIds: seen.chosen,
      ...(input.reason ? { reason: input.reason } : {}),
    };
    const [check] = await tx
      .insert(spotChecks)
      .values({
        orgId: bureau.id,
        periodFrom: period.from,
        periodTo: period.to,
        rule,
        seed: 'picked',
        candidates: seen.chosen.length,
        createdBy: actor.userId,
        createdAt: services.now(),
      })
      .returning({ id: spotChecks.id });
    await tx.insert(spotCheckItems).values(
      seen.chosen.map((recordId) => ({
        spotCheckId: check!.id,
        recordId,
        ownerId: byId.get(recordId)!.userId,
        orgId: byId.get(recordId)!.orgId,
      })),
    );
    await recordAudit(tx, actor, meta, {
      action: 'study.pick-spot-check',
      entityType: 'spot-check',
      entityId: check!.id,
      orgId: bureau.id,
      after: rule,
    });
    return check!.id;
  });
  return readSpotCheck(services.db, actor, id);
}

/** The spot checks of the actor's scope, newest first (without their items). */
export async function listSpotChecks(services: Services, { actor }: UseCaseCall<Record<string, never>>) {
  if (!can(actor, 'study.supervise')) throw forbidden();
  const rows = await services.db
    .select({
      check: spotChecks,
      drawn: sql<number>`(select count(*)::int from spot_check_items i where i.spot_check_id = spot_checks.id)`,
      graded: sql<number>`(select count(*)::int from spot_check_items i where i.spot_check_id = spot_checks.id and i.grade is not null)`,
    })
    .from(spotChecks)
    .where(inArray(spotChecks.orgId, [...actor.scopeOrgIds]))
    .orderBy(desc(spotChecks.createdAt));
  return {
    items: rows.map(({ check, drawn, graded }) => ({
      id: check.id,
      periodFrom: check.periodFrom,
      periodTo: check.periodTo,
      mode: String((check.rule as { mode?: string }).mode ?? ''),
      candidates: check.candidates,
      drawn,
      graded,
      createdAt: check.createdAt.toISOString(),
    })),
  };
}

export async function getSpotCheck(services: Services, { actor, input }: UseCaseCall<{ id: string }>) {
  return readSpotCheck(services.db, actor, input.id);
}
