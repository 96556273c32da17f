/** Replies of /api/dashboard/* (server/use-cases/dashboard). */
export interface Unit {
  id: string;
  name: string;
  kind: string;
}
export interface ScopePart {
  from: string;
  to: string;
  today: string;
  root: Unit;
  units: Unit[];
}
export interface QueueRow {
  tickets: number;
  finished: number;
  matters: number;
  noShows: number;
  avgWaitSeconds: number | null;
  p90WaitSeconds: number | null;
  avgServiceSeconds: number | null;
  p90ServiceSeconds: number | null;
}
export interface QueueFigures extends ScopePart {
  overall: QueueRow;
  services: (QueueRow & { code: string; name: string })[];
  windows: (QueueRow & { id: string; number: number; name: string; centerName: string })[];
  byUnit: (QueueRow & { id: string; name: string })[];
  daily: { date: string; tickets: number; finished: number }[];
}
export interface LiveCounts {
  issued: number;
  waiting: number;
  called: number;
  serving: number;
  finished: number;
}
export interface LiveFigures {
  today: string;
  root: Unit;
  totals: LiveCounts;
  centers: (LiveCounts & { id: string; name: string })[];
  services: (LiveCounts & { code: string; name: string })[];
  windows: {
    id: string;
    centerId: string;
    centerName: string;
    number: number;
    name: string;
    status: string;
    current: string[];
    waiting: number;
    finished: number;
  }[];
}
export interface Outcomes {
  granted: number;
  refused: number;
  withdrawn: number;
  pending: number;
}
export interface Results {
  met: number;
  breached: number;
  pending: number;
}
export interface Five {
  met: number;
  missed: number;
  open: number;
  notApplicable: number;
  rate: number | null;
}
export interface LegalAidFigures extends ScopePart {
  applications: number;
  outcomes: Outcomes;
  byMatter: (Outcomes & { key: string; label: string })[];
  byPriorityGroup: (Outcomes & { key: string; label: string })[];
  fiveSameDay: Five;
  deadlines: { decision: Results; assignment: Results };
  byUnit: {
    id: string;
    name: string;
    applications: number;
    outcomes: Outcomes;
    fiveSameDay: Five;
    decision: Results;
    assignment: Results;
  }[];
}
export interface SatisfactionSummary {
  evaluations: number;
  satisfactionRate: number | null;
  badReviews: number;
  rectifications: number;
  rectified: number;
  overdue: number;
}
export interface SatisfactionFigures extends ScopePart {
  overall: SatisfactionSummary;
  levels: { level: number; label: string; count: number }[];
  rectificationStatuses: { status: string; count: number }[];
  byUnit: (SatisfactionSummary & { id: string; name: string })[];
}
export interface LawyerTeamFigures extends ScopePart {
  members: number;
  totals: { consultations: number; legalAid: number };
  lawyers: { id: string; name: string; firmName: string | null; consultations: number; legalAid: number }[];
}

/** Which list a chart opens, with the filters that narrow it to the clicked bar or slice. */
export type ListKind = 'tickets' | 'legal-aid' | 'evaluations' | 'lectures';
export interface ListRequest {
  kind: ListKind;
  title: string;
  filters: Record<string, string | number>;
}

export interface LectureTotals extends ScopePart {
  overall: { held: number; audience: number; planned: number };
  byVenueType: { venueType: string; label: string; held: number; audience: number; planned: number }[];
  byTopic: { topic: string; held: number; audience: number; planned: number }[];
  byUnit: { id: string; name: string; held: number; audience: number; planned: number }[];
}
