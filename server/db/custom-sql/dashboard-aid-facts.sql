-- Legal-aid facts of the dashboard (issue 7, server/use-cases/dashboard/refresh-aid-facts.ts): any change to a
-- matter applied before today (Beijing) marks its organisation and application day for the refresh, the old
-- day too when the change moves it; so does a refusal recorded (the outcome reads the refuse action).
CREATE OR REPLACE FUNCTION dashboard_aid_mark_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  today date := (now() AT TIME ZONE 'Asia/Shanghai')::date;
  day date;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    day := (OLD.applied_at AT TIME ZONE 'Asia/Shanghai')::date;
    IF day < today THEN
      INSERT INTO dashboard_aid_dirty (org_id, applied_on) VALUES (OLD.org_id, day) ON CONFLICT DO NOTHING;
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    day := (NEW.applied_at AT TIME ZONE 'Asia/Shanghai')::date;
    IF day < today THEN
      INSERT INTO dashboard_aid_dirty (org_id, applied_on) VALUES (NEW.org_id, day) ON CONFLICT DO NOTHING;
    END IF;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER legal_aid_matters_dashboard_dirty AFTER INSERT OR UPDATE OR DELETE ON legal_aid_matters
  FOR EACH ROW EXECUTE FUNCTION dashboard_aid_mark_dirty();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION dashboard_aid_mark_refusal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  INSERT INTO dashboard_aid_dirty (org_id, applied_on)
    SELECT m.org_id, (m.applied_at AT TIME ZONE 'Asia/Shanghai')::date FROM legal_aid_matters m
    WHERE m.id = r.matter_id
      AND (m.applied_at AT TIME ZONE 'Asia/Shanghai')::date < (now() AT TIME ZONE 'Asia/Shanghai')::date
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER legal_aid_actions_dashboard_dirty AFTER INSERT OR UPDATE ON legal_aid_actions FOR EACH ROW
  WHEN (NEW.type = 'refuse') EXECUTE FUNCTION dashboard_aid_mark_refusal();
--> statement-breakpoint
CREATE TRIGGER legal_aid_actions_dashboard_dirty_delete AFTER DELETE ON legal_aid_actions FOR EACH ROW
  WHEN (OLD.type = 'refuse') EXECUTE FUNCTION dashboard_aid_mark_refusal();
--> statement-breakpoint
-- A change to the hall's calendar moves due dates (rolled forward past rest days): the legal-aid facts are
-- dropped (read from the raw tables meanwhile) and the next refresh rebuilds them all.
CREATE OR REPLACE FUNCTION dashboard_aid_drop() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE dashboard_fact_state SET aid_through = NULL WHERE aid_through IS NOT NULL;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER holiday_overrides_dashboard_aid AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON holiday_overrides
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_aid_drop();
