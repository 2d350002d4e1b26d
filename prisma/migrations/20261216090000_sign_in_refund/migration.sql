-- Failed sign-ins are also limited per source address and per company (password spraying). Each
-- attempt is counted before its password is checked (app_sign_in_attempt), so parallel guesses
-- cannot slip past; a successful one gives its count back here, so only failures use them up.
-- Not a tenant table, no function in the write: within the Citus rules.
CREATE FUNCTION app_sign_in_refund(p_key text) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    UPDATE "SignInAttempt" SET "attempts" = "attempts" - 1 WHERE "key" = p_key AND "attempts" > 0;
  END $$;

REVOKE ALL ON FUNCTION app_sign_in_refund(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_sign_in_refund(text) TO estate_app;
