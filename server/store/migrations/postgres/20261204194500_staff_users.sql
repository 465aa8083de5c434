-- Modify "providers" table
ALTER TABLE "providers" ADD COLUMN "require_second_factor_for_employers" boolean NOT NULL DEFAULT false;
-- Modify "users" table
ALTER TABLE "users" ADD COLUMN "created_by" character varying NULL, ADD COLUMN "totp_secret" character varying NULL, ADD COLUMN "totp_pending_secret" character varying NULL, ADD COLUMN "totp_enrolled_at" timestamptz NULL, ADD COLUMN "totp_last_step" bigint NOT NULL DEFAULT 0, ADD COLUMN "recovery_code_hashes" jsonb NULL;
-- Create "staff_links" table
CREATE TABLE "staff_links" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "user_id" character varying NOT NULL, "kind" character varying NOT NULL, "token_hash" character varying NOT NULL, "expires_at" timestamptz NOT NULL, "used_at" timestamptz NULL, "revoked_at" timestamptz NULL, PRIMARY KEY ("id"));
-- Create index "stafflink_token_hash" to table: "staff_links"
CREATE UNIQUE INDEX "stafflink_token_hash" ON "staff_links" ("token_hash");
-- Create index "stafflink_user_id" to table: "staff_links"
CREATE INDEX "stafflink_user_id" ON "staff_links" ("user_id");
