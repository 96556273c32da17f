import type { CaseKind, EligibilityResult, Verdict } from '@core/legal-aid/eligibility';
import type {
  AdvanceAidGround,
  ApplicationChannel,
  AssignmentBasis,
  FileGrade,
  FileReviewResult,
  LegalAidActionType,
  LegalAidActorRole,
  LegalAidStatus,
  ObjectionOutcome,
  RefusalReasonCode,
  TerminationGround,
} from './legal-aid-vocabulary';

/** Who took an action. A lawyer's `providerId` is their aid-provider (roster) id. */
export interface LegalAidActor {
  id: string;
  role: LegalAidActorRole;
  name?: string;
  providerId?: string;
}

interface Base {
  /** The instant the action was recorded; a log is in time order. */
  at: Date;
  actor: LegalAidActor;
}

/** A number of the document issued with a decision, e.g. '包法援〔2026〕第0001号' (optional, server-allocated). */
interface Numbered {
  documentNumber?: string;
}

/**
 * One entry of a matter's append-only log. Business dates are `YYYY-MM-DD` (Beijing); instants are
 * `Date`. The `type` names the action, the other fields are its payload.
 */
export type LegalAidAction =
  | (Base & {
      type: 'apply';
      channel: ApplicationChannel;
      /** When the agency received the application (art. 43 counts from here); ≤ `at`. */
      receivedAt: Date;
      caseKind?: CaseKind;
      /** The clerk handles it under the simplified procedure (five same-day). */
      simpleCase?: boolean;
    })
  | (Base & { type: 'accept' })
  | (Base & {
      type: 'request-materials';
      /** Everything missing, in one notice (一次性告知, art. 43 para. 2). */
      items: string[];
      /** The last day to reply (a date written in the notice; it does not roll forward). */
      dueDate: string;
    })
  | (Base & { type: 'materials-received' })
  | (Base & { type: 'deem-withdrawn' })
  | (Base & {
      type: 'review';
      /** `assessEligibility`'s result as the reviewer saw it. */
      eligibility: EligibilityResult;
      recommendation: 'grant' | 'refuse';
      opinion?: string;
      /** Required (≥ 10 characters) when the recommendation departs from the verdict. */
      overrideReason?: string;
      simpleCase?: boolean;
    })
  | (Base &
      Numbered & {
        type: 'grant';
        /** Required (≥ 10 characters) when the review recommended refusal. */
        overrideReason?: string;
      })
  | (Base &
      Numbered & {
        type: 'refuse';
        reasonCodes: RefusalReasonCode[];
        /** The written reasons the applicant receives (art. 43 para. 1). */
        reasons: string;
        /** The 司法局 that set up the agency, named in the objection notice (art. 49). */
        objectionBody: string;
        /** Required (≥ 10 characters) when the review recommended a grant. */
        overrideReason?: string;
      })
  | (Base & {
      type: 'start-advance-aid';
      ground: AdvanceAidGround;
      reason: string;
      /** Ground 1: the last day of the limitation period or filing deadline. */
      limitationDueOn?: string;
      /** Who gives the advance aid; the formal assignment follows the grant. */
      providerId?: string;
      providerName?: string;
    })
  | (Base &
      Numbered & {
        type: 'assign';
        providerId: string;
        providerName: string;
        firmName?: string;
        basis: AssignmentBasis;
        /** Required true when the review found art. 26 applies (≥ 3 years of practice). */
        seniorLawyerConfirmed?: boolean;
      })
  | (Base & { type: 'provider-decline'; reason: string })
  | (Base & { type: 'accept-assignment' })
  | (Base & { type: 'sign-agreement'; lateReason?: string })
  | (Base &
      Numbered & {
        type: 'terminate';
        ground: TerminationGround;
        reason: string;
        objectionBody: string;
      })
  | (Base & {
      type: 'object';
      /** When the 司法局 received the objection (art. 49's 5 days count from here); ≤ `at`. */
      receivedAt: Date;
      statement: string;
    })
  | (Base & Numbered & { type: 'decide-objection'; outcome: ObjectionOutcome; reason: string })
  | (Base & {
      type: 'close-case';
      /** The day the case ended (judgment, settlement, ...); the 30-day file period counts from it. */
      endedOn: string;
      result: string;
    })
  | (Base & { type: 'submit-file' })
  | (Base & { type: 'review-file'; result: FileReviewResult; grade?: FileGrade; note?: string })
  | (Base & {
      type: 'pay-subsidy';
      /** Integer fen. */
      amountFen: number;
      /** 法律援助法 第五十二条第三款: subsidies are exempt from VAT and individual income tax. */
      taxExempt: boolean;
      /** The version of the provincial rate table used (R19). */
      rateVersion?: string;
    })
  | (Base & { type: 'archive'; archiveNumber?: string })
  | (Base & { type: 'comment'; text: string })
  | (Base & { type: 'attach'; fileId: string; fileName: string; kind?: string });

export type LegalAidActionOf<T extends LegalAidActionType> = Extract<LegalAidAction, { type: T }>;

/** Milestones: the latest instant each was reached (status is the authority, these are history). */
export const LEGAL_AID_MILESTONES = [
  'appliedAt',
  'acceptedAt',
  'materialsRequestedAt',
  'materialsReceivedAt',
  'reviewedAt',
  'advanceAidStartedAt',
  'decidedAt',
  'approvedAt',
  'refusedAt',
  'withdrawnAt',
  'assignedAt',
  'agreementSignedAt',
  'aidStartedAt',
  'terminatedAt',
  'objectionReceivedAt',
  'objectionDecidedAt',
  'closedAt',
  'fileSubmittedAt',
  'fileReviewedAt',
  'subsidyPaidAt',
  'archivedAt',
] as const;
export type LegalAidMilestone = (typeof LEGAL_AID_MILESTONES)[number];
/**
 * `appliedAt` is the receipt time; `aidStartedAt` the assigned lawyer's acceptance. The keys
 * appliedAt…aidStartedAt are those of core/legal-aid/five-same-day, so `milestones` can be passed
 * to `assessFiveSameDay` as is.
 */
export type LegalAidMilestones = Partial<Record<LegalAidMilestone, Date>>;

export interface LegalAidFlags {
  /** 法律援助法 第四十四条: aid was given before the decision. */
  advanceAid: boolean;
  /** 法律援助法 第六十四条: terminated for fraud; the cost is to be recovered and a fine may follow. */
  recoveryRequired: boolean;
  /** Handled under the simplified procedure (five same-day). */
  simpleCase: boolean;
}

export interface LegalAidState {
  status: LegalAidStatus;
  flags: LegalAidFlags;
  milestones: LegalAidMilestones;
  channel: ApplicationChannel;
  caseKind: CaseKind | null;
  /** The single materials notice (art. 43 para. 2); never replaced. */
  materialsNotice: {
    items: string[];
    dueDate: string;
    requestedAt: Date;
    /** The status the matter returns to when the materials arrive. */
    returnTo: 'applied' | 'under-review' | 'reviewed';
    receivedAt: Date | null;
  } | null;
  /** The review of the current round (cleared when a corrected objection reopens the matter). */
  review: {
    at: Date;
    by: string;
    verdict: Verdict;
    recommendation: 'grant' | 'refuse';
    overridden: boolean;
    requiresSeniorLawyer: boolean;
  } | null;
  /** The current decision on the application. */
  decision: {
    kind: 'grant' | 'refuse';
    at: Date;
    by: string;
    reasonCodes: RefusalReasonCode[];
    objectionBody: string | null;
    documentNumber: string | null;
  } | null;
  advanceAid: { ground: AdvanceAidGround; at: Date; providerId: string | null } | null;
  assignedProviderId: string | null;
  assignedProviderName: string | null;
  /** Whether the 委托协议 of the current assignment is signed (程序规定 第二十七条). */
  agreementSigned: boolean;
  declineCount: number;
  termination: {
    ground: TerminationGround;
    at: Date;
    /** Where a corrected objection returns the matter. */
    statusBefore: 'granted' | 'assigned' | 'agreement-signed' | 'in-progress';
    objectionBody: string;
    documentNumber: string | null;
  } | null;
  /** The objection to the current refusal or termination. */
  objection: {
    against: 'refusal' | 'termination';
    receivedAt: Date;
    outcome: ObjectionOutcome | null;
  } | null;
  /** Times a corrected objection reopened the matter. */
  reopenCount: number;
  caseEndedOn: string | null;
  fileReview: { result: FileReviewResult; grade: FileGrade | null } | null;
  subsidy: { amountFen: number; taxExempt: boolean } | null;
  lastActionAt: Date;
  /** The number of actions folded: the version a client must send back (optimistic concurrency). */
  version: number;
}

export type LegalAidErrorCode =
  | 'LEGAL_AID.INVALID_TRANSITION'
  | 'LEGAL_AID.INVALID_PAYLOAD'
  | 'AUTH.FORBIDDEN'
  | 'COMMON.STALE_VERSION';

/** A refused action. `message` is Chinese, for the person who pressed the button. */
export interface LegalAidError {
  code: LegalAidErrorCode;
  message: string;
  /** The payload field at fault (INVALID_PAYLOAD). */
  field?: string;
  details: {
    status: LegalAidStatus | null;
    action: LegalAidActionType;
    /** The position in the log (fold errors). */
    index?: number;
    expectedVersion?: number;
    actualVersion?: number;
  };
}

export type LegalAidResult = { ok: true; state: LegalAidState } | { ok: false; error: LegalAidError };
