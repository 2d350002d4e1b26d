-- Row-level security (isolation layer 6). Every GraphQL operation runs in one transaction that
-- first sets app.company_id (and app.user_id) with set_config(..., true); with no company set,
-- tenant tables show no rows. RLS is ENABLEd and FORCEd, so it binds the table owner as well;
-- the owner (who runs migrations, audits and the lookup functions below) gets an explicit
-- policy of its own, and the API's role estate_app gets only the company-scoped ones.

CREATE FUNCTION app_current_company() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.company_id', true), '')::uuid $$;
CREATE FUNCTION app_current_user() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Credential', 'CompanyMember', 'Marketer', 'Client', 'ClientMarketerAssignment', 'Estate',
                           'PlotSize', 'PlotNumber', 'Message', 'CompanySequence'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO estate_app USING ("companyId" = app_current_company()) WITH CHECK ("companyId" = app_current_company())', t);
    EXECUTE format('CREATE POLICY operator_access ON %I TO CURRENT_USER USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;

ALTER TABLE "Company" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Company" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Company" TO estate_app
  USING ("id" = app_current_company()) WITH CHECK ("id" = app_current_company());
CREATE POLICY operator_access ON "Company" TO CURRENT_USER USING (true) WITH CHECK (true);

-- Users are global (one row per person), but a company sees only the people it deals with:
-- its staff, marketers and clients, and the signed-in user themself. New users are created
-- through app_ensure_user() below, since a user with no profile yet is visible to nobody.
ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "User" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "User" TO estate_app
  USING (
    "id" = app_current_user()
    OR EXISTS (SELECT 1 FROM "CompanyMember" m WHERE m."userId" = "User"."id" AND m."companyId" = app_current_company())
    OR EXISTS (SELECT 1 FROM "Marketer" p WHERE p."userId" = "User"."id" AND p."companyId" = app_current_company())
    OR EXISTS (SELECT 1 FROM "Client" c WHERE c."userId" = "User"."id" AND c."companyId" = app_current_company())
  );
CREATE POLICY operator_access ON "User" TO CURRENT_USER USING (true) WITH CHECK (true);

-- Lookups that must see across companies, each answering only what it is for. SECURITY DEFINER
-- runs them as the owner; search_path is pinned so no caller can shadow the tables.
CREATE FUNCTION app_company_id_for_slug(p_slug text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT "id" FROM "Company" WHERE "slug" = p_slug $$;

CREATE FUNCTION app_prefix_taken(p_prefix text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT EXISTS (SELECT 1 FROM "Company" WHERE "prefix" = p_prefix AND "id" IS DISTINCT FROM app_current_company()) $$;

CREATE FUNCTION app_slug_taken(p_slug text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT EXISTS (SELECT 1 FROM "Company" WHERE "slug" = p_slug) $$;

-- The id of the user with this email, created if there is none. It tells nothing else (not even
-- whether the user existed), so no company learns that a person deals with another.
CREATE FUNCTION app_ensure_user(p_email text) RETURNS uuid
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    v_id uuid;
  BEGIN
    INSERT INTO "User" ("email") VALUES (lower(p_email)) ON CONFLICT ("email") DO NOTHING RETURNING "id" INTO v_id;
    IF v_id IS NULL THEN
      SELECT "id" INTO v_id FROM "User" WHERE "email" = lower(p_email);
    END IF;
    RETURN v_id;
  END $$;

REVOKE ALL ON FUNCTION app_company_id_for_slug(text), app_prefix_taken(text), app_slug_taken(text),
  app_ensure_user(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_company_id_for_slug(text), app_prefix_taken(text), app_slug_taken(text),
  app_ensure_user(text), app_current_company(), app_current_user() TO estate_app;
