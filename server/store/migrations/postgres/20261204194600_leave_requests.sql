-- Modify "leave_entries" table
ALTER TABLE "leave_entries" ADD COLUMN "request_id" character varying NULL;
-- Create index "leaveentry_request_id" to table: "leave_entries"
CREATE INDEX "leaveentry_request_id" ON "leave_entries" ("request_id");
-- Modify "leave_types" table
ALTER TABLE "leave_types" ADD COLUMN "requestable" boolean NOT NULL DEFAULT true, ADD COLUMN "allow_negative" boolean NOT NULL DEFAULT false;
-- Create "leave_requests" table
CREATE TABLE "leave_requests" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "person_id" character varying NOT NULL, "kind" character varying NOT NULL DEFAULT 'LEAVE', "cancels_id" character varying NULL, "status" character varying NOT NULL DEFAULT 'SUBMITTED', "first_day" date NOT NULL, "last_day" date NOT NULL, "day_minutes" jsonb NOT NULL, "minutes" bigint NOT NULL, "comment" character varying NOT NULL DEFAULT '', "deadline" timestamptz NULL, "submitted_by" character varying NOT NULL, "decision_comment" character varying NOT NULL DEFAULT '', "decided_by" character varying NULL, "decided_by_name" character varying NULL, "decided_at" timestamptz NULL, "by_lapse" boolean NOT NULL DEFAULT false, "booked_taken" boolean NOT NULL DEFAULT false, "employment_id" character varying NOT NULL, "leave_type_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "leave_requests_employments_employment" FOREIGN KEY ("employment_id") REFERENCES "employments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "leave_requests_leave_types_leave_type" FOREIGN KEY ("leave_type_id") REFERENCES "leave_types" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "leaverequest_cancels_id" to table: "leave_requests"
CREATE INDEX "leaverequest_cancels_id" ON "leave_requests" ("cancels_id");
-- Create index "leaverequest_employer_id_status_first_day" to table: "leave_requests"
CREATE INDEX "leaverequest_employer_id_status_first_day" ON "leave_requests" ("employer_id", "status", "first_day");
-- Create index "leaverequest_employment_id_first_day" to table: "leave_requests"
CREATE INDEX "leaverequest_employment_id_first_day" ON "leave_requests" ("employment_id", "first_day");
-- Create index "leaverequest_provider_id" to table: "leave_requests"
CREATE INDEX "leaverequest_provider_id" ON "leave_requests" ("provider_id");
-- Create index "leaverequest_status_deadline" to table: "leave_requests"
CREATE INDEX "leaverequest_status_deadline" ON "leave_requests" ("status", "deadline");
