/**
 * Shapes of the legal-aid API replies (docs/legal-aid-api.md), matching the server's zod schemas in
 * server/routes/legal-aid*.ts. Instants are ISO strings; business dates `YYYY-MM-DD` (Beijing).
 */
import type {
  Art31Matter,
  Art32Circumstance,
  Art42Exemption,
  CaseKind,
  EligibilityResult,
  HardshipMethod,
  MandatoryGround,
} from '@core/legal-aid/eligibility';
import type { FiveSameDayLight } from '@core/legal-aid/five-same-day';
import type { LegalAidActionType, LegalAidStatus } from '@core/procedures/legal-aid-vocabulary';

export type { FiveSameDayLight };

/** POST /api/legal-aid/applications body (also the preview body, partially). */
export interface IntakeBody {
  ticketId?: string;
  channel: 'window' | 'reception' | 'online' | string;
  applicant: {
    /** A person of the shared records; `idNumber` may then be left out (the one on record is used). */
    personId?: string;
    name: string;
    idNumber?: string;
    phone?: string;
    address?: string;
    sex?: 'male' | 'female';
  };
  agent?: {
    name: string;
    idNumber?: string;
    relation: 'legal-representative' | 'close-relative';
    phone?: string;
  };
  opposingParty?: { name: string; idNumber?: string; kind?: 'person' | 'organisation' };
  facts: string;
  caseKind: CaseKind;
  matter?: Art31Matter | string;
  mandatory?: MandatoryGround;
  circumstances?: Art32Circumstance[];
  exemptions?: Art42Exemption[];
  priorityGroups?: string[];
  hardship?: { householdSize: number; householdMonthlyIncomeYuan: number; method: HardshipMethod };
  regionCode?: string;
  simpleCase?: boolean;
  limitationDueOn?: string;
}

export interface StandardInForce {
  monthlyPerCapitaYuan: number;
  basis: string;
  regionCode: string;
  effectiveFrom: string;
  isSample: boolean;
}

/** POST /api/legal-aid/eligibility/preview reply. */
export interface EligibilityPreview {
  result: EligibilityResult;
  standard: StandardInForce | null;
  messages: { code: string; article: string; message: string }[];
}

export type DeadlineState = 'running' | 'due-soon' | 'overdue';

/** A running deadline; `dueAt` is the last day, a business date `YYYY-MM-DD`. */
export interface MatterDeadline {
  kind: string;
  label: string;
  dueAt: string;
  basis: 'calendar-days' | 'working-days' | 'hours' | string;
  source: string;
  provisional: boolean;
  state: DeadlineState;
}

export interface MatterActionEntry {
  seq: number;
  type: LegalAidActionType | string;
  label: string;
  at: string;
  actorName: string | null;
  actorRole: string;
  summary: string;
  /** The summary's parts (server matter-shapes.ts historyFacts), for the English line; absent from older servers. */
  facts?: HistoryFacts;
}

/** MatterActionEntry.facts: codes, dates and names as data, free text as typed. */
export interface HistoryFacts {
  items?: string[];
  dueDate?: string;
  recommendation?: 'grant' | 'refuse';
  opinion?: string | null;
  reasonCodes?: string[];
  ground?: number;
  outcome?: string;
  providerName?: string;
  firmName?: string | null;
  endedOn?: string;
  kind?: string | null;
  text?: string;
}

export interface FiveSameDay {
  met: boolean;
  businessDate: string;
  /** Milestone keys not reached yet (appliedAt…aidStartedAt). */
  missing: string[];
  /** Late or out of order. */
  late: string[];
  light: FiveSameDayLight;
  /** False once the matter left the way to aid (refused, withdrawn, terminated, under objection). */
  applicable: boolean;
  /** 审批 ended in a refusal (不予法律援助): decided, not pending. */
  refused: boolean;
  /** Steps that no longer apply (after a refusal: assignedAt, aidStartedAt). */
  notApplicable: string[];
  /** The next milestone key to reach, or null (met, or refused: only the objection remains). */
  next: string | null;
}

export interface MatterDocument {
  kind: string;
  label: string;
  url: string;
}

/** A row of GET /api/legal-aid/applications (masked; server matterListItem). */
export interface MatterListItem {
  id: string;
  number: string;
  status: LegalAidStatus;
  statusLabel: string;
  version: number;
  applicantName: string;
  idNumberMasked: string | null;
  caseKind: CaseKind;
  matter: string | null;
  matterLabel: string;
  appliedAt: string;
  assignedLawyerId: string | null;
  /** 承办人: the assigned lawyer's name, null before assignment. */
  assignedLawyerName: string | null;
  fiveSameDay: FiveSameDay;
}

/** GET /api/legal-aid/applications/:id (server matterDetail). */
export interface MatterDetail extends MatterListItem {
  orgId: string;
  /** The agency and the 司法局 that set it up (where objections go, 法律援助法 第四十九条). */
  agency: { name: string; bureauName: string };
  channel: string;
  ticketId: string | null;
  flags: { advanceAid: boolean; recoveryRequired: boolean; simpleCase: boolean };
  milestones: Record<string, string>;
  applicant: {
    personId: string;
    name: string;
    idNumberMasked: string | null;
    phoneMasked: string | null;
    sex: string | null;
    birthDate: string | null;
    address: string | null;
  };
  agent: { name: string; relation: string; idNumberMasked: string | null; phoneMasked: string | null } | null;
  opposingParty: { name: string; kind: string; idNumberMasked: string | null } | null;
  facts: string;
  mandatory: string | null;
  circumstances: string[];
  exemptions: string[];
  priorityGroups: string[];
  hardshipMethod: HardshipMethod | string | null;
  householdSize: number | null;
  regionCode: string;
  limitationDueOn: string | null;
  /** assessEligibility's result at the last assessment (no per-capita income), plus the standard. */
  eligibility: Partial<EligibilityResult> & Record<string, unknown>;
  deadlines: MatterDeadline[];
  actions: MatterActionEntry[];
  availableActions: string[];
  assignedProvider: { lawyerId: string; name: string; firmName: string | null } | null;
  objectionBody: string | null;
  /** The current round's review (审查意见), null before it and after a corrected objection reopens the matter. */
  review: MatterReview | null;
  documents: MatterDocument[];
  /** Whether the signed 告知承诺书 (signature or scan) is on file. */
  commitmentSigned: boolean;
}

/** MatterDetail.review (server matter-view.ts). */
export interface MatterReview {
  recommendation: 'grant' | 'refuse';
  verdict: 'eligible' | 'ineligible' | 'incomplete';
  overridden: boolean;
  requiresSeniorLawyer: boolean;
  at: string;
  reviewerName: string | null;
}

/** Why a lawyer is suggested (server/use-cases/legal-aid/suggest-providers.ts `suggestionReason`). */
export interface SuggestionReason {
  code: 'specialty' | 'area' | 'team' | 'load' | 'senior' | 'conflict';
  specialties?: string[];
  n?: number;
}

export interface ProviderSuggestion {
  lawyerId: string;
  name: string;
  firmName: string | null;
  score: number;
  /** The reasons in Chinese (server words); `reasonCodes` the same as data, for the chosen language. */
  reasons: string[];
  reasonCodes: SuggestionReason[];
  load: number;
  teamMember: boolean;
  yearsOfPractice: number;
  conflict: boolean;
}

export interface SensitiveData {
  householdSize: number | null;
  householdMonthlyIncomeYuan: number | null;
  perCapitaIncomeYuan: number | null;
  idNumber: string | null;
}

/** GET /api/legal-aid/today. */
export interface TodayBoard {
  date: string;
  summary: { total: number; met: number; green: number; amber: number; red: number; rate: number | null };
  items: MatterListItem[];
  atRisk: MatterListItem[];
}

/** GET /api/legal-aid/verifications items. */
export interface VerificationTask {
  id: string;
  matterId: string;
  matterNumber: string;
  applicantName: string;
  sampledAt: string;
  rate: string;
  seed: string;
  outcome: 'pending' | 'confirmed' | 'false-commitment';
  note: string | null;
  decidedAt: string | null;
  recoveryStatus: string | null;
  version: number;
  terminationPrompt: { grounds: number[]; message: string } | null;
}

/** GET /api/legal-aid/reminders items (server reminder-item.ts). `dueOn` is the clock's last day in Beijing. */
export interface ReminderItem {
  id: string;
  matterId: string;
  matterNumber: string;
  matterStatus: LegalAidStatus;
  matterStatusLabel: string;
  applicantName: string;
  kind: string;
  kindLabel: string;
  dueOn: string;
  level: 'due-soon' | 'overdue' | 'info';
  message: string;
  source: string | null;
  recipientRole: string;
  recipientUserId: string | null;
  recipientName: string | null;
  createdAt: string;
  escalatedAt: string | null;
  readAt: string | null;
  done: boolean;
}

/** GET /api/legal-aid/reminders/summary: the header badge. */
export interface ReminderSummary {
  overdue: number;
  dueSoon: number;
  unread: number;
  unreadOverdue: number;
}
