-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_leave_schemes" table
CREATE TABLE `new_leave_schemes` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `good_friday_off` bool NOT NULL DEFAULT (false), `liberation_day` text NOT NULL DEFAULT ('LUSTRUM'), `expiry_reminder_month` integer NOT NULL DEFAULT (4), `expiry_reminder_day` integer NOT NULL DEFAULT (1), PRIMARY KEY (`id`));
-- Copy rows from old table "leave_schemes" to new temporary table "new_leave_schemes"
INSERT INTO `new_leave_schemes` (`id`, `created_at`, `updated_at`, `provider_id`, `employer_id`, `good_friday_off`, `liberation_day`) SELECT `id`, `created_at`, `updated_at`, `provider_id`, `employer_id`, `good_friday_off`, `liberation_day` FROM `leave_schemes`;
-- Drop "leave_schemes" table after copying rows
DROP TABLE `leave_schemes`;
-- Rename temporary table "new_leave_schemes" to "leave_schemes"
ALTER TABLE `new_leave_schemes` RENAME TO `leave_schemes`;
-- Create index "leavescheme_provider_id" to table: "leave_schemes"
CREATE INDEX `leavescheme_provider_id` ON `leave_schemes` (`provider_id`);
-- Create index "leavescheme_employer_id" to table: "leave_schemes"
CREATE UNIQUE INDEX `leavescheme_employer_id` ON `leave_schemes` (`employer_id`);
-- Add column "language" to table: "users"
ALTER TABLE `users` ADD COLUMN `language` text NULL;
-- Create index "leaverequest_status_created_at" to table: "leave_requests"
CREATE INDEX `leaverequest_status_created_at` ON `leave_requests` (`status`, `created_at`);
-- Create "leave_notices" table
CREATE TABLE `leave_notices` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `provider_id` text NOT NULL, `employer_id` text NULL, `kind` text NOT NULL, `recipient_id` text NOT NULL, `period` text NOT NULL, `count` integer NOT NULL, `created_at` datetime NOT NULL);
-- Create index "leavenotice_kind_recipient_id_period" to table: "leave_notices"
CREATE UNIQUE INDEX `leavenotice_kind_recipient_id_period` ON `leave_notices` (`kind`, `recipient_id`, `period`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
