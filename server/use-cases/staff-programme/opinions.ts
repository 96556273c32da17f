import { randomBytes } from 'node:crypto';
import { assertCan, can } from '@core/access';
import { badInput, conflict, forbidden, staleVersion } from '@core/errors';
import { maskPhone, normalizePhone } from '@core/identity/phone';
import { checkAnswers, OPINION_NEXT, validateFormQuestions } from '@core/staff-programme/opinion-form';
import { OPINION_STATUSES, RESPONDENT_KINDS } from '@core/staff-programme/vocabulary';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, RequestMeta, Services, UseCaseCall } from '../../context';
import { notificationOutbox, opinionForms, opinions, users } from '../../db/schema/index';
import { homeBureauOf, isInAudience, studyNotFound } from './programme-scope';

const formQuestion = z.object({
  key: z.string().trim().min(1).max(30),
  label: z.string().trim().min(1, '请填写问题').max(200),
  kind: z.enum(['text', 'rating', 'choice']),
  options: z.array(z.string().trim().min(1).max(100)).max(10).optional(),
  required: z.boolean().optional(),
});

export const createFormBody = z.object({
  title: z.string().trim().min(1, '请填写标题').max(100),
  intro: z.string().trim().max(2000).optional(),
  respondentKinds: z.array(z.enum(RESPONDENT_KINDS)).min(1, '请选择征求对象'),
  questions: z.array(formQuestion).max(20).default([]),
  closesAt: z.iso.datetime({ offset: true }).optional(),
});
export const formStatusBody = z.object({
  version: z.number().int().min(1),
  status: z.enum(['open', 'closed']),
});

export const formItem = z.object({
  id: z.string(),
  title: z.string(),
  intro: z.string().nullable(),
  respondentKinds: z.array(z.enum(RESPONDENT_KINDS)),
  questions: z.array(formQuestion),
  publicPath: z.string(),
  status: z.enum(['open', 'closed']),
  closesAt: z.string().nullable(),
  responses: z.number().int(),
  version: z.number().int(),
});

/** What the public sees of a form: nothing but what it needs to answer. */
export const publicForm = z.object({
  title: z.string(),
  intro: z.string().nullable(),
  respondentKinds: z.array(z.enum(RESPONDENT_KINDS)),
  questions: z.array(formQuestion),
});
export const publicResponseBody = z.object({
  respondentKind: z.enum(RESPONDENT_KINDS, { error: '请选择您的身份' }),
  name: z.string().trim().max(50).optional(),
  contact: z.string().trim().max(30).optional(),
  content: z.string().trim().min(2, '请填写您的意见和建议').max(5000, '意见和建议不能超过 5000 个字'),
  answers: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});

export const opinionItem = z.object({
  id: z.string(),
  formId: z.string(),
  formTitle: z.string(),
  respondentKind: z.enum(RESPONDENT_KINDS),
  respondentName: z.string().nullable(),
  contactMasked: z.string().nullable(),
  answers: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The form's rating questions (星级评价) as the respondent answered them, 1…5. */
  ratings: z.array(z.object({ label: z.string(), value: z.number().int() })),
  content: z.string(),
  status: z.enum(OPINION_STATUSES),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  handlingNote: z.string().nullable(),
  reply: z.string().nullable(),
  submittedAt: z.string(),
  repliedAt: z.string().nullable(),
  /** The reply's SMS to the respondent: masked number and outbox status; null = recorded only (no phone). */
  replySms: z.object({ toMasked: z.string(), status: z.string() }).nullable(),
  version: z.number().int(),
});
export type OpinionItem = z.infer<typeof opinionItem>;

export const listOpinionsQuery = z.object({
  view: z.enum(['managed', 'assigned']).default('assigned'),
  status: z.enum(OPINION_STATUSES).optional(),
  formId: z.uuid().optional(),
});
export const assignBody = z.object({
  version: z.number().int().min(1),
  assigneeId: z.uuid({ error: '请选择承办人' }),
});
export const closeBody = z.object({ version: z.number().int().min(1) });

type FormRow = typeof opinionForms.$inferSelect;
const formToItem = (f: FormRow, responses: number) => ({
  id: f.id,
  title: f.title,
  intro: f.intro,
  respondentKinds: f.respondentKinds as (typeof RESPONDENT_KINDS)[number][],
  questions: f.questions,
  publicPath: `/m/opinion/${f.publicToken}`,
  status: f.status as 'open' | 'closed',
  closesAt: f.closesAt?.toISOString() ?? null,
  responses,
  version: f.version,
});

/** A form of the actor's bureau, answered through an unguessable public link (`/m/opinion/<token>`, the phone pages). */
export async function createForm(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof createFormBody>>,
) {
  assertCan(actor, 'opinion.manage');
  const [problem] = validateFormQuestions(input.questions);
  if (problem) throw badInput('OPINION.INVALID_FORM', problem, 'questions');
  return services.db.transaction(async (tx) => {
    const bureau = await homeBureauOf(tx, actor);
    const [form] = await tx
      .insert(opinionForms)
      .values({
        orgId: bureau.id,
        title: input.title,
        intro: input.intro ?? null,
        respondentKinds: input.respondentKinds,
        questions: input.questions,
        publicToken: randomBytes(18).toString('base64url'),
        closesAt: input.closesAt ? new Date(input.closesAt) : null,
        createdBy: actor.userId,
        createdAt: services.now(),
      })
      .returning();
    await recordAudit(tx, actor, meta, {
      action: 'opinion.create-form',
      entityType: 'opinion-form',
      entityId: form!.id,
      orgId: bureau.id,
      after: { title: input.title, respondentKinds: input.respondentKinds },
    });
    return formToItem(form!, 0);
  });
}

export async function listForms(services: Services, { actor }: UseCaseCall<Record<string, never>>) {
  if (!can(actor, 'opinion.manage')) throw forbidden();
  const forms = await services.db
    .select()
    .from(opinionForms)
    .where(inArray(opinionForms.orgId, [...actor.scopeOrgIds]))
    .orderBy(desc(opinionForms.createdAt));
  const ids = forms.map((f) => f.id);
  const answered =
    ids.length === 0
      ? []
      : await services.db
          .select({ formId: opinions.formId })
          .from(opinions)
          .where(inArray(opinions.formId, ids));
  return { items: forms.map((f) => formToItem(f, answered.filter((a) => a.formId === f.id).length)) };
}

export async function setFormStatus(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof formStatusBody> & { id: string }>,
) {
  assertCan(actor, 'opinion.manage');
  return services.db.transaction(async (tx) => {
    const [form] = await tx.select().from(opinionForms).where(eq(opinionForms.id, input.id)).for('update');
    if (!form || !can(actor, 'opinion.manage', { orgId: form.orgId })) throw studyNotFound('征求意见表');
    if (form.version !== input.version) throw staleVersion('征求意见表');
    const [updated] = await tx
      .update(opinionForms)
      .set({ status: input.status, version: form.version + 1 })
      .where(eq(opinionForms.id, form.id))
      .returning();
    await recordAudit(tx, actor, meta, {
      action: 'opinion.set-form-status',
      entityType: 'opinion-form',
      entityId: form.id,
      orgId: form.orgId,
      before: { status: form.status },
      after: { status: input.status },
    });
    return formToItem(updated!, 0);
  });
}

/** The same 404 for an unknown, closed or expired form: the public learns nothing else. */
const formNotFound = () => studyNotFound('征求意见表');

async function openForm(executor: Executor, token: string, now: Date): Promise<FormRow> {
  const [form] = await executor.select().from(opinionForms).where(eq(opinionForms.publicToken, token));
  if (form?.status !== 'open' || (form.closesAt && form.closesAt < now)) throw formNotFound();
  return form;
}

/** GET /api/public/opinion-forms/:token — title, introduction and questions only (no login). */
export async function getPublicForm(services: Services, token: string) {
  const form = await openForm(services.db, token, services.now());
  return {
    title: form.title,
    intro: form.intro,
    respondentKinds: form.respondentKinds as (typeof RESPONDENT_KINDS)[number][],
    questions: form.questions,
  };
}

/**
 * A public response (no login; rate-limited by the route). Answers checked against the form (core
 * checkAnswers); the contact, if given, must be a phone number and is stored encrypted and masked.
 * The reply reveals nothing but receipt.
 */
export async function submitPublicResponse(
  services: Services,
  token: string,
  input: z.infer<typeof publicResponseBody>,
  meta: RequestMeta,
): Promise<{ received: true }> {
  const now = services.now();
  await services.db.transaction(async (tx) => {
    const form = await openForm(tx, token, now);
    if (!form.respondentKinds.includes(input.respondentKind))
      throw badInput('OPINION.RESPONDENT_KIND', '请选择您的身份', 'respondentKind');
    const checked = checkAnswers(form.questions, input.answers);
    if (!checked.ok) throw badInput('OPINION.INVALID_ANSWER', checked.message, `answers.${checked.key}`);
    let contact: { enc: string; masked: string } | undefined;
    if (input.contact) {
      const phone = normalizePhone(input.contact);
      if (!phone.ok) throw badInput('OPINION.INVALID_CONTACT', phone.message, 'contact');
      contact = { enc: services.cipher.encrypt(phone.phone), masked: maskPhone(phone.phone) };
    }
    const [row] = await tx
      .insert(opinions)
      .values({
        formId: form.id,
        orgId: form.orgId,
        respondentKind: input.respondentKind,
        respondentName: input.name || null,
        contactEnc: contact?.enc ?? null,
        contactMasked: contact?.masked ?? null,
        answers: checked.answers,
        content: input.content,
        submittedAt: now,
      })
      .returning({ id: opinions.id });
    await recordAudit(tx, null, meta, {
      action: 'opinion.receive',
      entityType: 'opinion',
      entityId: row!.id,
      orgId: form.orgId,
      after: { formId: form.id, respondentKind: input.respondentKind },
    });
  });
  return { received: true };
}

export async function opinionItems(executor: Executor, where: SQL | undefined): Promise<OpinionItem[]> {
  const rows = await executor
    .select({
      opinion: opinions,
      formTitle: opinionForms.title,
      questions: opinionForms.questions,
      assigneeName: users.displayName,
      smsTo: notificationOutbox.toMasked,
      smsStatus: notificationOutbox.status,
    })
    .from(opinions)
    .innerJoin(opinionForms, eq(opinionForms.id, opinions.formId))
    .leftJoin(users, eq(users.id, opinions.assigneeId))
    .leftJoin(notificationOutbox, eq(notificationOutbox.id, opinions.replySmsId))
    .where(where)
    .orderBy(desc(opinions.submittedAt));
  return rows.map(({ opinion: o, formTitle, questions, assigneeName, smsTo, smsStatus }) => ({
    id: o.id,
    formId: o.formId,
    formTitle,
    respondentKind: o.respondentKind as OpinionItem['respondentKind'],
    respondentName: o.respondentName,
    contactMasked: o.contactMasked,
    answers: o.answers,
    ratings: questions.flatMap((q) =>
      q.kind === 'rating' && typeof o.answers[q.key] === 'number'
        ? [{ label: q.label, value: o.answers[q.key] as number }]
        : [],
    ),
    content: o.content,
    status: o.status as OpinionItem['status'],
    assigneeId: o.assigneeId,
    assigneeName: assigneeName ?? null,
    handlingNote: o.handlingNote,
    reply: o.reply,
    submittedAt: o.submittedAt.toISOString(),
    repliedAt: o.repliedAt?.toISOString() ?? null,
    replySms: smsTo && smsStatus ? { toMasked: smsTo, status: smsStatus } : null,
    version: o.version,
  }));
}

/** Opinions in scope (`managed`, `opinion.manage`) or those assigned to the actor (`assigned`). */
export async function listOpinions(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof listOpinionsQuery>>,
) {
  const where: (SQL | undefined)[] = [
    input.status ? eq(opinions.status, input.status) : undefined,
    input.formId ? eq(opinions.formId, input.formId) : undefined,
  ];
  if (input.view === 'managed') {
    if (!can(actor, 'opinion.manage')) throw forbidden();
    where.push(inArray(opinions.orgId, [...actor.scopeOrgIds]));
  } else {
    assertCan(actor, 'study.participate');
    where.push(eq(opinions.assigneeId, actor.userId));
  }
  return { items: await opinionItems(services.db, and(...where)) };
}

export async function transition(
  services: Services,
  call: UseCaseCall<{ id: string; version: number }>,
  to: 'assigned' | 'replied' | 'closed',
  mayAct: (o: typeof opinions.$inferSelect) => boolean,
  change: (o: typeof opinions.$inferSelect, tx: Executor) => Promise<Partial<typeof opinions.$inferInsert>>,
): Promise<OpinionItem> {
  const { actor, input, meta } = call;
  await services.db.transaction(async (tx) => {
    const [o] = await tx.select().from(opinions).where(eq(opinions.id, input.id)).for('update');
    if (!o || !mayAct(o)) throw studyNotFound('意见');
    if (o.version !== input.version) throw staleVersion('意见');
    if (!OPINION_NEXT[o.status as keyof typeof OPINION_NEXT].includes(to))
      throw conflict('OPINION.STATUS', '该意见当前状态不能执行此操作');
    const set = await change(o, tx);
    await tx
      .update(opinions)
      .set({ ...set, status: to, version: o.version + 1 })
      .where(eq(opinions.id, o.id));
    await recordAudit(tx, actor, meta, {
      action: `opinion.${to === 'assigned' ? 'assign' : to === 'replied' ? 'reply' : 'close'}`,
      entityType: 'opinion',
      entityId: o.id,
      orgId: o.orgId,
      before: { status: o.status, assigneeId: o.assigneeId },
      after: { status: to, ...(set.assigneeId ? { assigneeId: set.assigneeId } : {}) },
    });
  });
  const [item] = await opinionItems(services.db, eq(opinions.id, input.id));
  return item!;
}

/** Assigns (or reassigns) an opinion to a staff member in scope for handling. `opinion.manage`. */
export async function assignOpinion(
  services: Services,
  call: UseCaseCall<z.infer<typeof assignBody> & { id: string }>,
) {
  const { actor, input } = call;
  assertCan(actor, 'opinion.manage');
  return transition(
    services,
    call,
    'assigned',
    (o) => can(actor, 'opinion.manage', { orgId: o.orgId }),
    async (o, tx) => {
      const [assignee] = await tx
        .select({ orgId: users.orgId, active: users.active })
        .from(users)
        .where(eq(users.id, input.assigneeId));
      if (!assignee?.active || !actor.scopeOrgIds.includes(assignee.orgId))
        throw badInput('OPINION.INVALID_ASSIGNEE', '承办人不在您的管辖范围内', 'assigneeId');
      // The bureau's own staff handle its opinions (core/staff-programme/audience.ts), not a law firm's lawyer.
      if (!(await isInAudience(tx, { audienceOrgId: o.orgId, partyMembersOnly: false }, input.assigneeId)))
        throw badInput('OPINION.ASSIGNEE_NOT_STAFF', '承办人应为本局工作人员', 'assigneeId');
      return { assigneeId: input.assigneeId, assignedBy: actor.userId, assignedAt: services.now() };
    },
  );
}

/** Closes a replied opinion (办结), or one that needs no handling. `opinion.manage`. */
export async function closeOpinion(
  services: Services,
  call: UseCaseCall<z.infer<typeof closeBody> & { id: string }>,
) {
  const { actor } = call;
  assertCan(actor, 'opinion.manage');
  return transition(
    services,
    call,
    'closed',
    (o) => can(actor, 'opinion.manage', { orgId: o.orgId }),
    async () => ({}),
  );
}
