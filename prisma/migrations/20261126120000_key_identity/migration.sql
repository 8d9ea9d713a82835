-- Key identity: the public change feed names a display name chosen when a key
-- is made (default: its role), never the key's name (which may be an e-mail
-- address); key names are never reused; creating and revoking keys is audited.

CREATE TYPE "ApiKeyEventAction" AS ENUM ('create', 'revoke');

ALTER TABLE "api_keys" ADD COLUMN "display_name" TEXT;
UPDATE "api_keys" SET "display_name" = "role"::text;
ALTER TABLE "api_keys" ALTER COLUMN "display_name" SET NOT NULL;

ALTER TABLE "changes" ADD COLUMN "actor_display" TEXT;
UPDATE "changes" SET "actor_display" = COALESCE((SELECT "role"::text FROM "api_keys" WHERE "api_keys"."name" = "changes"."actor"), "actor");
ALTER TABLE "changes" ALTER COLUMN "actor_display" SET NOT NULL;

CREATE TABLE "api_key_events" (
    "id" BIGSERIAL NOT NULL,
    "key_name" TEXT NOT NULL,
    "action" "ApiKeyEventAction" NOT NULL,
    "by" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_key_events_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "api_key_events_key_name_idx" ON "api_key_events"("key_name");
