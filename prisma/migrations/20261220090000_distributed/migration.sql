-- The schema as Citus can distribute it (docs/scaling.md), and the same on one PostgreSQL:
--   * no foreign key that includes "companyId" cascades an update (Citus refuses it on the
--     distribution key);
--   * no policy holds a subquery: people are kept per company ("User", a tenant table with the
--     usual policy) beside one global row per email ("Person", reached only through
--     app_ensure_user());
--   * no trigger on a tenant table: the API announces sign-in changes itself;
--   * functions with parameters are PL/pgSQL, and no write of theirs calls a non-immutable
--     function in ON CONFLICT DO UPDATE or RETURNING;
--   * numbering reads and locks nothing shared: the prefix and the company-wide lock live in
--     "CompanyAnchor", beside the company's other rows, and app_insert_numbered() allocates and
--     inserts in one call that Citus sends whole to the company's shard.

-- Every foreign key that includes "companyId" no longer cascades updates (ids never change).
DO $$
DECLARE
  fk record;
BEGIN
  FOR fk IN
    SELECT c.conrelid::regclass AS tbl, c.conname, pg_get_constraintdef(c.oid) AS def
    FROM pg_constraint c
    WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace AND c.confupdtype NOT IN ('a', 'r')
      AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) AND a.attname = 'companyId')
  LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', fk.tbl, fk.conname);
    EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', fk.tbl, fk.conname,
                   regexp_replace(fk.def, ' ON UPDATE (CASCADE|SET NULL|SET DEFAULT)', ''));
  END LOOP;
END $$;

-- One global row per email: the former "User", keyed by the email (on Citus it is distributed by
-- it: a registration's lookup goes to one shard, and no company's rows share its placements).
ALTER TABLE "User" RENAME TO "Person";
ALTER INDEX "User_pkey" RENAME TO "Person_id_pkey";
ALTER INDEX "User_email_key" RENAME TO "Person_email_key";
DROP POLICY tenant_isolation ON "Person";
REVOKE ALL ON "Person" FROM estate_app;

-- A person as each company knows them.
CREATE TABLE "User" (
    "companyId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("companyId","id")
);
CREATE UNIQUE INDEX "User_companyId_email_key" ON "User"("companyId", "email");
ALTER TABLE "User" ADD CONSTRAINT "User_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- Every person a company's rows name, with the email and first appearance they had globally.
INSERT INTO "User" ("companyId", "id", "email", "createdAt")
SELECT refs."companyId", p."id", p."email", p."createdAt"
FROM (
  SELECT "companyId", "userId" AS person FROM "Credential"
  UNION SELECT "companyId", "userId" FROM "StaffMember"
  UNION SELECT "companyId", "userId" FROM "Marketer"
  UNION SELECT "companyId", "userId" FROM "Client"
  UNION SELECT "companyId", "assignedByUserId" FROM "ClientAssignment" WHERE "assignedByUserId" IS NOT NULL
  UNION SELECT "companyId", "authorUserId" FROM "Message"
  UNION SELECT "companyId", "recordedByUserId" FROM "Sale"
  UNION SELECT "companyId", "recordedByUserId" FROM "Payment"
  UNION SELECT "companyId", "setByUserId" FROM "CommissionRate"
  UNION SELECT "companyId", "recordedByUserId" FROM "CommissionPayout"
) refs JOIN "Person" p ON p."id" = refs.person;

-- References to people now stay within the company, like every other reference.
ALTER TABLE "Credential" DROP CONSTRAINT "Credential_userId_fkey";
ALTER TABLE "StaffMember" DROP CONSTRAINT "StaffMember_userId_fkey";
ALTER TABLE "Marketer" DROP CONSTRAINT "Marketer_userId_fkey";
ALTER TABLE "Client" DROP CONSTRAINT "Client_userId_fkey";
ALTER TABLE "ClientAssignment" DROP CONSTRAINT "ClientAssignment_assignedByUserId_fkey";
ALTER TABLE "Message" DROP CONSTRAINT "Message_authorUserId_fkey";
ALTER TABLE "Sale" DROP CONSTRAINT "Sale_recordedByUserId_fkey";
ALTER TABLE "Payment" DROP CONSTRAINT "Payment_recordedByUserId_fkey";
ALTER TABLE "CommissionRate" DROP CONSTRAINT "CommissionRate_setByUserId_fkey";
ALTER TABLE "CommissionPayout" DROP CONSTRAINT "CommissionPayout_recordedByUserId_fkey";
ALTER TABLE "Person" DROP CONSTRAINT "Person_id_pkey";
DROP INDEX "Person_email_key";
ALTER TABLE "Person" ADD CONSTRAINT "Person_pkey" PRIMARY KEY ("email");
ALTER TABLE "Credential" ADD CONSTRAINT "Credential_companyId_userId_fkey" FOREIGN KEY ("companyId", "userId") REFERENCES "User"("companyId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "StaffMember" ADD CONSTRAINT "StaffMember_companyId_userId_fkey" FOREIGN KEY ("companyId", "userId") REFERENCES "User"("companyId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "Marketer" ADD CONSTRAINT "Marketer_companyId_userId_fkey" FOREIGN KEY ("companyId", "userId") REFERENCES "User"("companyId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "Client" ADD CONSTRAINT "Client_companyId_userId_fkey" FOREIGN KEY ("companyId", "userId") REFERENCES "User"("companyId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "ClientAssignment" ADD CONSTRAINT "ClientAssignment_companyId_assignedByUserId_fkey" FOREIGN KEY ("companyId", "assignedByUserId") REFERENCES "User"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "Message" ADD CONSTRAINT "Message_companyId_authorUserId_fkey" FOREIGN KEY ("companyId", "authorUserId") REFERENCES "User"("companyId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "Sale" ADD CONSTRAINT "Sale_companyId_recordedByUserId_fkey" FOREIGN KEY ("companyId", "recordedByUserId") REFERENCES "User"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_companyId_recordedByUserId_fkey" FOREIGN KEY ("companyId", "recordedByUserId") REFERENCES "User"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "CommissionRate" ADD CONSTRAINT "CommissionRate_companyId_setByUserId_fkey" FOREIGN KEY ("companyId", "setByUserId") REFERENCES "User"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "CommissionPayout" ADD CONSTRAINT "CommissionPayout_companyId_recordedByUserId_fkey" FOREIGN KEY ("companyId", "recordedByUserId") REFERENCES "User"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- The company's anchor row, beside its other rows.
CREATE TABLE "CompanyAnchor" (
    "companyId" UUID NOT NULL,
    "prefix" TEXT NOT NULL,

    CONSTRAINT "CompanyAnchor_pkey" PRIMARY KEY ("companyId")
);
ALTER TABLE "CompanyAnchor" ADD CONSTRAINT "CompanyAnchor_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
INSERT INTO "CompanyAnchor" ("companyId", "prefix") SELECT "id", "prefix" FROM "Company";

-- Row-level security on both, as on every tenant table. People are added (by registrations) and
-- read; never changed or removed by the API. The anchor is locked (FOR SHARE / FOR UPDATE needs
-- an UPDATE privilege) and its prefix follows the company's.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['User', 'CompanyAnchor'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO estate_app USING ("companyId" = app_current_company()) WITH CHECK ("companyId" = app_current_company())', t);
    EXECUTE format('CREATE POLICY operator_access ON %I TO CURRENT_USER USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;
GRANT SELECT, INSERT ON "User" TO estate_app;
GRANT SELECT, INSERT, UPDATE ("prefix") ON "CompanyAnchor" TO estate_app;

-- The person with this email (created if new), as before; now in "Person". The caller adds them
-- to its company's "User" in the same statement.
CREATE OR REPLACE FUNCTION app_ensure_user(p_email text) RETURNS uuid
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    v_id uuid;
  BEGIN
    INSERT INTO "Person" ("email") VALUES (lower(p_email)) ON CONFLICT ("email") DO NOTHING RETURNING "id" INTO v_id;
    IF v_id IS NULL THEN
      SELECT "id" INTO v_id FROM "Person" WHERE "email" = lower(p_email);
    END IF;
    RETURN v_id;
  END $$;

-- No policy reads app.user_id any more.
REVOKE ALL ON FUNCTION app_current_user() FROM estate_app;
DROP FUNCTION app_current_user();

-- Lookups with parameters in PL/pgSQL (Citus cannot plan a SQL-language body's parameters).
CREATE OR REPLACE FUNCTION app_company_id_for_slug(p_slug text) RETURNS uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ BEGIN RETURN (SELECT "id" FROM "Company" WHERE "slug" = p_slug); END $$;

CREATE OR REPLACE FUNCTION app_prefix_taken(p_prefix text) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ BEGIN RETURN EXISTS (SELECT 1 FROM "Company" WHERE "prefix" = p_prefix AND "id" IS DISTINCT FROM app_current_company()); END $$;

CREATE OR REPLACE FUNCTION app_slug_taken(p_slug text) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ BEGIN RETURN EXISTS (SELECT 1 FROM "Company" WHERE "slug" = p_slug); END $$;

CREATE OR REPLACE FUNCTION app_sign_in_succeeded(p_key text) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ BEGIN DELETE FROM "SignInAttempt" WHERE "key" = p_key; END $$;

-- The clock, and the start of the window, are read once before the statement: the write itself
-- calls nothing but immutable functions and operators (Citus refuses clock_timestamp(), and the
-- timestamptz - interval operator, which is only stable, in ON CONFLICT DO UPDATE).
CREATE OR REPLACE FUNCTION app_sign_in_attempt(p_key text, p_max integer, p_window_seconds integer) RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    v_window interval := make_interval(secs => p_window_seconds);
    v_now timestamptz := clock_timestamp();
    v_since timestamptz := v_now - v_window;
    v_attempts integer;
    v_start timestamptz;
  BEGIN
    INSERT INTO "SignInAttempt" AS a ("key", "attempts", "windowStart") VALUES (p_key, 1, v_now)
    ON CONFLICT ("key") DO UPDATE SET
      "attempts" = CASE WHEN a."windowStart" <= v_since THEN 1 ELSE a."attempts" + 1 END,
      "windowStart" = CASE WHEN a."windowStart" <= v_since THEN v_now ELSE a."windowStart" END
    RETURNING "attempts", "windowStart" INTO v_attempts, v_start;
    -- Now and then, forget windows long over.
    IF random() < 0.01 THEN
      DELETE FROM "SignInAttempt" WHERE "windowStart" < v_since;
    END IF;
    IF v_attempts <= p_max THEN
      RETURN 0;
    END IF;
    RETURN greatest(1, ceil(extract(epoch FROM v_start + v_window - clock_timestamp())))::integer;
  END $$;

-- Sign-in changes are announced by the API in the transaction that makes them (a trigger on a
-- Citus table would fire on a worker, whose notifications reach no API process).
DROP TRIGGER sign_in_change ON "StaffMember";
DROP TRIGGER sign_in_change ON "Marketer";
DROP TRIGGER sign_in_change ON "Client";
DROP FUNCTION app_announce_sign_in_change();

-- For an operator's SQL, which no API process hears of: announces every sign-in of the company
-- (its staff, marketers and clients), so every process forgets what it remembers of them when
-- the transaction commits. Call it in the transaction that archives, deletes or changes a
-- profile by hand, before deleting the company itself (docs/scaling.md).
CREATE FUNCTION app_announce_sign_ins(p_company uuid) RETURNS void
  LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp
  AS $$
  DECLARE
    v_ids json;
  BEGIN
    SELECT coalesce(json_agg(id), '[]') INTO v_ids FROM (
      SELECT "id" FROM "StaffMember" WHERE "companyId" = p_company
      UNION ALL SELECT "id" FROM "Marketer" WHERE "companyId" = p_company
      UNION ALL SELECT "id" FROM "Client" WHERE "companyId" = p_company) p;
    PERFORM pg_notify('estate_events', json_build_object('kind', 'viewer', 'companyId', p_company, 'profileIds', v_ids)::text);
  END $$;
REVOKE ALL ON FUNCTION app_announce_sign_ins(uuid) FROM PUBLIC;

-- The allocator: the next `p_key` number of the company and the row that carries it, in one
-- call. The company's anchor row is share-locked (a prefix change waits for it), the counter row
-- stays locked until commit (parallel allocations queue on it; a failed operation rolls its
-- number back), and the row is inserted with `p_values` (column -> value) plus "companyId", "seq"
-- and `p_column`, the formatted number: `{prefix}-{key}{seq padded to p_digits}`. Every
-- statement names the company and touches only its own rows, so on Citus the call is delegated
-- whole to the company's shard (first argument: p_company_id). Runs as the caller, under
-- row-level security. Answers the inserted row, each column as text.
CREATE FUNCTION app_insert_numbered(p_company_id uuid, p_key text, p_table text, p_column text, p_digits integer, p_values jsonb)
  RETURNS json
  LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp
  AS $$
  DECLARE
    v_prefix text;
    v_seq integer;
    v_row record;
    v_columns text;
    v_fields text;
  BEGIN
    SELECT "prefix" INTO v_prefix FROM "CompanyAnchor" WHERE "companyId" = p_company_id FOR SHARE;
    IF v_prefix IS NULL THEN
      RAISE EXCEPTION 'no anchor row for company %', p_company_id USING ERRCODE = 'P0002';
    END IF;
    -- Each value typed as its column: a field of the table's row type read from the JSON (worked
    -- out before the counter is taken, which stays locked to the commit).
    SELECT string_agg(format('%I', k), ', '), string_agg(format('(jsonb_populate_record(NULL::%I, $4)).%I', p_table, k), ', ')
      INTO v_columns, v_fields FROM jsonb_object_keys(p_values) k;
    INSERT INTO "CompanySequence" AS s ("companyId", "key", "lastValue") VALUES (p_company_id, p_key, 1)
    ON CONFLICT ("companyId", "key") DO UPDATE SET "lastValue" = s."lastValue" + 1
    RETURNING "lastValue" INTO v_seq;
    EXECUTE format('INSERT INTO %I AS t ("companyId", "seq", %I, %s) VALUES ($1, $2, $3, %s) RETURNING t.*',
                   p_table, p_column, v_columns, v_fields)
      INTO v_row
      USING p_company_id, v_seq, v_prefix || '-' || p_key || lpad(v_seq::text, greatest(p_digits, length(v_seq::text)), '0'), p_values;
    RETURN (SELECT json_object_agg(key, value) FROM json_each_text(to_json(v_row)));
  END $$;
REVOKE ALL ON FUNCTION app_insert_numbered(uuid, text, text, text, integer, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_insert_numbered(uuid, text, text, text, integer, jsonb) TO estate_app;

-- A person joining a company (a registration's first step): added to the company's people, what
-- they already are there, and, when they are new to it, their credential set to p_password_hash
-- (its version answered). Only the company's rows, so on Citus the call runs whole on its shard,
-- over the same connection as the allocation after it: the registration commits on one worker.
CREATE FUNCTION app_join_company(p_company_id uuid, p_user_id uuid, p_email text, p_password_hash text)
  RETURNS TABLE (is_member boolean, is_marketer boolean, is_client boolean, credential_version timestamptz)
  LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp
  AS $$
  DECLARE
    v_now timestamptz := now();
  BEGIN
    INSERT INTO "User" ("companyId", "id", "email") VALUES (p_company_id, p_user_id, lower(p_email)) ON CONFLICT DO NOTHING;
    is_member := EXISTS (SELECT 1 FROM "StaffMember" WHERE "companyId" = p_company_id AND "userId" = p_user_id);
    is_marketer := EXISTS (SELECT 1 FROM "Marketer" WHERE "companyId" = p_company_id AND "userId" = p_user_id);
    is_client := EXISTS (SELECT 1 FROM "Client" WHERE "companyId" = p_company_id AND "userId" = p_user_id);
    IF NOT (is_member OR is_marketer OR is_client) THEN
      INSERT INTO "Credential" AS c ("companyId", "userId", "passwordHash", "updatedAt") VALUES (p_company_id, p_user_id, p_password_hash, v_now)
      ON CONFLICT ("companyId", "userId") DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", "updatedAt" = EXCLUDED."updatedAt"
      RETURNING c."updatedAt" INTO credential_version;
    END IF;
    RETURN NEXT;
  END $$;
REVOKE ALL ON FUNCTION app_join_company(uuid, uuid, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_join_company(uuid, uuid, text, text) TO estate_app;
