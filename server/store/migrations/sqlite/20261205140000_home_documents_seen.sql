-- Add column "documents_seen_at" to table: "accounts"
ALTER TABLE `accounts` ADD COLUMN `documents_seen_at` datetime NULL;
