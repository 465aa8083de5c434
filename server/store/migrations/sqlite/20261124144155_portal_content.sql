-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_accounts" table
CREATE TABLE `new_accounts` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `state` text NOT NULL DEFAULT ('NONE'), `username` text NULL, `username_key` text NULL, `password_hash` text NULL, `registered_email` text NULL, `first_login_at` datetime NULL, `last_login_at` datetime NULL, `failed_attempts` integer NOT NULL DEFAULT (0), `locked_until` datetime NULL, `invite_expires_at` datetime NULL, `blocked_at` datetime NULL, `notify_new_documents` bool NOT NULL DEFAULT (false), `person_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `accounts_persons_account` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`) ON DELETE NO ACTION);
-- Copy rows from old table "accounts" to new temporary table "new_accounts"
INSERT INTO `new_accounts` (`id`, `created_at`, `updated_at`, `provider_id`, `employer_id`, `state`, `username`, `username_key`, `password_hash`, `registered_email`, `first_login_at`, `last_login_at`, `failed_attempts`, `locked_until`, `invite_expires_at`, `blocked_at`, `person_id`) SELECT `id`, `created_at`, `updated_at`, `provider_id`, `employer_id`, `state`, `username`, `username_key`, `password_hash`, `registered_email`, `first_login_at`, `last_login_at`, `failed_attempts`, `locked_until`, `invite_expires_at`, `blocked_at`, `person_id` FROM `accounts`;
-- Drop "accounts" table after copying rows
DROP TABLE `accounts`;
-- Rename temporary table "new_accounts" to "accounts"
ALTER TABLE `new_accounts` RENAME TO `accounts`;
-- Create index "accounts_person_id_key" to table: "accounts"
CREATE UNIQUE INDEX `accounts_person_id_key` ON `accounts` (`person_id`);
-- Create index "account_provider_id" to table: "accounts"
CREATE INDEX `account_provider_id` ON `accounts` (`provider_id`);
-- Create index "account_person_id" to table: "accounts"
CREATE UNIQUE INDEX `account_person_id` ON `accounts` (`person_id`);
-- Create index "account_username_key" to table: "accounts"
CREATE UNIQUE INDEX `account_username_key` ON `accounts` (`username_key`);
-- Create index "account_registered_email" to table: "accounts"
CREATE INDEX `account_registered_email` ON `accounts` (`registered_email`);
-- Create index "account_employer_id_state" to table: "accounts"
CREATE INDEX `account_employer_id_state` ON `accounts` (`employer_id`, `state`);
-- Create "annual_statements" table
CREATE TABLE `annual_statements` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `person_id` text NOT NULL, `year` integer NOT NULL, `wage_for_payroll_tax_cents` integer NOT NULL, `withheld_payroll_tax_cents` integer NOT NULL, `labour_tax_credit_cents` integer NOT NULL, `zvw_wage_cents` integer NOT NULL, `payroll_tax_credit_applied` bool NOT NULL, `bsn` text NOT NULL, `employment_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `annual_statements_employments_employment` FOREIGN KEY (`employment_id`) REFERENCES `employments` (`id`) ON DELETE NO ACTION);
-- Create index "annualstatement_provider_id" to table: "annual_statements"
CREATE INDEX `annualstatement_provider_id` ON `annual_statements` (`provider_id`);
-- Create index "annualstatement_employment_id_year" to table: "annual_statements"
CREATE UNIQUE INDEX `annualstatement_employment_id_year` ON `annual_statements` (`employment_id`, `year`);
-- Create index "annualstatement_person_id_year" to table: "annual_statements"
CREATE INDEX `annualstatement_person_id_year` ON `annual_statements` (`person_id`, `year`);
-- Create "documents" table
CREATE TABLE `documents` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `category` text NOT NULL, `title` text NOT NULL, `file_name` text NOT NULL, `content_type` text NOT NULL, `size_bytes` integer NOT NULL, `sha256` text NOT NULL, `visible_to_employee` bool NOT NULL DEFAULT (false), `first_visible_at` datetime NULL, `created_by` text NOT NULL, `person_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `documents_persons_person` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`) ON DELETE NO ACTION);
-- Create index "document_provider_id" to table: "documents"
CREATE INDEX `document_provider_id` ON `documents` (`provider_id`);
-- Create index "document_employer_id_person_id_created_at" to table: "documents"
CREATE INDEX `document_employer_id_person_id_created_at` ON `documents` (`employer_id`, `person_id`, `created_at`);
-- Create index "document_person_id_visible_to_employee" to table: "documents"
CREATE INDEX `document_person_id_visible_to_employee` ON `documents` (`person_id`, `visible_to_employee`);
-- Create "document_files" table
CREATE TABLE `document_files` (`id` text NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `data` blob NOT NULL, `document_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `document_files_documents_file` FOREIGN KEY (`document_id`) REFERENCES `documents` (`id`) ON DELETE NO ACTION);
-- Create index "document_files_document_id_key" to table: "document_files"
CREATE UNIQUE INDEX `document_files_document_id_key` ON `document_files` (`document_id`);
-- Create index "documentfile_provider_id" to table: "document_files"
CREATE INDEX `documentfile_provider_id` ON `document_files` (`provider_id`);
-- Create "leave_balances" table
CREATE TABLE `leave_balances` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `person_id` text NOT NULL, `year` integer NOT NULL, `leave_type` text NOT NULL, `entitlement_hours` real NOT NULL, `taken_hours` real NOT NULL, `planned_hours` real NOT NULL, `remaining_hours` real NOT NULL, `expiry_date` date NULL, `employment_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `leave_balances_employments_employment` FOREIGN KEY (`employment_id`) REFERENCES `employments` (`id`) ON DELETE NO ACTION);
-- Create index "leavebalance_provider_id" to table: "leave_balances"
CREATE INDEX `leavebalance_provider_id` ON `leave_balances` (`provider_id`);
-- Create index "leavebalance_employment_id_year_leave_type" to table: "leave_balances"
CREATE UNIQUE INDEX `leavebalance_employment_id_year_leave_type` ON `leave_balances` (`employment_id`, `year`, `leave_type`);
-- Create index "leavebalance_person_id_year" to table: "leave_balances"
CREATE INDEX `leavebalance_person_id_year` ON `leave_balances` (`person_id`, `year`);
-- Create "payslips" table
CREATE TABLE `payslips` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `person_id` text NOT NULL, `period_type` text NOT NULL, `year` integer NOT NULL, `period` integer NOT NULL, `period_key` integer NOT NULL, `run_date` date NOT NULL, `visible_from` date NOT NULL, `gross_cents` integer NOT NULL, `net_cents` integer NOT NULL, `employment_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `payslips_employments_employment` FOREIGN KEY (`employment_id`) REFERENCES `employments` (`id`) ON DELETE NO ACTION);
-- Create index "payslip_provider_id" to table: "payslips"
CREATE INDEX `payslip_provider_id` ON `payslips` (`provider_id`);
-- Create index "payslip_employment_id_period_type_year_period" to table: "payslips"
CREATE UNIQUE INDEX `payslip_employment_id_period_type_year_period` ON `payslips` (`employment_id`, `period_type`, `year`, `period`);
-- Create index "payslip_person_id_period_key" to table: "payslips"
CREATE INDEX `payslip_person_id_period_key` ON `payslips` (`person_id`, `period_key`);
-- Create index "payslip_employer_id_period_key" to table: "payslips"
CREATE INDEX `payslip_employer_id_period_key` ON `payslips` (`employer_id`, `period_key`);
-- Create "payslip_lines" table
CREATE TABLE `payslip_lines` (`id` text NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `person_id` text NOT NULL, `position` integer NOT NULL, `code` text NOT NULL, `description` text NOT NULL, `amount_cents` integer NOT NULL, `category` text NOT NULL, `payslip_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `payslip_lines_payslips_lines` FOREIGN KEY (`payslip_id`) REFERENCES `payslips` (`id`) ON DELETE NO ACTION);
-- Create index "payslipline_provider_id" to table: "payslip_lines"
CREATE INDEX `payslipline_provider_id` ON `payslip_lines` (`provider_id`);
-- Create index "payslipline_payslip_id_position" to table: "payslip_lines"
CREATE INDEX `payslipline_payslip_id_position` ON `payslip_lines` (`payslip_id`, `position`);
-- Create index "payslipline_person_id" to table: "payslip_lines"
CREATE INDEX `payslipline_person_id` ON `payslip_lines` (`person_id`);
-- Create "sick_reports" table
CREATE TABLE `sick_reports` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `first_sick_day` date NOT NULL, `hours_worked` real NULL, `reported_at` datetime NOT NULL, `reported_by_kind` text NOT NULL, `reported_by_id` text NOT NULL, `reported_by_name` text NOT NULL, `recovery_date` date NULL, `recovery_reported_at` datetime NULL, `person_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `sick_reports_persons_person` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`) ON DELETE NO ACTION);
-- Create index "sickreport_provider_id" to table: "sick_reports"
CREATE INDEX `sickreport_provider_id` ON `sick_reports` (`provider_id`);
-- Create index "sickreport_person_id" to table: "sick_reports"
CREATE UNIQUE INDEX `sickreport_person_id` ON `sick_reports` (`person_id`) WHERE recovery_date IS NULL;
-- Create index "sickreport_person_id_first_sick_day" to table: "sick_reports"
CREATE INDEX `sickreport_person_id_first_sick_day` ON `sick_reports` (`person_id`, `first_sick_day`);
-- Create index "sickreport_employer_id_first_sick_day" to table: "sick_reports"
CREATE INDEX `sickreport_employer_id_first_sick_day` ON `sick_reports` (`employer_id`, `first_sick_day`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
