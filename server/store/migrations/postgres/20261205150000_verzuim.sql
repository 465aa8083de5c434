-- Modify "sick_reports" table
ALTER TABLE "sick_reports" ADD COLUMN "recovery_reported_by_name" character varying NULL, ADD COLUMN "poortwachter_steps_done" jsonb NULL;
-- Create "verzuim_contacts" table
CREATE TABLE "verzuim_contacts" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "name" character varying NOT NULL, "role" character varying NOT NULL DEFAULT '', "email" character varying NOT NULL, "language" character varying NOT NULL DEFAULT 'nl', PRIMARY KEY ("id"));
-- Create index "verzuimcontact_employer_id_email" to table: "verzuim_contacts"
CREATE UNIQUE INDEX "verzuimcontact_employer_id_email" ON "verzuim_contacts" ("employer_id", "email");
-- Create index "verzuimcontact_provider_id" to table: "verzuim_contacts"
CREATE INDEX "verzuimcontact_provider_id" ON "verzuim_contacts" ("provider_id");
-- Create "partial_recoveries" table
CREATE TABLE "partial_recoveries" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "person_id" character varying NOT NULL, "from_date" date NOT NULL, "percentage" bigint NULL, "hours_per_week" double precision NULL, "recorded_at" timestamptz NOT NULL, "recorded_by_kind" character varying NOT NULL, "recorded_by_id" character varying NOT NULL, "recorded_by_name" character varying NOT NULL, "sick_report_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "partial_recoveries_sick_reports_partial_recoveries" FOREIGN KEY ("sick_report_id") REFERENCES "sick_reports" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "partialrecovery_provider_id" to table: "partial_recoveries"
CREATE INDEX "partialrecovery_provider_id" ON "partial_recoveries" ("provider_id");
-- Create index "partialrecovery_sick_report_id_from_date" to table: "partial_recoveries"
CREATE INDEX "partialrecovery_sick_report_id_from_date" ON "partial_recoveries" ("sick_report_id", "from_date");
