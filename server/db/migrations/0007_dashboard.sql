CREATE TABLE "lecture_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lecture_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lecture_photos_size_ck" CHECK ("lecture_photos"."size" between 1 and 3145728)
);
--> statement-breakpoint
CREATE TABLE "lecturers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"affiliation" text,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"lawyer_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lectures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"status" text NOT NULL,
	"planned_on" date,
	"held_on" date,
	"lecture_on" date NOT NULL,
	"venue_type" text NOT NULL,
	"venue" text NOT NULL,
	"topic" text NOT NULL,
	"title" text NOT NULL,
	"audience_size" integer,
	"lecturer_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"photo_urls" text[] DEFAULT '{}'::text[] NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lectures_status_ck" CHECK ("lectures"."status" in ('planned','held','cancelled')),
	CONSTRAINT "lectures_venue_type_ck" CHECK ("lectures"."venue_type" in ('government','enterprise','community','school','pastoral')),
	CONSTRAINT "lectures_audience_ck" CHECK ("lectures"."audience_size" is null or "lectures"."audience_size" between 1 and 100000)
);
--> statement-breakpoint
ALTER TABLE "lecture_photos" ADD CONSTRAINT "lecture_photos_lecture_id_lectures_id_fk" FOREIGN KEY ("lecture_id") REFERENCES "public"."lectures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lecture_photos" ADD CONSTRAINT "lecture_photos_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lecturers" ADD CONSTRAINT "lecturers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lecturers" ADD CONSTRAINT "lecturers_lawyer_id_lawyers_id_fk" FOREIGN KEY ("lawyer_id") REFERENCES "public"."lawyers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lectures" ADD CONSTRAINT "lectures_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lectures" ADD CONSTRAINT "lectures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lecture_photos_lecture_idx" ON "lecture_photos" USING btree ("lecture_id","created_at");--> statement-breakpoint
CREATE INDEX "lecturers_org_idx" ON "lecturers" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "lectures_org_date_idx" ON "lectures" USING btree ("org_id","lecture_on","id");--> statement-breakpoint
-- dashboard (issue 7): indexes on other features' tables that the dashboard's queries need.
-- Team lawyers' consultations: the tickets each staff account finished, by instant.
CREATE INDEX IF NOT EXISTS "ticket_actions_finish_actor_idx" ON "ticket_actions" ("actor_id", "at") WHERE "action" = 'finish';
--> statement-breakpoint
-- Rectifications opened in a period, per organisation.
CREATE INDEX IF NOT EXISTS "rectifications_org_opened_idx" ON "rectifications" ("org_id", "opened_on");
--> statement-breakpoint
-- Refusal decisions by instant (the legal-aid figures look up the refusals since the period began).
CREATE INDEX IF NOT EXISTS "legal_aid_actions_refuse_at_idx" ON "legal_aid_actions" ("at", "matter_id") WHERE "type" = 'refuse';
