-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_outbox_mails" table
CREATE TABLE `new_outbox_mails` (`id` text NOT NULL, `created_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NULL, `person_id` text NULL, `kind` text NOT NULL, `locale` text NOT NULL, `to_address` text NOT NULL, `subject` text NOT NULL, `text_body` text NOT NULL, `html_body` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `attempts` integer NOT NULL DEFAULT (0), `next_attempt_at` datetime NOT NULL, `last_error` text NOT NULL DEFAULT (''), `last_failure` text NULL, `last_smtp_status` text NOT NULL DEFAULT (''), `sent_at` datetime NULL, `failed_at` datetime NULL, `requeued_at` datetime NULL, `request_id` text NOT NULL DEFAULT (''), PRIMARY KEY (`id`));
-- Copy rows from old table "outbox_mails" to new temporary table "new_outbox_mails"
INSERT INTO `new_outbox_mails` (`id`, `created_at`, `provider_id`, `employer_id`, `person_id`, `kind`, `locale`, `to_address`, `subject`, `text_body`, `html_body`, `status`, `attempts`, `next_attempt_at`, `last_error`, `sent_at`, `request_id`) SELECT `id`, `created_at`, `provider_id`, `employer_id`, `person_id`, `kind`, `locale`, `to_address`, `subject`, `text_body`, `html_body`, `status`, `attempts`, `next_attempt_at`, `last_error`, `sent_at`, `request_id` FROM `outbox_mails`;
-- Drop "outbox_mails" table after copying rows
DROP TABLE `outbox_mails`;
-- Rename temporary table "new_outbox_mails" to "outbox_mails"
ALTER TABLE `new_outbox_mails` RENAME TO `outbox_mails`;
-- Create index "outboxmail_status_next_attempt_at" to table: "outbox_mails"
CREATE INDEX `outboxmail_status_next_attempt_at` ON `outbox_mails` (`status`, `next_attempt_at`);
-- Create index "outboxmail_person_id_created_at" to table: "outbox_mails"
CREATE INDEX `outboxmail_person_id_created_at` ON `outbox_mails` (`person_id`, `created_at`);
-- Create index "outboxmail_to_address_created_at" to table: "outbox_mails"
CREATE INDEX `outboxmail_to_address_created_at` ON `outbox_mails` (`to_address`, `created_at`);
-- Create index "outboxmail_status_created_at" to table: "outbox_mails"
CREATE INDEX `outboxmail_status_created_at` ON `outbox_mails` (`status`, `created_at`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
-- Mails given up before this version: when is not recorded; the end of their last
-- claim's lease (next_attempt_at) is the closest known time.
UPDATE outbox_mails SET failed_at = next_attempt_at WHERE status = 'FAILED' AND failed_at IS NULL;
