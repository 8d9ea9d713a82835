-- Texts a person reads exist in Swedish and English: each becomes {"sv": …, "en": …}
-- (jsonb, checked below). Texts written before this migration had only one
-- language: it is kept in both until the curated files (which carry both) are
-- loaded again, or an editor writes the Swedish.
-- Sources get a strength; providers a short name, a contract period and ways
-- to reach them; and confirmations record that a source, checked on a date,
-- still supports a fact.

CREATE FUNCTION "is_localized"(value jsonb, max_length int) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT jsonb_typeof(value) = 'object'
        AND (SELECT count(*) FROM jsonb_object_keys(value)) = 2
        AND jsonb_typeof(value -> 'sv') = 'string' AND jsonb_typeof(value -> 'en') = 'string'
        AND length(btrim(value ->> 'sv')) BETWEEN 1 AND max_length
        AND length(btrim(value ->> 'en')) BETWEEN 1 AND max_length $$;

CREATE FUNCTION "both_languages"(value text) RETURNS jsonb
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT jsonb_build_object('sv', value, 'en', value) $$;

-- Sources
CREATE TYPE "SourceStrength" AS ENUM ('primary', 'secondary', 'weak');
ALTER TABLE "sources" ADD COLUMN "strength" "SourceStrength";
UPDATE "sources" SET "strength" = CASE
    WHEN "publisher_type" IN ('news', 'patient_association', 'political_party') THEN 'secondary'::"SourceStrength"
    WHEN "publisher_type" = 'individual' THEN 'weak'::"SourceStrength"
    ELSE 'primary'::"SourceStrength" END;
ALTER TABLE "sources"
    ALTER COLUMN "strength" SET NOT NULL,
    DROP CONSTRAINT "sources_dated_check",
    ALTER COLUMN "date_note" TYPE jsonb USING both_languages("date_note"),
    ALTER COLUMN "note" TYPE jsonb USING both_languages("note"),
    ADD CONSTRAINT "sources_dated_check" CHECK ("published_on" IS NOT NULL OR "updated_on" IS NOT NULL OR ("not_before" IS NOT NULL AND "date_note" IS NOT NULL)),
    ADD CONSTRAINT "sources_date_note_check" CHECK ("date_note" IS NULL OR is_localized("date_note", 1000)),
    ADD CONSTRAINT "sources_note_check" CHECK ("note" IS NULL OR is_localized("note", 1000));

-- Providers
ALTER TABLE "providers"
    ADD COLUMN "short_name" TEXT,
    ADD COLUMN "contract_start" DATE,
    ADD COLUMN "contract_end" DATE,
    ADD COLUMN "website" TEXT,
    ADD COLUMN "phone" TEXT,
    ADD COLUMN "email" TEXT,
    ADD COLUMN "schedule_description" jsonb,
    ALTER COLUMN "description" TYPE jsonb USING both_languages("description"),
    ALTER COLUMN "notes" TYPE jsonb USING both_languages("notes"),
    ADD CONSTRAINT "providers_short_name_check" CHECK ("short_name" IS NULL OR length(btrim("short_name")) BETWEEN 1 AND 40),
    ADD CONSTRAINT "providers_contract_check" CHECK (
        (("contract_start" IS NULL AND "contract_end" IS NULL) OR "operated_as" = 'contracted')
        AND ("contract_end" IS NULL OR "contract_start" IS NULL OR "contract_end" >= "contract_start")),
    ADD CONSTRAINT "providers_website_check" CHECK ("website" IS NULL OR "website" ~ '^https?://'),
    ADD CONSTRAINT "providers_schedule_description_check" CHECK ("schedule_description" IS NULL OR is_localized("schedule_description", 500)),
    ADD CONSTRAINT "providers_description_check" CHECK (is_localized("description", 1000)),
    ADD CONSTRAINT "providers_notes_check" CHECK ("notes" IS NULL OR is_localized("notes", 2000));

-- Fees, referral rules, home-care policies, specialist-care statements
ALTER TABLE "fees"
    ALTER COLUMN "notes" TYPE jsonb USING both_languages("notes"),
    ADD CONSTRAINT "fees_notes_check" CHECK ("notes" IS NULL OR is_localized("notes", 2000));
ALTER TABLE "referral_rules"
    ALTER COLUMN "prerequisites" TYPE jsonb USING both_languages("prerequisites"),
    ALTER COLUMN "notes" TYPE jsonb USING both_languages("notes"),
    ADD CONSTRAINT "referral_rules_prerequisites_check" CHECK ("prerequisites" IS NULL OR is_localized("prerequisites", 1000)),
    ADD CONSTRAINT "referral_rules_notes_check" CHECK ("notes" IS NULL OR is_localized("notes", 2000));
ALTER TABLE "home_care_policies"
    ALTER COLUMN "grounds" TYPE jsonb USING both_languages("grounds"),
    ALTER COLUMN "notes" TYPE jsonb USING both_languages("notes"),
    ADD CONSTRAINT "home_care_policies_grounds_check" CHECK ("grounds" IS NULL OR is_localized("grounds", 2000)),
    ADD CONSTRAINT "home_care_policies_notes_check" CHECK ("notes" IS NULL OR is_localized("notes", 2000));
ALTER TABLE "specialist_care_statements"
    ALTER COLUMN "description" TYPE jsonb USING both_languages("description"),
    ALTER COLUMN "notes" TYPE jsonb USING both_languages("notes"),
    ADD CONSTRAINT "specialist_care_statements_description_check" CHECK (is_localized("description", 1000)),
    ADD CONSTRAINT "specialist_care_statements_notes_check" CHECK ("notes" IS NULL OR is_localized("notes", 2000));

-- Decisions: title, body, summary and notes, and the proposals as a list of localized texts.
ALTER TABLE "decisions" ADD COLUMN "proposals_localized" jsonb NOT NULL DEFAULT '[]';
UPDATE "decisions" SET "proposals_localized" = coalesce((SELECT jsonb_agg(both_languages(p) ORDER BY n) FROM unnest("proposals") WITH ORDINALITY AS u(p, n)), '[]');
ALTER TABLE "decisions" DROP COLUMN "proposals";
ALTER TABLE "decisions" RENAME COLUMN "proposals_localized" TO "proposals";
ALTER TABLE "decisions"
    ALTER COLUMN "proposals" DROP DEFAULT,
    ALTER COLUMN "title" TYPE jsonb USING both_languages("title"),
    ALTER COLUMN "body" TYPE jsonb USING both_languages("body"),
    ALTER COLUMN "summary" TYPE jsonb USING both_languages("summary"),
    ALTER COLUMN "notes" TYPE jsonb USING both_languages("notes"),
    ADD CONSTRAINT "decisions_title_check" CHECK (is_localized("title", 500)),
    ADD CONSTRAINT "decisions_body_check" CHECK ("body" IS NULL OR is_localized("body", 300)),
    ADD CONSTRAINT "decisions_summary_check" CHECK (is_localized("summary", 3000)),
    ADD CONSTRAINT "decisions_notes_check" CHECK ("notes" IS NULL OR is_localized("notes", 2000)),
    ADD CONSTRAINT "decisions_proposals_check" CHECK (jsonb_typeof("proposals") = 'array');

-- Citations: a reference in our words, in both languages.
ALTER TABLE "citations"
    DROP CONSTRAINT "citations_reference_check",
    DROP CONSTRAINT "citations_kind_check",
    ALTER COLUMN "reference" TYPE jsonb USING both_languages("reference"),
    ADD CONSTRAINT "citations_reference_check" CHECK ("reference" IS NULL OR is_localized("reference", 1000)),
    ADD CONSTRAINT "citations_kind_check" CHECK (
        ("kind" = 'quote' AND "quote" IS NOT NULL AND "reference" IS NULL)
        OR ("kind" = 'reference' AND "reference" IS NOT NULL AND "quote" IS NULL));

-- Confirmations: append-only checks of a fact against a source.
CREATE TABLE "confirmations" (
    "id" UUID NOT NULL,
    "source_id" TEXT NOT NULL,
    "checked_on" DATE NOT NULL,
    "locator" TEXT,
    "note" jsonb NOT NULL,
    "actor" TEXT NOT NULL,
    "actor_display" TEXT NOT NULL,
    "provider_id" TEXT,
    "fee_id" TEXT,
    "referral_rule_id" TEXT,
    "home_care_policy_id" TEXT,
    "decision_id" TEXT,
    "specialist_care_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "confirmations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "confirmations_note_check" CHECK (is_localized("note", 1000)),
    CONSTRAINT "confirmations_locator_check" CHECK ("locator" IS NULL OR length(btrim("locator")) BETWEEN 1 AND 200),
    CONSTRAINT "confirmations_one_fact_check" CHECK (num_nonnulls("provider_id", "fee_id", "referral_rule_id", "home_care_policy_id", "decision_id", "specialist_care_id") = 1)
);
-- One confirmation per fact, source and day: recording it again changes nothing.
CREATE UNIQUE INDEX "confirmations_fact_source_day_key" ON "confirmations"
    ("provider_id", "fee_id", "referral_rule_id", "home_care_policy_id", "decision_id", "specialist_care_id", "source_id", "checked_on") NULLS NOT DISTINCT;
CREATE INDEX "confirmations_source_id_idx" ON "confirmations"("source_id");
CREATE INDEX "confirmations_provider_id_idx" ON "confirmations"("provider_id");
CREATE INDEX "confirmations_fee_id_idx" ON "confirmations"("fee_id");
CREATE INDEX "confirmations_referral_rule_id_idx" ON "confirmations"("referral_rule_id");
CREATE INDEX "confirmations_home_care_policy_id_idx" ON "confirmations"("home_care_policy_id");
CREATE INDEX "confirmations_decision_id_idx" ON "confirmations"("decision_id");
CREATE INDEX "confirmations_specialist_care_id_idx" ON "confirmations"("specialist_care_id");
ALTER TABLE "confirmations" ADD CONSTRAINT "confirmations_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "confirmations" ADD CONSTRAINT "confirmations_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "confirmations" ADD CONSTRAINT "confirmations_fee_id_fkey" FOREIGN KEY ("fee_id") REFERENCES "fees"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "confirmations" ADD CONSTRAINT "confirmations_referral_rule_id_fkey" FOREIGN KEY ("referral_rule_id") REFERENCES "referral_rules"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "confirmations" ADD CONSTRAINT "confirmations_home_care_policy_id_fkey" FOREIGN KEY ("home_care_policy_id") REFERENCES "home_care_policies"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "confirmations" ADD CONSTRAINT "confirmations_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "confirmations" ADD CONSTRAINT "confirmations_specialist_care_id_fkey" FOREIGN KEY ("specialist_care_id") REFERENCES "specialist_care_statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;
