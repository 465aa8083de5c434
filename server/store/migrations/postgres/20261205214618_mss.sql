-- Modify "leave_requests" table
ALTER TABLE "leave_requests" ADD COLUMN "decided_on_behalf_of_name" character varying NULL;
-- Modify "workflow_assignees" table
ALTER TABLE "workflow_assignees" ADD COLUMN "on_behalf_of" character varying NULL;
-- Create "manager_substitutes" table
CREATE TABLE "manager_substitutes" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "manager_id" character varying NOT NULL, "substitute_id" character varying NOT NULL, "first_day" date NOT NULL, "last_day" date NOT NULL, "created_by" character varying NOT NULL, PRIMARY KEY ("id"));
-- Create index "managersubstitute_manager_id_last_day" to table: "manager_substitutes"
CREATE INDEX "managersubstitute_manager_id_last_day" ON "manager_substitutes" ("manager_id", "last_day");
-- Create index "managersubstitute_provider_id" to table: "manager_substitutes"
CREATE INDEX "managersubstitute_provider_id" ON "manager_substitutes" ("provider_id");
-- Create index "managersubstitute_substitute_id_last_day" to table: "manager_substitutes"
CREATE INDEX "managersubstitute_substitute_id_last_day" ON "manager_substitutes" ("substitute_id", "last_day");
