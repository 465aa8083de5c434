-- Add column "previous_secret_hash" to table: "api_clients"
ALTER TABLE `api_clients` ADD COLUMN `previous_secret_hash` text NULL;
-- Add column "previous_secret_expires_at" to table: "api_clients"
ALTER TABLE `api_clients` ADD COLUMN `previous_secret_expires_at` datetime NULL;
