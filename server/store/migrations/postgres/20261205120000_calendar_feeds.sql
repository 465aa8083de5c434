-- Create "calendar_feeds" table
CREATE TABLE "calendar_feeds" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "owner_kind" character varying NOT NULL, "owner_id" character varying NOT NULL, "token_hash" character varying NOT NULL, "revoked_at" timestamptz NULL, PRIMARY KEY ("id"));
-- Create index "calendarfeed_owner_id_employer_id" to table: "calendar_feeds"
CREATE INDEX "calendarfeed_owner_id_employer_id" ON "calendar_feeds" ("owner_id", "employer_id");
-- Create index "calendarfeed_token_hash" to table: "calendar_feeds"
CREATE UNIQUE INDEX "calendarfeed_token_hash" ON "calendar_feeds" ("token_hash");
