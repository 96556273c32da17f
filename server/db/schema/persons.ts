import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';

/**
 * Party records shared across windows: one person, many matters. The resident ID number is stored
 * encrypted (AES-256-GCM, `idNumberEnc`), with an HMAC lookup hash for exact search and the last four
 * characters for tail search; lists show only `idNumberMasked`. Every read of the full value is audited.
 */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    namePinyinInitials: text('name_pinyin_initials'),
    /** Full pinyin, syllables one space apart ('li si'), searched by core/identity name-pinyin rules. */
    namePinyin: text('name_pinyin'),
    idNumberEnc: text('id_number_enc'),
    idNumberHash: text('id_number_hash'),
    idNumberMasked: text('id_number_masked'),
    idNumberTail: text('id_number_tail'),
    birthDate: date('birth_date'),
    sex: text('sex'),
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    phoneMasked: text('phone_masked'),
    phoneTail: text('phone_tail'),
    address: text('address'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('persons_org_idx').on(t.orgId),
    index('persons_id_hash_idx').on(t.idNumberHash),
    index('persons_phone_hash_idx').on(t.phoneHash),
    index('persons_id_tail_idx').on(t.idNumberTail),
    index('persons_name_idx').on(t.name),
  ],
);
