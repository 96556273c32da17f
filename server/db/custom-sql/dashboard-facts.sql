-- dashboard facts (issue 7): the histogram bucket of core/dashboard/histogram.ts `bucketOf` (a test holds them equal).
CREATE OR REPLACE FUNCTION dashboard_bucket(s integer) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN s < 600 THEN s / 10 WHEN s < 1800 THEN 60 + (s - 600) / 30
              WHEN s < 5400 THEN 100 + (s - 1800) / 120 WHEN s < 28800 THEN 130 + (s - 5400) / 1800 ELSE 143 END
$$;
--> statement-breakpoint
-- The 144 bucket counts of a list of buckets (null elements skipped).
CREATE OR REPLACE FUNCTION dashboard_hist(buckets integer[]) RETURNS integer[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  h integer[] := array_fill(0, ARRAY[144]);
  b integer;
BEGIN
  FOREACH b IN ARRAY coalesce(buckets, '{}'::integer[]) LOOP
    IF b IS NOT NULL THEN h[b + 1] := h[b + 1] + 1; END IF;
  END LOOP;
  RETURN h;
END
$$;
--> statement-breakpoint
-- Element-wise sum of two histograms, and its aggregate (the cumulative month histograms, a window aggregate).
CREATE OR REPLACE FUNCTION dashboard_hist_add(a integer[], b integer[]) RETURNS integer[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  i integer;
BEGIN
  IF a IS NULL THEN RETURN b; END IF;
  IF b IS NULL THEN RETURN a; END IF;
  FOR i IN 1 .. 144 LOOP a[i] := a[i] + b[i]; END LOOP;
  RETURN a;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE AGGREGATE dashboard_hist_sum(integer[]) (SFUNC = dashboard_hist_add, STYPE = integer[]);
--> statement-breakpoint
-- Concatenation of the day rows' bucket lists into a week row's (migration 0011).
CREATE OR REPLACE AGGREGATE dashboard_buckets_cat(integer[]) (SFUNC = array_cat, STYPE = integer[]);
--> statement-breakpoint
-- Team lawyers' consultations read index-only (the finish actions' organisation included): replaces 0007's.
DROP INDEX IF EXISTS "ticket_actions_finish_actor_idx";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "ticket_actions_finish_actor_idx" ON "ticket_actions" ("actor_id", "at") INCLUDE ("org_id")
  WHERE "action" = 'finish';
--> statement-breakpoint
-- The newest tickets of a province's period (the list behind the charts, newest first) without sorting it.
CREATE INDEX IF NOT EXISTS "tickets_date_issued_idx" ON "tickets" ("business_date", "issued_at", "id");
--> statement-breakpoint
-- Team lawyers' legal aid: the cohort matters assigned to each lawyer (lawyer-team-figures.ts).
CREATE INDEX IF NOT EXISTS "legal_aid_matters_lawyer_applied_idx" ON "legal_aid_matters" ("assigned_lawyer_id", "applied_at")
  INCLUDE ("org_id");
--> statement-breakpoint
-- A province-wide period reads thousands of rows: everything but the month histograms from the index.
CREATE INDEX IF NOT EXISTS "dashboard_queue_facts_period_idx" ON "dashboard_queue_facts" ("grain", "period_start")
  INCLUDE ("org_id", "service_code", "window_id", "tickets", "finished", "matters", "no_shows", "wait_n", "wait_sum",
    "wait_max", "service_n", "service_sum", "service_max", "wait_buckets", "service_buckets");
--> statement-breakpoint
-- A change to a ticket or rating of a past day marks that day for the refresh (whether or not the facts
-- hold it yet: a change racing with a refresh is then rebuilt by the next one). The WHEN clause keeps
-- today's queue writes (the hot path) from even calling the function.
CREATE OR REPLACE FUNCTION dashboard_mark_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  INSERT INTO dashboard_fact_dirty (org_id, business_date) VALUES (r.org_id, r.business_date) ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER tickets_dashboard_dirty AFTER INSERT OR UPDATE ON tickets FOR EACH ROW
  WHEN (NEW.business_date < (now() AT TIME ZONE 'Asia/Shanghai')::date) EXECUTE FUNCTION dashboard_mark_dirty();
--> statement-breakpoint
CREATE TRIGGER tickets_dashboard_dirty_delete AFTER DELETE ON tickets FOR EACH ROW
  WHEN (OLD.business_date < (now() AT TIME ZONE 'Asia/Shanghai')::date) EXECUTE FUNCTION dashboard_mark_dirty();
--> statement-breakpoint
CREATE TRIGGER evaluations_dashboard_dirty AFTER INSERT OR UPDATE ON evaluations FOR EACH ROW
  WHEN (NEW.business_date < (now() AT TIME ZONE 'Asia/Shanghai')::date) EXECUTE FUNCTION dashboard_mark_dirty();
--> statement-breakpoint
CREATE TRIGGER evaluations_dashboard_dirty_delete AFTER DELETE ON evaluations FOR EACH ROW
  WHEN (OLD.business_date < (now() AT TIME ZONE 'Asia/Shanghai')::date) EXECUTE FUNCTION dashboard_mark_dirty();
--> statement-breakpoint
INSERT INTO dashboard_fact_state (id, through) VALUES (1, NULL) ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- The daily series of a province's period: an index-only range of days instead of a scan of every organisation's
-- (migration 0011).
CREATE INDEX IF NOT EXISTS "dashboard_day_totals_date_idx" ON "dashboard_day_totals" ("business_date")
  INCLUDE ("org_id", "tickets", "finished");
