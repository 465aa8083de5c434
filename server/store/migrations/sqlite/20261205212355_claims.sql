-- Create "claims" table
CREATE TABLE `claims` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `person_id` text NOT NULL, `employment_id` text NOT NULL, `component_id` text NOT NULL, `component_name` text NOT NULL, `component_kind` text NOT NULL, `claim_date` date NOT NULL, `kilometres` real NULL, `rate_cents` integer NOT NULL DEFAULT (0), `amount_cents` integer NOT NULL, `description` text NOT NULL DEFAULT (''), `status` text NOT NULL DEFAULT ('SUBMITTED'), `submitted_by` text NOT NULL, `decision_comment` text NOT NULL DEFAULT (''), `decided_by` text NULL, `decided_by_name` text NULL, `decided_at` datetime NULL, `payroll_period` text NULL, `processed_at` datetime NULL, `processed_by` text NULL, PRIMARY KEY (`id`));
-- Create index "claim_provider_id" to table: "claims"
CREATE INDEX `claim_provider_id` ON `claims` (`provider_id`);
-- Create index "claim_employer_id_status_created_at" to table: "claims"
CREATE INDEX `claim_employer_id_status_created_at` ON `claims` (`employer_id`, `status`, `created_at`);
-- Create index "claim_person_id_created_at" to table: "claims"
CREATE INDEX `claim_person_id_created_at` ON `claims` (`person_id`, `created_at`);
-- Create "claim_components" table
CREATE TABLE `claim_components` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `name` text NOT NULL, `kind` text NOT NULL, `rate_cents` integer NOT NULL DEFAULT (0), `receipt_required` bool NOT NULL DEFAULT (false), `active` bool NOT NULL DEFAULT (true), PRIMARY KEY (`id`));
-- Create index "claimcomponent_provider_id" to table: "claim_components"
CREATE INDEX `claimcomponent_provider_id` ON `claim_components` (`provider_id`);
-- Create index "claimcomponent_employer_id_name" to table: "claim_components"
CREATE INDEX `claimcomponent_employer_id_name` ON `claim_components` (`employer_id`, `name`);
-- Create "claim_receipts" table
CREATE TABLE `claim_receipts` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `person_id` text NOT NULL, `claim_id` text NULL, `file_name` text NOT NULL, `content_type` text NOT NULL, `size_bytes` integer NOT NULL, `sha256` text NOT NULL, `data` blob NOT NULL, PRIMARY KEY (`id`));
-- Create index "claimreceipt_provider_id" to table: "claim_receipts"
CREATE INDEX `claimreceipt_provider_id` ON `claim_receipts` (`provider_id`);
-- Create index "claimreceipt_claim_id" to table: "claim_receipts"
CREATE INDEX `claimreceipt_claim_id` ON `claim_receipts` (`claim_id`);
-- Create index "claimreceipt_person_id_created_at" to table: "claim_receipts"
CREATE INDEX `claimreceipt_person_id_created_at` ON `claim_receipts` (`person_id`, `created_at`);
