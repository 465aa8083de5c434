-- Create "api_clients" table
CREATE TABLE `api_clients` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NULL, `name` text NOT NULL, `secret_hash` text NOT NULL, `rights` json NOT NULL, `disabled_at` datetime NULL, `last_used_at` datetime NULL, PRIMARY KEY (`id`));
-- Create index "apiclient_provider_id" to table: "api_clients"
CREATE INDEX `apiclient_provider_id` ON `api_clients` (`provider_id`);
-- Create "accounts" table
CREATE TABLE `accounts` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `state` text NOT NULL DEFAULT ('NONE'), `username` text NULL, `username_key` text NULL, `password_hash` text NULL, `registered_email` text NULL, `first_login_at` datetime NULL, `last_login_at` datetime NULL, `failed_attempts` integer NOT NULL DEFAULT (0), `locked_until` datetime NULL, `invite_expires_at` datetime NULL, `blocked_at` datetime NULL, `person_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `accounts_persons_account` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`) ON DELETE NO ACTION);
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
-- Create "audit_events" table
CREATE TABLE `audit_events` (`id` text NOT NULL, `created_at` datetime NOT NULL, `provider_id` text NULL, `employer_id` text NULL, `person_id` text NULL, `actor_kind` text NOT NULL, `actor_id` text NOT NULL, `actor_name` text NOT NULL, `action` text NOT NULL, `target_type` text NOT NULL DEFAULT (''), `target_id` text NOT NULL DEFAULT (''), `details` json NULL, `request_id` text NOT NULL DEFAULT (''), PRIMARY KEY (`id`));
-- Create index "auditevent_employer_id_created_at" to table: "audit_events"
CREATE INDEX `auditevent_employer_id_created_at` ON `audit_events` (`employer_id`, `created_at`);
-- Create index "auditevent_provider_id_created_at" to table: "audit_events"
CREATE INDEX `auditevent_provider_id_created_at` ON `audit_events` (`provider_id`, `created_at`);
-- Create index "auditevent_person_id_created_at" to table: "audit_events"
CREATE INDEX `auditevent_person_id_created_at` ON `audit_events` (`person_id`, `created_at`);
-- Create index "auditevent_action" to table: "audit_events"
CREATE INDEX `auditevent_action` ON `audit_events` (`action`);
-- Create "employers" table
CREATE TABLE `employers` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `name_key` text NOT NULL, `administration_number` text NOT NULL, `street` text NOT NULL DEFAULT (''), `postal_code` text NOT NULL DEFAULT (''), `city` text NOT NULL DEFAULT (''), `provider_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `employers_providers_employers` FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`) ON DELETE NO ACTION);
-- Create index "employer_provider_id_administration_number" to table: "employers"
CREATE UNIQUE INDEX `employer_provider_id_administration_number` ON `employers` (`provider_id`, `administration_number`);
-- Create index "employer_provider_id_name_key" to table: "employers"
CREATE INDEX `employer_provider_id_name_key` ON `employers` (`provider_id`, `name_key`);
-- Create "employments" table
CREATE TABLE `employments` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employee_number` integer NOT NULL, `start_date` date NOT NULL, `end_date` date NULL, `job_title` text NOT NULL DEFAULT (''), `employer_id` text NOT NULL, `person_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `employments_employers_employments` FOREIGN KEY (`employer_id`) REFERENCES `employers` (`id`) ON DELETE NO ACTION, CONSTRAINT `employments_persons_employments` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`) ON DELETE NO ACTION);
-- Create index "employment_provider_id" to table: "employments"
CREATE INDEX `employment_provider_id` ON `employments` (`provider_id`);
-- Create index "employment_employer_id_employee_number" to table: "employments"
CREATE UNIQUE INDEX `employment_employer_id_employee_number` ON `employments` (`employer_id`, `employee_number`);
-- Create index "employment_person_id" to table: "employments"
CREATE INDEX `employment_person_id` ON `employments` (`person_id`);
-- Create index "employment_employer_id_end_date" to table: "employments"
CREATE INDEX `employment_employer_id_end_date` ON `employments` (`employer_id`, `end_date`);
-- Create "invitations" table
CREATE TABLE `invitations` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `token_hash` text NOT NULL, `email` text NOT NULL, `expires_at` datetime NOT NULL, `state` text NOT NULL DEFAULT ('PENDING'), `revoke_reason` text NULL, `birth_date_attempts` integer NOT NULL DEFAULT (0), `verified_at` datetime NULL, `used_at` datetime NULL, `revoked_at` datetime NULL, `created_by` text NOT NULL, `account_id` text NOT NULL, `person_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `invitations_accounts_invitations` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION, CONSTRAINT `invitations_persons_invitations` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`) ON DELETE NO ACTION);
-- Create index "invitation_provider_id" to table: "invitations"
CREATE INDEX `invitation_provider_id` ON `invitations` (`provider_id`);
-- Create index "invitation_token_hash" to table: "invitations"
CREATE UNIQUE INDEX `invitation_token_hash` ON `invitations` (`token_hash`);
-- Create index "invitation_account_id_state" to table: "invitations"
CREATE INDEX `invitation_account_id_state` ON `invitations` (`account_id`, `state`);
-- Create index "invitation_person_id" to table: "invitations"
CREATE INDEX `invitation_person_id` ON `invitations` (`person_id`);
-- Create "mail_templates" table
CREATE TABLE `mail_templates` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NULL, `scope` text NOT NULL, `scope_key` text NOT NULL, `kind` text NOT NULL, `locale` text NOT NULL, `subject` text NULL, `text_body` text NULL, `html_body` text NULL, `updated_by` text NOT NULL, PRIMARY KEY (`id`));
-- Create index "mailtemplate_provider_id" to table: "mail_templates"
CREATE INDEX `mailtemplate_provider_id` ON `mail_templates` (`provider_id`);
-- Create index "mailtemplate_scope_key_kind_locale" to table: "mail_templates"
CREATE UNIQUE INDEX `mailtemplate_scope_key_kind_locale` ON `mail_templates` (`scope_key`, `kind`, `locale`);
-- Create "persons" table
CREATE TABLE `persons` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `initials` text NOT NULL DEFAULT (''), `first_name` text NOT NULL, `last_name_prefix` text NOT NULL DEFAULT (''), `last_name` text NOT NULL, `birth_date` date NOT NULL, `email` text NULL, `phone` text NULL, `search_key` text NOT NULL DEFAULT (''), `employer_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `persons_employers_persons` FOREIGN KEY (`employer_id`) REFERENCES `employers` (`id`) ON DELETE NO ACTION);
-- Create index "person_provider_id" to table: "persons"
CREATE INDEX `person_provider_id` ON `persons` (`provider_id`);
-- Create index "person_employer_id_last_name_first_name" to table: "persons"
CREATE INDEX `person_employer_id_last_name_first_name` ON `persons` (`employer_id`, `last_name`, `first_name`);
-- Create index "person_employer_id_email" to table: "persons"
CREATE INDEX `person_employer_id_email` ON `persons` (`employer_id`, `email`);
-- Create index "person_employer_id_search_key" to table: "persons"
CREATE INDEX `person_employer_id_search_key` ON `persons` (`employer_id`, `search_key`);
-- Create "products" table
CREATE TABLE `products` (`id` text NOT NULL, `code` text NOT NULL, `name_nl` text NOT NULL, `name_en` text NOT NULL, `kind` text NOT NULL, `tier` text NULL, `wants` json NULL, `sort_order` integer NOT NULL DEFAULT (0), PRIMARY KEY (`id`));
-- Create index "product_code" to table: "products"
CREATE UNIQUE INDEX `product_code` ON `products` (`code`);
-- Create "product_activations" table
CREATE TABLE `product_activations` (`id` text NOT NULL, `provider_id` text NOT NULL, `activated_at` datetime NOT NULL, `activated_by` text NOT NULL, `deactivated_at` datetime NULL, `deactivated_by` text NULL, `employer_id` text NOT NULL, `product_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `product_activations_employers_product_activations` FOREIGN KEY (`employer_id`) REFERENCES `employers` (`id`) ON DELETE NO ACTION, CONSTRAINT `product_activations_products_product` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE NO ACTION);
-- Create index "productactivation_provider_id" to table: "product_activations"
CREATE INDEX `productactivation_provider_id` ON `product_activations` (`provider_id`);
-- Create index "productactivation_employer_id_product_id" to table: "product_activations"
CREATE UNIQUE INDEX `productactivation_employer_id_product_id` ON `product_activations` (`employer_id`, `product_id`) WHERE deactivated_at IS NULL;
-- Create index "productactivation_employer_id_deactivated_at" to table: "product_activations"
CREATE INDEX `productactivation_employer_id_deactivated_at` ON `product_activations` (`employer_id`, `deactivated_at`);
-- Create "providers" table
CREATE TABLE `providers` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `mijnloket_addendum_signed_at` datetime NULL, `mijnloket_addendum_signed_by` text NULL, PRIMARY KEY (`id`));
-- Create "sessions" table
CREATE TABLE `sessions` (`id` text NOT NULL, `kind` text NOT NULL, `subject_id` text NOT NULL, `provider_id` text NOT NULL, `employer_id` text NULL, `refresh_hash` text NULL, `created_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `refreshed_at` datetime NULL, `revoked_at` datetime NULL, `revoke_reason` text NULL, `user_agent` text NOT NULL DEFAULT (''), `ip` text NOT NULL DEFAULT (''), PRIMARY KEY (`id`));
-- Create index "session_refresh_hash" to table: "sessions"
CREATE UNIQUE INDEX `session_refresh_hash` ON `sessions` (`refresh_hash`);
-- Create index "session_subject_id_revoked_at" to table: "sessions"
CREATE INDEX `session_subject_id_revoked_at` ON `sessions` (`subject_id`, `revoked_at`);
-- Create "users" table
CREATE TABLE `users` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NULL, `username` text NOT NULL, `username_key` text NOT NULL, `display_name` text NOT NULL, `email` text NOT NULL DEFAULT (''), `password_hash` text NOT NULL, `rights` json NOT NULL, `state` text NOT NULL DEFAULT ('ACTIVE'), `failed_attempts` integer NOT NULL DEFAULT (0), `locked_until` datetime NULL, `last_login_at` datetime NULL, PRIMARY KEY (`id`));
-- Create index "user_provider_id" to table: "users"
CREATE INDEX `user_provider_id` ON `users` (`provider_id`);
-- Create index "user_username_key" to table: "users"
CREATE UNIQUE INDEX `user_username_key` ON `users` (`username_key`);
