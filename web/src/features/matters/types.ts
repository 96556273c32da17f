import type { LateApplicationWarning } from '@core/procedures/late-application';
/** Shapes of /api/matters replies (server/use-cases/matters/matter-view.ts). */
export interface Clock {
  kind: string;
  label: string;
  source: string;
  basis: 'calendar-days' | 'working-days';
  amount: number;
  extendedBy: number;
  startsOn: string;
  dueOn: string;
  pausedSince: string | null;
  pausedDays: number;
  provisional: boolean;
  responsibleRole: string | null;
  daysLeft: number;
  level: 'ok' | 'due-soon' | 'overdue' | 'paused';
  remindedAt: string | null;
  breachedAt: string | null;
}

export interface MatterListItem {
  id: string;
  orgId: string;
  service: string;
  serviceName: string;
  number: string;
  status: string;
  statusLabel: string;
  closed: boolean;
  version: number;
  summary: string;
  /** '人民调解 · 李四 与 王五（邻里纠纷）' and in English (core/procedures/matter-title.ts). */
  title: string;
  titleEn: string;
  parties: { name: string; role: string }[];
  handlerUserId: string | null;
  openedAt: string;
  nextDue: Clock | null;
  breached: boolean;
}

export interface MatterLink {
  id: string;
  number: string;
  service: string;
}

export interface MatterDetail extends MatterListItem {
  state: Record<string, unknown>;
  ticketNumber: string | null;
  referredFrom: MatterLink | null;
  referrals: MatterLink[];
  partyDetails: {
    id: string;
    personId: string | null;
    role: string;
    name: string;
    idNumberMasked: string | null;
    phoneMasked: string | null;
  }[];
  actions: {
    seq: number;
    type: string;
    label: string;
    source: string;
    at: string;
    actorRole: string;
    actorName: string | null;
    payload: Record<string, unknown>;
  }[];
  clocks: Clock[];
  /** The application made past a statutory limit (core/procedures/late-application.ts). */
  lateWarnings: LateApplicationWarning[];
  nextActions: {
    type: string;
    label: string;
    source: string;
    roles: string[];
    mine: boolean;
    /** The matter's own allowed values of the action's enum fields, by field path. */
    choices: Record<string, string[]>;
  }[];
}

export interface ConflictWarning {
  partyName: string;
  partyRole: string;
  matchedBy: 'id-number' | 'name';
  adverse: boolean;
  otherRole: string;
  /** The other open matter; null when the person is on both sides of this matter itself. */
  matter: { id: string; service: string; number: string; status: string } | null;
  message: string;
  /** The warning in English. */
  messageEn: string;
}

/** A JSON Schema node as zod's toJSONSchema writes it (the parts the form reads). */
import type { DateBound } from '@core/procedures/date-bounds';

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  /** How the field is shown (core/procedures/payload-kit.ts FieldWidget, from zod `.meta()`). */
  widget?: 'date' | 'time' | 'money' | 'account' | 'party' | 'phone' | 'id-number';
  /** A date's earliest / latest allowed day (core/procedures/date-bounds.ts): the picker disables the rest. */
  notBefore?: DateBound;
  notAfter?: DateBound;
  /** Kept only so old payloads replay (payload-kit zLegacy): never shown in a form. */
  legacy?: boolean;
  /** Shown only while the sibling `field` holds one of `values` (payload-kit shownWhen). */
  shownWhen?: { field: string; values: (string | boolean)[] };
  /** Required while the sibling `field` holds one of `values` (payload-kit requiredWhen). */
  requiredWhen?: { field: string; values: (string | boolean)[] };
  /** An account field's role offered and the sibling field its chosen name fills. */
  role?: string;
  nameField?: string;
}

/** Enum value code → [Chinese, English] (core/procedures/labels.ts). */
export type ValueLabels = Record<string, readonly [string, string]>;

export interface CatalogAction {
  type: string;
  label: string;
  labelEn: string;
  source: string;
  roles: string[];
  payloadSchema: JsonSchema;
  /** Chinese name of each payload field, nested ones by dotted path ('terms.content'). */
  fieldLabels: Record<string, string>;
  /** English name of each field of `fieldLabels`. */
  fieldLabelsEn: Record<string, string>;
  /** English name of one entry of each list field, by dotted path ('claims' → 'claim'). */
  itemNamesEn?: Record<string, string>;
}

export interface Procedure {
  service: string;
  nameZh: string;
  nameEn: string;
  typeWord: string;
  openingAction: string;
  statuses: { value: string; label: string; labelEn: string }[];
  /** English name of each clock kind (the Chinese is the clock's own label). */
  clockLabelsEn: Record<string, string>;
  valueLabels: ValueLabels;
  actions: CatalogAction[];
}

export interface DeadlineItem extends Clock {
  matterId: string;
  number: string;
  service: string;
  serviceName: string;
  summary: string;
  title: string;
  titleEn: string;
}

export interface PersonItem {
  id: string;
  name: string;
  idNumberMasked: string | null;
  phoneMasked: string | null;
}

export const PARTY_ROLES = [
  'applicant',
  'respondent',
  'opposing-party',
  'agent',
  'client',
  'complainant',
  'third-party',
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** A claim of an arbitration matter with its own limitation (core/procedures/arbitration-clocks.ts). */
export type { ArbitrationClaim } from '@core/procedures/arbitration-clocks';
/** An application made after a statutory limit (core/procedures/late-application.ts). */
export type { LateApplicationWarning };
