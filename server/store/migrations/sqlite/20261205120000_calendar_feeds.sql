-- Create "calendar_feeds" table
CREATE TABLE `calendar_feeds` (`id` text NOT NULL, `created_at` datetime NOT NULL, `provider_id` text NOT NULL, `employer_id` text NOT NULL, `owner_kind` text NOT NULL, `owner_id` text NOT NULL, `token_hash` text NOT NULL, `revoked_at` datetime NULL, PRIMARY KEY (`id`));
-- Create index "calendarfeed_token_hash" to table: "calendar_feeds"
CREATE UNIQUE INDEX `calendarfeed_token_hash` ON `calendar_feeds` (`token_hash`);
-- Create index "calendarfeed_owner_id_employer_id" to table: "calendar_feeds"
CREATE INDEX `calendarfeed_owner_id_employer_id` ON `calendar_feeds` (`owner_id`, `employer_id`);
