import { z } from 'zod';

/**
 * The reply shapes of legal-aid matters (list rows and the detail page) and the documents a matter can
 * print: zod schemas used by the routes' OpenAPI and by matter-view.ts, which builds them.
 */
export const DOCUMENT_KINDS = [
  'application-form',
  'commitment-letter',
  'grant-decision',
  'refusal-decision',
  'assignment-notice',
  'termination-decision',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_LABELS: Record<DocumentKind, string> = {
  'application-form': '法律援助申请表',
  'commitment-letter': '经济困难状况告知承诺书',
  'grant-decision': '给予法律援助决定书',
  'refusal-decision': '不予法律援助决定书',
  'assignment-notice': '指派通知书',
  'termination-decision': '终止法律援助决定书',
};

export const fiveSameDay = z.object({
  met: z.boolean(),
  businessDate: z.string(),
  missing: z.array(z.string()),
  late: z.array(z.string()),
  light: z.enum(['green', 'amber', 'red']),
  /**
   * False once the matter left the way to aid without meeting it (refused, deemed withdrawn,
   * terminated, or under objection): it is then no longer "at risk", its light is not shown.
   */
  applicable: z.boolean(),
  /** The 审批 step ended in a refusal (不予法律援助, 第四十三条第一款): decided, not pending. */
  refused: z.boolean(),
  /** Steps that no longer apply (after a refusal: assignedAt, aidStartedAt). */
  notApplicable: z.array(z.string()),
  /** The next step to reach (a milestone key), or null: met, or refused (only the objection remains, 第四十九条). */
  next: z.string().nullable(),
});

/** Statuses off the way to aid: five same-day no longer runs (not at risk; shown as not applicable). */
export const matterListItem = z.object({
  id: z.string(),
  number: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  version: z.number().int(),
  applicantName: z.string(),
  idNumberMasked: z.string().nullable(),
  caseKind: z.string(),
  matter: z.string().nullable(),
  matterLabel: z.string(),
  appliedAt: z.string(),
  assignedLawyerId: z.string().nullable(),
  /** The assigned lawyer's name (承办人), null before assignment. */
  assignedLawyerName: z.string().nullable(),
  fiveSameDay,
});
export type MatterListItem = z.infer<typeof matterListItem>;

/**
 * The parts of a history line (matter-view.ts summaryOf), so the client can word it in English with its
 * own tables (web legal-aid/history-text.ts): codes and dates as data, free text as typed.
 */
export const historyFacts = z.object({
  items: z.array(z.string()).optional(),
  dueDate: z.string().optional(),
  recommendation: z.enum(['grant', 'refuse']).optional(),
  opinion: z.string().nullable().optional(),
  reasonCodes: z.array(z.string()).optional(),
  ground: z.number().int().optional(),
  outcome: z.string().optional(),
  providerName: z.string().optional(),
  firmName: z.string().nullable().optional(),
  endedOn: z.string().optional(),
  kind: z.string().nullable().optional(),
  text: z.string().optional(),
});
export type HistoryFacts = z.infer<typeof historyFacts>;

export const matterDetail = matterListItem.extend({
  orgId: z.string(),
  /**
   * The legal aid agency and the 司法局 that set it up: where an objection to a refusal or a
   * termination goes (法律援助法 第四十九条), printed on those decisions.
   */
  agency: z.object({ name: z.string(), bureauName: z.string() }),
  channel: z.string(),
  ticketId: z.string().nullable(),
  flags: z.object({ advanceAid: z.boolean(), recoveryRequired: z.boolean(), simpleCase: z.boolean() }),
  milestones: z.record(z.string(), z.string()),
  applicant: z.object({
    personId: z.string(),
    name: z.string(),
    idNumberMasked: z.string().nullable(),
    phoneMasked: z.string().nullable(),
    sex: z.string().nullable(),
    birthDate: z.string().nullable(),
    address: z.string().nullable(),
  }),
  agent: z
    .object({
      name: z.string(),
      relation: z.string(),
      idNumberMasked: z.string().nullable(),
      phoneMasked: z.string().nullable(),
    })
    .nullable(),
  opposingParty: z
    .object({ name: z.string(), kind: z.string(), idNumberMasked: z.string().nullable() })
    .nullable(),
  facts: z.string(),
  mandatory: z.string().nullable(),
  circumstances: z.array(z.string()),
  exemptions: z.array(z.string()),
  priorityGroups: z.array(z.string()),
  hardshipMethod: z.string().nullable(),
  householdSize: z.number().int().nullable(),
  regionCode: z.string(),
  limitationDueOn: z.string().nullable(),
  eligibility: z.record(z.string(), z.unknown()),
  deadlines: z.array(
    z.object({
      kind: z.string(),
      label: z.string(),
      dueAt: z.string(),
      basis: z.string(),
      source: z.string(),
      provisional: z.boolean(),
      state: z.enum(['running', 'due-soon', 'overdue']),
    }),
  ),
  actions: z.array(
    z.object({
      seq: z.number().int(),
      type: z.string(),
      label: z.string(),
      at: z.string(),
      actorName: z.string().nullable(),
      actorRole: z.string(),
      summary: z.string(),
      facts: historyFacts,
    }),
  ),
  availableActions: z.array(z.string()),
  assignedProvider: z
    .object({ lawyerId: z.string(), name: z.string(), firmName: z.string().nullable() })
    .nullable(),
  objectionBody: z.string().nullable(),
  /**
   * The review of the current round (审查意见), as core folds it: the recommendation the decision
   * follows or departs from with a written reason (法律援助法 第四十三条), the eligibility verdict the
   * reviewer saw, whether they overrode it, and whether art. 26 applies. Null before a review, and
   * again after a corrected objection reopens the matter (第四十九条).
   */
  review: z
    .object({
      recommendation: z.enum(['grant', 'refuse']),
      verdict: z.enum(['eligible', 'ineligible', 'incomplete']),
      overridden: z.boolean(),
      requiresSeniorLawyer: z.boolean(),
      at: z.string(),
      reviewerName: z.string().nullable(),
    })
    .nullable(),
  /** Whether a signed 告知承诺书 (signature or scan) is on file (法律援助法 第四十一条). */
  commitmentSigned: z.boolean(),
  documents: z.array(z.object({ kind: z.string(), label: z.string(), url: z.string() })),
});
export type MatterDetail = z.infer<typeof matterDetail>;
