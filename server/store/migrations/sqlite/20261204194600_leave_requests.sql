-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_leave_entries" table
CREATE TABLE `new_leave_entries` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `person_id` text NOT NULL, `kind` text NOT NULL, `minutes` integer NOT NULL, `date` date NOT NULL, `year` integer NOT NULL, `source` text NOT NULL, `reason` text NOT NULL DEFAULT (''), `reference` text NULL, `job_key` text NULL, `created_by` text NOT NULL, `request_id` text NULL, `employment_id` text NOT NULL, `leave_type_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `leave_entries_employments_employment` FOREIGN KEY (`employment_id`) REFERENCES `employments` (`id`) ON DELETE NO ACTION, CONSTRAINT `leave_entries_leave_types_leave_type` FOREIGN KEY (`leave_type_id`) REFERENCES `leave_types` (`id`) ON DELETE NO ACTION);
-- Copy rows from old table "leave_entries" to new temporary table "new_leave_entries"
INSERT INTO `new_leave_entries` (`id`, `created_at`, `updated_at`, `provider_id`, `employer_id`, `person_id`, `kind`, `minutes`, `date`, `year`, `source`, `reason`, `reference`, `job_key`, `created_by`, `employment_id`, `leave_type_id`) SELECT `id`, `created_at`, `updated_at`, `provider_id`, `employer_id`, `person_id`, `kind`, `minutes`, `date`, `year`, `source`, `reason`, `reference`, `job_key`, `created_by`, `employment_id`, `leave_type_id` FROM `leave_entries`;
-- Drop "leave_entries" table after copying rows
DROP TABLE `leave_entries`;
-- Rename temporary table "new_leave_entries" to "leave_entries"
ALTER TABLE `new_leave_entries` RENAME TO `leave_entries`;
-- Create index "leaveentry_provider_id" to table: "leave_entries"
CREATE INDEX `leaveentry_provider_id` ON `leave_entries` (`provider_id`);
-- Create index "leaveentry_employment_id_leave_type_id_date" to table: "leave_entries"
CREATE INDEX `leaveentry_employment_id_leave_type_id_date` ON `leave_entries` (`employment_id`, `leave_type_id`, `date`);
-- Create index "leaveentry_employment_id_leave_type_id_job_key" to table: "leave_entries"
CREATE UNIQUE INDEX `leaveentry_employment_id_leave_type_id_job_key` ON `leave_entries` (`employment_id`, `leave_type_id`, `job_key`);
-- Create index "leaveentry_employer_id_reference" to table: "leave_entries"
CREATE UNIQUE INDEX `leaveentry_employer_id_reference` ON `leave_entries` (`employer_id`, `reference`);
-- Create index "leaveentry_request_id" to table: "leave_entries"
CREATE INDEX `leaveentry_request_id` ON `leave_entries` (`request_id`);
-- Create "new_leave_types" table
CREATE TABLE `new_leave_types` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `name` text NOT NULL, `category` text NOT NULL, `vacation` bool NOT NULL DEFAULT (false), `weeks_per_year` real NOT NULL DEFAULT (0), `accrual` text NOT NULL DEFAULT ('YEARLY'), `expiry_months` integer NULL, `sort_order` integer NOT NULL DEFAULT (0), `requestable` bool NOT NULL DEFAULT (true), `allow_negative` bool NOT NULL DEFAULT (false), PRIMARY KEY (`id`));
-- Copy rows from old table "leave_types" to new temporary table "new_leave_types"
INSERT INTO `new_leave_types` (`id`, `created_at`, `updated_at`, `provider_id`, `employer_id`, `name`, `category`, `vacation`, `weeks_per_year`, `accrual`, `expiry_months`, `sort_order`) SELECT `id`, `created_at`, `updated_at`, `provider_id`, `employer_id`, `name`, `category`, `vacation`, `weeks_per_year`, `accrual`, `expiry_months`, `sort_order` FROM `leave_types`;
-- Drop "leave_types" table after copying rows
DROP TABLE `leave_types`;
-- Rename temporary table "new_leave_types" to "leave_types"
ALTER TABLE `new_leave_types` RENAME TO `leave_types`;
-- Create index "leavetype_provider_id" to table: "leave_types"
CREATE INDEX `leavetype_provider_id` ON `leave_types` (`provider_id`);
-- Create index "leavetype_employer_id_name" to table: "leave_types"
CREATE UNIQUE INDEX `leavetype_employer_id_name` ON `leave_types` (`employer_id`, `name`);
-- Create "leave_requests" table
CREATE TABLE `leave_requests` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `person_id` text NOT NULL, `kind` text NOT NULL DEFAULT ('LEAVE'), `cancels_id` text NULL, `status` text NOT NULL DEFAULT ('SUBMITTED'), `first_day` date NOT NULL, `last_day` date NOT NULL, `day_minutes` json NOT NULL, `minutes` integer NOT NULL, `comment` text NOT NULL DEFAULT (''), `deadline` datetime NULL, `submitted_by` text NOT NULL, `decision_comment` text NOT NULL DEFAULT (''), `decided_by` text NULL, `decided_by_name` text NULL, `decided_at` datetime NULL, `by_lapse` bool NOT NULL DEFAULT (false), `booked_taken` bool NOT NULL DEFAULT (false), `employment_id` text NOT NULL, `leave_type_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `leave_requests_employments_employment` FOREIGN KEY (`employment_id`) REFERENCES `employments` (`id`) ON DELETE NO ACTION, CONSTRAINT `leave_requests_leave_types_leave_type` FOREIGN KEY (`leave_type_id`) REFERENCES `leave_types` (`id`) ON DELETE NO ACTION);
-- Create index "leaverequest_provider_id" to table: "leave_requests"
CREATE INDEX `leaverequest_provider_id` ON `leave_requests` (`provider_id`);
-- Create index "leaverequest_employer_id_status_first_day" to table: "leave_requests"
CREATE INDEX `leaverequest_employer_id_status_first_day` ON `leave_requests` (`employer_id`, `status`, `first_day`);
-- Create index "leaverequest_employment_id_first_day" to table: "leave_requests"
CREATE INDEX `leaverequest_employment_id_first_day` ON `leave_requests` (`employment_id`, `first_day`);
-- Create index "leaverequest_status_deadline" to table: "leave_requests"
CREATE INDEX `leaverequest_status_deadline` ON `leave_requests` (`status`, `deadline`);
-- Create index "leaverequest_cancels_id" to table: "leave_requests"
CREATE INDEX `leaverequest_cancels_id` ON `leave_requests` (`cancels_id`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
