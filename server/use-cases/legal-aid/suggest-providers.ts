import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import type { CaseKind } from '@core/legal-aid/eligibility';
import { and, eq, inArray, isNotNull, ne, notInArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { lawyers, legalAidMatters, organisations, persons } from '../../db/schema/index';
import { specialtiesFor } from './labels';
import { loadMatter, loadState, resourceOf } from './matter-store';

/**
 * One reason for a suggestion, as data for the client's own words: `specialty` (the matched specialties, as
 * the roster names them), `area`, `team`, `load` (`n` open aid matters), `senior` (`n` years of practice,
 * 法律援助法 第二十六条), `conflict` (律师法 第三十九条).
 */
export const suggestionReason = z.object({
  code: z.enum(['specialty', 'area', 'team', 'load', 'senior', 'conflict']),
  specialties: z.array(z.string()).optional(),
  n: z.number().int().optional(),
});
export type SuggestionReason = z.infer<typeof suggestionReason>;

export const providerSuggestion = z.object({
  lawyerId: z.string(),
  name: z.string(),
  firmName: z.string().nullable(),
  score: z.number(),
  /** The reasons in Chinese, in the order of `reasonCodes`. */
  reasons: z.array(z.string()),
  reasonCodes: z.array(suggestionReason),
  load: z.number().int(),
  teamMember: z.boolean(),
  yearsOfPractice: z.number().int(),
  conflict: z.boolean(),
});
export type ProviderSuggestion = z.infer<typeof providerSuggestion>;

/** Statuses in which an assigned lawyer still works on a matter (their current load). */
const CLOSED = [
  'refused',
  'deemed-withdrawn',
  'closed',
  'file-submitted',
  'file-reviewed',
  'subsidy-paid',
  'archived',
  'terminated',
];

/** A suggestion's reason in Chinese (the `reasons` of the reply). */
function reasonZh(reason: SuggestionReason): string {
  switch (reason.code) {
    case 'specialty':
      return `专业对口：${(reason.specialties ?? []).join('、')}`;
    case 'area':
      return '服务区域与申请人所在地一致';
    case 'team':
      return '公共法律服务律师团成员';
    case 'load':
      return `在办法律援助案件 ${reason.n ?? 0} 件`;
    case 'senior':
      return `执业 ${reason.n ?? 0} 年，符合第二十六条要求`;
    case 'conflict':
      return '利益冲突：对方当事人是该律师承办的其他援助案件的受援人';
  }
}

/** Score weights: specialty first, then area, team, load (per open matter). */
const WEIGHT = { specialty: 40, area: 20, team: 10, perOpenMatter: 5 } as const;

/**
 * Ranks the active lawyers of the rosters in the actor's scope for a matter (`legal-aid.assign`):
 * - specialty matching the matter (劳动争议, 婚姻家事, 交通事故, 医疗纠纷, 刑事辩护, ...);
 * - area: the applicant's division (GB/T 2260) among the lawyer's service areas;
 * - 公共法律服务律师团 membership; current load (open assigned matters) lowers the score;
 * - 法律援助法 第二十六条: where the review found a life-or-death or death-review case, lawyers with
 *   fewer than 3 years of practice are left out;
 * - conflict of interest: a lawyer whose other matters' applicant is this matter's opposing party (by ID
 *   number hash, else by name) is flagged `conflict` and ranked last (律师法 第三十九条).
 */
export async function suggestProviders(
  services: Services,
  { actor, input }: UseCaseCall<{ id: string }>,
): Promise<ProviderSuggestion[]> {
  assertCan(actor, 'legal-aid.assign');
  const db = services.db;
  const row = await loadMatter(db, input.id);
  assertCan(actor, 'legal-aid.assign', resourceOf(row));
  const state = await loadState(db, row.id);
  const year = Number(businessDateOf(services.now()).slice(0, 4));
  const wanted = specialtiesFor(row.caseKind as CaseKind, row.matter);
  const senior = state.review?.requiresSeniorLawyer === true;

  const candidates = await db
    .select({ lawyer: lawyers, firmName: organisations.name })
    .from(lawyers)
    .leftJoin(organisations, eq(organisations.id, lawyers.firmId))
    .where(and(eq(lawyers.active, true), inArray(lawyers.orgId, [...actor.scopeOrgIds])));
  const loads = await db
    .select({ lawyerId: legalAidMatters.assignedLawyerId, n: sql<number>`count(*)::int` })
    .from(legalAidMatters)
    .where(and(isNotNull(legalAidMatters.assignedLawyerId), notInArray(legalAidMatters.status, CLOSED)))
    .groupBy(legalAidMatters.assignedLawyerId);
  const loadOf = new Map(loads.map((l) => [l.lawyerId, l.n]));

  const opposing = row.opposingParty;
  const conflicted = new Set<string>();
  if (opposing) {
    const others = await db
      .select({ lawyerId: legalAidMatters.assignedLawyerId, hash: persons.idNumberHash, name: persons.name })
      .from(legalAidMatters)
      .innerJoin(persons, eq(persons.id, legalAidMatters.applicantPersonId))
      .where(and(isNotNull(legalAidMatters.assignedLawyerId), ne(legalAidMatters.id, row.id)));
    for (const other of others) {
      const sameId = opposing.idNumberHash !== null && other.hash === opposing.idNumberHash;
      const sameName = other.name === opposing.name.trim();
      if (other.lawyerId && (sameId || sameName)) conflicted.add(other.lawyerId);
    }
  }

  const suggestions: ProviderSuggestion[] = [];
  for (const { lawyer, firmName } of candidates) {
    const years = year - lawyer.firstPracticeYear;
    if (senior && years < 3) continue;
    const reasonCodes: SuggestionReason[] = [];
    let score = 0;
    const matched = lawyer.specialties.filter((s) => wanted.includes(s));
    if (matched.length > 0) {
      score += WEIGHT.specialty;
      reasonCodes.push({ code: 'specialty', specialties: matched });
    }
    if (lawyer.areas.includes(row.regionCode)) {
      score += WEIGHT.area;
      reasonCodes.push({ code: 'area' });
    }
    if (lawyer.teamMember) {
      score += WEIGHT.team;
      reasonCodes.push({ code: 'team' });
    }
    const load = loadOf.get(lawyer.id) ?? 0;
    score -= load * WEIGHT.perOpenMatter;
    reasonCodes.push({ code: 'load', n: load });
    if (senior) reasonCodes.push({ code: 'senior', n: years });
    const conflict = conflicted.has(lawyer.id);
    if (conflict) reasonCodes.push({ code: 'conflict' });
    const reasons = reasonCodes.map(reasonZh);
    suggestions.push({
      lawyerId: lawyer.id,
      name: lawyer.name,
      firmName,
      score,
      reasons,
      reasonCodes,
      load,
      teamMember: lawyer.teamMember,
      yearsOfPractice: years,
      conflict,
    });
  }
  return suggestions.sort(
    (a, b) =>
      Number(a.conflict) - Number(b.conflict) ||
      b.score - a.score ||
      a.load - b.load ||
      a.lawyerId.localeCompare(b.lawyerId),
  );
}
