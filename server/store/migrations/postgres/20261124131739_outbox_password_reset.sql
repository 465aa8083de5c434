-- Create "outbox_mails" table
CREATE TABLE "outbox_mails" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NULL, "person_id" character varying NULL, "kind" character varying NOT NULL, "locale" character varying NOT NULL, "to_address" character varying NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "status" character varying NOT NULL DEFAULT 'PENDING', "attempts" bigint NOT NULL DEFAULT 0, "next_attempt_at" timestamptz NOT NULL, "last_error" character varying NOT NULL DEFAULT '', "sent_at" timestamptz NULL, "request_id" character varying NOT NULL DEFAULT '', PRIMARY KEY ("id"));
-- Create index "outboxmail_person_id_created_at" to table: "outbox_mails"
CREATE INDEX "outboxmail_person_id_created_at" ON "outbox_mails" ("person_id", "created_at");
-- Create index "outboxmail_status_next_attempt_at" to table: "outbox_mails"
CREATE INDEX "outboxmail_status_next_attempt_at" ON "outbox_mails" ("status", "next_attempt_at");
-- Create index "outboxmail_to_address_created_at" to table: "outbox_mails"
CREATE INDEX "outboxmail_to_address_created_at" ON "outbox_mails" ("to_address", "created_at");
-- Create "password_resets" table
CREATE TABLE "password_resets" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "account_id" character varying NOT NULL, "token_hash" character varying NOT NULL, "expires_at" timestamptz NOT NULL, "used_at" timestamptz NULL, "revoked_at" timestamptz NULL, PRIMARY KEY ("id"));
-- Create index "passwordreset_account_id" to table: "password_resets"
CREATE INDEX "passwordreset_account_id" ON "password_resets" ("account_id");
-- Create index "passwordreset_token_hash" to table: "password_resets"
CREATE UNIQUE INDEX "passwordreset_token_hash" ON "password_resets" ("token_hash");
