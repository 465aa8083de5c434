-- Create index "workflowrequest_status_provider_id" to table: "workflow_requests"
CREATE INDEX "workflowrequest_status_provider_id" ON "workflow_requests" ("status", "provider_id");
