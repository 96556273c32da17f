CREATE TABLE "law_articles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "law_articles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"instrument_id" uuid NOT NULL,
	"chapter_id" integer,
	"position" integer NOT NULL,
	"number" integer,
	"suffix" smallint DEFAULT 0 NOT NULL,
	"label" text,
	"text" text NOT NULL,
	"search_grams" bigint[] NOT NULL,
	"rank_weight" real NOT NULL
);
--> statement-breakpoint
CREATE TABLE "law_chapters" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "law_chapters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"instrument_id" uuid NOT NULL,
	"parent_id" integer,
	"level" smallint NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "law_corpus" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"checksum" text NOT NULL,
	"instrument_count" integer NOT NULL,
	"article_count" integer NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "law_instruments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"source_path" text NOT NULL,
	"title" text NOT NULL,
	"subtitle" text,
	"short_title" text NOT NULL,
	"kind" text NOT NULL,
	"issuing_body" text,
	"version_date" date,
	"effective_date" date,
	"status" text NOT NULL,
	"history" jsonb NOT NULL,
	"article_count" integer NOT NULL,
	"sort_key" integer NOT NULL,
	CONSTRAINT "law_instruments_status_ck" CHECK ("law_instruments"."status" in ('current','superseded'))
);
--> statement-breakpoint
ALTER TABLE "law_articles" ADD CONSTRAINT "law_articles_instrument_id_law_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."law_instruments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "law_articles" ADD CONSTRAINT "law_articles_chapter_id_law_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."law_chapters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "law_chapters" ADD CONSTRAINT "law_chapters_instrument_id_law_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."law_instruments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "law_articles_instrument_idx" ON "law_articles" USING btree ("instrument_id","position");--> statement-breakpoint
CREATE INDEX "law_articles_number_idx" ON "law_articles" USING btree ("instrument_id","number","suffix");--> statement-breakpoint
CREATE INDEX "law_articles_grams_idx" ON "law_articles" USING gin ("search_grams");--> statement-breakpoint
CREATE INDEX "law_chapters_instrument_idx" ON "law_chapters" USING btree ("instrument_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "law_instruments_code_uq" ON "law_instruments" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "law_instruments_source_path_uq" ON "law_instruments" USING btree ("source_path");--> statement-breakpoint
CREATE INDEX "law_instruments_short_title_idx" ON "law_instruments" USING btree ("short_title");--> statement-breakpoint
CREATE INDEX "law_instruments_kind_idx" ON "law_instruments" USING btree ("kind","sort_key");