-- CreateEnum
CREATE TYPE "JurisdictionLevel" AS ENUM ('nation', 'region', 'municipality');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('board_memo', 'minutes', 'written_answer', 'web_page', 'study');

-- CreateEnum
CREATE TYPE "ProviderKind" AS ENUM ('clinic', 'team', 'company', 'multidisciplinary_conference');

-- CreateEnum
CREATE TYPE "ProviderOperation" AS ENUM ('region_run', 'contracted', 'municipal', 'private', 'unknown');

-- CreateEnum
CREATE TYPE "ProviderStatus" AS ENUM ('operating', 'closed', 'planned', 'unknown');

-- CreateEnum
CREATE TYPE "VisitType" AS ENUM ('specialist_visit', 'primary_care_visit', 'home_visit');

-- CreateEnum
CREATE TYPE "FeeStatus" AS ENUM ('charged', 'free', 'unknown');

-- CreateEnum
CREATE TYPE "ReferralPathway" AS ENUM ('primary_care', 'any_doctor', 'self_referral');

-- CreateEnum
CREATE TYPE "AgeGroup" AS ENUM ('adults', 'children', 'all', 'unknown');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('allowed', 'not_allowed', 'unknown');

-- CreateEnum
CREATE TYPE "HomeCareService" AS ENUM ('doctor_home_visit', 'nurse_home_visit', 'occupational_therapist_home_visit', 'counselor_home_visit', 'digital_dental_care', 'mobile_dental_care', 'home_help', 'housing_support', 'personal_assistance', 'residential_care');

-- CreateEnum
CREATE TYPE "HomeCareStatus" AS ENUM ('offered', 'offered_after_needs_assessment', 'not_offered', 'municipal_responsibility', 'under_trial', 'unknown');

-- CreateEnum
CREATE TYPE "LegalBasis" AS ENUM ('hsl', 'sol', 'lss');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('motion', 'written_question', 'board_decision', 'regulation');

-- CreateEnum
CREATE TYPE "DecisionStatus" AS ENUM ('approved', 'rejected', 'rejection_proposed', 'considered_answered', 'answered', 'pending', 'unknown');

-- CreateTable
CREATE TABLE "regions" (
    "code" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "county" TEXT NOT NULL,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("code"),
    CONSTRAINT "regions_code_check" CHECK ("code" ~ '^[0-9]{2}$')
);

-- CreateTable
CREATE TABLE "municipalities" (
    "code" VARCHAR(4) NOT NULL,
    "name" TEXT NOT NULL,
    "region_code" VARCHAR(2) NOT NULL,

    CONSTRAINT "municipalities_pkey" PRIMARY KEY ("code"),
    -- A municipality's first two digits are its region's code.
    CONSTRAINT "municipalities_code_check" CHECK ("code" ~ '^[0-9]{4}$' AND left("code", 2) = "region_code")
);

-- CreateTable
CREATE TABLE "conditions" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_sv" TEXT NOT NULL,

    CONSTRAINT "conditions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sources" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "published_on" DATE,
    "reference_number" TEXT,
    "file_name" TEXT,
    "url" TEXT,
    "jurisdiction_level" "JurisdictionLevel" NOT NULL,
    "region_code" VARCHAR(2),
    "municipality_code" VARCHAR(4),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "providers" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ProviderKind" NOT NULL,
    "operated_as" "ProviderOperation" NOT NULL,
    "region_code" VARCHAR(2) NOT NULL,
    "municipality_code" VARCHAR(4),
    "address" TEXT,
    "description" TEXT NOT NULL,
    "status" "ProviderStatus" NOT NULL,
    "valid_from" DATE,
    "valid_to" DATE,
    "last_verified_on" DATE NOT NULL,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "providers_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "providers_validity_check" CHECK ("valid_to" IS NULL OR "valid_from" IS NULL OR "valid_to" >= "valid_from")
);

-- CreateTable
CREATE TABLE "provider_conditions" (
    "provider_id" TEXT NOT NULL,
    "condition_id" TEXT NOT NULL,

    CONSTRAINT "provider_conditions_pkey" PRIMARY KEY ("provider_id","condition_id")
);

-- CreateTable
CREATE TABLE "fees" (
    "id" TEXT NOT NULL,
    "region_code" VARCHAR(2) NOT NULL,
    "provider_id" TEXT,
    "visit_type" "VisitType" NOT NULL,
    "amount_sek" INTEGER,
    "counts_toward_high_cost_ceiling" BOOLEAN,
    "status" "FeeStatus" NOT NULL,
    "valid_from" DATE,
    "valid_to" DATE,
    "last_verified_on" DATE NOT NULL,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fees_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "fees_amount_sek_check" CHECK ("amount_sek" IS NULL OR "amount_sek" >= 0),
    CONSTRAINT "fees_validity_check" CHECK ("valid_to" IS NULL OR "valid_from" IS NULL OR "valid_to" >= "valid_from")
);

-- CreateTable
CREATE TABLE "referral_rules" (
    "id" TEXT NOT NULL,
    "region_code" VARCHAR(2) NOT NULL,
    "provider_id" TEXT,
    "pathway" "ReferralPathway" NOT NULL,
    "requires_fully_investigated" BOOLEAN,
    "prerequisites" TEXT,
    "max_treatment_occasions" INTEGER,
    "age_group" "AgeGroup" NOT NULL,
    "status" "ReferralStatus" NOT NULL,
    "valid_from" DATE,
    "valid_to" DATE,
    "last_verified_on" DATE NOT NULL,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referral_rules_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "referral_rules_max_treatment_occasions_check" CHECK ("max_treatment_occasions" IS NULL OR "max_treatment_occasions" > 0),
    CONSTRAINT "referral_rules_validity_check" CHECK ("valid_to" IS NULL OR "valid_from" IS NULL OR "valid_to" >= "valid_from")
);

-- CreateTable
CREATE TABLE "home_care_policies" (
    "id" TEXT NOT NULL,
    "jurisdiction_level" "JurisdictionLevel" NOT NULL,
    "region_code" VARCHAR(2),
    "municipality_code" VARCHAR(4),
    "service" "HomeCareService" NOT NULL,
    "condition_id" TEXT,
    "status" "HomeCareStatus" NOT NULL,
    "legal_basis" "LegalBasis",
    "grounds" TEXT,
    "decision_id" TEXT,
    "valid_from" DATE,
    "valid_to" DATE,
    "last_verified_on" DATE NOT NULL,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "home_care_policies_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "home_care_policies_validity_check" CHECK ("valid_to" IS NULL OR "valid_from" IS NULL OR "valid_to" >= "valid_from"),
    -- The jurisdiction level says which codes must be present.
    CONSTRAINT "home_care_policies_jurisdiction_check" CHECK (
        ("jurisdiction_level" = 'nation' AND "region_code" IS NULL AND "municipality_code" IS NULL)
        OR ("jurisdiction_level" = 'region' AND "region_code" IS NOT NULL AND "municipality_code" IS NULL)
        OR ("jurisdiction_level" = 'municipality' AND "region_code" IS NOT NULL AND "municipality_code" IS NOT NULL AND left("municipality_code", 2) = "region_code")
    )
);

-- CreateTable
CREATE TABLE "decisions" (
    "id" TEXT NOT NULL,
    "jurisdiction_level" "JurisdictionLevel" NOT NULL,
    "region_code" VARCHAR(2),
    "kind" "DecisionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "decided_on" DATE,
    "filed_on" DATE,
    "reference_number" TEXT,
    "proposer" TEXT,
    "proposer_party" TEXT,
    "respondent" TEXT,
    "proposals" TEXT[],
    "summary" TEXT NOT NULL,
    "votes_for" INTEGER,
    "votes_against" INTEGER,
    "votes_abstained" INTEGER,
    "status" "DecisionStatus" NOT NULL,
    "valid_from" DATE,
    "valid_to" DATE,
    "last_verified_on" DATE NOT NULL,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decisions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "decisions_votes_check" CHECK (COALESCE("votes_for", 0) >= 0 AND COALESCE("votes_against", 0) >= 0 AND COALESCE("votes_abstained", 0) >= 0),
    CONSTRAINT "decisions_validity_check" CHECK ("valid_to" IS NULL OR "valid_from" IS NULL OR "valid_to" >= "valid_from")
);

-- CreateTable
CREATE TABLE "decision_conditions" (
    "decision_id" TEXT NOT NULL,
    "condition_id" TEXT NOT NULL,

    CONSTRAINT "decision_conditions_pkey" PRIMARY KEY ("decision_id","condition_id")
);

-- CreateTable
CREATE TABLE "citations" (
    "id" UUID NOT NULL,
    "source_id" TEXT NOT NULL,
    "locator" TEXT,
    "quote" TEXT NOT NULL,
    "supports" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "provider_id" TEXT,
    "fee_id" TEXT,
    "referral_rule_id" TEXT,
    "home_care_policy_id" TEXT,
    "decision_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "citations_pkey" PRIMARY KEY ("id"),
    -- A short verbatim excerpt, not a whole document.
    CONSTRAINT "citations_quote_check" CHECK (length(btrim("quote")) BETWEEN 3 AND 600),
    -- Exactly one fact per citation.
    CONSTRAINT "citations_one_fact_check" CHECK (num_nonnulls("provider_id", "fee_id", "referral_rule_id", "home_care_policy_id", "decision_id") = 1)
);

-- CreateTable
CREATE TABLE "curated_files" (
    "name" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "loaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "curated_files_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "municipalities_region_code_idx" ON "municipalities"("region_code");

-- CreateIndex
CREATE INDEX "providers_region_code_idx" ON "providers"("region_code");

-- CreateIndex
CREATE INDEX "fees_region_code_idx" ON "fees"("region_code");

-- CreateIndex
CREATE INDEX "referral_rules_region_code_idx" ON "referral_rules"("region_code");

-- CreateIndex
CREATE INDEX "home_care_policies_region_code_idx" ON "home_care_policies"("region_code");

-- CreateIndex
CREATE INDEX "home_care_policies_municipality_code_idx" ON "home_care_policies"("municipality_code");

-- CreateIndex
CREATE INDEX "decisions_region_code_idx" ON "decisions"("region_code");

-- CreateIndex
CREATE INDEX "citations_source_id_idx" ON "citations"("source_id");

-- CreateIndex
CREATE INDEX "citations_provider_id_idx" ON "citations"("provider_id");

-- CreateIndex
CREATE INDEX "citations_fee_id_idx" ON "citations"("fee_id");

-- CreateIndex
CREATE INDEX "citations_referral_rule_id_idx" ON "citations"("referral_rule_id");

-- CreateIndex
CREATE INDEX "citations_home_care_policy_id_idx" ON "citations"("home_care_policy_id");

-- CreateIndex
CREATE INDEX "citations_decision_id_idx" ON "citations"("decision_id");

-- AddForeignKey
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "providers" ADD CONSTRAINT "providers_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "providers" ADD CONSTRAINT "providers_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provider_conditions" ADD CONSTRAINT "provider_conditions_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provider_conditions" ADD CONSTRAINT "provider_conditions_condition_id_fkey" FOREIGN KEY ("condition_id") REFERENCES "conditions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fees" ADD CONSTRAINT "fees_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fees" ADD CONSTRAINT "fees_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral_rules" ADD CONSTRAINT "referral_rules_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral_rules" ADD CONSTRAINT "referral_rules_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "home_care_policies" ADD CONSTRAINT "home_care_policies_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "home_care_policies" ADD CONSTRAINT "home_care_policies_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "home_care_policies" ADD CONSTRAINT "home_care_policies_condition_id_fkey" FOREIGN KEY ("condition_id") REFERENCES "conditions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "home_care_policies" ADD CONSTRAINT "home_care_policies_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision_conditions" ADD CONSTRAINT "decision_conditions_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision_conditions" ADD CONSTRAINT "decision_conditions_condition_id_fkey" FOREIGN KEY ("condition_id") REFERENCES "conditions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_fee_id_fkey" FOREIGN KEY ("fee_id") REFERENCES "fees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_referral_rule_id_fkey" FOREIGN KEY ("referral_rule_id") REFERENCES "referral_rules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_home_care_policy_id_fkey" FOREIGN KEY ("home_care_policy_id") REFERENCES "home_care_policies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
