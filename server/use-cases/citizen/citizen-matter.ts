import { EVALUATION_LEVEL_LABELS, isMatterRateable, RECTIFICATION_STATUS_LABELS } from '@core/evaluation';
import { foldLegalAid } from '@core/procedures/legal-aid';
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
import { loadLog, loadMatter } from '../legal-aid/matter-store';
import { DOCUMENT_LABELS, documentKindsOf } from '../legal-aid/matter-view';

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
  steps: z.array(z.object({ label: z.string(), at: z.string().nullable() })),
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
  const steps = [
    { label: '提交申请', at: iso(m.appliedAt) },
    { label: '受理', at: iso(m.acceptedAt) },
    { label: '审查', at: iso(m.reviewedAt) },
    {
      label: state.decision?.kind === 'refuse' ? '决定不予法律援助' : '决定给予法律援助',
      at: iso(m.decidedAt),
    },
    { label: '指派律师', at: iso(m.assignedAt) },
    { label: '律师开始提供援助', at: iso(m.aidStartedAt) },
    { label: '结案', at: iso(m.closedAt) },
  ];
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
    lawyer,
    documents: documentKindsOf(row, state).map((kind) => ({ kind, label: DOCUMENT_LABELS[kind] })),
    evaluation: await evaluationStateOf(executor, { matterId: row.id }, isMatterRateable(status)),
  };
}
