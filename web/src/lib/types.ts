/**
 * Shapes of the API replies the console reads, matching the server's zod schemas
 * (server/use-cases/<feature>/*-item.ts). Every item carries its `version` for optimistic concurrency.
 */

export const ORG_KINDS = [
  'city-bureau',
  'county-bureau',
  'service-center',
  'legal-aid-agency',
  'law-firm',
  'notary-office',
  'mediation-committee',
  'appraisal-institution',
  'arbitration-commission',
  'other',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export interface Organisation {
  id: string;
  parentId: string | null;
  kind: OrgKind;
  name: string;
  shortName: string | null;
  divisionCode: string | null;
  uscc: string | null;
  address: string | null;
  phone: string | null;
  active: boolean;
  version: number;
  /** Depth in the scope-relative tree, 0 for a root (list replies only). */
  depth?: number;
}

export const WINDOW_STATUSES = ['open', 'paused', 'closed'] as const;
export type WindowStatus = (typeof WINDOW_STATUSES)[number];

export interface HallWindow {
  id: string;
  orgId: string;
  number: number;
  name: string;
  services: string[];
  status: WindowStatus;
  location: string | null;
  version: number;
}

export interface StaffMember {
  id: string;
  orgId: string;
  username: string;
  displayName: string;
  roles: string[];
  roleLabels: string[];
  title: string | null;
  partyMember: boolean;
  active: boolean;
  /** ISO instant until which the account is locked after failed logins, else null. */
  lockedUntil: string | null;
  lastLoginAt: string | null;
  version: number;
}

export const SANCTION_KINDS = ['administrative-penalty', 'industry-sanction'] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];

/** A lawyer of a bureau's roster. The phone is masked; the full number never leaves the server. */
export interface Lawyer {
  id: string;
  orgId: string;
  firmId: string | null;
  firmName: string | null;
  userId: string | null;
  name: string;
  namePinyinInitials: string | null;
  sex: 'male' | 'female' | null;
  licenceNo: string;
  firstPracticeYear: number;
  specialties: string[];
  areas: string[];
  phoneMasked: string | null;
  teamMember: boolean;
  teamJoinedOn: string | null;
  teamRemovedReason: string | null;
  sanctionCount: number;
  active: boolean;
  version: number;
}

export interface Sanction {
  id: string;
  lawyerId: string;
  kind: SanctionKind;
  decidedOn: string;
  authority: string;
  description: string;
  recordedBy: string | null;
}

export interface TeamReason {
  code: string;
  message: string;
}

export interface LawyerDetail extends Lawyer {
  sanctions: Sanction[];
  teamEligibility: { eligible: boolean; practiceYears: number; reasons: TeamReason[] };
}

export type DayReason =
  | 'override-holiday'
  | 'override-workday'
  | 'official-holiday'
  | 'make-up-workday'
  | 'weekend'
  | 'weekday';

export interface HolidayOverride {
  id: string;
  date: string;
  kind: 'holiday' | 'workday';
  source: string | null;
  note: string | null;
  version: number;
}

/** One day of GET /api/calendar/days. */
export interface CalendarDay {
  date: string;
  working: boolean;
  /** The year's holiday notice is not in the data and no override names the day. */
  provisional: boolean;
  reason: DayReason;
  /** The festival's name, or the override's source. */
  name?: string;
  override?: HolidayOverride;
}

export const HARDSHIP_BASES = ['dibao', 'low-income', 'minimum-wage', 'other'] as const;
export type HardshipBasis = (typeof HARDSHIP_BASES)[number];
export const HARDSHIP_AREAS = ['urban', 'rural', 'all'] as const;
export type HardshipArea = (typeof HARDSHIP_AREAS)[number];

/** An economic-hardship standard; the amount is a decimal string ('1130.00'), never a float. */
export interface HardshipStandard {
  id: string;
  regionCode: string;
  regionName: string | null;
  basis: HardshipBasis;
  area: HardshipArea;
  monthlyPerCapitaYuan: string;
  effectiveFrom: string;
  /** Last day in force (inclusive); null = open-ended. */
  effectiveTo: string | null;
  source: string;
  isSample: boolean;
  version: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  orgId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}
