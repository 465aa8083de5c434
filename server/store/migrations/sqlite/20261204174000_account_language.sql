-- Add column "language" to table: "accounts"
ALTER TABLE `accounts` ADD COLUMN `language` text NULL;
