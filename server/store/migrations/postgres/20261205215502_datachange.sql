-- Modify "persons" table
ALTER TABLE "persons" ADD COLUMN "iban" character varying NOT NULL DEFAULT '', ADD COLUMN "emergency_contact_name" character varying NOT NULL DEFAULT '', ADD COLUMN "emergency_contact_phone" character varying NOT NULL DEFAULT '';
-- Create "data_changes" table
CREATE TABLE "data_changes" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "person_id" character varying NOT NULL, "employment_id" character varying NOT NULL, "field" character varying NOT NULL, "old_value" jsonb NOT NULL, "new_value" jsonb NOT NULL, "effective_date" date NULL, "status" character varying NOT NULL DEFAULT 'SUBMITTED', "submitted_by" character varying NOT NULL, "decided_by" character varying NULL, "decided_by_name" character varying NOT NULL DEFAULT '', "decided_at" timestamptz NULL, "comment" character varying NOT NULL DEFAULT '', "applied_at" timestamptz NULL, PRIMARY KEY ("id"));
-- Create index "datachange_employer_id_status_created_at" to table: "data_changes"
CREATE INDEX "datachange_employer_id_status_created_at" ON "data_changes" ("employer_id", "status", "created_at");
-- Create index "datachange_person_id_created_at" to table: "data_changes"
CREATE INDEX "datachange_person_id_created_at" ON "data_changes" ("person_id", "created_at");
-- Create index "datachange_provider_id" to table: "data_changes"
CREATE INDEX "datachange_provider_id" ON "data_changes" ("provider_id");
-- Create index "datachange_status_effective_date" to table: "data_changes"
CREATE INDEX "datachange_status_effective_date" ON "data_changes" ("status", "effective_date");
-- Create "data_field_settings" table
CREATE TABLE "data_field_settings" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "field" character varying NOT NULL, "mode" character varying NOT NULL, "updated_by" character varying NOT NULL, PRIMARY KEY ("id"));
-- Create index "datafieldsetting_employer_id_field" to table: "data_field_settings"
CREATE UNIQUE INDEX "datafieldsetting_employer_id_field" ON "data_field_settings" ("employer_id", "field");
-- Create index "datafieldsetting_provider_id" to table: "data_field_settings"
CREATE INDEX "datafieldsetting_provider_id" ON "data_field_settings" ("provider_id");
