-- Create "outbox_mails" table
CREATE TABLE `outbox_mails` (`id` text NOT NULL, `created_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NULL, `person_id` text NULL, `kind` text NOT NULL, `locale` text NOT NULL, `to_address` text NOT NULL, `subject` text NOT NULL, `text_body` text NOT NULL, `html_body` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `attempts` integer NOT NULL DEFAULT (0), `next_attempt_at` datetime NOT NULL, `last_error` text NOT NULL DEFAULT (''), `sent_at` datetime NULL, `request_id` text NOT NULL DEFAULT (''), PRIMARY KEY (`id`));
-- Create index "outboxmail_status_next_attempt_at" to table: "outbox_mails"
CREATE INDEX `outboxmail_status_next_attempt_at` ON `outbox_mails` (`status`, `next_attempt_at`);
-- Create index "outboxmail_person_id_created_at" to table: "outbox_mails"
CREATE INDEX `outboxmail_person_id_created_at` ON `outbox_mails` (`person_id`, `created_at`);
-- Create index "outboxmail_to_address_created_at" to table: "outbox_mails"
CREATE INDEX `outboxmail_to_address_created_at` ON `outbox_mails` (`to_address`, `created_at`);
-- Create "password_resets" table
CREATE TABLE `password_resets` (`id` text NOT NULL, `created_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `account_id` text NOT NULL, `token_hash` text NOT NULL, `expires_at` datetime NOT NULL, `used_at` datetime NULL, `revoked_at` datetime NULL, PRIMARY KEY (`id`));
-- Create index "passwordreset_token_hash" to table: "password_resets"
CREATE UNIQUE INDEX `passwordreset_token_hash` ON `password_resets` (`token_hash`);
-- Create index "passwordreset_account_id" to table: "password_resets"
CREATE INDEX `passwordreset_account_id` ON `password_resets` (`account_id`);
