-- Add column "decided_on_behalf_of_name" to table: "leave_requests"
ALTER TABLE `leave_requests` ADD COLUMN `decided_on_behalf_of_name` text NULL;
-- Add column "on_behalf_of" to table: "workflow_assignees"
ALTER TABLE `workflow_assignees` ADD COLUMN `on_behalf_of` text NULL;
-- Create "manager_substitutes" table
CREATE TABLE `manager_substitutes` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `manager_id` text NOT NULL, `substitute_id` text NOT NULL, `first_day` date NOT NULL, `last_day` date NOT NULL, `created_by` text NOT NULL, PRIMARY KEY (`id`));
-- Create index "managersubstitute_provider_id" to table: "manager_substitutes"
CREATE INDEX `managersubstitute_provider_id` ON `manager_substitutes` (`provider_id`);
-- Create index "managersubstitute_manager_id_last_day" to table: "manager_substitutes"
CREATE INDEX `managersubstitute_manager_id_last_day` ON `manager_substitutes` (`manager_id`, `last_day`);
-- Create index "managersubstitute_substitute_id_last_day" to table: "manager_substitutes"
CREATE INDEX `managersubstitute_substitute_id_last_day` ON `manager_substitutes` (`substitute_id`, `last_day`);
