-- Modify "sessions" table
ALTER TABLE "sessions" ADD COLUMN "previous_refresh_hash" character varying NULL;
-- Create index "session_previous_refresh_hash" to table: "sessions"
CREATE INDEX "session_previous_refresh_hash" ON "sessions" ("previous_refresh_hash");
