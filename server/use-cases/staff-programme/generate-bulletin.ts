import { assertCan } from '@core/access';
import { startOfBusinessDate } from '@core/calendar/business-date';
import { addCalendarDays } from '@core/calendar/iso-date';
import { badInput } from '@core/errors';
import { attendanceFacts, dueAtSessions, tally, tallyBy } from '@core/staff-programme/attendance';
import { type BulletinData, bulletinFigures, draftBulletin } from '@core/staff-programme/bulletin';
import { gradeCounts } from '@core/staff-programme/spot-check';
import type { RecordGrade } from '@core/staff-programme/vocabulary';
import { and, count, eq, gte, inArray, isNull, lt, lte, ne, or } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, Services, StaffActor, UseCaseCall } from '../../context';
import {
  bulletins,
  sessionAttendance,
  spotCheckItems,
  studyPlans,
  studyRecords,
  studySessions,
  testPapers,
  users,
} from '../../db/schema/index';
import { toBulletinItem } from './bulletin-views';
import { computeResults } from './paper-results';
import { isoDate } from './plan-views';
import { audienceMembers, homeBureauOf, type Member } from './programme-scope';

export const generateBulletinBody = z.object({
  from: isoDate,
  to: isoDate,
  title: z.string().trim().max(100).optional(),
});

/**
 * Gathers a period's figures in the actor's scope: sessions held (their start in the period, ended by
 * now), attendance of every audience member, papers open during the period, notes written and the
 * grades of the notes drawn for spot checks. Units are the counties for the city bureau, the
 * departments for a county.
 */
export async function bulletinData(
  tx: Executor,
  actor: StaffActor,
  bureau: { id: string; kind: string; name: string },
  from: string,
  to: string,
  now: Date,
): Promise<BulletinData> {
  const start = startOfBusinessDate(from);
  const end = startOfBusinessDate(addCalendarDays(to, 1));
  const scope = [...actor.scopeOrgIds];
  const plans = await tx
    .select()
    .from(studyPlans)
    .where(and(inArray(studyPlans.orgId, scope), ne(studyPlans.status, 'draft')));
  const planned: { sessions: { id: string; startsAt: Date }[]; members: Member[] }[] = [];
  const people = new Map<string, Member>();
  const sessionIds: string[] = [];
  for (const plan of plans) {
    const sessions = await tx
      .select({ id: studySessions.id, startsAt: studySessions.startsAt })
      .from(studySessions)
      .where(
        and(
          eq(studySessions.planId, plan.id),
          isNull(studySessions.cancelledAt),
          gte(studySessions.startsAt, start),
          lt(studySessions.startsAt, end),
          lte(studySessions.endsAt, now),
        ),
      );
    if (sessions.length === 0) continue;
    const members = await audienceMembers(tx, plan);
    for (const m of members) people.set(m.id, m);
    for (const s of sessions) sessionIds.push(s.id);
    planned.push({ sessions, members });
  }
  const records =
    sessionIds.length === 0
      ? []
      : await tx
          .select({
            sessionId: sessionAttendance.sessionId,
            userId: sessionAttendance.userId,
            status: sessionAttendance.status,
          })
          .from(sessionAttendance)
          .where(inArray(sessionAttendance.sessionId, sessionIds));
  const expected = planned.flatMap((p) => dueAtSessions(p.sessions, p.members, records));
  const facts = attendanceFacts(
    expected,
    records.map((r) => ({ ...r, status: r.status as 'present' | 'late' | 'leave' })),
  );
  const unitOf = (userId: string) => {
    const m = people.get(userId);
    return (bureau.kind === 'city-bureau' ? m?.bureau : m?.unit) ?? '';
  };
  const byUnit = [...tallyBy(facts, (f) => unitOf(f.userId))].map(([unit, t]) => ({ unit, tally: t }));
  const persons = [...tallyBy(facts, (f) => f.userId)].map(([userId, t]) => ({
    name: people.get(userId)?.displayName ?? '',
    unit: people.get(userId)?.unit ?? '',
    tally: t,
  }));
  const papers = await tx
    .select()
    .from(testPapers)
    .where(
      and(
        inArray(testPapers.orgId, scope),
        ne(testPapers.status, 'draft'),
        lt(testPapers.publishedAt, end),
        or(isNull(testPapers.closesAt), gte(testPapers.closesAt, start)),
      ),
    )
    .orderBy(testPapers.publishedAt);
  const tests: BulletinData['tests'] = [];
  for (const paper of papers) {
    const r = await computeResults(tx, paper, now);
    tests.push({
      title: paper.round ? `${paper.title}（${paper.round}）` : paper.title,
      participants: r.summary.participants,
      expected: r.summary.expected,
      average: r.summary.average,
      passRate: r.summary.passRate,
      maxScore: r.paper.maxScore,
    });
  }
  const inPeriod = and(
    inArray(studyRecords.orgId, scope),
    gte(studyRecords.createdAt, start),
    lt(studyRecords.createdAt, end),
  );
  const [notes] = await tx.select({ n: count() }).from(studyRecords).where(inPeriod);
  const checked = await tx
    .select({ item: spotCheckItems, name: users.displayName })
    .from(spotCheckItems)
    .innerJoin(studyRecords, eq(studyRecords.id, spotCheckItems.recordId))
    .innerJoin(users, eq(users.id, spotCheckItems.ownerId))
    .where(inPeriod);
  const grades = gradeCounts(checked.map((c) => c.item.grade as RecordGrade | null));
  const failedNames = new Map<string, { name: string; unit: string }>();
  const directoryUnits = new Map([...people.values()].map((m) => [m.id, m.unit]));
  for (const c of checked)
    if (c.item.grade === 'fail')
      failedNames.set(c.item.ownerId, { name: c.name, unit: directoryUnits.get(c.item.ownerId) ?? '' });
  return {
    orgName: bureau.name,
    period: { from, to },
    sessionsHeld: sessionIds.length,
    attendance: tally(facts),
    byUnit,
    persons,
    tests,
    spotChecks: {
      checked: checked.length,
      grades: { excellent: grades.excellent, good: grades.good, pass: grades.pass, fail: grades.fail },
      failed: [...failedNames.values()],
      followUpsOpen: checked.filter((c) => c.item.followUpRequired && !c.item.followUpDoneAt).length,
    },
    notesWritten: notes?.n ?? 0,
  };
}

/**
 * Generates a draft bulletin (定期通报) for a period from the data (core bulletinFigures, draftBulletin);
 * the officer edits the text, then publishes it. `study.manage`.
 */
export async function generateBulletin(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof generateBulletinBody>>,
) {
  assertCan(actor, 'study.manage');
  if (input.to < input.from) throw badInput('STUDY.INVALID_PERIOD', '结束日期不能早于开始日期', 'to');
  return services.db.transaction(async (tx) => {
    const bureau = await homeBureauOf(tx, actor);
    const data = await bulletinData(tx, actor, bureau, input.from, input.to, services.now());
    const draft = draftBulletin(data);
    const now = services.now();
    const [row] = await tx
      .insert(bulletins)
      .values({
        orgId: bureau.id,
        title: input.title || draft.title,
        periodFrom: input.from,
        periodTo: input.to,
        figures: bulletinFigures(data),
        body: draft.paragraphs.join('\n'),
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, actor, meta, {
      action: 'study.generate-bulletin',
      entityType: 'bulletin',
      entityId: row!.id,
      orgId: bureau.id,
      after: { from: input.from, to: input.to, sessionsHeld: data.sessionsHeld },
    });
    return toBulletinItem(row!, bureau.name);
  });
}
