-- Create "workflow_settings" table
CREATE TABLE `workflow_settings` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `escalate_after_working_days` integer NULL, `updated_by` text NOT NULL, PRIMARY KEY (`id`));
-- Create index "workflowsettings_provider_id" to table: "workflow_settings"
CREATE INDEX `workflowsettings_provider_id` ON `workflow_settings` (`provider_id`);
-- Create index "workflowsettings_employer_id" to table: "workflow_settings"
CREATE UNIQUE INDEX `workflowsettings_employer_id` ON `workflow_settings` (`employer_id`);
