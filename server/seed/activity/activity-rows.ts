import { randomUUID } from 'node:crypto';
import { businessDateOf } from '@core/calendar';
import { findService } from '@core/queue/services';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../context';
import {
  evaluations,
  legalAidActions,
  legalAidDocuments,
  legalAidMatters,
  rectifications,
  ticketActions,
  tickets,
} from '../../db/schema/index';
import { signaturePng } from './signature-png';

/**
 * Rows of past hall activity written straight into the tables (tickets with their action log, legal-aid
 * matters with theirs, ratings and rectifications): for the demo history, the province generator and the
 * dashboard's tests. They bypass the use cases on purpose — history is recorded, not re-enacted — but
 * keep every invariant the use cases keep (the action log agrees with the row, numbers are unique).
 */

export interface TicketSpec {
  id?: string;
  orgId: string;
  serviceCode: string;
  windowId?: string | null;
  sequence: number;
  status: 'waiting' | 'called' | 'serving' | 'finished' | 'no-show' | 'cancelled';
  issuedAt: Date;
  calledAt?: Date | null;
  startedAt?: Date | null;
  finishedAt?: Date | null;
  /** The staff member who called, served and finished it (a team lawyer on consultation duty). */
  servedBy?: string | null;
  /**
   * The matter the visit became (关联事项编号: a legal-aid matter's number, as the application from a ticket
   * records it): the ticket is finished with outcome 'matter-opened'.
   */
  matterId?: string | null;
  idNumberMasked?: string | null;
  channel?: 'kiosk' | 'reception' | 'remote' | 'replay';
}

/** The `tickets` row and `ticket_actions` rows of one ticket. */
export function ticketRows(spec: TicketSpec) {
  const id = spec.id ?? randomUUID();
  const prefix = findService(spec.serviceCode)?.ticketPrefix ?? 'Z';
  const last = spec.finishedAt ?? spec.startedAt ?? spec.calledAt ?? spec.issuedAt;
  const ticket = {
    id,
    orgId: spec.orgId,
    serviceCode: spec.serviceCode,
    businessDate: businessDateOf(spec.issuedAt),
    sequence: spec.sequence,
    number: `${prefix}${String(spec.sequence).padStart(3, '0')}`,
    status: spec.status,
    idNumberMasked: spec.idNumberMasked ?? null,
    channel: spec.channel ?? 'kiosk',
    windowId: spec.windowId ?? null,
    queuedAt: spec.issuedAt,
    issuedAt: spec.issuedAt,
    calledAt: spec.calledAt ?? null,
    firstCalledAt: spec.calledAt ?? null,
    startedAt: spec.startedAt ?? null,
    finishedAt: spec.finishedAt ?? null,
    endedAt: spec.status === 'finished' || spec.status === 'no-show' ? last : null,
    noShowCount: spec.status === 'no-show' ? 1 : 0,
    outcome: spec.status !== 'finished' ? null : spec.matterId ? 'matter-opened' : 'resolved',
    matterId: spec.matterId ?? null,
    updatedAt: last,
  };
  const actions: (typeof ticketActions.$inferInsert)[] = [
    { ticketId: id, orgId: spec.orgId, action: 'issue', at: spec.issuedAt, toStatus: 'waiting' },
  ];
  const step = (action: string, at: Date, from: string, to: string, payload?: Record<string, unknown>) =>
    actions.push({
      ticketId: id,
      orgId: spec.orgId,
      action,
      at,
      actorId: spec.servedBy ?? null,
      windowId: spec.windowId ?? null,
      fromStatus: from,
      toStatus: to,
      ...(payload ? { payload } : {}),
    });
  if (spec.calledAt) step('call', spec.calledAt, 'waiting', 'called');
  if (spec.status === 'no-show') step('no-show', spec.calledAt ?? spec.issuedAt, 'called', 'no-show');
  if (spec.startedAt) step('start', spec.startedAt, 'called', 'serving');
  if (spec.finishedAt)
    step(
      'finish',
      spec.finishedAt,
      'serving',
      'finished',
      spec.matterId ? { outcome: 'matter-opened', matterId: spec.matterId } : undefined,
    );
  if (spec.status === 'cancelled') step('cancel', spec.issuedAt, 'waiting', 'cancelled');
  return { ticket, actions };
}

/**
 * Records that a finished ticket's visit became the matter numbered `matterNumber` (an application made at
 * the window, numbered after the ticket was generated): outcome 'matter-opened' and `matter_id` on the
 * ticket, and on its finish action, as the application from a ticket writes them
 * (server/use-cases/legal-aid/intake-ticket.ts).
 */
export function linkTicketToMatter(rows: ReturnType<typeof ticketRows>, matterNumber: string): void {
  if (rows.ticket.status !== 'finished') throw new Error(`ticket ${rows.ticket.number} is not finished`);
  rows.ticket.matterId = matterNumber;
  rows.ticket.outcome = 'matter-opened';
  const finish = rows.actions.find((a) => a.action === 'finish');
  if (finish) finish.payload = { outcome: 'matter-opened', matterId: matterNumber };
}

export interface MatterSpec {
  id?: string;
  orgId: string;
  number: string;
  year: number;
  seq: number;
  applicantPersonId: string;
  caseKind: 'criminal-defence' | 'criminal-victim' | 'civil' | 'administrative';
  matter?: string | null;
  priorityGroups?: string[];
  channel?: string;
  regionCode: string;
  status: string;
  appliedAt: Date;
  acceptedAt?: Date | null;
  approvedAt?: Date | null;
  refusedAt?: Date | null;
  /**
   * 告知补充材料 (法律援助法 第四十三条第二款): when, the due date (Beijing), and the deemed withdrawal after it
   * (null: the applicant still has time, the matter waits in materials-requested).
   */
  materials?: { requestedAt: Date; dueDate: string; withdrawnAt: Date | null } | null;
  /** The reviewer's opinion (审查); by default, when decided, halfway between acceptance and the decision. */
  reviewedAt?: Date | null;
  /** How hardship is evidenced (法律援助法 第四十一条) and the household's figures (income already encrypted). */
  hardship?: { method: string; householdSize: number; householdIncomeEnc: string | null } | null;
  /** The signed 告知承诺书 (a pad signature) put on file then: a document row and an 'attach' entry. */
  commitmentSignedAt?: Date | null;
  /** 委托协议 signed by the assigned lawyer (before or as aid starts). */
  agreementSignedAt?: Date | null;
  assignedAt?: Date | null;
  aidStartedAt?: Date | null;
  assignedLawyerId?: string | null;
  assignedLawyerName?: string | null;
  /** 结案 (the case ended that Beijing day); with `archivedAt`, the file submitted, reviewed, paid, archived. */
  closedAt?: Date | null;
  archivedAt?: Date | null;
  assignedUserId?: string | null;
  ticketId?: string | null;
}

/** The `legal_aid_matters` row and its `legal_aid_actions` (apply, accept, grant or refuse, assign, …). */
export function matterRows(spec: MatterSpec) {
  const id = spec.id ?? randomUUID();
  const actions: (typeof legalAidActions.$inferInsert)[] = [];
  const add = (type: string, at: Date | null | undefined, payload: Record<string, unknown> = {}) => {
    if (!at) return;
    actions.push({
      matterId: id,
      seq: actions.length + 1,
      type,
      at,
      actorRole: ['accept-assignment', 'sign-agreement', 'close-case', 'submit-file'].includes(type)
        ? 'lawyer'
        : type === 'review'
          ? 'legal-aid-reviewer'
          : type === 'attach'
            ? 'window-clerk'
            : 'legal-aid-director',
      actorName: '历史数据',
      payload,
    });
  };
  add('apply', spec.appliedAt, { channel: spec.channel ?? 'window' });
  add('accept', spec.acceptedAt);
  // The signed commitment, as recordCommitment writes it (a document row and an 'attach' entry).
  const documents: (typeof legalAidDocuments.$inferInsert)[] = [];
  if (spec.commitmentSignedAt) {
    const fileId = randomUUID();
    const data = signaturePng();
    documents.push({
      id: fileId,
      matterId: id,
      kind: 'commitment-signature',
      fileName: null,
      mimeType: 'image/png',
      size: data.length,
      data,
      createdAt: spec.commitmentSignedAt,
    });
    add('attach', spec.commitmentSignedAt, {
      fileId,
      fileName: '经济困难状况告知承诺书（现场签名）',
      kind: 'commitment-signature',
    });
  }
  if (spec.materials) {
    add('request-materials', spec.materials.requestedAt, {
      items: ['家庭经济状况证明'],
      dueDate: spec.materials.dueDate,
    });
    add('deem-withdrawn', spec.materials.withdrawnAt);
  }
  // A decision follows the reviewer's opinion (法律援助法 第四十三条; the director decides on it).
  const decidedAt = spec.approvedAt ?? spec.refusedAt;
  const reviewedAt =
    spec.reviewedAt ??
    (decidedAt && spec.acceptedAt ? new Date((spec.acceptedAt.getTime() + decidedAt.getTime()) / 2) : null);
  if (reviewedAt) {
    const refuse = !!spec.refusedAt;
    add('review', reviewedAt, {
      eligibility: { verdict: refuse ? 'ineligible' : 'eligible', requiresSeniorLawyer: false },
      recommendation: refuse ? 'refuse' : 'grant',
    });
  }
  add('grant', spec.approvedAt);
  add('refuse', spec.refusedAt, {
    reasonCodes: ['HARDSHIP_NOT_MET'],
    reasons: '申请人家庭经济状况不符合本地经济困难标准（历史数据）',
    objectionBody: '本级司法行政机关',
  });
  add('assign', spec.assignedAt, {
    providerId: spec.assignedLawyerId ?? null,
    providerName: spec.assignedLawyerName ?? null,
    basis: 'rotation',
  });
  add('sign-agreement', spec.agreementSignedAt);
  add('accept-assignment', spec.aidStartedAt);
  if (spec.closedAt) {
    add('close-case', spec.closedAt, { endedOn: businessDateOf(spec.closedAt), result: '审结（历史数据）' });
    if (spec.archivedAt) {
      const from = spec.closedAt.getTime();
      const step = (spec.archivedAt.getTime() - from) / 4;
      add('submit-file', new Date(from + step));
      add('review-file', new Date(from + 2 * step), { result: 'accepted', grade: 'good' });
      add('pay-subsidy', new Date(from + 3 * step), { amountFen: 150_000, taxExempt: true });
      add('archive', spec.archivedAt);
    }
  }
  const matter: typeof legalAidMatters.$inferInsert = {
    id,
    orgId: spec.orgId,
    number: spec.number,
    year: spec.year,
    seq: spec.seq,
    applicantPersonId: spec.applicantPersonId,
    channel: spec.channel ?? 'window',
    facts: '历史数据（虚构）',
    caseKind: spec.caseKind,
    matter: spec.matter ?? null,
    priorityGroups: spec.priorityGroups ?? [],
    householdSize: spec.hardship?.householdSize ?? null,
    householdIncomeEnc: spec.hardship?.householdIncomeEnc ?? null,
    hardshipMethod: spec.hardship?.method ?? null,
    regionCode: spec.regionCode,
    eligibility: {},
    status: spec.status,
    version: actions.length,
    ticketId: spec.ticketId ?? null,
    assignedLawyerId: spec.assignedLawyerId ?? null,
    assignedUserId: spec.assignedUserId ?? null,
    appliedAt: spec.appliedAt,
    acceptedAt: spec.acceptedAt ?? null,
    approvedAt: spec.approvedAt ?? null,
    assignedAt: spec.assignedAt ?? null,
    aidStartedAt: spec.aidStartedAt ?? null,
    createdAt: spec.appliedAt,
    updatedAt: actions[actions.length - 1]?.at ?? spec.appliedAt,
  };
  return { matter, actions, documents };
}

export interface EvaluationSpec {
  orgId: string;
  ticketId?: string | null;
  matterId?: string | null;
  subjectNumber: string;
  serviceCode: string;
  windowId?: string | null;
  staffName?: string | null;
  lawyerName?: string | null;
  level: 1 | 2 | 3 | 4 | 5;
  at: Date;
  comment?: string | null;
  /** For a bad review: the rectification item's state and dates. */
  rectification?: {
    status: 'open' | 'called-back' | 'rectified' | 'closed';
    callbackDueOn: string;
    fixDueOn: string;
    calledBackAt?: Date | null;
    rectifiedAt?: Date | null;
  };
}

/** An `evaluations` row and, for a bad review, its `rectifications` row. */
export function evaluationRows(spec: EvaluationSpec) {
  const id = randomUUID();
  const evaluation: typeof evaluations.$inferInsert = {
    id,
    orgId: spec.orgId,
    subject: spec.matterId ? 'legal-aid-matter' : 'ticket',
    ticketId: spec.ticketId ?? null,
    matterId: spec.matterId ?? null,
    subjectNumber: spec.subjectNumber,
    serviceCode: spec.serviceCode,
    windowId: spec.windowId ?? null,
    staffName: spec.staffName ?? null,
    lawyerName: spec.lawyerName ?? null,
    level: spec.level,
    comment: spec.comment ?? null,
    channel: 'window-pad',
    businessDate: businessDateOf(spec.at),
    createdAt: spec.at,
  };
  const r = spec.rectification;
  const rectification: (typeof rectifications.$inferInsert)[] = r
    ? [
        {
          evaluationId: id,
          orgId: spec.orgId,
          status: r.status,
          openedOn: businessDateOf(spec.at),
          callbackDueOn: r.callbackDueOn,
          fixDueOn: r.fixDueOn,
          calledBackAt: r.calledBackAt ?? null,
          rectifiedAt: r.rectifiedAt ?? null,
          createdAt: spec.at,
        },
      ]
    : [];
  return { evaluation, rectification };
}

/** Inserts the rows of many tickets, matters and ratings, in chunks (one statement per chunk and table). */
export async function insertActivity(
  executor: Executor,
  batch: {
    tickets?: ReturnType<typeof ticketRows>[];
    matters?: ReturnType<typeof matterRows>[];
    evaluations?: ReturnType<typeof evaluationRows>[];
  },
  chunk = 1000,
): Promise<void> {
  const inChunks = async <T>(rows: T[], write: (part: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += chunk) await write(rows.slice(i, i + chunk));
  };
  const t = batch.tickets ?? [];
  const m = batch.matters ?? [];
  const e = batch.evaluations ?? [];
  await inChunks(
    t.map((x) => x.ticket),
    (part) => executor.insert(tickets).values(part),
  );
  await inChunks(
    t.flatMap((x) => x.actions),
    (part) => executor.insert(ticketActions).values(part),
  );
  await inChunks(
    m.map((x) => x.matter),
    (part) => executor.insert(legalAidMatters).values(part),
  );
  await inChunks(
    m.flatMap((x) => x.actions),
    (part) => executor.insert(legalAidActions).values(part),
  );
  await inChunks(
    m.flatMap((x) => x.documents ?? []),
    (part) => executor.insert(legalAidDocuments).values(part),
  );
  await inChunks(
    e.map((x) => x.evaluation),
    (part) => executor.insert(evaluations).values(part),
  );
  await inChunks(
    e.flatMap((x) => x.rectification),
    (part) => executor.insert(rectifications).values(part),
  );
}

/**
 * Moves every legal-aid number series ('包法援', per year) past the numbers the history used, so the next
 * real application gets a fresh number (matter_number_series, allocated in the intake transaction).
 */
export async function syncMatterCounters(executor: Executor): Promise<void> {
  await executor.execute(sql`
    insert into matter_number_series (head, year, last_seq)
    select split_part(number, '〔', 1), year, max(seq) from legal_aid_matters group by 1, 2
    on conflict (head, year) do update set last_seq = greatest(matter_number_series.last_seq, excluded.last_seq)`);
}
