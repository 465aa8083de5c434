-- Add column "recovery_reported_by_name" to table: "sick_reports"
ALTER TABLE `sick_reports` ADD COLUMN `recovery_reported_by_name` text NULL;
-- Add column "poortwachter_steps_done" to table: "sick_reports"
ALTER TABLE `sick_reports` ADD COLUMN `poortwachter_steps_done` json NULL;
-- Create "partial_recoveries" table
CREATE TABLE `partial_recoveries` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `person_id` text NOT NULL, `from_date` date NOT NULL, `percentage` integer NULL, `hours_per_week` real NULL, `recorded_at` datetime NOT NULL, `recorded_by_kind` text NOT NULL, `recorded_by_id` text NOT NULL, `recorded_by_name` text NOT NULL, `sick_report_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `partial_recoveries_sick_reports_partial_recoveries` FOREIGN KEY (`sick_report_id`) REFERENCES `sick_reports` (`id`) ON DELETE NO ACTION);
-- Create index "partialrecovery_provider_id" to table: "partial_recoveries"
CREATE INDEX `partialrecovery_provider_id` ON `partial_recoveries` (`provider_id`);
-- Create index "partialrecovery_sick_report_id_from_date" to table: "partial_recoveries"
CREATE INDEX `partialrecovery_sick_report_id_from_date` ON `partial_recoveries` (`sick_report_id`, `from_date`);
-- Create "verzuim_contacts" table
CREATE TABLE `verzuim_contacts` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `name` text NOT NULL, `role` text NOT NULL DEFAULT (''), `email` text NOT NULL, `language` text NOT NULL DEFAULT ('nl'), PRIMARY KEY (`id`));
-- Create index "verzuimcontact_provider_id" to table: "verzuim_contacts"
CREATE INDEX `verzuimcontact_provider_id` ON `verzuim_contacts` (`provider_id`);
-- Create index "verzuimcontact_employer_id_email" to table: "verzuim_contacts"
CREATE UNIQUE INDEX `verzuimcontact_employer_id_email` ON `verzuim_contacts` (`employer_id`, `email`);
