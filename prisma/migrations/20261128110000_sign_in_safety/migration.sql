-- Sign-in safety shared by every API process: token generations (an archived sign-in's tokens never
-- come back) and sign-in attempts counted in the database (atomic, across replicas and restarts).

-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "tokenGeneration" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Marketer" ADD COLUMN     "tokenGeneration" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "StaffMember" ADD COLUMN     "tokenGeneration" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "key" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("key")
);


-- Only the owner reaches the attempts (through the two functions below): with RLS forced and no
-- policy for the API role, and no privilege granted, estate_app cannot read or change a row.
ALTER TABLE "SignInAttempt" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SignInAttempt" FORCE ROW LEVEL SECURITY;
CREATE POLICY operator_access ON "SignInAttempt" TO CURRENT_USER USING (true) WITH CHECK (true);
REVOKE ALL ON "SignInAttempt" FROM estate_app;

-- Counts one attempt for `p_key` and answers at once whether it may be checked: 0 when it may,
-- otherwise the seconds until the window ends. Counting comes first, in one statement, so of any
-- number of parallel attempts at most p_max are ever checked per window.
CREATE FUNCTION app_sign_in_attempt(p_key text, p_max integer, p_window_seconds integer) RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    v_window interval := make_interval(secs => p_window_seconds);
    v_attempts integer;
    v_start timestamptz;
  BEGIN
    INSERT INTO "SignInAttempt" AS a ("key", "attempts", "windowStart") VALUES (p_key, 1, clock_timestamp())
    ON CONFLICT ("key") DO UPDATE SET
      "attempts" = CASE WHEN a."windowStart" <= clock_timestamp() - v_window THEN 1 ELSE a."attempts" + 1 END,
      "windowStart" = CASE WHEN a."windowStart" <= clock_timestamp() - v_window THEN clock_timestamp() ELSE a."windowStart" END
    RETURNING "attempts", "windowStart" INTO v_attempts, v_start;
    -- Now and then, forget windows long over.
    IF random() < 0.01 THEN
      DELETE FROM "SignInAttempt" WHERE "windowStart" < clock_timestamp() - v_window;
    END IF;
    IF v_attempts <= p_max THEN
      RETURN 0;
    END IF;
    RETURN greatest(1, ceil(extract(epoch FROM v_start + v_window - clock_timestamp())))::integer;
  END $$;

-- A successful sign-in starts afresh.
CREATE FUNCTION app_sign_in_succeeded(p_key text) RETURNS void
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ DELETE FROM "SignInAttempt" WHERE "key" = p_key $$;

REVOKE ALL ON FUNCTION app_sign_in_attempt(text, integer, integer), app_sign_in_succeeded(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_sign_in_attempt(text, integer, integer), app_sign_in_succeeded(text) TO estate_app;

-- Every API process remembers whose sign-ins are good (src/modules/auth/viewers.ts); a change to a
-- profile's status, role or token generation, or its deletion (also by a company's deletion, or
-- an operator's SQL), is announced to all of them, once the change commits.
CREATE FUNCTION app_announce_sign_in_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    PERFORM pg_notify('estate_events', json_build_object('kind', 'viewer', 'companyId', OLD."companyId", 'profileIds', json_build_array(OLD."id"))::text);
    RETURN NULL;
  END $$;

CREATE TRIGGER sign_in_change AFTER UPDATE OF "status", "role", "tokenGeneration", "userId" OR DELETE ON "StaffMember"
  FOR EACH ROW EXECUTE FUNCTION app_announce_sign_in_change();
CREATE TRIGGER sign_in_change AFTER UPDATE OF "status", "tokenGeneration", "userId" OR DELETE ON "Marketer"
  FOR EACH ROW EXECUTE FUNCTION app_announce_sign_in_change();
CREATE TRIGGER sign_in_change AFTER UPDATE OF "status", "tokenGeneration", "userId" OR DELETE ON "Client"
  FOR EACH ROW EXECUTE FUNCTION app_announce_sign_in_change();
