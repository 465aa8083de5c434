-- Create "workflow_settings" table
CREATE TABLE "workflow_settings" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "escalate_after_working_days" bigint NULL, "updated_by" character varying NOT NULL, PRIMARY KEY ("id"));
-- Create index "workflowsettings_employer_id" to table: "workflow_settings"
CREATE UNIQUE INDEX "workflowsettings_employer_id" ON "workflow_settings" ("employer_id");
-- Create index "workflowsettings_provider_id" to table: "workflow_settings"
CREATE INDEX "workflowsettings_provider_id" ON "workflow_settings" ("provider_id");
