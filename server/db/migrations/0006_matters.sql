CREATE TABLE "matter_actions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"matter_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_role" text NOT NULL,
	"actor_name" text,
	"payload" jsonb NOT NULL,
	CONSTRAINT "matter_actions_seq_ck" CHECK ("matter_actions"."seq" >= 1)
);
--> statement-breakpoint
CREATE TABLE "matter_clocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"matter_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"source" text NOT NULL,
	"basis" text NOT NULL,
	"amount" integer NOT NULL,
	"extended_by" integer DEFAULT 0 NOT NULL,
	"starts_on" date NOT NULL,
	"due_on" date NOT NULL,
	"paused_since" date,
	"paused_days" integer DEFAULT 0 NOT NULL,
	"provisional" boolean DEFAULT false NOT NULL,
	"responsible_role" text,
	"responsible_user_id" uuid,
	"reminded_at" timestamp with time zone,
	"breached_at" timestamp with time zone,
	CONSTRAINT "matter_clocks_basis_ck" CHECK ("matter_clocks"."basis" in ('calendar-days','working-days'))
);
--> statement-breakpoint
CREATE TABLE "matter_counters" (
	"org_id" uuid NOT NULL,
	"service" text NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "matter_counters_org_id_service_year_pk" PRIMARY KEY("org_id","service","year")
);
--> statement-breakpoint
CREATE TABLE "matter_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"matter_id" uuid NOT NULL,
	"person_id" uuid,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"id_number_hash" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matter_parties_role_ck" CHECK ("matter_parties"."role" in ('applicant','respondent','opposing-party','agent','client','complainant','third-party'))
);
--> statement-breakpoint
CREATE TABLE "matters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"service" text NOT NULL,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"status" text NOT NULL,
	"closed" boolean DEFAULT false NOT NULL,
	"version" integer NOT NULL,
	"summary" text NOT NULL,
	"state" jsonb NOT NULL,
	"handler_user_id" uuid,
	"referred_from_id" uuid,
	"ticket_number" text,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matters_version_ck" CHECK ("matters"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "matter_actions" ADD CONSTRAINT "matter_actions_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_actions" ADD CONSTRAINT "matter_actions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_clocks" ADD CONSTRAINT "matter_clocks_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_clocks" ADD CONSTRAINT "matter_clocks_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_clocks" ADD CONSTRAINT "matter_clocks_responsible_user_id_users_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_counters" ADD CONSTRAINT "matter_counters_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_parties" ADD CONSTRAINT "matter_parties_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_parties" ADD CONSTRAINT "matter_parties_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_handler_user_id_users_id_fk" FOREIGN KEY ("handler_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "matter_actions_seq_uq" ON "matter_actions" USING btree ("matter_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "matter_clocks_uq" ON "matter_clocks" USING btree ("matter_id","kind");--> statement-breakpoint
CREATE INDEX "matter_clocks_due_idx" ON "matter_clocks" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "matter_clocks_user_idx" ON "matter_clocks" USING btree ("responsible_user_id","due_on");--> statement-breakpoint
CREATE INDEX "matter_parties_matter_idx" ON "matter_parties" USING btree ("matter_id","position");--> statement-breakpoint
CREATE INDEX "matter_parties_person_idx" ON "matter_parties" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "matter_parties_hash_idx" ON "matter_parties" USING btree ("id_number_hash");--> statement-breakpoint
CREATE INDEX "matter_parties_name_idx" ON "matter_parties" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "matters_number_uq" ON "matters" USING btree ("org_id","service","year","seq");--> statement-breakpoint
CREATE INDEX "matters_org_service_opened_idx" ON "matters" USING btree ("org_id","service","opened_at","id");--> statement-breakpoint
CREATE INDEX "matters_handler_idx" ON "matters" USING btree ("handler_user_id");--> statement-breakpoint
CREATE INDEX "matters_open_idx" ON "matters" USING btree ("closed");--> statement-breakpoint
CREATE INDEX "matters_referred_from_idx" ON "matters" USING btree ("referred_from_id");
--> statement-breakpoint
-- matters (issue #5): the action log of the window matters is append-only (ARCHITECTURE: status from
-- the action log). UPDATE and DELETE of matter_actions are refused.
CREATE OR REPLACE FUNCTION matter_actions_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'matter_actions is append-only (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER matter_actions_append_only
  BEFORE UPDATE OR DELETE ON matter_actions
  FOR EACH ROW EXECUTE FUNCTION matter_actions_append_only();
