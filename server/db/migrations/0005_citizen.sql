CREATE TABLE "appointment_settings" (
	"org_id" uuid NOT NULL,
	"service" text NOT NULL,
	"slots" jsonb NOT NULL,
	"capacity" integer NOT NULL,
	"days_ahead" integer NOT NULL,
	"lead_minutes" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "appointment_settings_org_id_service_pk" PRIMARY KEY("org_id","service"),
	CONSTRAINT "appointment_settings_capacity_ck" CHECK ("appointment_settings"."capacity" between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "appointment_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"service" text NOT NULL,
	"date" date NOT NULL,
	"start" text NOT NULL,
	"end" text NOT NULL,
	"capacity" integer NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "appointment_slots_booked_ck" CHECK ("appointment_slots"."booked" >= 0 and "appointment_slots"."booked" <= "appointment_slots"."capacity")
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"org_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"service" text NOT NULL,
	"date" date NOT NULL,
	"start" text NOT NULL,
	"end" text NOT NULL,
	"name" text NOT NULL,
	"phone_enc" text NOT NULL,
	"phone_hash" text NOT NULL,
	"phone_masked" text NOT NULL,
	"note" text,
	"status" text DEFAULT 'booked' NOT NULL,
	"cancel_token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "appointments_status_ck" CHECK ("appointments"."status" in ('booked','cancelled'))
);
--> statement-breakpoint
CREATE TABLE "citizen_access" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"matter_id" uuid NOT NULL,
	"phone_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matter_contacts" (
	"matter_id" uuid PRIMARY KEY NOT NULL,
	"phone_enc" text NOT NULL,
	"phone_hash" text NOT NULL,
	"phone_masked" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" text DEFAULT 'sms' NOT NULL,
	"to_enc" text NOT NULL,
	"to_hash" text NOT NULL,
	"to_masked" text NOT NULL,
	"template" text NOT NULL,
	"body_enc" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"provider" text,
	"provider_message_id" text,
	"error" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "notification_outbox_status_ck" CHECK ("notification_outbox"."status" in ('pending','sent','failed')),
	CONSTRAINT "notification_outbox_channel_ck" CHECK ("notification_outbox"."channel" in ('sms'))
);
--> statement-breakpoint
CREATE TABLE "remote_tickets" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"phone_hash" text NOT NULL,
	"service_code" text NOT NULL,
	"business_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sms_codes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"phone_hash" text NOT NULL,
	"subject_hash" text,
	"matter_id" uuid,
	"code_hash" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "sms_codes_purpose_ck" CHECK ("sms_codes"."purpose" in ('apply','track','book','ticket'))
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"ticket_id" uuid,
	"matter_id" uuid,
	"subject_number" text NOT NULL,
	"service_code" text NOT NULL,
	"window_id" uuid,
	"staff_user_id" uuid,
	"staff_name" text,
	"staff_party_member" boolean DEFAULT false NOT NULL,
	"lawyer_id" uuid,
	"lawyer_user_id" uuid,
	"lawyer_name" text,
	"level" integer NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"comment" text,
	"channel" text NOT NULL,
	"business_date" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "evaluations_level_ck" CHECK ("evaluations"."level" between 1 and 5),
	CONSTRAINT "evaluations_subject_ck" CHECK ("evaluations"."subject" in ('ticket','legal-aid-matter')),
	CONSTRAINT "evaluations_channel_ck" CHECK ("evaluations"."channel" in ('window-pad','kiosk','display-qr','phone'))
);
--> statement-breakpoint
CREATE TABLE "rectifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_on" date NOT NULL,
	"callback_due_on" date NOT NULL,
	"fix_due_on" date NOT NULL,
	"called_back_at" timestamp with time zone,
	"called_back_by" uuid,
	"callback_note" text,
	"rectified_at" timestamp with time zone,
	"rectified_by" uuid,
	"rectification_note" text,
	"follow_up_level" integer,
	"follow_up_comment" text,
	"follow_up_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"escalation_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rectifications_status_ck" CHECK ("rectifications"."status" in ('open','called-back','rectified','closed')),
	CONSTRAINT "rectifications_follow_up_ck" CHECK ("rectifications"."follow_up_level" is null or "rectifications"."follow_up_level" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "appointment_settings" ADD CONSTRAINT "appointment_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_settings" ADD CONSTRAINT "appointment_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_slots" ADD CONSTRAINT "appointment_slots_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_slot_id_appointment_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."appointment_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_access" ADD CONSTRAINT "citizen_access_matter_id_legal_aid_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."legal_aid_matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_contacts" ADD CONSTRAINT "matter_contacts_matter_id_legal_aid_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."legal_aid_matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remote_tickets" ADD CONSTRAINT "remote_tickets_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sms_codes" ADD CONSTRAINT "sms_codes_matter_id_legal_aid_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."legal_aid_matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_matter_id_legal_aid_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."legal_aid_matters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."windows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_staff_user_id_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_lawyer_id_lawyers_id_fk" FOREIGN KEY ("lawyer_id") REFERENCES "public"."lawyers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_lawyer_user_id_users_id_fk" FOREIGN KEY ("lawyer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_called_back_by_users_id_fk" FOREIGN KEY ("called_back_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_rectified_by_users_id_fk" FOREIGN KEY ("rectified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_slots_uq" ON "appointment_slots" USING btree ("org_id","service","date","start");--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_reference_uq" ON "appointments" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_once_uq" ON "appointments" USING btree ("phone_hash","service","date") WHERE "appointments"."status" = 'booked';--> statement-breakpoint
CREATE INDEX "appointments_org_date_idx" ON "appointments" USING btree ("org_id","date");--> statement-breakpoint
CREATE INDEX "citizen_access_expires_idx" ON "citizen_access" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "notification_outbox_pending_idx" ON "notification_outbox" USING btree ("created_at") WHERE "notification_outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "notification_outbox_to_idx" ON "notification_outbox" USING btree ("to_hash","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "remote_tickets_once_uq" ON "remote_tickets" USING btree ("phone_hash","service_code","business_date");--> statement-breakpoint
CREATE INDEX "sms_codes_lookup_idx" ON "sms_codes" USING btree ("phone_hash","purpose","created_at");--> statement-breakpoint
CREATE INDEX "sms_codes_created_idx" ON "sms_codes" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_ticket_uq" ON "evaluations" USING btree ("ticket_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_matter_uq" ON "evaluations" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "evaluations_org_date_idx" ON "evaluations" USING btree ("org_id","business_date");--> statement-breakpoint
CREATE INDEX "evaluations_staff_idx" ON "evaluations" USING btree ("staff_user_id","business_date");--> statement-breakpoint
CREATE INDEX "evaluations_lawyer_user_idx" ON "evaluations" USING btree ("lawyer_user_id","business_date");--> statement-breakpoint
CREATE UNIQUE INDEX "rectifications_evaluation_uq" ON "rectifications" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "rectifications_open_idx" ON "rectifications" USING btree ("org_id","status");