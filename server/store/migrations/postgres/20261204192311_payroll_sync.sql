-- Modify "persons" table
ALTER TABLE "persons" ADD COLUMN "payroll_key" character varying NULL, ADD COLUMN "street" character varying NOT NULL DEFAULT '', ADD COLUMN "postal_code" character varying NOT NULL DEFAULT '', ADD COLUMN "city" character varying NOT NULL DEFAULT '';
-- Create index "person_employer_id_payroll_key" to table: "persons"
CREATE UNIQUE INDEX "person_employer_id_payroll_key" ON "persons" ("employer_id", "payroll_key");
-- Create "change_events" table
CREATE TABLE "change_events" ("id" character varying NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "person_id" character varying NOT NULL, "seq" bigint NOT NULL, "kind" character varying NOT NULL, "employment_id" character varying NULL, "subject_type" character varying NOT NULL DEFAULT '', "subject_id" character varying NOT NULL DEFAULT '', "data" jsonb NULL, "occurred_at" timestamptz NOT NULL, PRIMARY KEY ("id"));
-- Create index "changeevent_employer_id_seq" to table: "change_events"
CREATE INDEX "changeevent_employer_id_seq" ON "change_events" ("employer_id", "seq");
-- Create index "changeevent_provider_id" to table: "change_events"
CREATE INDEX "changeevent_provider_id" ON "change_events" ("provider_id");
-- Create index "changeevent_provider_id_seq" to table: "change_events"
CREATE UNIQUE INDEX "changeevent_provider_id_seq" ON "change_events" ("provider_id", "seq");
-- Create "change_feed_acks" table
CREATE TABLE "change_feed_acks" ("id" character varying NOT NULL, "provider_id" character varying NOT NULL, "acknowledged_seq" bigint NOT NULL DEFAULT 0, "acknowledged_at" timestamptz NOT NULL, PRIMARY KEY ("id"));
-- Create "change_feed_heads" table
CREATE TABLE "change_feed_heads" ("id" character varying NOT NULL, "last_seq" bigint NOT NULL DEFAULT 0, PRIMARY KEY ("id"));
