/** Shapes of the 好差评 API replies (server/use-cases/evaluations/*.ts). */
export interface EvaluationItem {
  id: string;
  subject: string;
  subjectNumber: string;
  serviceName: string;
  windowNumber: number | null;
  windowName: string | null;
  staffName: string | null;
  staffPartyMember: boolean;
  lawyerName: string | null;
  level: number;
  levelLabel: string;
  tags: { code: string; label: string }[];
  comment: string | null;
  channelLabel: string;
  businessDate: string;
  createdAt: string;
  rectificationStatus: string | null;
}

export interface EvaluationPage {
  items: EvaluationItem[];
  total: number;
  summary: {
    count: number;
    averageLevel: number | null;
    satisfactionRate: number | null;
    byLevel: Record<string, number>;
  };
}

export interface RankingRow {
  key: string;
  label: string;
  partyMember: boolean;
  rank: number;
  count: number;
  averageLevel: number;
  satisfactionRate: number;
  badCount: number;
}

export interface RectificationItem {
  id: string;
  status: string;
  statusLabel: string;
  subjectNumber: string;
  serviceName: string;
  windowNumber: number | null;
  staffName: string | null;
  staffPartyMember: boolean;
  lawyerName: string | null;
  level: number;
  levelLabel: string;
  comment: string | null;
  openedOn: string;
  callbackDueOn: string;
  fixDueOn: string;
  callbackOverdue: boolean;
  fixOverdue: boolean;
  overdue: boolean;
  escalatedAt: string | null;
  calledBackAt: string | null;
  callbackNote: string | null;
  rectifiedAt: string | null;
  rectificationNote: string | null;
  followUpLevel: number | null;
  version: number;
  sources: { callback: string; fix: string };
}
