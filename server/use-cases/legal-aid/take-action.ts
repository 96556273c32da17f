import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { badInput, conflict } from '@core/errors';
import { commitmentOutstanding } from '@core/legal-aid/commitment';
import type { CaseKind, HardshipMethod } from '@core/legal-aid/eligibility';
import {
  applyLegalAidAction,
  foldLegalAid,
  LEGAL_AID_ACTIONS,
  type LegalAidAction,
  type LegalAidActionType,
  type LegalAidState,
  legalAidErrorToAppError,
} from '@core/procedures/legal-aid';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, Services, StaffActor, UseCaseCall } from '../../context';
import { lawyers, legalAidDocuments, type legalAidMatters, organisations } from '../../db/schema/index';
import { loadCalendar } from '../calendar/load-calendar';
import { ACTION_PERMISSIONS, assertCanAny } from './action-permissions';
import { getAgency } from './agency';
import { assessIntake, eligibilitySnapshot } from './eligibility-policy';
import { readMatterDetail } from './get-matter';
import type { MatterDetail } from './matter-shapes';
import {
  appendAction,
  legalAidActorFor,
  loadLog,
  loadMatter,
  type MatterRow,
  resourceOf,
} from './matter-store';
import { COMMITMENT_OPEN_STATUSES } from './record-commitment';
import { settleReminders } from './settle-reminders';

const text = (max: number) => z.string().max(max, `不能超过 ${max} 个字`).optional();

/** POST /api/legal-aid/applications/:id/actions: `{ type, expectedVersion, ...payload }` (core LegalAidAction). */
export const actionBody = z.object({
  type: z
    .enum(LEGAL_AID_ACTIONS, { error: '未知的操作' })
    .refine((type) => type !== 'apply', '申请请通过 POST /api/legal-aid/applications 提交'),
  expectedVersion: z.number({ error: '请提供当前版本号 expectedVersion' }).int().min(0),
  items: z.array(z.string().max(200)).max(50).optional(),
  dueDate: text(10),
  recommendation: z.enum(['grant', 'refuse'], { error: '审查意见应为给予或者不予' }).optional(),
  opinion: text(5000),
  overrideReason: text(5000),
  simpleCase: z.boolean().optional(),
  reasonCodes: z.array(z.string().max(40)).max(10).optional(),
  reasons: text(5000),
  ground: z.number({ error: '情形应为数字' }).int().optional(),
  reason: text(5000),
  limitationDueOn: text(10),
  providerId: z.uuid({ error: '法律援助人员编号格式不正确' }).optional(),
  basis: text(40),
  statement: text(5000),
  receivedAt: z.iso.datetime({ offset: true, error: '时间应为 ISO 8601 格式' }).optional(),
  outcome: text(20),
  endedOn: text(10),
  result: text(2000),
  grade: text(20),
  note: text(5000),
  amountFen: z.number({ error: '金额应为整数（分）' }).int('金额应为整数（分）').optional(),
  taxExempt: z.boolean().optional(),
  rateVersion: text(100),
  archiveNumber: text(100),
  text: text(5000),
  fileId: text(100),
  fileName: text(200),
  kind: text(40),
});
export type ActionBody = z.infer<typeof actionBody>;
export type TakeActionInput = ActionBody & { id: string };

/** Fields copied as they are (when given) into the core action's payload, per action type. */
const COPIED: Partial<Record<LegalAidActionType, (keyof ActionBody)[]>> = {
  'request-materials': ['items', 'dueDate'],
  grant: ['overrideReason'],
  refuse: ['reasonCodes', 'reasons', 'overrideReason'],
  'start-advance-aid': ['ground', 'reason', 'limitationDueOn'],
  assign: ['basis'],
  'provider-decline': ['reason'],
  terminate: ['ground', 'reason'],
  object: ['statement'],
  'decide-objection': ['outcome', 'reason'],
  'close-case': ['endedOn', 'result'],
  'review-file': ['result', 'grade', 'note'],
  'pay-subsidy': ['amountFen', 'taxExempt', 'rateVersion'],
  archive: ['archiveNumber'],
  comment: ['text'],
  attach: ['fileId', 'fileName', 'kind'],
};

/** An active lawyer of a roster in the actor's scope, with firm; LEGAL_AID.UNKNOWN_PROVIDER (400) otherwise. */
async function findProvider(tx: Executor, actor: StaffActor, id: string) {
  const [row] = await tx
    .select({ lawyer: lawyers, firmName: organisations.name })
    .from(lawyers)
    .leftJoin(organisations, eq(organisations.id, lawyers.firmId))
    .where(and(eq(lawyers.id, id), eq(lawyers.active, true), inArray(lawyers.orgId, [...actor.scopeOrgIds])));
  if (!row)
    throw badInput('LEGAL_AID.UNKNOWN_PROVIDER', '找不到该法律援助人员，或其不在本辖区名册内', 'providerId');
  return row;
}

/** Re-assesses the stored facts on the receipt date (the review records what the reviewer saw). */
async function reassess(tx: Executor, services: Services, row: MatterRow) {
  const applicationDate = businessDateOf(row.appliedAt);
  const income = row.householdIncomeEnc
    ? Number(services.cipher.decrypt(row.householdIncomeEnc)) / 100
    : undefined;
  const hardship =
    row.householdSize && income !== undefined && row.hardshipMethod
      ? {
          householdSize: row.householdSize,
          householdMonthlyIncomeYuan: income,
          method: row.hardshipMethod as HardshipMethod,
        }
      : undefined;
  const facts = {
    caseKind: row.caseKind as CaseKind,
    matter: row.matter,
    mandatory: row.mandatory,
    circumstances: row.circumstances,
    exemptions: row.exemptions,
    hardship,
  };
  return { applicationDate, ...(await assessIntake(tx, facts, applicationDate, row.regionCode)) };
}

/**
 * 法律援助法 第四十一条 (core/legal-aid/commitment.ts commitmentOutstanding): an application whose hardship is
 * evidenced by commitment is not granted before the signed 告知承诺书 is on file (409
 * LEGAL_AID.COMMITMENT_UNSIGNED, naming where to sign it). Only before a decision: otherwise core's own
 * refusal of the grant stands.
 */
async function assertCommitmentOnFile(tx: Executor, row: MatterRow): Promise<void> {
  if (!COMMITMENT_OPEN_STATUSES.includes(row.status)) return;
  const [signed] = await tx
    .select({ id: legalAidDocuments.id })
    .from(legalAidDocuments)
    .where(
      and(
        eq(legalAidDocuments.matterId, row.id),
        inArray(legalAidDocuments.kind, ['commitment-signature', 'commitment-scan']),
      ),
    )
    .limit(1);
  const facts = {
    hardshipMethod: row.hardshipMethod,
    financesStated: row.householdIncomeEnc !== null && row.householdSize !== null,
    commitmentSigned: signed !== undefined,
  };
  if (commitmentOutstanding(facts))
    throw conflict(
      'LEGAL_AID.COMMITMENT_UNSIGNED',
      '申请人尚未签署经济困难状况告知承诺书，不能决定给予法律援助：请受理人员先在案件详情页签署或上传承诺书（法律援助法 第四十一条）',
    );
}

interface Built {
  payload: Record<string, unknown>;
  extra: Partial<typeof legalAidMatters.$inferInsert>;
}

/** The payload the server completes: eligibility, objection body (art. 49), provider names, numbers. */
async function completePayload(
  tx: Executor,
  services: Services,
  actor: StaffActor,
  row: MatterRow,
  state: LegalAidState,
  input: TakeActionInput,
  at: Date,
): Promise<Built> {
  const payload: Record<string, unknown> = {};
  for (const key of COPIED[input.type] ?? []) if (input[key] !== undefined) payload[key] = input[key];
  const extra: Built['extra'] = {};
  switch (input.type) {
    case 'review': {
      const { result, standard, applicationDate } = await reassess(tx, services, row);
      payload.eligibility = result;
      payload.recommendation = input.recommendation ?? (result.verdict === 'eligible' ? 'grant' : 'refuse');
      if (input.opinion !== undefined) payload.opinion = input.opinion;
      if (input.overrideReason !== undefined) payload.overrideReason = input.overrideReason;
      if (input.simpleCase !== undefined) payload.simpleCase = input.simpleCase;
      extra.eligibility = eligibilitySnapshot(result, standard, applicationDate);
      break;
    }
    case 'grant':
    case 'refuse':
    case 'terminate': {
      if (input.type === 'grant') await assertCommitmentOnFile(tx, row);
      payload.documentNumber = row.number;
      // 法律援助法 第四十九条: objections go to the 司法局 that set up the agency.
      if (input.type !== 'grant') payload.objectionBody = (await getAgency(tx, row.orgId)).bureauName;
      break;
    }
    case 'start-advance-aid': {
      if (payload.limitationDueOn === undefined && row.limitationDueOn)
        payload.limitationDueOn = row.limitationDueOn;
      if (input.providerId) {
        const provider = await findProvider(tx, actor, input.providerId);
        payload.providerId = provider.lawyer.id;
        payload.providerName = provider.lawyer.name;
        // The lawyer who gives the advance aid works on the matter before the decision: they may see it
        // (core/access assignedUserIds). The decision's own assignment ('assign') may name them again.
        extra.assignedLawyerId = provider.lawyer.id;
        extra.assignedUserId = provider.lawyer.userId;
      }
      break;
    }
    case 'assign': {
      if (!input.providerId) throw badInput('LEGAL_AID.INVALID_PAYLOAD', '请选择法律援助人员', 'providerId');
      const { lawyer, firmName } = await findProvider(tx, actor, input.providerId);
      if (state.review?.requiresSeniorLawyer) {
        // 法律援助法 第二十六条: ≥ 3 years of practice, counted in calendar years as the roster keeps them.
        const years = Number(businessDateOf(at).slice(0, 4)) - lawyer.firstPracticeYear;
        if (years < 3)
          throw badInput(
            'LEGAL_AID.SENIOR_LAWYER_REQUIRED',
            '本案应当指派具有三年以上相关执业经历的律师（法律援助法 第二十六条）',
            'providerId',
          );
        payload.seniorLawyerConfirmed = true;
      }
      payload.providerId = lawyer.id;
      payload.providerName = lawyer.name;
      if (firmName) payload.firmName = firmName;
      payload.basis = input.basis ?? 'rotation';
      payload.documentNumber = row.number;
      extra.assignedLawyerId = lawyer.id;
      extra.assignedUserId = lawyer.userId;
      break;
    }
    case 'provider-decline':
      extra.assignedLawyerId = null;
      extra.assignedUserId = null;
      break;
    case 'sign-agreement':
      if (input.reason !== undefined) payload.lateReason = input.reason;
      break;
    case 'object':
      payload.receivedAt = input.receivedAt ? new Date(input.receivedAt) : at;
      break;
    case 'decide-objection':
      payload.documentNumber = row.number;
      break;
    default:
      break;
  }
  return { payload, extra };
}

/**
 * Takes one action on a matter (core/procedures/legal-aid.ts; rules.md §11.1): locks the matter row,
 * folds its log, checks the actor's permission on the matter (scope; a lawyer only on an assigned
 * matter), then core's `applyLegalAidAction` with `expectedVersion` (409 COMMON.STALE_VERSION when someone
 * acted first: two directors granting at once → one succeeds), ACTION_ROLES (403), the transition (409
 * LEGAL_AID.INVALID_TRANSITION) and the payload rules (400). Appends the action as entry version+1,
 * rewrites the denormalised columns, settles the reminders of deadlines the action met
 * (settle-reminders.ts) and audits `legal-aid.<type>`, all in one transaction.
 */
export async function takeAction(
  services: Services,
  { actor, input, meta }: UseCaseCall<TakeActionInput>,
): Promise<MatterDetail> {
  assertCan(actor, 'legal-aid.read');
  return services.db.transaction(async (tx) => {
    const row = await loadMatter(tx, input.id, { forUpdate: true });
    const resource = resourceOf(row);
    assertCan(actor, 'legal-aid.read', resource);
    assertCanAny(actor, ACTION_PERMISSIONS[input.type], resource);
    const state = foldLegalAid((await loadLog(tx, row.id)).map((entry) => entry.action));
    const at = services.now();
    const { payload, extra } = await completePayload(tx, services, actor, row, state, input, at);
    const action = {
      ...payload,
      type: input.type,
      at,
      actor: await legalAidActorFor(tx, actor, input.type),
    } as LegalAidAction;
    const result = applyLegalAidAction(state, action, { expectedVersion: input.expectedVersion });
    if (!result.ok) throw legalAidErrorToAppError(result.error);
    await appendAction(tx, row.id, action, result.state, extra);
    await settleReminders(tx, row.id, result.state, await loadCalendar(services.db));
    await recordAudit(tx, actor, meta, {
      action: `legal-aid.${input.type}`,
      entityType: 'legal-aid-matter',
      entityId: row.id,
      orgId: row.orgId,
      before: { status: state.status, version: state.version },
      after: { status: result.state.status, version: result.state.version, ...auditable(payload) },
    });
    // A lawyer who declines is no longer assigned, yet gets the result of their own action.
    return readMatterDetail(services, tx, actor, row.id, { afterOwnAction: true });
  });
}

/** The payload as audited: eligibility reduced to its verdict (it may carry the per-capita income). */
function auditable(payload: Record<string, unknown>): Record<string, unknown> {
  const { eligibility, ...rest } = payload;
  const verdict = (eligibility as { verdict?: string } | undefined)?.verdict;
  return verdict ? { ...rest, verdict } : rest;
}
