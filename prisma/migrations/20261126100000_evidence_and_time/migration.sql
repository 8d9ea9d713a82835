-- Evidence and time: every source has a date or a "not before" date with its
-- reason; citations are quotes (held documents) or references (web pages, in
-- our words); a fact's recency follows from its sources, so last_verified_on
-- goes; decisions record their stage and votes relative to the motion;
-- home-care policies their age group and what they rest on; a later fact can
-- supersede an earlier one; and a sixth kind of fact: specialist-care statements.

-- Enums
ALTER TYPE "SourceKind" ADD VALUE 'press_release';
ALTER TYPE "SourceKind" ADD VALUE 'news_article';
ALTER TYPE "SourceKind" ADD VALUE 'opinion_piece';
ALTER TYPE "SourceKind" ADD VALUE 'report';
ALTER TYPE "SourceKind" ADD VALUE 'blog_post';
ALTER TYPE "SourceKind" ADD VALUE 'motion';
ALTER TYPE "SourceKind" ADD VALUE 'letter';
ALTER TYPE "ProviderStatus" ADD VALUE 'paused';
ALTER TYPE "AgeGroup" ADD VALUE 'older_people';
ALTER TYPE "DecisionKind" ADD VALUE 'interpellation';
ALTER TYPE "DecisionKind" ADD VALUE 'government_assignment';
ALTER TYPE "DecisionKind" ADD VALUE 'citizen_proposal';
ALTER TYPE "DecisionKind" ADD VALUE 'budget';

CREATE TYPE "PublisherType" AS ENUM ('region', 'municipality', 'agency', 'parliament', 'government', 'provider', 'news', 'patient_association', 'political_party', 'individual', 'other');
CREATE TYPE "CitationKind" AS ENUM ('quote', 'reference');
CREATE TYPE "PolicyEvidence" AS ENUM ('statement', 'proposal', 'interview_accounts');
CREATE TYPE "DecisionStage" AS ENUM ('filed', 'proposed', 'decided', 'answered');
CREATE TYPE "DecisionOutcome" AS ENUM ('approved', 'rejected', 'considered_answered', 'answered', 'pending', 'unknown');
CREATE TYPE "SpecialistCareStatus" AS ENUM ('available', 'none', 'elsewhere', 'unknown');

-- Sources: who publishes them, and a date for every one.
ALTER TABLE "sources"
    ADD COLUMN "publisher_type" "PublisherType",
    ADD COLUMN "updated_on" DATE,
    ADD COLUMN "not_before" DATE,
    ADD COLUMN "date_note" TEXT,
    ADD COLUMN "note" TEXT;
-- Existing sources: the publisher is not recorded, and an undated one is known since it was added.
UPDATE "sources" SET "publisher_type" = 'other';
UPDATE "sources" SET "not_before" = "created_at"::date, "date_note" = 'The source had no date when this was recorded; it is known to exist since it was added.'
    WHERE "published_on" IS NULL;
ALTER TABLE "sources"
    ALTER COLUMN "publisher_type" SET NOT NULL,
    ADD CONSTRAINT "sources_dated_check" CHECK ("published_on" IS NOT NULL OR "updated_on" IS NOT NULL OR ("not_before" IS NOT NULL AND "date_note" IS NOT NULL)),
    ADD CONSTRAINT "sources_url_check" CHECK ("url" IS NULL OR "url" ~ '^https?://');

-- Facts: validity from the first day the sources support, no separate verification date,
-- and an optional fact each one supersedes.
UPDATE "providers" SET "valid_from" = "last_verified_on" WHERE "valid_from" IS NULL;
UPDATE "fees" SET "valid_from" = "last_verified_on" WHERE "valid_from" IS NULL;
UPDATE "referral_rules" SET "valid_from" = "last_verified_on" WHERE "valid_from" IS NULL;
UPDATE "home_care_policies" SET "valid_from" = "last_verified_on" WHERE "valid_from" IS NULL;
UPDATE "decisions" SET "valid_from" = "last_verified_on" WHERE "valid_from" IS NULL;

ALTER TABLE "providers" ALTER COLUMN "valid_from" SET NOT NULL, DROP COLUMN "last_verified_on", ADD COLUMN "supersedes" TEXT;
ALTER TABLE "fees" ALTER COLUMN "valid_from" SET NOT NULL, DROP COLUMN "last_verified_on", ADD COLUMN "supersedes" TEXT;
ALTER TABLE "referral_rules" ALTER COLUMN "valid_from" SET NOT NULL, DROP COLUMN "last_verified_on", ADD COLUMN "supersedes" TEXT;
ALTER TABLE "home_care_policies" ALTER COLUMN "valid_from" SET NOT NULL, DROP COLUMN "last_verified_on", ADD COLUMN "supersedes" TEXT;
ALTER TABLE "decisions" ALTER COLUMN "valid_from" SET NOT NULL, DROP COLUMN "last_verified_on", ADD COLUMN "supersedes" TEXT;

ALTER TABLE "providers" ADD CONSTRAINT "providers_supersedes_fkey" FOREIGN KEY ("supersedes") REFERENCES "providers"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "fees" ADD CONSTRAINT "fees_supersedes_fkey" FOREIGN KEY ("supersedes") REFERENCES "fees"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "referral_rules" ADD CONSTRAINT "referral_rules_supersedes_fkey" FOREIGN KEY ("supersedes") REFERENCES "referral_rules"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "home_care_policies" ADD CONSTRAINT "home_care_policies_supersedes_fkey" FOREIGN KEY ("supersedes") REFERENCES "home_care_policies"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_supersedes_fkey" FOREIGN KEY ("supersedes") REFERENCES "decisions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Home-care policies: the age group they concern and what they rest on (unknown for existing rows).
ALTER TABLE "home_care_policies"
    ADD COLUMN "age_group" "AgeGroup" NOT NULL DEFAULT 'unknown',
    ADD COLUMN "evidence" "PolicyEvidence" NOT NULL DEFAULT 'statement';
ALTER TABLE "home_care_policies" ALTER COLUMN "age_group" DROP DEFAULT, ALTER COLUMN "evidence" DROP DEFAULT;

-- Decisions: a stage and an outcome instead of one status; votes read relative to the motion.
ALTER TABLE "decisions"
    ADD COLUMN "stage" "DecisionStage",
    ADD COLUMN "outcome" "DecisionOutcome",
    ADD COLUMN "votes_for_motion" INTEGER,
    ADD COLUMN "votes_against_motion" INTEGER;
UPDATE "decisions" SET
    "stage" = (CASE "status"
        WHEN 'rejection_proposed' THEN 'proposed'
        WHEN 'answered' THEN 'answered'
        WHEN 'pending' THEN 'filed'
        WHEN 'unknown' THEN 'filed'
        ELSE 'decided' END)::"DecisionStage",
    "outcome" = (CASE "status"
        WHEN 'rejection_proposed' THEN 'rejected'
        ELSE "status"::text END)::"DecisionOutcome";
-- Earlier vote counts were read relative to whatever proposal was voted on: keep them as a note, not as votes on the motion.
UPDATE "decisions" SET "notes" = concat_ws(' ', "notes", format('Recorded before votes were read relative to the motion: %s for and %s against the proposal voted on.', "votes_for", "votes_against"))
    WHERE "votes_for" IS NOT NULL OR "votes_against" IS NOT NULL;
ALTER TABLE "decisions"
    ALTER COLUMN "stage" SET NOT NULL,
    ALTER COLUMN "outcome" SET NOT NULL,
    ALTER COLUMN "body" DROP NOT NULL,
    DROP CONSTRAINT "decisions_votes_check",
    DROP COLUMN "status",
    DROP COLUMN "votes_for",
    DROP COLUMN "votes_against",
    ADD CONSTRAINT "decisions_votes_check" CHECK (COALESCE("votes_for_motion", 0) >= 0 AND COALESCE("votes_against_motion", 0) >= 0 AND COALESCE("votes_abstained", 0) >= 0);
ALTER TABLE "decisions" RENAME COLUMN "decided_on" TO "date";
DROP TYPE "DecisionStatus";

-- Specialist-care statements: what a source says of specialist care in a region as a whole.
CREATE TABLE "specialist_care_statements" (
    "id" TEXT NOT NULL,
    "region_code" VARCHAR(2) NOT NULL,
    "condition_id" TEXT NOT NULL,
    "status" "SpecialistCareStatus" NOT NULL,
    "referred_to_region_code" VARCHAR(2),
    "description" TEXT NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "supersedes" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "specialist_care_statements_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "specialist_care_statements_validity_check" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"),
    CONSTRAINT "specialist_care_statements_elsewhere_check" CHECK (("status" = 'elsewhere') = ("referred_to_region_code" IS NOT NULL))
);
CREATE INDEX "specialist_care_statements_region_code_idx" ON "specialist_care_statements"("region_code");
ALTER TABLE "specialist_care_statements" ADD CONSTRAINT "specialist_care_statements_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "specialist_care_statements" ADD CONSTRAINT "specialist_care_statements_condition_id_fkey" FOREIGN KEY ("condition_id") REFERENCES "conditions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "specialist_care_statements" ADD CONSTRAINT "specialist_care_statements_referred_to_region_code_fkey" FOREIGN KEY ("referred_to_region_code") REFERENCES "regions"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "specialist_care_statements" ADD CONSTRAINT "specialist_care_statements_supersedes_fkey" FOREIGN KEY ("supersedes") REFERENCES "specialist_care_statements"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Citations: a kind, a quote or a reference, and the new kind of fact they may back.
ALTER TABLE "citations"
    ADD COLUMN "kind" "CitationKind" NOT NULL DEFAULT 'quote',
    ADD COLUMN "reference" TEXT,
    ADD COLUMN "specialist_care_id" TEXT,
    ALTER COLUMN "quote" DROP NOT NULL,
    DROP CONSTRAINT "citations_quote_check",
    DROP CONSTRAINT "citations_one_fact_check",
    ADD CONSTRAINT "citations_quote_check" CHECK ("quote" IS NULL OR length(btrim("quote")) BETWEEN 3 AND 600),
    ADD CONSTRAINT "citations_reference_check" CHECK ("reference" IS NULL OR length(btrim("reference")) BETWEEN 3 AND 1000),
    ADD CONSTRAINT "citations_kind_check" CHECK (
        ("kind" = 'quote' AND "quote" IS NOT NULL AND "reference" IS NULL)
        OR ("kind" = 'reference' AND "reference" IS NOT NULL AND "quote" IS NULL)
    ),
    ADD CONSTRAINT "citations_one_fact_check" CHECK (num_nonnulls("provider_id", "fee_id", "referral_rule_id", "home_care_policy_id", "decision_id", "specialist_care_id") = 1);
CREATE INDEX "citations_specialist_care_id_idx" ON "citations"("specialist_care_id");
ALTER TABLE "citations" ADD CONSTRAINT "citations_specialist_care_id_fkey" FOREIGN KEY ("specialist_care_id") REFERENCES "specialist_care_statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;
