-- Full pinyin of staff names, for the staff directory's search by full pinyin, initials or a mixture, as persons and
-- lawyers (0011). Rows written before this migration are filled right after it by server/search/backfill-name-pinyin.ts.
ALTER TABLE "users" ADD COLUMN "name_pinyin" text;