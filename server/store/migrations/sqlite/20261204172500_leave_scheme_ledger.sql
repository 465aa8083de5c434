-- Create "leave_entries" table
CREATE TABLE `leave_entries` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `person_id` text NOT NULL, `kind` text NOT NULL, `minutes` integer NOT NULL, `date` date NOT NULL, `year` integer NOT NULL, `source` text NOT NULL, `reason` text NOT NULL DEFAULT (''), `reference` text NULL, `job_key` text NULL, `created_by` text NOT NULL, `employment_id` text NOT NULL, `leave_type_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `leave_entries_employments_employment` FOREIGN KEY (`employment_id`) REFERENCES `employments` (`id`) ON DELETE NO ACTION, CONSTRAINT `leave_entries_leave_types_leave_type` FOREIGN KEY (`leave_type_id`) REFERENCES `leave_types` (`id`) ON DELETE NO ACTION);
-- Create index "leaveentry_provider_id" to table: "leave_entries"
CREATE INDEX `leaveentry_provider_id` ON `leave_entries` (`provider_id`);
-- Create index "leaveentry_employment_id_leave_type_id_date" to table: "leave_entries"
CREATE INDEX `leaveentry_employment_id_leave_type_id_date` ON `leave_entries` (`employment_id`, `leave_type_id`, `date`);
-- Create index "leaveentry_employment_id_leave_type_id_job_key" to table: "leave_entries"
CREATE UNIQUE INDEX `leaveentry_employment_id_leave_type_id_job_key` ON `leave_entries` (`employment_id`, `leave_type_id`, `job_key`);
-- Create index "leaveentry_employer_id_reference" to table: "leave_entries"
CREATE UNIQUE INDEX `leaveentry_employer_id_reference` ON `leave_entries` (`employer_id`, `reference`);
-- Create "leave_schemes" table
CREATE TABLE `leave_schemes` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `good_friday_off` bool NOT NULL DEFAULT (false), `liberation_day` text NOT NULL DEFAULT ('LUSTRUM'), PRIMARY KEY (`id`));
-- Create index "leavescheme_provider_id" to table: "leave_schemes"
CREATE INDEX `leavescheme_provider_id` ON `leave_schemes` (`provider_id`);
-- Create index "leavescheme_employer_id" to table: "leave_schemes"
CREATE UNIQUE INDEX `leavescheme_employer_id` ON `leave_schemes` (`employer_id`);
-- Create "leave_types" table
CREATE TABLE `leave_types` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `name` text NOT NULL, `category` text NOT NULL, `vacation` bool NOT NULL DEFAULT (false), `weeks_per_year` real NOT NULL DEFAULT (0), `accrual` text NOT NULL DEFAULT ('YEARLY'), `expiry_months` integer NULL, `sort_order` integer NOT NULL DEFAULT (0), PRIMARY KEY (`id`));
-- Create index "leavetype_provider_id" to table: "leave_types"
CREATE INDEX `leavetype_provider_id` ON `leave_types` (`provider_id`);
-- Create index "leavetype_employer_id_name" to table: "leave_types"
CREATE UNIQUE INDEX `leavetype_employer_id_name` ON `leave_types` (`employer_id`, `name`);
-- Create "work_patterns" table
CREATE TABLE `work_patterns` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `person_id` text NOT NULL, `weeks` json NOT NULL, `week_a_starts_on` date NULL, `source` text NOT NULL, `accrues_from` date NOT NULL, `processed_on` date NULL, `employment_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `work_patterns_employments_employment` FOREIGN KEY (`employment_id`) REFERENCES `employments` (`id`) ON DELETE NO ACTION);
-- Create index "workpattern_provider_id" to table: "work_patterns"
CREATE INDEX `workpattern_provider_id` ON `work_patterns` (`provider_id`);
-- Create index "workpattern_employment_id" to table: "work_patterns"
CREATE UNIQUE INDEX `workpattern_employment_id` ON `work_patterns` (`employment_id`);
-- Create index "workpattern_processed_on" to table: "work_patterns"
CREATE INDEX `workpattern_processed_on` ON `work_patterns` (`processed_on`);
