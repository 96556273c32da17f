-- Full pinyin of names, for search by full pinyin, initials or a mixture (core/identity name-pinyin). Rows written
-- before this migration are filled right after it by server/search/backfill-name-pinyin.ts (pinyin-pro, not SQL).
ALTER TABLE "lawyers" ADD COLUMN "name_pinyin" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "name_pinyin" text;