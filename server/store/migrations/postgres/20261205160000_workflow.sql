-- Create "departments" table
CREATE TABLE "departments" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "name" character varying NOT NULL, "parent_id" character varying NULL, PRIMARY KEY ("id"));
-- Create index "department_employer_id_name" to table: "departments"
CREATE UNIQUE INDEX "department_employer_id_name" ON "departments" ("employer_id", "name");
-- Create index "department_provider_id" to table: "departments"
CREATE INDEX "department_provider_id" ON "departments" ("provider_id");
-- Create "department_managers" table
CREATE TABLE "department_managers" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "department_id" character varying NOT NULL, "person_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- Create index "departmentmanager_department_id_person_id" to table: "department_managers"
CREATE UNIQUE INDEX "departmentmanager_department_id_person_id" ON "department_managers" ("department_id", "person_id");
-- Create index "departmentmanager_person_id" to table: "department_managers"
CREATE INDEX "departmentmanager_person_id" ON "department_managers" ("person_id");
-- Create index "departmentmanager_provider_id" to table: "department_managers"
CREATE INDEX "departmentmanager_provider_id" ON "department_managers" ("provider_id");
-- Create "department_members" table
CREATE TABLE "department_members" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "department_id" character varying NOT NULL, "person_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- Create index "departmentmember_department_id" to table: "department_members"
CREATE INDEX "departmentmember_department_id" ON "department_members" ("department_id");
-- Create index "departmentmember_person_id" to table: "department_members"
CREATE UNIQUE INDEX "departmentmember_person_id" ON "department_members" ("person_id");
-- Create index "departmentmember_provider_id" to table: "department_members"
CREATE INDEX "departmentmember_provider_id" ON "department_members" ("provider_id");
-- Create "workflow_requests" table
CREATE TABLE "workflow_requests" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "person_id" character varying NOT NULL, "employment_id" character varying NOT NULL, "kind" character varying NOT NULL, "subject_id" character varying NOT NULL, "route" jsonb NOT NULL, "status" character varying NOT NULL DEFAULT 'OPEN', "current_step" bigint NOT NULL DEFAULT 0, "stuck" boolean NOT NULL DEFAULT false, "auto_approved" boolean NOT NULL DEFAULT false, "submitted_by" character varying NOT NULL, "closed_at" timestamptz NULL, PRIMARY KEY ("id"));
-- Create index "workflowrequest_employer_id_status_stuck" to table: "workflow_requests"
CREATE INDEX "workflowrequest_employer_id_status_stuck" ON "workflow_requests" ("employer_id", "status", "stuck");
-- Create index "workflowrequest_person_id_created_at" to table: "workflow_requests"
CREATE INDEX "workflowrequest_person_id_created_at" ON "workflow_requests" ("person_id", "created_at");
-- Create index "workflowrequest_provider_id" to table: "workflow_requests"
CREATE INDEX "workflowrequest_provider_id" ON "workflow_requests" ("provider_id");
-- Create index "workflowrequest_subject_id" to table: "workflow_requests"
CREATE UNIQUE INDEX "workflowrequest_subject_id" ON "workflow_requests" ("subject_id");
-- Create "workflow_routes" table
CREATE TABLE "workflow_routes" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "kind" character varying NOT NULL, "route" jsonb NOT NULL, "updated_by" character varying NOT NULL, PRIMARY KEY ("id"));
-- Create index "workflowroute_employer_id_kind" to table: "workflow_routes"
CREATE UNIQUE INDEX "workflowroute_employer_id_kind" ON "workflow_routes" ("employer_id", "kind");
-- Create index "workflowroute_provider_id" to table: "workflow_routes"
CREATE INDEX "workflowroute_provider_id" ON "workflow_routes" ("provider_id");
-- Create "workflow_steps" table
CREATE TABLE "workflow_steps" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "person_id" character varying NOT NULL, "position" bigint NOT NULL, "target" character varying NOT NULL, "state" character varying NOT NULL DEFAULT 'WAITING', "assigned_to" character varying NULL, "fallback" character varying NOT NULL DEFAULT '', "stuck" boolean NOT NULL DEFAULT false, "opened_at" timestamptz NULL, "decided_by" character varying NULL, "decided_by_name" character varying NULL, "on_behalf_of_name" character varying NULL, "decided_at" timestamptz NULL, "comment" character varying NOT NULL DEFAULT '', "request_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "workflow_steps_workflow_requests_steps" FOREIGN KEY ("request_id") REFERENCES "workflow_requests" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "workflowstep_employer_id_state" to table: "workflow_steps"
CREATE INDEX "workflowstep_employer_id_state" ON "workflow_steps" ("employer_id", "state");
-- Create index "workflowstep_provider_id" to table: "workflow_steps"
CREATE INDEX "workflowstep_provider_id" ON "workflow_steps" ("provider_id");
-- Create index "workflowstep_request_id_position" to table: "workflow_steps"
CREATE UNIQUE INDEX "workflowstep_request_id_position" ON "workflow_steps" ("request_id", "position");
-- Create "workflow_assignees" table
CREATE TABLE "workflow_assignees" ("id" character varying NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "kind" character varying NOT NULL, "assignee_id" character varying NOT NULL, "step_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "workflow_assignees_workflow_steps_assignees" FOREIGN KEY ("step_id") REFERENCES "workflow_steps" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "workflowassignee_kind_assignee_id" to table: "workflow_assignees"
CREATE INDEX "workflowassignee_kind_assignee_id" ON "workflow_assignees" ("kind", "assignee_id");
-- Create index "workflowassignee_provider_id" to table: "workflow_assignees"
CREATE INDEX "workflowassignee_provider_id" ON "workflow_assignees" ("provider_id");
-- Create index "workflowassignee_step_id_kind_assignee_id" to table: "workflow_assignees"
CREATE UNIQUE INDEX "workflowassignee_step_id_kind_assignee_id" ON "workflow_assignees" ("step_id", "kind", "assignee_id");
