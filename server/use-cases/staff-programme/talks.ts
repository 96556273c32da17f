import { assertCan, can } from '@core/access';
import { badInput, conflict, forbidden, staleVersion } from '@core/errors';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, Services, UseCaseCall } from '../../context';
import { talks, users } from '../../db/schema/index';
import { isoDate } from './plan-views';
import { studyNotFound } from './programme-scope';

export const talkItem = z.object({
  id: z.string(),
  subjectUserId: z.string(),
  subjectName: z.string(),
  conductedByName: z.string(),
  heldOn: z.string(),
  topic: z.string(),
  summary: z.string(),
  followUp: z.string().nullable(),
  followUpDueOn: z.string().nullable(),
  followUpDoneAt: z.string().nullable(),
  followUpNote: z.string().nullable(),
  version: z.number().int(),
});
export type TalkItem = z.infer<typeof talkItem>;

export const createTalkBody = z.object({
  subjectUserId: z.uuid({ error: '请选择谈话对象' }),
  heldOn: isoDate,
  topic: z.string().trim().min(1, '请填写谈话主题').max(100),
  summary: z.string().trim().min(5, '请填写谈话要点').max(5000),
  followUp: z.string().trim().max(1000).optional(),
  followUpDueOn: isoDate.optional(),
});
export const listTalksQuery = z.object({ view: z.enum(['mine', 'scope']).default('mine') });
export const talkFollowUpBody = z.object({
  version: z.number().int().min(1),
  note: z.string().trim().min(2, '请说明跟进落实情况').max(1000),
});

const conductor = alias(users, 'conductor');

async function talkItems(executor: Executor, where: SQL | undefined): Promise<TalkItem[]> {
  const rows = await executor
    .select({ talk: talks, subjectName: users.displayName, conductedByName: conductor.displayName })
    .from(talks)
    .innerJoin(users, eq(users.id, talks.subjectUserId))
    .innerJoin(conductor, eq(conductor.id, talks.conductedBy))
    .where(where)
    .orderBy(desc(talks.heldOn), desc(talks.createdAt));
  return rows.map(({ talk, subjectName, conductedByName }) => ({
    id: talk.id,
    subjectUserId: talk.subjectUserId,
    subjectName,
    conductedByName,
    heldOn: talk.heldOn,
    topic: talk.topic,
    summary: talk.summary,
    followUp: talk.followUp,
    followUpDueOn: talk.followUpDueOn,
    followUpDoneAt: talk.followUpDoneAt?.toISOString() ?? null,
    followUpNote: talk.followUpNote,
    version: talk.version,
  }));
}

/**
 * Logs a one-to-one talk (谈心谈话) with a staff member in the actor's scope (404 outside it), with its
 * follow-up and due date if any. `study.supervise`.
 */
export async function createTalk(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof createTalkBody>>,
): Promise<TalkItem> {
  assertCan(actor, 'study.supervise');
  if (input.followUpDueOn && !input.followUp)
    throw badInput('STUDY.FOLLOW_UP_MISSING', '设定了跟进期限，请填写跟进事项', 'followUp');
  const id = await services.db.transaction(async (tx) => {
    const [subject] = await tx
      .select({ orgId: users.orgId })
      .from(users)
      .where(eq(users.id, input.subjectUserId));
    if (!subject || !can(actor, 'study.supervise', { orgId: subject.orgId })) throw studyNotFound('谈话对象');
    const [row] = await tx
      .insert(talks)
      .values({
        orgId: subject.orgId,
        subjectUserId: input.subjectUserId,
        conductedBy: actor.userId,
        heldOn: input.heldOn,
        topic: input.topic,
        summary: input.summary,
        followUp: input.followUp ?? null,
        followUpDueOn: input.followUpDueOn ?? null,
        createdAt: services.now(),
      })
      .returning({ id: talks.id });
    await recordAudit(tx, actor, meta, {
      action: 'study.log-talk',
      entityType: 'talk',
      entityId: row!.id,
      orgId: subject.orgId,
      after: { subjectUserId: input.subjectUserId, heldOn: input.heldOn, topic: input.topic },
    });
    return row!.id;
  });
  const [item] = await talkItems(services.db, eq(talks.id, id));
  return item!;
}

/** Talks in the actor's scope (`scope`, supervisors) or the talks held with the actor (`mine`). */
export async function listTalks(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof listTalksQuery>>,
): Promise<{ items: TalkItem[] }> {
  if (input.view === 'scope') {
    if (!can(actor, 'study.supervise')) throw forbidden();
    return { items: await talkItems(services.db, inArray(talks.orgId, [...actor.scopeOrgIds])) };
  }
  assertCan(actor, 'study.participate');
  return { items: await talkItems(services.db, eq(talks.subjectUserId, actor.userId)) };
}

/** Records that a talk's follow-up was carried out. `study.supervise` in scope; version-checked. */
export async function completeTalkFollowUp(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof talkFollowUpBody> & { id: string }>,
): Promise<TalkItem> {
  assertCan(actor, 'study.supervise');
  await services.db.transaction(async (tx) => {
    const [talk] = await tx.select().from(talks).where(eq(talks.id, input.id)).for('update');
    if (!talk || !can(actor, 'study.supervise', { orgId: talk.orgId })) throw studyNotFound('谈话记录');
    if (talk.version !== input.version) throw staleVersion('谈话记录');
    if (!talk.followUp) throw conflict('STUDY.NO_FOLLOW_UP', '该谈话没有跟进事项');
    if (talk.followUpDoneAt) throw conflict('STUDY.FOLLOW_UP_DONE', '跟进事项已落实');
    await tx
      .update(talks)
      .set({ followUpDoneAt: services.now(), followUpNote: input.note, version: talk.version + 1 })
      .where(and(eq(talks.id, talk.id), eq(talks.version, talk.version)));
    await recordAudit(tx, actor, meta, {
      action: 'study.complete-talk-follow-up',
      entityType: 'talk',
      entityId: talk.id,
      orgId: talk.orgId,
      after: { note: input.note },
    });
  });
  const [item] = await talkItems(services.db, eq(talks.id, input.id));
  return item!;
}
