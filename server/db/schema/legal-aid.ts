import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { lawyers } from './lawyers';
import { organisations } from './organisations';
import { persons } from './persons';
import { tickets } from './queue';
import { users } from './staff';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});

/** The agent (代理人, 法律援助法 第四十条) as stored: masked values and a lookup hash only. */
export interface StoredAgent {
  name: string;
  relation: 'legal-representative' | 'close-relative';
  idNumberMasked: string | null;
  idNumberHash: string | null;
  phoneMasked: string | null;
}

/** The opposing party as stored: the name, and for a person the ID number's lookup hash and masked copy. */
export interface StoredOpposingParty {
  name: string;
  kind: 'person' | 'organisation';
  idNumberMasked: string | null;
  idNumberHash: string | null;
}

/**
 * Legal-aid matters (法律援助事项). The authority is the append-only `legal_aid_actions` log
 * (core/procedures/legal-aid.ts folds it); `status`, `version` and the five-same-day milestone columns
 * are denormalised from the fold for fast lists and are rewritten in the transaction that appends an
 * action. `orgId` is the legal aid agency (法律援助机构). The number (`包法援〔2026〕第0001号`) is unique
 * per printed series and year, not per agency: the series is the printed head (the agency's short name and
 * '法援'), and two agencies may print the same short name, which with a counter per agency both printed
 * 包法援〔2026〕第0001号. The sequence comes from `matter_number_series` (shared with the window matters,
 * whose heads never end in 法援) inside the creating transaction, and the number itself is unique
 * (migration 0021). `year` and `seq` are the number's parts.
 *
 * Personal data (个人信息保护法 第二十八条、第五十一条): the applicant is a `persons` row (ID number and
 * phone encrypted there); household income is encrypted here (`householdIncomeEnc`, integer fen as text);
 * the agent and the opposing party keep masked values and lookup hashes only. The eligibility snapshot
 * leaves out the per-capita income.
 */
export const legalAidMatters = pgTable(
  'legal_aid_matters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    number: text('number').notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    applicantPersonId: uuid('applicant_person_id')
      .notNull()
      .references(() => persons.id),
    agent: jsonb('agent').$type<StoredAgent>(),
    opposingParty: jsonb('opposing_party').$type<StoredOpposingParty>(),
    channel: text('channel').notNull(),
    facts: text('facts').notNull(),
    caseKind: text('case_kind').notNull(),
    matter: text('matter'),
    mandatory: text('mandatory'),
    circumstances: text('circumstances').array().notNull().default(sql`'{}'::text[]`),
    exemptions: text('exemptions').array().notNull().default(sql`'{}'::text[]`),
    priorityGroups: text('priority_groups').array().notNull().default(sql`'{}'::text[]`),
    householdSize: integer('household_size'),
    /** AES-256-GCM of the household's monthly income in integer fen (server/security/personal-data.ts). */
    householdIncomeEnc: text('household_income_enc'),
    hardshipMethod: text('hardship_method'),
    regionCode: text('region_code').notNull(),
    limitationDueOn: date('limitation_due_on'),
    /** `assessEligibility`'s result at the last assessment, without `perCapitaIncomeYuan`, plus the standard. */
    eligibility: jsonb('eligibility').$type<Record<string, unknown>>().notNull(),
    status: text('status').notNull(),
    version: integer('version').notNull(),
    ticketId: uuid('ticket_id').references(() => tickets.id, { onDelete: 'set null' }),
    assignedLawyerId: uuid('assigned_lawyer_id').references(() => lawyers.id),
    /** The assigned lawyer's staff account (core/access `assignedUserIds`). */
    assignedUserId: uuid('assigned_user_id').references(() => users.id),
    appliedAt: instant('applied_at').notNull(),
    acceptedAt: instant('accepted_at'),
    approvedAt: instant('approved_at'),
    assignedAt: instant('assigned_at'),
    aidStartedAt: instant('aid_started_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('legal_aid_matters_number_uq').on(t.number),
    index('legal_aid_matters_org_applied_idx').on(t.orgId, t.appliedAt),
    index('legal_aid_matters_status_idx').on(t.status),
    index('legal_aid_matters_applicant_idx').on(t.applicantPersonId),
    index('legal_aid_matters_assigned_user_idx').on(t.assignedUserId),
    index('legal_aid_matters_assigned_lawyer_idx').on(t.assignedLawyerId),
    check('legal_aid_matters_household_ck', sql`${t.householdSize} is null or ${t.householdSize} >= 1`),
    check('legal_aid_matters_version_ck', sql`${t.version} >= 1`),
  ],
);

/**
 * The append-only action log of each matter (core LegalAidAction: type, instant, actor, payload).
 * `seq` = the matter's version after the action; UNIQUE(matter_id, seq) makes two concurrent writers
 * unable to both append action N, even without the row lock the use case takes.
 */
export const legalAidActions = pgTable(
  'legal_aid_actions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => legalAidMatters.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    at: instant('at').notNull(),
    /** Null for the system (deadline sweep). */
    actorId: uuid('actor_id').references(() => users.id),
    actorRole: text('actor_role').notNull(),
    actorName: text('actor_name'),
    /** A lawyer's roster id (core `LegalAidActor.providerId`). */
    actorProviderId: uuid('actor_provider_id'),
    /** The action's payload (everything but type, at and actor); instants as ISO strings. */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    uniqueIndex('legal_aid_actions_seq_uq').on(t.matterId, t.seq),
    check('legal_aid_actions_seq_ck', sql`${t.seq} >= 1`),
  ],
);

/**
 * Signed commitment letters (告知承诺书, 法律援助法 第四十一条) and other uploads: a signature PNG or a
 * scan (PNG/JPEG/PDF, ≤ 5 MB) kept in the database (bytea), so backups hold them with the matter.
 */
export const legalAidDocuments = pgTable(
  'legal_aid_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => legalAidMatters.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fileName: text('file_name'),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    data: bytea('data').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('legal_aid_documents_matter_idx').on(t.matterId, t.createdAt),
    check('legal_aid_documents_kind_ck', sql`${t.kind} in ('commitment-signature','commitment-scan')`),
    check('legal_aid_documents_size_ck', sql`${t.size} between 1 and 5242880`),
  ],
);

/**
 * Spot checks of commitments after the fact (MoJ 2022 guidance: fraud is handled by checks during and
 * after the case; 法律援助法 第四十一条). A false commitment opens a recovery record (第六十四条) and a
 * termination prompt (第四十八条第一款第一项、第二项).
 */
export const legalAidVerifications = pgTable(
  'legal_aid_verifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => legalAidMatters.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    sampledAt: instant('sampled_at').notNull(),
    sampledBy: uuid('sampled_by').references(() => users.id),
    /** The sampling run: rate and seed, so a draw can be reproduced. */
    rate: text('rate').notNull(),
    seed: text('seed').notNull(),
    outcome: text('outcome').notNull().default('pending'),
    note: text('note'),
    decidedAt: instant('decided_at'),
    decidedBy: uuid('decided_by').references(() => users.id),
    /** 法律援助法 第六十四条: 'open' once a false commitment is found. */
    recoveryStatus: text('recovery_status'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('legal_aid_verifications_matter_uq').on(t.matterId),
    index('legal_aid_verifications_org_idx').on(t.orgId, t.sampledAt),
    check(
      'legal_aid_verifications_outcome_ck',
      sql`${t.outcome} in ('pending','confirmed','false-commitment')`,
    ),
  ],
);

/**
 * Deadline reminders written by the sweep (server/jobs/deadline-sweep.ts): one row per matter, kind and
 * due date, so running the sweep twice never notifies twice; `level` escalates from 'due-soon' to
 * 'overdue' in place. `recipientUserId` is the responsible person when known, else `recipientRole`
 * names the inbox (e.g. the bureau leaders for an objection).
 */
export const legalAidReminders = pgTable(
  'legal_aid_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => legalAidMatters.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    recipientUserId: uuid('recipient_user_id').references(() => users.id),
    recipientRole: text('recipient_role').notNull(),
    /** A core deadline kind, or 'deem-withdrawn-proposal' / 'termination-prompt'. */
    kind: text('kind').notNull(),
    dueOn: date('due_on').notNull(),
    level: text('level').notNull(),
    message: text('message').notNull(),
    source: text('source'),
    createdAt: instant('created_at').notNull(),
    escalatedAt: instant('escalated_at'),
    readAt: instant('read_at'),
    done: boolean('done').notNull().default(false),
  },
  (t) => [
    uniqueIndex('legal_aid_reminders_uq').on(t.matterId, t.kind, t.dueOn),
    index('legal_aid_reminders_recipient_idx').on(t.recipientUserId, t.createdAt),
    check('legal_aid_reminders_level_ck', sql`${t.level} in ('due-soon','overdue','info')`),
  ],
);
