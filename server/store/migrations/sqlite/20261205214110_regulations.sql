-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_documents" table
CREATE TABLE `new_documents` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `category` text NOT NULL, `title` text NOT NULL, `file_name` text NOT NULL, `content_type` text NOT NULL, `size_bytes` integer NOT NULL, `sha256` text NOT NULL, `visible_to_employee` bool NOT NULL DEFAULT (false), `first_visible_at` datetime NULL, `regulation` bool NOT NULL DEFAULT (false), `created_by` text NOT NULL, `person_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `documents_persons_person` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`) ON DELETE NO ACTION);
-- Copy rows from old table "documents" to new temporary table "new_documents"
INSERT INTO `new_documents` (`id`, `created_at`, `updated_at`, `provider_id`, `employer_id`, `category`, `title`, `file_name`, `content_type`, `size_bytes`, `sha256`, `visible_to_employee`, `first_visible_at`, `created_by`, `person_id`) SELECT `id`, `created_at`, `updated_at`, `provider_id`, `employer_id`, `category`, `title`, `file_name`, `content_type`, `size_bytes`, `sha256`, `visible_to_employee`, `first_visible_at`, `created_by`, `person_id` FROM `documents`;
-- Drop "documents" table after copying rows
DROP TABLE `documents`;
-- Rename temporary table "new_documents" to "documents"
ALTER TABLE `new_documents` RENAME TO `documents`;
-- Create index "document_provider_id" to table: "documents"
CREATE INDEX `document_provider_id` ON `documents` (`provider_id`);
-- Create index "document_employer_id_person_id_created_at" to table: "documents"
CREATE INDEX `document_employer_id_person_id_created_at` ON `documents` (`employer_id`, `person_id`, `created_at`);
-- Create index "document_person_id_visible_to_employee" to table: "documents"
CREATE INDEX `document_person_id_visible_to_employee` ON `documents` (`person_id`, `visible_to_employee`);
-- Create "regulation_passages" table
CREATE TABLE `regulation_passages` (`id` text NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `page` integer NOT NULL, `position` integer NOT NULL, `text` text NOT NULL, `terms` text NOT NULL, `term_count` integer NOT NULL, `document_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `regulation_passages_documents_passages` FOREIGN KEY (`document_id`) REFERENCES `documents` (`id`) ON DELETE NO ACTION);
-- Create index "regulationpassage_provider_id" to table: "regulation_passages"
CREATE INDEX `regulationpassage_provider_id` ON `regulation_passages` (`provider_id`);
-- Create index "regulationpassage_employer_id_document_id_position" to table: "regulation_passages"
CREATE INDEX `regulationpassage_employer_id_document_id_position` ON `regulation_passages` (`employer_id`, `document_id`, `position`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
