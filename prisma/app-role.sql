-- Least-privilege PostgreSQL role for the Cyberlabel app (README, "Running on PostgreSQL").
--
--   psql "$MIGRATE_DATABASE_URL" -v ON_ERROR_STOP=1 -v app_role=cyberlabel_app -v app_password="$APP_DB_PASSWORD" \
--        -f prisma/app-role.sql
--
-- Run it as the owner of the tables (the role that runs the migrations) after the first `npm run db:migrate`. It
-- creates (or corrects) the login role and installs cyberlabel_grant_app_role(), which `npm start` calls again after
-- every migration so that tables added later get the same treatment. Re-running it is harmless.
--
-- The app role: logs in; is no superuser, cannot create roles or databases, does not bypass row security, does not
-- inherit other roles' privileges, owns nothing and is no member of the owner. It may read and write the ordinary
-- tables, but on the tables that hold the integrity record ("Label", "LabelEvent", "AuditEvent" and the
-- transparency log) it may only SELECT and INSERT: no UPDATE, no DELETE, no TRUNCATE, no TRIGGER, and no writes to
-- the log's subtrees at all (the database's own SECURITY DEFINER triggers write those and Label's revocation
-- copy). Not owning the tables, it can neither ALTER them (so it cannot disable triggers) nor drop them, and not
-- being a superuser it cannot SET session_replication_role = replica.
\set ON_ERROR_STOP on
\if :{?app_password}
\else
\set app_password ''
\endif

CREATE OR REPLACE FUNCTION cyberlabel_grant_app_role(app_role text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  s text := current_schema();
  t text;
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = app_role) THEN
    RAISE EXCEPTION 'no role %: create it with prisma/app-role.sql', app_role;
  END IF;
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = app_role AND (rolsuper OR rolcreaterole OR rolbypassrls))
     OR EXISTS (SELECT FROM pg_tables WHERE schemaname = s AND pg_has_role(app_role, tableowner, 'MEMBER')) THEN
    RAISE EXCEPTION 'role % is a superuser, can create roles, bypasses row security, or owns (or is a member of the owner of) the tables: use a role of its own for the app', app_role;
  END IF;
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), app_role);
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, app_role);
  EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM %I', s, app_role);
  EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', s, app_role);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, app_role);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, app_role);
  FOREACH t IN ARRAY ARRAY['Label', 'LabelEvent', 'AuditEvent', 'TransparencyLogEntry', 'TransparencyLogNode',
                           'SignedTreeHead', '_prisma_migrations'] LOOP
    IF to_regclass(format('%I.%I', s, t)) IS NOT NULL THEN
      EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON %I.%I FROM %I', s, t, app_role);
    END IF;
  END LOOP;
  -- Written only by the database: the log's stored subtrees; and the app never migrates.
  EXECUTE format('REVOKE INSERT ON %I."TransparencyLogNode" FROM %I', s, app_role);
  IF to_regclass(format('%I._prisma_migrations', s)) IS NOT NULL THEN
    EXECUTE format('REVOKE INSERT ON %I."_prisma_migrations" FROM %I', s, app_role);
  END IF;
END;
$$;
REVOKE ALL ON FUNCTION cyberlabel_grant_app_role(text) FROM PUBLIC;

SELECT set_config('cyberlabel.app_role', :'app_role', false) AS app_role,
       set_config('cyberlabel.app_password', :'app_password', false) <> '' AS with_password;

DO $$
DECLARE
  r text := current_setting('cyberlabel.app_role');
  pw text := current_setting('cyberlabel.app_password');
  attrs text := 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT';
BEGIN
  IF r !~ '^[a-z_][a-z0-9_]{0,62}$' THEN
    RAISE EXCEPTION 'app_role must be a plain lower-case role name, got "%"', r;
  END IF;
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
    EXECUTE format('ALTER ROLE %I %s', r, attrs);
  ELSE
    EXECUTE format('CREATE ROLE %I %s', r, attrs);
  END IF;
  IF pw <> '' THEN
    EXECUTE format('ALTER ROLE %I PASSWORD %L', r, pw);
  END IF;
  PERFORM set_config('cyberlabel.app_password', '', false);
END;
$$;

SELECT cyberlabel_grant_app_role(:'app_role');
