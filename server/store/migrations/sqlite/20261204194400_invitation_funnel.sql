-- Add column "opened_at" to table: "invitations"
ALTER TABLE `invitations` ADD COLUMN `opened_at` datetime NULL;
-- Create index "invitation_employer_id_created_at" to table: "invitations"
CREATE INDEX `invitation_employer_id_created_at` ON `invitations` (`employer_id`, `created_at`);
