-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_persons" table
CREATE TABLE `new_persons` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `initials` text NOT NULL DEFAULT (''), `first_name` text NOT NULL, `last_name_prefix` text NOT NULL DEFAULT (''), `last_name` text NOT NULL, `birth_date` date NOT NULL, `email` text NULL, `phone` text NULL, `payroll_key` text NULL, `street` text NOT NULL DEFAULT (''), `postal_code` text NOT NULL DEFAULT (''), `city` text NOT NULL DEFAULT (''), `iban` text NOT NULL DEFAULT (''), `emergency_contact_name` text NOT NULL DEFAULT (''), `emergency_contact_phone` text NOT NULL DEFAULT (''), `search_key` text NOT NULL DEFAULT (''), `employer_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `persons_employers_persons` FOREIGN KEY (`employer_id`) REFERENCES `employers` (`id`) ON DELETE NO ACTION);
-- Copy rows from old table "persons" to new temporary table "new_persons"
INSERT INTO `new_persons` (`id`, `created_at`, `updated_at`, `provider_id`, `initials`, `first_name`, `last_name_prefix`, `last_name`, `birth_date`, `email`, `phone`, `payroll_key`, `street`, `postal_code`, `city`, `search_key`, `employer_id`) SELECT `id`, `created_at`, `updated_at`, `provider_id`, `initials`, `first_name`, `last_name_prefix`, `last_name`, `birth_date`, `email`, `phone`, `payroll_key`, `street`, `postal_code`, `city`, `search_key`, `employer_id` FROM `persons`;
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
-- Create "data_changes" table
CREATE TABLE `data_changes` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `person_id` text NOT NULL, `employment_id` text NOT NULL, `field` text NOT NULL, `old_value` json NOT NULL, `new_value` json NOT NULL, `effective_date` date NULL, `status` text NOT NULL DEFAULT ('SUBMITTED'), `submitted_by` text NOT NULL, `decided_by` text NULL, `decided_by_name` text NOT NULL DEFAULT (''), `decided_at` datetime NULL, `comment` text NOT NULL DEFAULT (''), `applied_at` datetime NULL, PRIMARY KEY (`id`));
-- Create index "datachange_provider_id" to table: "data_changes"
CREATE INDEX `datachange_provider_id` ON `data_changes` (`provider_id`);
-- Create index "datachange_person_id_created_at" to table: "data_changes"
CREATE INDEX `datachange_person_id_created_at` ON `data_changes` (`person_id`, `created_at`);
-- Create index "datachange_employer_id_status_created_at" to table: "data_changes"
CREATE INDEX `datachange_employer_id_status_created_at` ON `data_changes` (`employer_id`, `status`, `created_at`);
-- Create index "datachange_status_effective_date" to table: "data_changes"
CREATE INDEX `datachange_status_effective_date` ON `data_changes` (`status`, `effective_date`);
-- Create "data_field_settings" table
CREATE TABLE `data_field_settings` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `field` text NOT NULL, `mode` text NOT NULL, `updated_by` text NOT NULL, PRIMARY KEY (`id`));
-- Create index "datafieldsetting_provider_id" to table: "data_field_settings"
CREATE INDEX `datafieldsetting_provider_id` ON `data_field_settings` (`provider_id`);
-- Create index "datafieldsetting_employer_id_field" to table: "data_field_settings"
CREATE UNIQUE INDEX `datafieldsetting_employer_id_field` ON `data_field_settings` (`employer_id`, `field`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
