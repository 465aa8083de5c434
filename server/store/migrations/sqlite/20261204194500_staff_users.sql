-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_providers" table
CREATE TABLE `new_providers` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `mijnloket_addendum_signed_at` datetime NULL, `mijnloket_addendum_signed_by` text NULL, `require_second_factor_for_employers` bool NOT NULL DEFAULT (false), PRIMARY KEY (`id`));
-- Copy rows from old table "providers" to new temporary table "new_providers"
INSERT INTO `new_providers` (`id`, `created_at`, `updated_at`, `name`, `mijnloket_addendum_signed_at`, `mijnloket_addendum_signed_by`) SELECT `id`, `created_at`, `updated_at`, `name`, `mijnloket_addendum_signed_at`, `mijnloket_addendum_signed_by` FROM `providers`;
-- Drop "providers" table after copying rows
DROP TABLE `providers`;
-- Rename temporary table "new_providers" to "providers"
ALTER TABLE `new_providers` RENAME TO `providers`;
-- Create "new_users" table
CREATE TABLE `new_users` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NULL, `username` text NOT NULL, `username_key` text NOT NULL, `display_name` text NOT NULL, `email` text NOT NULL DEFAULT (''), `password_hash` text NOT NULL, `rights` json NOT NULL, `state` text NOT NULL DEFAULT ('ACTIVE'), `failed_attempts` integer NOT NULL DEFAULT (0), `locked_until` datetime NULL, `last_login_at` datetime NULL, `created_by` text NULL, `totp_secret` text NULL, `totp_pending_secret` text NULL, `totp_enrolled_at` datetime NULL, `totp_last_step` integer NOT NULL DEFAULT (0), `recovery_code_hashes` json NULL, PRIMARY KEY (`id`));
-- Copy rows from old table "users" to new temporary table "new_users"
INSERT INTO `new_users` (`id`, `created_at`, `updated_at`, `provider_id`, `employer_id`, `username`, `username_key`, `display_name`, `email`, `password_hash`, `rights`, `state`, `failed_attempts`, `locked_until`, `last_login_at`) SELECT `id`, `created_at`, `updated_at`, `provider_id`, `employer_id`, `username`, `username_key`, `display_name`, `email`, `password_hash`, `rights`, `state`, `failed_attempts`, `locked_until`, `last_login_at` FROM `users`;
-- Drop "users" table after copying rows
DROP TABLE `users`;
-- Rename temporary table "new_users" to "users"
ALTER TABLE `new_users` RENAME TO `users`;
-- Create index "user_provider_id" to table: "users"
CREATE INDEX `user_provider_id` ON `users` (`provider_id`);
-- Create index "user_username_key" to table: "users"
CREATE UNIQUE INDEX `user_username_key` ON `users` (`username_key`);
-- Create "staff_links" table
CREATE TABLE `staff_links` (`id` text NOT NULL, `created_at` datetime NOT NULL, `provider_id` text NOT NULL, `user_id` text NOT NULL, `kind` text NOT NULL, `token_hash` text NOT NULL, `expires_at` datetime NOT NULL, `used_at` datetime NULL, `revoked_at` datetime NULL, PRIMARY KEY (`id`));
-- Create index "stafflink_token_hash" to table: "staff_links"
CREATE UNIQUE INDEX `stafflink_token_hash` ON `staff_links` (`token_hash`);
-- Create index "stafflink_user_id" to table: "staff_links"
CREATE INDEX `stafflink_user_id` ON `staff_links` (`user_id`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
