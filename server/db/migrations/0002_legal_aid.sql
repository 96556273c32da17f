CREATE TABLE "legal_aid_actions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"matter_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_role" text NOT NULL,
	"actor_name" text,
	"actor_provider_id" uuid,
	"payload" jsonb NOT NULL,
	CONSTRAINT "legal_aid_actions_seq_ck" CHECK ("legal_aid_actions"."seq" >= 1)
);
--> statement-breakpoint
CREATE TABLE "legal_aid_counters" (
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "legal_aid_counters_org_id_year_pk" PRIMARY KEY("org_id","year")
);
--> statement-breakpoint
CREATE TABLE "legal_aid_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"matter_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_aid_documents_kind_ck" CHECK ("legal_aid_documents"."kind" in ('commitment-signature','commitment-scan')),
	CONSTRAINT "legal_aid_documents_size_ck" CHECK ("legal_aid_documents"."size" between 1 and 5242880)
);
--> statement-breakpoint
CREATE TABLE "legal_aid_matters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"applicant_person_id" uuid NOT NULL,
	"agent" jsonb,
	"opposing_party" jsonb,
	"channel" text NOT NULL,
	"facts" text NOT NULL,
	"case_kind" text NOT NULL,
	"matter" text,
	"mandatory" text,
	"circumstances" text[] DEFAULT '{}'::text[] NOT NULL,
	"exemptions" text[] DEFAULT '{}'::text[] NOT NULL,
	"priority_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"household_size" integer,
	"household_income_enc" text,
	"hardship_method" text,
	"region_code" text NOT NULL,
	"limitation_due_on" date,
	"eligibility" jsonb NOT NULL,
	"status" text NOT NULL,
	"version" integer NOT NULL,
	"ticket_id" uuid,
	"assigned_lawyer_id" uuid,
	"assigned_user_id" uuid,
	"applied_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"assigned_at" timestamp with time zone,
	"aid_started_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_aid_matters_household_ck" CHECK ("legal_aid_matters"."household_size" is null or "legal_aid_matters"."household_size" >= 1),
	CONSTRAINT "legal_aid_matters_version_ck" CHECK ("legal_aid_matters"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "legal_aid_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"matter_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"recipient_user_id" uuid,
	"recipient_role" text NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"level" text NOT NULL,
	"message" text NOT NULL,
	"source" text,
	"created_at" timestamp with time zone NOT NULL,
	"escalated_at" timestamp with time zone,
	"read_at" timestamp with time zone,
	"done" boolean DEFAULT false NOT NULL,
	CONSTRAINT "legal_aid_reminders_level_ck" CHECK ("legal_aid_reminders"."level" in ('due-soon','overdue','info'))
);
--> statement-breakpoint
CREATE TABLE "legal_aid_verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"matter_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"sampled_at" timestamp with time zone NOT NULL,
	"sampled_by" uuid,
	"rate" text NOT NULL,
	"seed" text NOT NULL,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"note" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"recovery_status" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "legal_aid_verifications_outcome_ck" CHECK ("legal_aid_verifications"."outcome" in ('pending','confirmed','false-commitment'))
);
--> statement-breakpoint
ALTER TABLE "legal_aid_actions" ADD CONSTRAINT "legal_aid_actions_matter_id_legal_aid_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."legal_aid_matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_actions" ADD CONSTRAINT "legal_aid_actions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_counters" ADD CONSTRAINT "legal_aid_counters_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_documents" ADD CONSTRAINT "legal_aid_documents_matter_id_legal_aid_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."legal_aid_matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_documents" ADD CONSTRAINT "legal_aid_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_matters" ADD CONSTRAINT "legal_aid_matters_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_matters" ADD CONSTRAINT "legal_aid_matters_applicant_person_id_persons_id_fk" FOREIGN KEY ("applicant_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_matters" ADD CONSTRAINT "legal_aid_matters_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_matters" ADD CONSTRAINT "legal_aid_matters_assigned_lawyer_id_lawyers_id_fk" FOREIGN KEY ("assigned_lawyer_id") REFERENCES "public"."lawyers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_matters" ADD CONSTRAINT "legal_aid_matters_assigned_user_id_users_id_fk" FOREIGN KEY ("assigned_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_matters" ADD CONSTRAINT "legal_aid_matters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_reminders" ADD CONSTRAINT "legal_aid_reminders_matter_id_legal_aid_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."legal_aid_matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_reminders" ADD CONSTRAINT "legal_aid_reminders_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_reminders" ADD CONSTRAINT "legal_aid_reminders_recipient_user_id_users_id_fk" FOREIGN KEY ("recipient_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_verifications" ADD CONSTRAINT "legal_aid_verifications_matter_id_legal_aid_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."legal_aid_matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_verifications" ADD CONSTRAINT "legal_aid_verifications_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_verifications" ADD CONSTRAINT "legal_aid_verifications_sampled_by_users_id_fk" FOREIGN KEY ("sampled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_verifications" ADD CONSTRAINT "legal_aid_verifications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "legal_aid_actions_seq_uq" ON "legal_aid_actions" USING btree ("matter_id","seq");--> statement-breakpoint
CREATE INDEX "legal_aid_documents_matter_idx" ON "legal_aid_documents" USING btree ("matter_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_aid_matters_number_uq" ON "legal_aid_matters" USING btree ("org_id","year","seq");--> statement-breakpoint
CREATE INDEX "legal_aid_matters_org_applied_idx" ON "legal_aid_matters" USING btree ("org_id","applied_at");--> statement-breakpoint
CREATE INDEX "legal_aid_matters_status_idx" ON "legal_aid_matters" USING btree ("status");--> statement-breakpoint
CREATE INDEX "legal_aid_matters_applicant_idx" ON "legal_aid_matters" USING btree ("applicant_person_id");--> statement-breakpoint
CREATE INDEX "legal_aid_matters_assigned_user_idx" ON "legal_aid_matters" USING btree ("assigned_user_id");--> statement-breakpoint
CREATE INDEX "legal_aid_matters_assigned_lawyer_idx" ON "legal_aid_matters" USING btree ("assigned_lawyer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_aid_reminders_uq" ON "legal_aid_reminders" USING btree ("matter_id","kind","due_on");--> statement-breakpoint
CREATE INDEX "legal_aid_reminders_recipient_idx" ON "legal_aid_reminders" USING btree ("recipient_user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_aid_verifications_matter_uq" ON "legal_aid_verifications" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "legal_aid_verifications_org_idx" ON "legal_aid_verifications" USING btree ("org_id","sampled_at");