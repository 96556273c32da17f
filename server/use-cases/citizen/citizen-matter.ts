import { EVALUATION_LEVEL_LABELS, isMatterRateable, RECTIFICATION_STATUS_LABELS } from '@core/evaluation';
import { DAY_DEADLINE_RULES } from '@core/legal-aid/deadlines';
import { foldLegalAid, REFUSAL_REASONS } from '@core/procedures/legal-aid';
import {
  APPLICATION_CHANNEL_LABELS,
  type ApplicationChannel,
  LEGAL_AID_STATUS_LABELS,
  type LegalAidStatus,
} from '@core/procedures/legal-aid-vocabulary';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor, Services } from '../../context';
import { evaluations, lawyers, organisations, persons, rectifications } from '../../db/schema/index';
import { getAgency } from '../legal-aid/agency';
import { matterLabel } from '../legal-aid/labels';
import { DOCUMENT_LABELS } from '../legal-aid/matter-shapes';
import { loadLog, loadMatter } from '../legal-aid/matter-store';
import { documentKindsOf } from '../legal-aid/matter-view';

export const citizenEvaluationState = z.object({
  rateable: z.boolean(),
  given: z.object({ level: z.number().int(), levelLabel: z.string(), createdAt: z.string() }).nullable(),
  rectification: z
    .object({ status: z.string(), statusLabel: z.string(), followUpAllowed: z.boolean() })
    .nullable(),
});
export type CitizenEvaluationState = z.infer<typeof citizenEvaluationState>;

/** What the applicant sees of their own matter: no ID number, no income, no staff notes. */
export const citizenMatter = z.object({
  number: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  channelLabel: z.string(),
  matterLabel: z.string(),
  agencyName: z.string(),
  applicantName: z.string(),
  /**
   * The way of the matter; `state` 'not-applicable' marks the steps a refusal cut off (指派律师,
   * 律师开始提供援助, 结案), which will never happen.
   */
  steps: z.array(
    z.object({
      label: z.string(),
      at: z.string().nullable(),
      state: z.enum(['done', 'pending', 'not-applicable']),
    }),
  ),
  /**
   * The standing refusal (不予法律援助, 法律援助法 第四十三条第一款), as the decision states it: its
   * reasons and where to object (第四十九条: the 司法局 that set up the agency, which decides within
   * 5 days; then 行政复议 or 行政诉讼). Null unless the matter stands refused.
   */
  refusal: z
    .object({
      decidedAt: z.string(),
      reasons: z.array(z.string()),
      explanation: z.string(),
      objectionBody: z.string(),
      objectionNote: z.string(),
      objectionSource: z.string(),
      objectionDecided: z.boolean(),
    })
    .nullable(),
  lawyer: z.object({ name: z.string(), firmName: z.string().nullable() }).nullable(),
  documents: z.array(z.object({ kind: z.string(), label: z.string() })),
  evaluation: citizenEvaluationState,
});
export type CitizenMatter = z.infer<typeof citizenMatter>;

/** The applicant's name with all but its first character masked (张** ), for a phone screen. */
function maskName(name: string): string {
  const chars = [...name];
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

/** The rating state of an evaluated subject (evaluation + rectification), shared with tickets. */
export async function evaluationStateOf(
  executor: Executor,
  where: { matterId: string } | { ticketId: string },
  rateable: boolean,
): Promise<CitizenEvaluationState> {
  const [row] = await executor
    .select({ evaluation: evaluations, rectification: rectifications })
    .from(evaluations)
    .leftJoin(rectifications, eq(rectifications.evaluationId, evaluations.id))
    .where(
      'matterId' in where
        ? eq(evaluations.matterId, where.matterId)
        : eq(evaluations.ticketId, where.ticketId),
    );
  if (!row) return { rateable, given: null, rectification: null };
  const level = row.evaluation.level as keyof typeof EVALUATION_LEVEL_LABELS;
  const r = row.rectification;
  return {
    rateable: false,
    given: {
      level,
      levelLabel: EVALUATION_LEVEL_LABELS[level],
      createdAt: row.evaluation.createdAt.toISOString(),
    },
    rectification: r
      ? {
          status: r.status,
          statusLabel: RECTIFICATION_STATUS_LABELS[r.status as keyof typeof RECTIFICATION_STATUS_LABELS],
          followUpAllowed: r.status === 'rectified',
        }
      : null,
  };
}

/** The applicant's view of matter `matterId` (after a verified code). */
export async function readCitizenMatter(services: Services, matterId: string): Promise<CitizenMatter> {
  const executor = services.db;
  const row = await loadMatter(executor, matterId);
  const log = await loadLog(executor, row.id);
  const state = foldLegalAid(log.map((entry) => entry.action));
  const agency = await getAgency(executor, row.orgId);
  const m = state.milestones;
  const iso = (d: Date | undefined) => (d ? d.toISOString() : null);
  const refused = state.decision?.kind === 'refuse';
  const step = (label: string, at: Date | undefined, cutOffByRefusal = false) => ({
    label,
    at: iso(at),
    state: at
      ? ('done' as const)
      : refused && cutOffByRefusal
        ? ('not-applicable' as const)
        : ('pending' as const),
  });
  const steps = [
    step('提交申请', m.appliedAt),
    step('受理', m.acceptedAt),
    step('审查', m.reviewedAt),
    step(refused ? '决定不予法律援助' : '决定给予法律援助', m.decidedAt),
    step('指派律师', m.assignedAt, true),
    step('律师开始提供援助', m.aidStartedAt, true),
    step('结案', m.closedAt, true),
  ];
  const refuse = refused
    ? [...log].reverse().find((entry) => entry.action.type === 'refuse')?.action
    : undefined;
  const objectionBody =
    (refuse?.type === 'refuse' ? refuse.objectionBody : null) ??
    state.decision?.objectionBody ??
    agency.bureauName;
  const objectionRule = DAY_DEADLINE_RULES['objection-decision'];
  const refusal: CitizenMatter['refusal'] =
    refused && state.decision
      ? {
          decidedAt: state.decision.at.toISOString(),
          reasons: state.decision.reasonCodes.map((code) => REFUSAL_REASONS[code]?.label ?? code),
          explanation: refuse?.type === 'refuse' ? refuse.reasons : '',
          objectionBody,
          objectionNote: `如对本决定有异议，可以向${objectionBody}提出。${objectionBody}应当自收到异议之日起${objectionRule.amount}日内进行审查，作出维持或者责令改正的决定；对维持决定不服的，可以依法申请行政复议或者提起行政诉讼。`,
          objectionSource: '法律援助法 第四十九条',
          objectionDecided: state.objection?.outcome === 'upheld',
        }
      : null;
  let lawyer: CitizenMatter['lawyer'] = null;
  if (row.assignedLawyerId) {
    const [l] = await executor
      .select({ name: lawyers.name, firmName: organisations.name })
      .from(lawyers)
      .leftJoin(organisations, eq(organisations.id, lawyers.firmId))
      .where(eq(lawyers.id, row.assignedLawyerId));
    if (l) lawyer = { name: l.name, firmName: l.firmName };
  }
  const status = row.status as LegalAidStatus;
  const [person] = await executor
    .select({ name: persons.name })
    .from(persons)
    .where(eq(persons.id, row.applicantPersonId));
  return {
    number: row.number,
    status,
    statusLabel: LEGAL_AID_STATUS_LABELS[status],
    channelLabel: APPLICATION_CHANNEL_LABELS[row.channel as ApplicationChannel] ?? row.channel,
    matterLabel: matterLabel(row.caseKind, row.matter),
    agencyName: agency.name,
    applicantName: maskName(person?.name ?? ''),
    steps,
    refusal,
    lawyer,
    documents: documentKindsOf(row, state).map((kind) => ({ kind, label: DOCUMENT_LABELS[kind] })),
    evaluation: await evaluationStateOf(executor, { matterId: row.id }, isMatterRateable(status)),
  };
}
