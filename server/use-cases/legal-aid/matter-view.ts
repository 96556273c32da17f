import { can } from '@core/access';
import { businessDateOf, type Calendar, calendarDaysBetween } from '@core/calendar';
import { assessFiveSameDay, fiveSameDayLight } from '@core/legal-aid/five-same-day';
import {
  ADVANCE_AID_GROUNDS,
  actionsFor,
  availableActions,
  LEGAL_AID_ACTION_LABELS,
  LEGAL_AID_MILESTONES,
  LEGAL_AID_STATUS_LABELS,
  type LegalAidAction,
  type LegalAidActor,
  type LegalAidState,
  OBJECTION_OUTCOMES,
  openDeadlines,
  REFUSAL_REASONS,
  TERMINATION_GROUNDS,
} from '@core/procedures/legal-aid';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor, StaffActor } from '../../context';
import { lawyers, legalAidDocuments, organisations, persons } from '../../db/schema/index';
import { ACTION_PERMISSIONS } from './action-permissions';
import { getAgency } from './agency';
import { matterLabel } from './labels';
import {
  DOCUMENT_LABELS,
  type DocumentKind,
  type fiveSameDay,
  type HistoryFacts,
  type MatterDetail,
  type MatterListItem,
} from './matter-shapes';
import { findProviderIdOf, type MatterRow, resourceOf, type StoredAction } from './matter-store';

const OFF_THE_WAY_TO_AID: readonly string[] = [
  'refused',
  'deemed-withdrawn',
  'terminated',
  'objection-pending',
];

/**
 * Whether the matter's standing decision is a refusal, from its status columns: refused, or an
 * objection pending with no grant (a termination needs a grant first, 第四十八条).
 */
function standsRefused(row: Pick<MatterRow, 'status' | 'approvedAt'>): boolean {
  return row.status === 'refused' || (row.status === 'objection-pending' && row.approvedAt === null);
}

/**
 * Five same-day (五个当天) of a matter from its milestone columns, with the light at `now`. A refused
 * matter has 审批 decided (at `refusedAt` when the caller has it from the log) and no next step.
 */
export function fiveSameDayOf(
  row: Pick<MatterRow, 'status' | 'appliedAt' | 'acceptedAt' | 'approvedAt' | 'assignedAt' | 'aidStartedAt'>,
  now: Date,
  refusedAt?: Date,
): z.infer<typeof fiveSameDay> {
  const refused = standsRefused(row);
  const result = assessFiveSameDay(
    {
      appliedAt: row.appliedAt,
      acceptedAt: row.acceptedAt ?? undefined,
      approvedAt: row.approvedAt ?? undefined,
      assignedAt: row.assignedAt ?? undefined,
      aidStartedAt: row.aidStartedAt ?? undefined,
      refusedAt: refused ? refusedAt : undefined,
    },
    { refused },
  );
  return {
    met: result.met,
    businessDate: result.businessDate,
    missing: result.missing,
    late: [...result.late, ...result.outOfOrder],
    light: fiveSameDayLight(result, now),
    applicable: result.met || !OFF_THE_WAY_TO_AID.includes(row.status),
    refused: result.refused,
    notApplicable: result.notApplicable,
    next: result.next,
  };
}

export function toListItem(
  row: MatterRow,
  applicant: { name: string; idNumberMasked: string | null; lawyerName?: string | null },
  now: Date,
  refusedAt?: Date,
): MatterListItem {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    statusLabel: LEGAL_AID_STATUS_LABELS[row.status as keyof typeof LEGAL_AID_STATUS_LABELS] ?? row.status,
    version: row.version,
    applicantName: applicant.name,
    idNumberMasked: applicant.idNumberMasked,
    caseKind: row.caseKind,
    matter: row.matter,
    matterLabel: matterLabel(row.caseKind, row.matter),
    appliedAt: row.appliedAt.toISOString(),
    assignedLawyerId: row.assignedLawyerId,
    assignedLawyerName: row.assignedLawyerId ? (applicant.lawyerName ?? null) : null,
    fiveSameDay: fiveSameDayOf(row, now, refusedAt),
  };
}

/** The history label of an action; a commitment recorded as an attachment reads as what it is. */
function historyLabel(action: LegalAidAction): string {
  if (action.type === 'attach' && action.kind?.startsWith('commitment-'))
    return action.kind === 'commitment-scan' ? '上传告知承诺书' : '签署告知承诺书';
  return LEGAL_AID_ACTION_LABELS[action.type] ?? action.type;
}

/** One line about an action, for the history. */
function summaryOf(action: LegalAidAction): string {
  switch (action.type) {
    case 'request-materials':
      return `需补充：${action.items.join('、')}；期限 ${action.dueDate}`;
    case 'review':
      return `审查意见：${action.recommendation === 'grant' ? '给予' : '不予'}法律援助${action.opinion ? `（${action.opinion}）` : ''}`;
    case 'refuse':
      return `${action.reasonCodes.map((code) => REFUSAL_REASONS[code]?.label ?? code).join('；')}。${action.reasons}`;
    case 'start-advance-aid':
      return `${ADVANCE_AID_GROUNDS[action.ground] ?? ''}：${action.reason}`;
    case 'assign':
      return `指派 ${action.providerName}${action.firmName ? `（${action.firmName}）` : ''}`;
    case 'provider-decline':
    case 'terminate':
      return action.type === 'terminate'
        ? `第四十八条第一款第${action.ground}项：${TERMINATION_GROUNDS[action.ground] ?? ''}。${action.reason}`
        : action.reason;
    case 'object':
      return action.statement;
    case 'decide-objection':
      return `${OBJECTION_OUTCOMES[action.outcome] ?? action.outcome}：${action.reason}`;
    case 'close-case':
      return `${action.endedOn} 办结：${action.result}`;
    case 'comment':
      return action.text;
    case 'attach':
      return action.fileName;
    default:
      return '';
  }
}

/** The parts of `summaryOf`'s line as data (codes, dates, names, free text), for the client's English. */
function historyFactsOf(action: LegalAidAction): HistoryFacts {
  switch (action.type) {
    case 'request-materials':
      return { items: action.items, dueDate: action.dueDate };
    case 'review':
      return { recommendation: action.recommendation, opinion: action.opinion ?? null };
    case 'refuse':
      return { reasonCodes: action.reasonCodes, text: action.reasons };
    case 'start-advance-aid':
      return { ground: action.ground, text: action.reason };
    case 'assign':
      return { providerName: action.providerName, firmName: action.firmName ?? null };
    case 'terminate':
      return { ground: action.ground, text: action.reason };
    case 'decide-objection':
      return { outcome: action.outcome, text: action.reason };
    case 'close-case':
      return { endedOn: action.endedOn, text: action.result };
    case 'attach':
      return { kind: action.kind ?? null };
    default:
      return {};
  }
}

/** The current round's review, with the reviewer's name from the log entry that recorded it. */
function reviewOf(state: LegalAidState, log: StoredAction[]): MatterDetail['review'] {
  const review = state.review;
  if (!review) return null;
  const entry = log.find(({ row }) => row.type === 'review' && row.at.getTime() === review.at.getTime());
  return {
    recommendation: review.recommendation,
    verdict: review.verdict,
    overridden: review.overridden,
    requiresSeniorLawyer: review.requiresSeniorLawyer,
    at: review.at.toISOString(),
    reviewerName: entry?.row.actorName ?? null,
  };
}

/** The deadline's state on the business date of `now`: overdue after its last day, due-soon on the day before and on it. */
export function deadlineState(dueAt: string, now: Date): 'running' | 'due-soon' | 'overdue' {
  const today = businessDateOf(now);
  if (today > dueAt) return 'overdue';
  return calendarDaysBetween(today, dueAt) <= 1 ? 'due-soon' : 'running';
}

export function documentKindsOf(row: MatterRow, state: LegalAidState): DocumentKind[] {
  const kinds: DocumentKind[] = ['application-form'];
  if (row.hardshipMethod === 'commitment' && row.householdIncomeEnc && row.householdSize)
    kinds.push('commitment-letter');
  if (state.milestones.approvedAt) kinds.push('grant-decision');
  if (state.decision?.kind === 'refuse') kinds.push('refusal-decision');
  if (state.assignedProviderId) kinds.push('assignment-notice');
  if (state.termination) kinds.push('termination-decision');
  return kinds;
}

/** The actions `actor` may take now, by role, assignment and permission on this matter. */
async function availableFor(
  executor: Executor,
  actor: StaffActor,
  row: MatterRow,
  state: LegalAidState,
  now: Date,
): Promise<string[]> {
  const providerId = actor.roles.includes('lawyer')
    ? await findProviderIdOf(executor, actor.userId)
    : undefined;
  const resource = resourceOf(row);
  return availableActions(state, now).filter((type) => {
    if (!ACTION_PERMISSIONS[type].some((p) => can(actor, p, resource))) return false;
    return actor.roles.some((role) => {
      const candidate: LegalAidActor = { id: actor.userId, role };
      if (providerId) candidate.providerId = providerId;
      return actionsFor(state, candidate, now).includes(type);
    });
  });
}

/** The full matter view (masked personal data only) for `actor` at `now`. */
export async function buildMatterDetail(
  executor: Executor,
  input: {
    actor: StaffActor;
    row: MatterRow;
    state: LegalAidState;
    log: StoredAction[];
    calendar: Calendar;
    now: Date;
  },
): Promise<MatterDetail> {
  const { actor, row, state, log, calendar, now } = input;
  const [person] = await executor.select().from(persons).where(eq(persons.id, row.applicantPersonId));
  const [lawyer] = row.assignedLawyerId
    ? await executor
        .select({ id: lawyers.id, name: lawyers.name, firmName: organisations.name })
        .from(lawyers)
        .leftJoin(organisations, eq(organisations.id, lawyers.firmId))
        .where(eq(lawyers.id, row.assignedLawyerId))
    : [];
  const [commitment] = await executor
    .select({ id: legalAidDocuments.id })
    .from(legalAidDocuments)
    .where(eq(legalAidDocuments.matterId, row.id))
    .limit(1);
  const milestones: Record<string, string> = {};
  for (const name of LEGAL_AID_MILESTONES) {
    const at = state.milestones[name];
    if (at) milestones[name] = at.toISOString();
  }
  const applicant = {
    personId: row.applicantPersonId,
    name: person?.name ?? '',
    idNumberMasked: person?.idNumberMasked ?? null,
    phoneMasked: person?.phoneMasked ?? null,
    sex: person?.sex ?? null,
    birthDate: person?.birthDate ?? null,
    address: person?.address ?? null,
  };
  const agency = await getAgency(executor, row.orgId);
  const base = `/api/legal-aid/applications/${row.id}/documents`;
  return {
    ...toListItem(
      row,
      { ...applicant, lawyerName: lawyer?.name ?? null },
      now,
      state.decision?.kind === 'refuse' ? state.decision.at : undefined,
    ),
    orgId: row.orgId,
    agency: { name: agency.name, bureauName: agency.bureauName },
    channel: row.channel,
    ticketId: row.ticketId,
    flags: state.flags,
    milestones,
    applicant,
    agent: row.agent
      ? {
          name: row.agent.name,
          relation: row.agent.relation,
          idNumberMasked: row.agent.idNumberMasked,
          phoneMasked: row.agent.phoneMasked,
        }
      : null,
    opposingParty: row.opposingParty
      ? {
          name: row.opposingParty.name,
          kind: row.opposingParty.kind,
          idNumberMasked: row.opposingParty.idNumberMasked,
        }
      : null,
    facts: row.facts,
    mandatory: row.mandatory,
    circumstances: row.circumstances,
    exemptions: row.exemptions,
    priorityGroups: row.priorityGroups,
    hardshipMethod: row.hardshipMethod,
    householdSize: row.householdSize,
    regionCode: row.regionCode,
    limitationDueOn: row.limitationDueOn,
    eligibility: row.eligibility,
    deadlines: openDeadlines(state, calendar).map((d) => ({
      kind: d.kind,
      label: d.label,
      dueAt: d.dueAt,
      basis: d.basis,
      source: d.source,
      provisional: d.provisional,
      state: deadlineState(d.dueAt, now),
    })),
    actions: log.map(({ row: entry, action }) => ({
      seq: entry.seq,
      type: entry.type,
      label: historyLabel(action),
      at: entry.at.toISOString(),
      actorName: entry.actorName,
      actorRole: entry.actorRole,
      summary: summaryOf(action),
      facts: historyFactsOf(action),
    })),
    availableActions: await availableFor(executor, actor, row, state, now),
    assignedProvider: lawyer ? { lawyerId: lawyer.id, name: lawyer.name, firmName: lawyer.firmName } : null,
    objectionBody: state.decision?.objectionBody ?? state.termination?.objectionBody ?? null,
    review: reviewOf(state, log),
    commitmentSigned: commitment !== undefined,
    documents: documentKindsOf(row, state).map((kind) => ({
      kind,
      label: DOCUMENT_LABELS[kind],
      url: `${base}/${kind}`,
    })),
  };
}
