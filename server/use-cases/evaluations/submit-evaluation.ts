import { businessDateOf } from '@core/calendar';
import { badInput, conflict } from '@core/errors';
import {
  EVALUATION_CHANNELS,
  EVALUATION_TAG_LABELS,
  type EvaluationLevel,
  type EvaluationTag,
  isBadReview,
  isMatterRateable,
  rectificationDeadlines,
  tagsFor,
} from '@core/evaluation';
import type { LegalAidStatus } from '@core/procedures/legal-aid-vocabulary';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, RequestMeta, Services } from '../../context';
import {
  evaluations,
  lawyers,
  legalAidActions,
  legalAidMatters,
  rectifications,
  ticketActions,
  tickets,
  users,
} from '../../db/schema/index';
import { loadCalendar } from '../calendar/load-calendar';

export const evaluationBody = z.object({
  level: z.union([z.literal(5), z.literal(4), z.literal(3), z.literal(2), z.literal(1)], {
    error: '请选择评价等级',
  }),
  tags: z
    .array(
      z.enum(Object.keys(EVALUATION_TAG_LABELS) as [EvaluationTag, ...EvaluationTag[]], {
        error: '未知的评价标签',
      }),
    )
    .max(6)
    .default([]),
  comment: z.string().trim().max(500, '评价内容不能超过 500 个字').optional(),
  channel: z.enum(EVALUATION_CHANNELS, { error: '未知的评价渠道' }).default('phone'),
});
export type EvaluationInput = z.infer<typeof evaluationBody>;

export type EvaluatedSubject =
  | { kind: 'ticket'; ticketId: string }
  | { kind: 'legal-aid-matter'; matterId: string };

interface SubjectFacts {
  orgId: string;
  number: string;
  serviceCode: string;
  windowId: string | null;
  staffUserId: string | null;
  lawyerId: string | null;
  lawyerUserId: string | null;
  lawyerName: string | null;
}

const alreadyRated = () => conflict('EVALUATION.ALREADY_GIVEN', '该事项已经评价过，感谢您的反馈');
const notRateable = (message: string) => conflict('EVALUATION.NOT_RATEABLE', message);

/** The finished ticket: its hall, window and the staff member who finished it (the 'finish' action). */
async function ticketFacts(tx: Executor, ticketId: string): Promise<SubjectFacts> {
  const [t] = await tx.select().from(tickets).where(eq(tickets.id, ticketId)).for('update');
  if (!t) throw notRateable('找不到该号票');
  if (t.status !== 'finished') throw notRateable('办结后才能评价');
  const [finish] = await tx
    .select({ actorId: ticketActions.actorId, windowId: ticketActions.windowId })
    .from(ticketActions)
    .where(and(eq(ticketActions.ticketId, t.id), eq(ticketActions.action, 'finish')))
    .orderBy(desc(ticketActions.id))
    .limit(1);
  return {
    orgId: t.orgId,
    number: t.number,
    serviceCode: t.serviceCode,
    windowId: finish?.windowId ?? t.windowId,
    staffUserId: finish?.actorId ?? null,
    lawyerId: null,
    lawyerUserId: null,
    lawyerName: null,
  };
}

/**
 * A decided legal-aid matter: the agency, the window of the ticket it came from (if any), the staff member
 * who accepted it (else who registered it) and the assigned lawyer.
 */
async function matterFacts(tx: Executor, matterId: string): Promise<SubjectFacts> {
  const [m] = await tx.select().from(legalAidMatters).where(eq(legalAidMatters.id, matterId)).for('update');
  if (!m) throw notRateable('找不到该事项');
  if (!isMatterRateable(m.status as LegalAidStatus)) throw notRateable('法律援助机构作出决定后才能评价');
  const [accept] = await tx
    .select({ actorId: legalAidActions.actorId })
    .from(legalAidActions)
    .where(and(eq(legalAidActions.matterId, m.id), inArray(legalAidActions.type, ['accept'])))
    .orderBy(desc(legalAidActions.seq))
    .limit(1);
  const [ticket] = m.ticketId
    ? await tx.select({ windowId: tickets.windowId }).from(tickets).where(eq(tickets.id, m.ticketId))
    : [];
  const [lawyer] = m.assignedLawyerId
    ? await tx.select({ name: lawyers.name }).from(lawyers).where(eq(lawyers.id, m.assignedLawyerId))
    : [];
  return {
    orgId: m.orgId,
    number: m.number,
    serviceCode: 'legal-aid',
    windowId: ticket?.windowId ?? null,
    staffUserId: accept?.actorId ?? m.createdBy,
    lawyerId: m.assignedLawyerId,
    lawyerUserId: m.assignedUserId,
    lawyerName: lawyer?.name ?? null,
  };
}

/**
 * 好差评: records the citizen's one evaluation of a finished ticket or a decided legal-aid matter (unique
 * per subject: 409 EVALUATION.ALREADY_GIVEN on a second try, also under a race, by the unique index),
 * tied to the window, the staff member (with their 党员 flag at that time) and, for legal aid, the
 * assigned lawyer. Tags must fit the level (complaints only for 不满意/非常不满意). A bad review opens a
 * rectification item in the same transaction: call back within 1 working day, rectify within 15
 * (core/evaluation rectificationDeadlines, counted from the Beijing business date of the review).
 */
export async function submitEvaluation(
  services: Services,
  subject: EvaluatedSubject,
  input: EvaluationInput,
  meta: RequestMeta,
): Promise<{ id: string; bad: boolean; rectificationId: string | null }> {
  const level = input.level as EvaluationLevel;
  const allowed = tagsFor(level);
  const wrong = input.tags.find((tag) => !allowed.includes(tag));
  if (wrong)
    throw badInput('EVALUATION.TAG_MISMATCH', `标签“${EVALUATION_TAG_LABELS[wrong]}”与评价等级不符`, 'tags');
  const now = services.now();
  const today = businessDateOf(now);
  const calendar = await loadCalendar(services.db);
  return services.db.transaction(async (tx) => {
    const facts =
      subject.kind === 'ticket'
        ? await ticketFacts(tx, subject.ticketId)
        : await matterFacts(tx, subject.matterId);
    const existing = await tx
      .select({ id: evaluations.id })
      .from(evaluations)
      .where(
        subject.kind === 'ticket'
          ? eq(evaluations.ticketId, subject.ticketId)
          : eq(evaluations.matterId, subject.matterId),
      );
    if (existing.length > 0) throw alreadyRated();
    const [staff] = facts.staffUserId
      ? await tx
          .select({ name: users.displayName, partyMember: users.partyMember })
          .from(users)
          .where(eq(users.id, facts.staffUserId))
      : [];
    const [row] = await tx
      .insert(evaluations)
      .values({
        orgId: facts.orgId,
        subject: subject.kind,
        ticketId: subject.kind === 'ticket' ? subject.ticketId : null,
        matterId: subject.kind === 'legal-aid-matter' ? subject.matterId : null,
        subjectNumber: facts.number,
        serviceCode: facts.serviceCode,
        windowId: facts.windowId,
        staffUserId: facts.staffUserId,
        staffName: staff?.name ?? null,
        staffPartyMember: staff?.partyMember ?? false,
        lawyerId: facts.lawyerId,
        lawyerUserId: facts.lawyerUserId,
        lawyerName: facts.lawyerName,
        level,
        tags: input.tags,
        comment: input.comment || null,
        channel: input.channel,
        businessDate: today,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: evaluations.id });
    if (!row) throw alreadyRated();
    let rectificationId: string | null = null;
    if (isBadReview(level)) {
      const due = rectificationDeadlines(calendar, today);
      const [item] = await tx
        .insert(rectifications)
        .values({
          evaluationId: row.id,
          orgId: facts.orgId,
          openedOn: today,
          callbackDueOn: due.callbackDueOn,
          fixDueOn: due.fixDueOn,
          createdAt: now,
        })
        .returning({ id: rectifications.id });
      rectificationId = item!.id;
    }
    await recordAudit(tx, null, meta, {
      action: 'evaluation.submit',
      entityType: 'evaluation',
      entityId: row.id,
      orgId: facts.orgId,
      after: { subject: subject.kind, number: facts.number, level, channel: input.channel, rectificationId },
    });
    return { id: row.id, bad: isBadReview(level), rectificationId };
  });
}

export const followUpBody = z.object({
  level: evaluationBody.shape.level,
  comment: z.string().trim().max(500, '评价内容不能超过 500 个字').optional(),
});

/**
 * The citizen's follow-up rating of a rectification (整改后复评): allowed once the item is rectified; it
 * closes the item (409 RECTIFICATION.NOT_READY before, or after it is closed).
 */
export async function submitFollowUp(
  services: Services,
  subject: EvaluatedSubject,
  input: z.infer<typeof followUpBody>,
  meta: RequestMeta,
): Promise<{ status: 'closed' }> {
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ item: rectifications })
      .from(rectifications)
      .innerJoin(evaluations, eq(evaluations.id, rectifications.evaluationId))
      .where(
        subject.kind === 'ticket'
          ? eq(evaluations.ticketId, subject.ticketId)
          : eq(evaluations.matterId, subject.matterId),
      )
      .for('update', { of: rectifications });
    if (row?.item.status !== 'rectified') throw conflict('RECTIFICATION.NOT_READY', '整改完成后才能复评');
    await tx
      .update(rectifications)
      .set({
        status: 'closed',
        followUpLevel: input.level,
        followUpComment: input.comment || null,
        followUpAt: now,
        version: row.item.version + 1,
      })
      .where(eq(rectifications.id, row.item.id));
    await recordAudit(tx, null, meta, {
      action: 'rectification.follow-up',
      entityType: 'rectification',
      entityId: row.item.id,
      orgId: row.item.orgId,
      before: { status: row.item.status },
      after: { status: 'closed', followUpLevel: input.level },
    });
    return { status: 'closed' as const };
  });
}
