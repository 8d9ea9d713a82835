-- A revoked key stays revoked. The service's role may change no column of api_keys but
-- revoked_at (src/db/roles.ts), and this makes that a one-way step: once set, revoked_at
-- never changes again, so a revoked key cannot be brought back behind the audit's back.

CREATE FUNCTION "api_keys_revocation_is_final"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."revoked_at" IS NOT NULL AND NEW."revoked_at" IS DISTINCT FROM OLD."revoked_at" THEN
    RAISE EXCEPTION 'The API key "%" is revoked; a revocation is final.', OLD."name" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "api_keys_revocation_is_final" BEFORE UPDATE OF "revoked_at" ON "api_keys"
  FOR EACH ROW EXECUTE FUNCTION "api_keys_revocation_is_final"();
