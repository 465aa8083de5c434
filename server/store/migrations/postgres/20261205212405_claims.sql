-- Create "claims" table
CREATE TABLE "claims" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "person_id" character varying NOT NULL, "employment_id" character varying NOT NULL, "component_id" character varying NOT NULL, "component_name" character varying NOT NULL, "component_kind" character varying NOT NULL, "claim_date" date NOT NULL, "kilometres" double precision NULL, "rate_cents" bigint NOT NULL DEFAULT 0, "amount_cents" bigint NOT NULL, "description" character varying NOT NULL DEFAULT '', "status" character varying NOT NULL DEFAULT 'SUBMITTED', "submitted_by" character varying NOT NULL, "decision_comment" character varying NOT NULL DEFAULT '', "decided_by" character varying NULL, "decided_by_name" character varying NULL, "decided_at" timestamptz NULL, "payroll_period" character varying NULL, "processed_at" timestamptz NULL, "processed_by" character varying NULL, PRIMARY KEY ("id"));
-- Create index "claim_employer_id_status_created_at" to table: "claims"
CREATE INDEX "claim_employer_id_status_created_at" ON "claims" ("employer_id", "status", "created_at");
-- Create index "claim_person_id_created_at" to table: "claims"
CREATE INDEX "claim_person_id_created_at" ON "claims" ("person_id", "created_at");
-- Create index "claim_provider_id" to table: "claims"
CREATE INDEX "claim_provider_id" ON "claims" ("provider_id");
-- Create "claim_components" table
CREATE TABLE "claim_components" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "name" character varying NOT NULL, "kind" character varying NOT NULL, "rate_cents" bigint NOT NULL DEFAULT 0, "receipt_required" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, PRIMARY KEY ("id"));
-- Create index "claimcomponent_employer_id_name" to table: "claim_components"
CREATE INDEX "claimcomponent_employer_id_name" ON "claim_components" ("employer_id", "name");
-- Create index "claimcomponent_provider_id" to table: "claim_components"
CREATE INDEX "claimcomponent_provider_id" ON "claim_components" ("provider_id");
-- Create "claim_receipts" table
CREATE TABLE "claim_receipts" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "person_id" character varying NOT NULL, "claim_id" character varying NULL, "file_name" character varying NOT NULL, "content_type" character varying NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character varying NOT NULL, "data" bytea NOT NULL, PRIMARY KEY ("id"));
-- Create index "claimreceipt_claim_id" to table: "claim_receipts"
CREATE INDEX "claimreceipt_claim_id" ON "claim_receipts" ("claim_id");
-- Create index "claimreceipt_person_id_created_at" to table: "claim_receipts"
CREATE INDEX "claimreceipt_person_id_created_at" ON "claim_receipts" ("person_id", "created_at");
-- Create index "claimreceipt_provider_id" to table: "claim_receipts"
CREATE INDEX "claimreceipt_provider_id" ON "claim_receipts" ("provider_id");
