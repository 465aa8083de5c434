-- Create "preboardings" table
CREATE TABLE `preboardings` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `person_id` text NOT NULL, `state` text NOT NULL DEFAULT ('INVITED'), `first_day` date NOT NULL, `job_title` text NOT NULL DEFAULT (''), `department_id` text NULL, `phone` text NOT NULL DEFAULT (''), `nationality` text NOT NULL DEFAULT (''), `street` text NOT NULL DEFAULT (''), `postal_code` text NOT NULL DEFAULT (''), `city` text NOT NULL DEFAULT (''), `country` text NOT NULL DEFAULT (''), `bsn_sealed` blob NULL, `iban` text NOT NULL DEFAULT (''), `tax_credit` bool NULL, `tax_credit_from` date NULL, `emergency_name` text NOT NULL DEFAULT (''), `emergency_relation` text NOT NULL DEFAULT (''), `emergency_phone` text NOT NULL DEFAULT (''), `remarks` json NULL, `submitted_at` datetime NULL, `reminded_at` datetime NULL, `completed_at` datetime NULL, `ended_at` datetime NULL, `employment_id` text NULL, `documents_acknowledged_at` datetime NULL, `documents_deleted_at` datetime NULL, `created_by` text NOT NULL, PRIMARY KEY (`id`));
-- Create index "preboarding_provider_id" to table: "preboardings"
CREATE INDEX `preboarding_provider_id` ON `preboardings` (`provider_id`);
-- Create index "preboarding_person_id" to table: "preboardings"
CREATE UNIQUE INDEX `preboarding_person_id` ON `preboardings` (`person_id`);
-- Create index "preboarding_employer_id_state" to table: "preboardings"
CREATE INDEX `preboarding_employer_id_state` ON `preboardings` (`employer_id`, `state`);
-- Create index "preboarding_state_first_day" to table: "preboardings"
CREATE INDEX `preboarding_state_first_day` ON `preboardings` (`state`, `first_day`);
-- Create index "preboarding_documents_acknowledged_at" to table: "preboardings"
CREATE INDEX `preboarding_documents_acknowledged_at` ON `preboardings` (`documents_acknowledged_at`);
-- Create "preboarding_files" table
CREATE TABLE `preboarding_files` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `person_id` text NOT NULL, `preboarding_id` text NOT NULL, `side` text NOT NULL, `content_type` text NOT NULL, `size` integer NOT NULL, `sealed` blob NOT NULL, PRIMARY KEY (`id`));
-- Create index "preboardingfile_provider_id" to table: "preboarding_files"
CREATE INDEX `preboardingfile_provider_id` ON `preboarding_files` (`provider_id`);
-- Create index "preboardingfile_preboarding_id_side" to table: "preboarding_files"
CREATE UNIQUE INDEX `preboardingfile_preboarding_id_side` ON `preboarding_files` (`preboarding_id`, `side`);
