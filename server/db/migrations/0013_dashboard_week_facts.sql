ALTER TABLE "dashboard_queue_facts" DROP CONSTRAINT "dashboard_queue_facts_grain_ck";--> statement-breakpoint
ALTER TABLE "dashboard_queue_facts" ALTER COLUMN "cum_wait_hist" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "dashboard_queue_facts" ALTER COLUMN "cum_service_hist" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "dashboard_queue_facts" ADD CONSTRAINT "dashboard_queue_facts_grain_ck" CHECK ("dashboard_queue_facts"."grain" in ('day', 'week', 'month'));--> statement-breakpoint
-- Concatenation of the day rows' bucket lists into a week row's (server/use-cases/dashboard/refresh-dashboard-facts.ts).
CREATE OR REPLACE AGGREGATE dashboard_buckets_cat(integer[]) (SFUNC = array_cat, STYPE = integer[]);
--> statement-breakpoint
-- Week rows of the facts already built: every ISO week whose Sunday the facts hold, from its day rows.
INSERT INTO dashboard_queue_facts (grain, org_id, period_start, service_code, window_id, tickets, finished, matters,
  no_shows, wait_n, wait_sum, wait_max, service_n, service_sum, service_max, wait_buckets, service_buckets)
SELECT 'week', f.org_id, date_trunc('week', f.period_start::timestamp)::date, f.service_code, f.window_id,
  sum(f.tickets), sum(f.finished), sum(f.matters), sum(f.no_shows), sum(f.wait_n), sum(f.wait_sum), max(f.wait_max),
  sum(f.service_n), sum(f.service_sum), max(f.service_max), dashboard_buckets_cat(f.wait_buckets),
  dashboard_buckets_cat(f.service_buckets)
FROM dashboard_queue_facts f JOIN dashboard_fact_state s ON s.id = 1
WHERE f.grain = 'day' AND date_trunc('week', f.period_start::timestamp)::date + 6 <= s.through
GROUP BY f.org_id, date_trunc('week', f.period_start::timestamp), f.service_code, f.window_id;
--> statement-breakpoint
-- A cumulative histogram with no time in it is now null (refresh-dashboard-facts.ts writeMonths): the read skips its row.
UPDATE dashboard_queue_facts SET cum_wait_hist = nullif(cum_wait_hist, array_fill(0, ARRAY[144])::text),
  cum_service_hist = nullif(cum_service_hist, array_fill(0, ARRAY[144])::text)
WHERE grain = 'month' AND (cum_wait_hist = array_fill(0, ARRAY[144])::text OR cum_service_hist = array_fill(0, ARRAY[144])::text);
--> statement-breakpoint
-- The daily series of a province's period: an index-only range of days instead of a scan of every organisation's.
CREATE INDEX IF NOT EXISTS "dashboard_day_totals_date_idx" ON "dashboard_day_totals" ("business_date")
  INCLUDE ("org_id", "tickets", "finished");
