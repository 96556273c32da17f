-- dashboard (issue 7): indexes on other features' tables that the dashboard's queries need.
-- Team lawyers' consultations: the tickets each staff account finished, by instant.
CREATE INDEX IF NOT EXISTS "ticket_actions_finish_actor_idx" ON "ticket_actions" ("actor_id", "at") WHERE "action" = 'finish';
--> statement-breakpoint
-- Rectifications opened in a period, per organisation.
CREATE INDEX IF NOT EXISTS "rectifications_org_opened_idx" ON "rectifications" ("org_id", "opened_on");
