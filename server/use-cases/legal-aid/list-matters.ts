import { type Actor, assertCan, ROLE_PERMISSIONS } from '@core/access';
import { addCalendarDays, businessDateOf, isIsoDate, startOfBusinessDate } from '@core/calendar';
import { parseResidentId } from '@core/identity';
import { LEGAL_AID_STATUSES } from '@core/procedures/legal-aid';
import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { lawyers, legalAidMatters, persons } from '../../db/schema/index';
import { containsPattern } from '../../search/like';
import { personNameCondition } from '../persons/list-persons';
import type { MatterListItem } from './matter-shapes';
import { toListItem } from './matter-view';

export const listMattersQuery = z.object({
  page: z.coerce.number({ error: '页码应为数字' }).int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce
    .number({ error: '每页条数应为数字' })
    .int()
    .min(1)
    .max(100, '每页最多 100 条')
    .default(20),
  status: z.enum(LEGAL_AID_STATUSES, { error: '未知的状态' }).optional(),
  q: z.string().trim().max(50, '搜索词不能超过 50 个字').optional(),
  date: z.string().refine(isIsoDate, '日期应为 YYYY-MM-DD 格式').optional(),
  atRisk: z.enum(['true', 'false']).optional(),
});
export type ListMattersInput = z.infer<typeof listMattersQuery>;

/** True when the actor sees a matter only as its assigned lawyer (no other role grants legal-aid.read). */
export function onlyAssigned(actor: Pick<Actor, 'roles'>): boolean {
  return !actor.roles.some(
    (role) => role !== 'lawyer' && (ROLE_PERMISSIONS[role] as readonly string[]).includes('legal-aid.read'),
  );
}

/** The scope condition of every legal-aid list: the actor's organisations; a lawyer, their assigned matters. */
export function scopeCondition(actor: Actor): SQL | undefined {
  return and(
    inArray(legalAidMatters.orgId, [...actor.scopeOrgIds]),
    onlyAssigned(actor) ? eq(legalAidMatters.assignedUserId, actor.userId) : undefined,
  );
}

/** Matters applied on a business date: `[00:00, next 00:00)` Beijing. */
export function appliedOn(date: string): SQL | undefined {
  return and(
    gte(legalAidMatters.appliedAt, startOfBusinessDate(date)),
    lt(legalAidMatters.appliedAt, startOfBusinessDate(addCalendarDays(date, 1))),
  );
}

/**
 * Matters in the actor's scope, newest application first (then id), masked (no income). `q` matches the
 * number or the applicant's name, or exactly a full resident ID number (by lookup hash); `date` the
 * business date of receipt; `atRisk=true` those whose five same-day light is amber or red now.
 */
export async function listMatters(
  services: Services,
  { actor, input }: UseCaseCall<ListMattersInput>,
): Promise<{ items: MatterListItem[]; total: number }> {
  assertCan(actor, 'legal-aid.read');
  const now = services.now();
  const where: (SQL | undefined)[] = [scopeCondition(actor)];
  if (input.status) where.push(eq(legalAidMatters.status, input.status));
  if (input.date) where.push(appliedOn(input.date));
  if (input.q) {
    const resident = parseResidentId(input.q, { today: businessDateOf(now) });
    where.push(
      resident.ok
        ? eq(persons.idNumberHash, services.cipher.lookupHash(resident.id))
        : or(personNameCondition(input.q), ilike(legalAidMatters.number, containsPattern(input.q))),
    );
  }
  if (input.atRisk === 'true') where.push(isNull(legalAidMatters.aidStartedAt));
  const condition = and(...where);
  const base = () =>
    services.db
      .select({
        matter: legalAidMatters,
        name: persons.name,
        idNumberMasked: persons.idNumberMasked,
        lawyerName: lawyers.name,
      })
      .from(legalAidMatters)
      .innerJoin(persons, eq(persons.id, legalAidMatters.applicantPersonId))
      .leftJoin(lawyers, eq(lawyers.id, legalAidMatters.assignedLawyerId))
      .where(condition)
      .orderBy(desc(legalAidMatters.appliedAt), asc(legalAidMatters.id));
  const shape = (r: Awaited<ReturnType<typeof base>>[number]) =>
    toListItem(r.matter, { name: r.name, idNumberMasked: r.idNumberMasked, lawyerName: r.lawyerName }, now);
  const start = (input.page - 1) * input.pageSize;
  if (input.atRisk !== 'true') {
    const [total] = await services.db
      .select({ n: count() })
      .from(legalAidMatters)
      .innerJoin(persons, eq(persons.id, legalAidMatters.applicantPersonId))
      .where(condition);
    const rows = await base().limit(input.pageSize).offset(start);
    return { items: rows.map(shape), total: total?.n ?? 0 };
  }
  // The light depends on the clock, so at-risk matters (aid not yet started) are filtered here.
  const items = (await base())
    .map(shape)
    .filter((item) => item.fiveSameDay.applicable && item.fiveSameDay.light !== 'green');
  return { items: items.slice(start, start + input.pageSize), total: items.length };
}
