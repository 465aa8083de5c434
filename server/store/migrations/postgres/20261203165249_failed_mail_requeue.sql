-- Modify "outbox_mails" table
ALTER TABLE "outbox_mails" ADD COLUMN "last_failure" character varying NULL, ADD COLUMN "last_smtp_status" character varying NOT NULL DEFAULT '', ADD COLUMN "failed_at" timestamptz NULL, ADD COLUMN "requeued_at" timestamptz NULL;
-- Create index "outboxmail_status_created_at" to table: "outbox_mails"
CREATE INDEX "outboxmail_status_created_at" ON "outbox_mails" ("status", "created_at");
-- Mails given up before this version: when is not recorded; the end of their last
-- claim's lease (next_attempt_at) is the closest known time.
UPDATE outbox_mails SET failed_at = next_attempt_at WHERE status = 'FAILED' AND failed_at IS NULL;
