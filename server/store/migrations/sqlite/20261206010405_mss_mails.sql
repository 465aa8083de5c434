-- Add column "escalated_at" to table: "workflow_steps"
ALTER TABLE `workflow_steps` ADD COLUMN `escalated_at` datetime NULL;
-- Create index "workflowstep_state_opened_at" to table: "workflow_steps"
CREATE INDEX `workflowstep_state_opened_at` ON `workflow_steps` (`state`, `opened_at`);
-- Create "workflow_notices" table
CREATE TABLE `workflow_notices` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `kind` text NOT NULL, `recipient_id` text NOT NULL, `period` text NOT NULL, `count` integer NOT NULL, `created_at` datetime NOT NULL);
-- Create index "workflownotice_kind_recipient_id_period" to table: "workflow_notices"
CREATE UNIQUE INDEX `workflownotice_kind_recipient_id_period` ON `workflow_notices` (`kind`, `recipient_id`, `period`);
-- Create index "workflownotice_kind_period" to table: "workflow_notices"
CREATE INDEX `workflownotice_kind_period` ON `workflow_notices` (`kind`, `period`);
