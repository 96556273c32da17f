CREATE TABLE "dashboard_lawyer_facts" (
	"grain" text NOT NULL,
	"kind" text NOT NULL,
	"org_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"subject_id" uuid NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "dashboard_lawyer_facts_grain_ck" CHECK ("dashboard_lawyer_facts"."grain" in ('day', 'month')),
	CONSTRAINT "dashboard_lawyer_facts_kind_ck" CHECK ("dashboard_lawyer_facts"."kind" in ('consultation', 'legal-aid'))
);
--> statement-breakpoint
CREATE INDEX "dashboard_lawyer_facts_idx" ON "dashboard_lawyer_facts" USING btree ("kind","grain","period_start","org_id","subject_id","n");--> statement-breakpoint
-- The lawyer team's counts of the facts already built (server/use-cases/dashboard/refresh-lawyer-facts.ts): finish
-- actions per organisation, Beijing day and actor up to `through`; cohort matters per agency, application day and
-- assigned lawyer up to `aid_through`; then the months whose every day they hold.
INSERT INTO dashboard_lawyer_facts (grain, kind, org_id, period_start, subject_id, n)
SELECT 'day', 'consultation', ta.org_id, (ta.at AT TIME ZONE 'Asia/Shanghai')::date, ta.actor_id, count(*)
FROM ticket_actions ta JOIN dashboard_fact_state s ON s.id = 1
WHERE ta.action = 'finish' AND ta.actor_id IS NOT NULL
  AND ta.at < ((s.through + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
GROUP BY 3, 4, 5;
--> statement-breakpoint
INSERT INTO dashboard_lawyer_facts (grain, kind, org_id, period_start, subject_id, n)
SELECT 'day', 'legal-aid', m.org_id, (m.applied_at AT TIME ZONE 'Asia/Shanghai')::date, m.assigned_lawyer_id, count(*)
FROM legal_aid_matters m JOIN dashboard_fact_state s ON s.id = 1
WHERE m.assigned_lawyer_id IS NOT NULL
  AND m.applied_at < ((s.aid_through + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
GROUP BY 3, 4, 5;
--> statement-breakpoint
INSERT INTO dashboard_lawyer_facts (grain, kind, org_id, period_start, subject_id, n)
SELECT 'month', f.kind, f.org_id, date_trunc('month', f.period_start::timestamp)::date, f.subject_id, sum(f.n)
FROM dashboard_lawyer_facts f JOIN dashboard_fact_state s ON s.id = 1
WHERE f.grain = 'day' AND (date_trunc('month', f.period_start::timestamp) + interval '1 month')::date
  <= (CASE WHEN f.kind = 'consultation' THEN s.through ELSE s.aid_through END) + 1
GROUP BY 2, 3, 4, 5;
