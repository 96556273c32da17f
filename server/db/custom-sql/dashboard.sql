-- dashboard (issue 7): indexes on other features' tables that the dashboard's queries need.
-- Team lawyers' consultations: the tickets each staff account finished, by instant.
CREATE INDEX IF NOT EXISTS "ticket_actions_finish_actor_idx" ON "ticket_actions" ("actor_id", "at") WHERE "action" = 'finish';
--> statement-breakpoint
-- Rectifications opened in a period, per organisation.
CREATE INDEX IF NOT EXISTS "rectifications_org_opened_idx" ON "rectifications" ("org_id", "opened_on");
--> statement-breakpoint
-- Refusal decisions by instant (the legal-aid figures look up the refusals since the period began).
CREATE INDEX IF NOT EXISTS "legal_aid_actions_refuse_at_idx" ON "legal_aid_actions" ("at", "matter_id") WHERE "type" = 'refuse';
