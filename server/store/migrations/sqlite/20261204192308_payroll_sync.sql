-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_persons" table
CREATE TABLE `new_persons` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `initials` text NOT NULL DEFAULT (''), `first_name` text NOT NULL, `last_name_prefix` text NOT NULL DEFAULT (''), `last_name` text NOT NULL, `birth_date` date NOT NULL, `email` text NULL, `phone` text NULL, `payroll_key` text NULL, `street` text NOT NULL DEFAULT (''), `postal_code` text NOT NULL DEFAULT (''), `city` text NOT NULL DEFAULT (''), `search_key` text NOT NULL DEFAULT (''), `employer_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `persons_employers_persons` FOREIGN KEY (`employer_id`) REFERENCES `employers` (`id`) ON DELETE NO ACTION);
-- Copy rows from old table "persons" to new temporary table "new_persons"
INSERT INTO `new_persons` (`id`, `created_at`, `updated_at`, `provider_id`, `initials`, `first_name`, `last_name_prefix`, `last_name`, `birth_date`, `email`, `phone`, `search_key`, `employer_id`) SELECT `id`, `created_at`, `updated_at`, `provider_id`, `initials`, `first_name`, `last_name_prefix`, `last_name`, `birth_date`, `email`, `phone`, `search_key`, `employer_id` FROM `persons`;
-- Drop "persons" table after copying rows
DROP TABLE `persons`;
-- Rename temporary table "new_persons" to "persons"
ALTER TABLE `new_persons` RENAME TO `persons`;
-- Create index "person_provider_id" to table: "persons"
CREATE INDEX `person_provider_id` ON `persons` (`provider_id`);
-- Create index "person_employer_id_last_name_first_name" to table: "persons"
CREATE INDEX `person_employer_id_last_name_first_name` ON `persons` (`employer_id`, `last_name`, `first_name`);
-- Create index "person_employer_id_email" to table: "persons"
CREATE INDEX `person_employer_id_email` ON `persons` (`employer_id`, `email`);
-- Create index "person_employer_id_payroll_key" to table: "persons"
CREATE UNIQUE INDEX `person_employer_id_payroll_key` ON `persons` (`employer_id`, `payroll_key`);
-- Create index "person_employer_id_search_key" to table: "persons"
CREATE INDEX `person_employer_id_search_key` ON `persons` (`employer_id`, `search_key`);
-- Create "change_events" table
CREATE TABLE `change_events` (`id` text NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `person_id` text NOT NULL, `seq` integer NOT NULL, `kind` text NOT NULL, `employment_id` text NULL, `subject_type` text NOT NULL DEFAULT (''), `subject_id` text NOT NULL DEFAULT (''), `data` json NULL, `occurred_at` datetime NOT NULL, PRIMARY KEY (`id`));
-- Create index "changeevent_provider_id" to table: "change_events"
CREATE INDEX `changeevent_provider_id` ON `change_events` (`provider_id`);
-- Create index "changeevent_provider_id_seq" to table: "change_events"
CREATE UNIQUE INDEX `changeevent_provider_id_seq` ON `change_events` (`provider_id`, `seq`);
-- Create index "changeevent_employer_id_seq" to table: "change_events"
CREATE INDEX `changeevent_employer_id_seq` ON `change_events` (`employer_id`, `seq`);
-- Create "change_feed_acks" table
CREATE TABLE `change_feed_acks` (`id` text NOT NULL, `provider_id` text NOT NULL, `acknowledged_seq` integer NOT NULL DEFAULT (0), `acknowledged_at` datetime NOT NULL, PRIMARY KEY (`id`));
-- Create "change_feed_heads" table
CREATE TABLE `change_feed_heads` (`id` text NOT NULL, `last_seq` integer NOT NULL DEFAULT (0), PRIMARY KEY (`id`));
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
