-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_sessions" table
CREATE TABLE `new_sessions` (`id` text NOT NULL, `kind` text NOT NULL, `subject_id` text NOT NULL, `provider_id` text NOT NULL, `employer_id` text NULL, `refresh_hash` text NULL, `previous_refresh_hash` text NULL, `created_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `refreshed_at` datetime NULL, `revoked_at` datetime NULL, `revoke_reason` text NULL, `user_agent` text NOT NULL DEFAULT (''), `ip` text NOT NULL DEFAULT (''), PRIMARY KEY (`id`));
-- Copy rows from old table "sessions" to new temporary table "new_sessions"
INSERT INTO `new_sessions` (`id`, `kind`, `subject_id`, `provider_id`, `employer_id`, `refresh_hash`, `created_at`, `expires_at`, `refreshed_at`, `revoked_at`, `revoke_reason`, `user_agent`, `ip`) SELECT `id`, `kind`, `subject_id`, `provider_id`, `employer_id`, `refresh_hash`, `created_at`, `expires_at`, `refreshed_at`, `revoked_at`, `revoke_reason`, `user_agent`, `ip` FROM `sessions`;
-- Drop "sessions" table after copying rows
DROP TABLE `sessions`;
-- Rename temporary table "new_sessions" to "sessions"
ALTER TABLE `new_sessions` RENAME TO `sessions`;
-- Create index "session_refresh_hash" to table: "sessions"
CREATE UNIQUE INDEX `session_refresh_hash` ON `sessions` (`refresh_hash`);
-- Create index "session_previous_refresh_hash" to table: "sessions"
CREATE INDEX `session_previous_refresh_hash` ON `sessions` (`previous_refresh_hash`);
-- Create index "session_subject_id_revoked_at" to table: "sessions"
CREATE INDEX `session_subject_id_revoked_at` ON `sessions` (`subject_id`, `revoked_at`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
