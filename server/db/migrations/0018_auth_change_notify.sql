-- Every change that can alter what a session cookie resolves to (server/use-cases/auth/sessions.ts
-- findSession: the session row, its user's account, the organisation tree behind the user's scope) sends a
-- NOTIFY on `lawhall_auth` when its transaction commits. Every server instance LISTENs on it and drops its
-- cached sessions (server/use-cases/auth/session-cache.ts), so a logout, a deactivated account, a role or an
-- organisation change takes effect on every instance, whichever code or SQL made it. Per statement, not per
-- row; the user columns are those findSession reads (a login's failed-attempt counters do not notify).
CREATE FUNCTION "lawhall_notify_auth_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('lawhall_auth', TG_TABLE_NAME);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "sessions_auth_change" AFTER UPDATE OR DELETE OR TRUNCATE ON "sessions"
  FOR EACH STATEMENT EXECUTE FUNCTION "lawhall_notify_auth_change"();
--> statement-breakpoint
CREATE TRIGGER "users_auth_change"
  AFTER UPDATE OF "active", "roles", "org_id", "username", "display_name", "locale", "party_member" OR DELETE OR TRUNCATE
  ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "lawhall_notify_auth_change"();
--> statement-breakpoint
CREATE TRIGGER "organisations_auth_change" AFTER INSERT OR UPDATE OF "parent_id", "kind" OR DELETE OR TRUNCATE
  ON "organisations" FOR EACH STATEMENT EXECUTE FUNCTION "lawhall_notify_auth_change"();
