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
