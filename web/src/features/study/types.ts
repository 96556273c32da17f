/**
 * The shapes the staff programme's API returns (server/use-cases/staff-programme/*: planDetail,
 * attemptView, paperResultsReply, …), as far as the pages read them.
 */
import type {
  AttendanceStatus,
  OpinionStatus,
  QuestionKind,
  RecordGrade,
  RespondentKind,
  SessionKind,
  StudyForm,
  StudyTheme,
} from '@core/staff-programme/vocabulary';

export interface Tally {
  expected: number;
  present: number;
  late: number;
  leave: number;
  absent: number;
  rate: number | null;
}

export interface Progress {
  members: number;
  sessionsTotal: number;
  sessionsHeld: number;
  attendance: Tally;
  notes: number;
}

export interface PlanItem {
  id: string;
  orgId: string;
  orgName: string;
  audienceOrgId: string;
  audienceName: string;
  partyMembersOnly: boolean;
  parentPlanId: string | null;
  title: string;
  themes: StudyTheme[];
  forms: StudyForm[];
  description: string | null;
  readings: { title: string; source?: string }[];
  startsOn: string;
  endsOn: string;
  status: 'draft' | 'published' | 'closed';
  publishedAt: string | null;
  sessionCount: number;
  version: number;
}

export interface SessionItem {
  id: string;
  planId: string;
  orgId: string;
  kind: SessionKind;
  title: string;
  location: string | null;
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
}

export interface PlanDetail {
  plan: PlanItem;
  canManage: boolean;
  sessions: (SessionItem & {
    myStatus: AttendanceStatus | null;
    myLeave: { status: 'pending' | 'approved' | 'rejected'; decisionNote: string | null } | null;
    attendance?: Tally;
  })[];
  progress?: Progress;
  counties?: { orgId: string; orgName: string; planId: string; progress: Progress }[];
}

export interface CheckInToken {
  session: SessionItem;
  planTitle: string;
  phase: 'not-open' | 'open' | 'closed';
  token: string | null;
  checkInPath: string | null;
  rotatesAt: string;
  expiresAt: string | null;
  serverNow: string;
  checkedIn: number;
  expected: number;
}

export interface SessionAttendance {
  session: SessionItem;
  planTitle: string;
  tally: Tally;
  items: {
    userId: string;
    name: string;
    unit: string;
    status: AttendanceStatus;
    method: 'qr' | 'organiser' | 'leave' | null;
    checkedInAt: string | null;
    note: string | null;
  }[];
}

export interface LeaveItem {
  id: string;
  sessionId: string;
  sessionTitle: string;
  startsAt: string;
  userId: string;
  name: string;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  decisionNote: string | null;
  version: number;
}

export interface MyAttendance {
  tally: Tally;
  sessions: (SessionItem & { planTitle: string; status: AttendanceStatus | null })[];
}

export interface RecordItem {
  id: string;
  userId: string;
  name: string;
  unit: string;
  planId: string;
  planTitle: string;
  sessionId: string | null;
  sessionTitle: string | null;
  reading: string | null;
  content: string;
  createdAt: string;
}

export interface SpotCheckItem {
  id: string;
  record: RecordItem;
  grade: RecordGrade | null;
  comment: string | null;
  followUpRequired: boolean;
  followUp: string | null;
  followUpDoneAt: string | null;
  followUpNote: string | null;
  version: number;
}

export interface SpotCheckSummary {
  id: string;
  periodFrom: string;
  periodTo: string;
  mode: string;
  candidates: number;
  drawn: number;
  graded: number;
  createdAt: string;
}

export interface SpotCheck {
  id: string;
  periodFrom: string;
  periodTo: string;
  planId: string | null;
  seed: string;
  candidates: number;
  createdAt: string;
  items: SpotCheckItem[];
  withoutRecords: { userId: string; name: string; unit: string }[];
}

export interface QuestionItem {
  id: string;
  orgId: string;
  kind: QuestionKind;
  category: string | null;
  stem: string;
  options: string[];
  correct: number[];
  explanation: string | null;
  active: boolean;
  version: number;
}

export interface PaperItem {
  id: string;
  orgId: string;
  planId: string | null;
  audienceOrgId: string;
  title: string;
  round: string | null;
  counts: Record<string, number>;
  categories: string[];
  points: Record<string, number>;
  questionCount: number;
  maxScore: number;
  timeLimitMinutes: number;
  maxAttempts: number;
  passScore: number;
  opensAt: string | null;
  closesAt: string | null;
  status: 'draft' | 'published' | 'closed';
  version: number;
}

export interface MyPaperItem extends PaperItem {
  attemptsUsed: number;
  bestScore: number | null;
  openAttemptId: string | null;
  open: boolean;
}

export interface AttemptView {
  id: string;
  paperId: string;
  paperTitle: string;
  attemptNo: number;
  maxAttempts: number;
  status: 'open' | 'submitted';
  startedAt: string;
  deadlineAt: string;
  serverNow: string;
  questions: { id: string; kind: QuestionKind; stem: string; options: string[] }[];
  answers: Record<string, number[]>;
  result: {
    score: number;
    maxScore: number;
    passScore: number;
    passed: boolean;
    items: { questionId: string; correct: boolean }[];
    review: { questionId: string; correctPositions: number[]; explanation: string | null }[] | null;
  } | null;
}

export interface RoundSummary {
  expected: number;
  participants: number;
  participationRate: number | null;
  average: number | null;
  highest: number | null;
  lowest: number | null;
  passed: number;
  passRate: number | null;
  byCategory: { category: string; correctRate: number | null }[];
}

export interface PaperResults {
  paper: PaperItem;
  summary: RoundSummary;
  people: {
    userId: string;
    name: string;
    unit: string;
    attempts: number;
    bestScore: number | null;
    passed: boolean | null;
  }[];
  items: {
    questionId: string;
    kind: QuestionKind;
    category: string | null;
    stem: string;
    options: string[];
    correct: number[];
    answered: number;
    correctCount: number;
    correctRate: number | null;
    discrimination: number | null;
    optionCounts: number[];
  }[];
}

export interface CompareRounds {
  first: { paper: PaperItem; summary: RoundSummary };
  second: { paper: PaperItem; summary: RoundSummary };
  change: {
    participationRate: number | null;
    average: number | null;
    passRate: number | null;
    byCategory: { category: string; first: number | null; second: number | null; change: number | null }[];
  };
}

export interface BulletinItem {
  id: string;
  orgId: string;
  orgName: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  figures: Record<string, unknown>;
  body: string;
  status: 'draft' | 'published';
  publishedAt: string | null;
  version: number;
}

export interface FormQuestion {
  key: string;
  label: string;
  kind: 'text' | 'rating' | 'choice';
  options?: string[];
  required?: boolean;
}

export interface OpinionForm {
  id: string;
  title: string;
  intro: string | null;
  respondentKinds: RespondentKind[];
  questions: FormQuestion[];
  publicPath: string;
  status: 'open' | 'closed';
  closesAt: string | null;
  responses: number;
  version: number;
}

export interface OpinionItem {
  id: string;
  formId: string;
  formTitle: string;
  respondentKind: RespondentKind;
  respondentName: string | null;
  contactMasked: string | null;
  answers: Record<string, string | number>;
  ratings: { label: string; value: number }[];
  content: string;
  status: OpinionStatus;
  assigneeId: string | null;
  assigneeName: string | null;
  handlingNote: string | null;
  reply: string | null;
  submittedAt: string;
  repliedAt: string | null;
  replySms: { toMasked: string; status: string } | null;
  version: number;
}

export interface TalkItem {
  id: string;
  subjectUserId: string;
  subjectName: string;
  conductedByName: string;
  heldOn: string;
  topic: string;
  summary: string;
  followUp: string | null;
  followUpDueOn: string | null;
  followUpDoneAt: string | null;
  followUpNote: string | null;
  version: number;
}

/** GET /api/study/attendance-rates (server/use-cases/staff-programme/attendance-rates.ts). */
export interface RateRow {
  id: string;
  name: string;
  tally: Tally;
}
export interface AttendanceRates {
  view: 'own' | 'scope';
  bureauKind: string;
  sessionsHeld: number;
  total: Tally;
  counties: RateRow[];
  departments: (RateRow & { county: string })[];
  persons: (RateRow & { department: string; county: string })[];
}
