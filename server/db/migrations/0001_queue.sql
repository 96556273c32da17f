CREATE TABLE "key_group_register" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"id_number_hash" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"name" text NOT NULL,
	"group" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "queue_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"aging_limit_minutes" integer NOT NULL,
	"max_recalls" integer NOT NULL,
	"elderly_age" integer NOT NULL,
	"opening_hours" jsonb NOT NULL,
	"recent_calls_shown" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "queue_settings_aging_ck" CHECK ("queue_settings"."aging_limit_minutes" between 0 and 1440),
	CONSTRAINT "queue_settings_recalls_ck" CHECK ("queue_settings"."max_recalls" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "rate_limit_hits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "rate_limit_hits_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "ticket_actions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"action" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"window_id" uuid,
	"payload" jsonb,
	"from_status" text,
	"to_status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_counters" (
	"org_id" uuid NOT NULL,
	"service_code" text NOT NULL,
	"business_date" date NOT NULL,
	"last_sequence" integer NOT NULL,
	CONSTRAINT "ticket_counters_org_id_service_code_business_date_pk" PRIMARY KEY("org_id","service_code","business_date")
);
--> statement-breakpoint
CREATE TABLE "tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"service_code" text NOT NULL,
	"business_date" date NOT NULL,
	"sequence" integer NOT NULL,
	"number" text NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"priority" boolean DEFAULT false NOT NULL,
	"priority_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"priority_sources" text[] DEFAULT '{}'::text[] NOT NULL,
	"priority_reason" text,
	"person_id" uuid,
	"id_number_hash" text,
	"id_number_masked" text,
	"channel" text NOT NULL,
	"window_id" uuid,
	"queued_at" timestamp with time zone NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"called_at" timestamp with time zone,
	"first_called_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"recall_count" integer DEFAULT 0 NOT NULL,
	"no_show_count" integer DEFAULT 0 NOT NULL,
	"transfer_count" integer DEFAULT 0 NOT NULL,
	"outcome" text,
	"matter_id" text,
	"end_reason" text,
	"note" text,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "tickets_status_ck" CHECK ("tickets"."status" in ('waiting','called','serving','finished','no-show','closed','cancelled')),
	CONSTRAINT "tickets_channel_ck" CHECK ("tickets"."channel" in ('kiosk','reception','remote','replay')),
	CONSTRAINT "tickets_sequence_ck" CHECK ("tickets"."sequence" between 1 and 9999)
);
--> statement-breakpoint
ALTER TABLE "key_group_register" ADD CONSTRAINT "key_group_register_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_group_register" ADD CONSTRAINT "key_group_register_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_settings" ADD CONSTRAINT "queue_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_settings" ADD CONSTRAINT "queue_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_actions" ADD CONSTRAINT "ticket_actions_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_actions" ADD CONSTRAINT "ticket_actions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_actions" ADD CONSTRAINT "ticket_actions_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."windows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_counters" ADD CONSTRAINT "ticket_counters_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."windows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "key_group_register_uq" ON "key_group_register" USING btree ("org_id","id_number_hash","group");--> statement-breakpoint
CREATE INDEX "rate_limit_hits_window_idx" ON "rate_limit_hits" USING btree ("window_start");--> statement-breakpoint
CREATE INDEX "ticket_actions_ticket_idx" ON "ticket_actions" USING btree ("ticket_id","id");--> statement-breakpoint
CREATE INDEX "ticket_actions_calls_idx" ON "ticket_actions" USING btree ("org_id","at") WHERE "ticket_actions"."action" in ('call','recall','announce');--> statement-breakpoint
CREATE INDEX "ticket_actions_window_idx" ON "ticket_actions" USING btree ("window_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_sequence_uq" ON "tickets" USING btree ("org_id","service_code","business_date","sequence");--> statement-breakpoint
CREATE INDEX "tickets_waiting_idx" ON "tickets" USING btree ("org_id","business_date","queued_at","id") WHERE "tickets"."status" = 'waiting';--> statement-breakpoint
CREATE INDEX "tickets_waiting_priority_idx" ON "tickets" USING btree ("org_id","business_date","queued_at","id") WHERE "tickets"."status" = 'waiting' and "tickets"."priority";--> statement-breakpoint
CREATE INDEX "tickets_at_window_idx" ON "tickets" USING btree ("org_id","business_date","window_id") WHERE "tickets"."status" in ('called','serving');--> statement-breakpoint
CREATE INDEX "tickets_org_date_idx" ON "tickets" USING btree ("org_id","business_date","issued_at");--> statement-breakpoint
CREATE INDEX "tickets_window_idx" ON "tickets" USING btree ("window_id","business_date");--> statement-breakpoint
CREATE INDEX "tickets_person_idx" ON "tickets" USING btree ("person_id");