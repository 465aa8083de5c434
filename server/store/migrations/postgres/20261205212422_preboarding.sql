-- Create "preboardings" table
CREATE TABLE "preboardings" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "person_id" character varying NOT NULL, "state" character varying NOT NULL DEFAULT 'INVITED', "first_day" date NOT NULL, "job_title" character varying NOT NULL DEFAULT '', "department_id" character varying NULL, "phone" character varying NOT NULL DEFAULT '', "nationality" character varying NOT NULL DEFAULT '', "street" character varying NOT NULL DEFAULT '', "postal_code" character varying NOT NULL DEFAULT '', "city" character varying NOT NULL DEFAULT '', "country" character varying NOT NULL DEFAULT '', "bsn_sealed" bytea NULL, "iban" character varying NOT NULL DEFAULT '', "tax_credit" boolean NULL, "tax_credit_from" date NULL, "emergency_name" character varying NOT NULL DEFAULT '', "emergency_relation" character varying NOT NULL DEFAULT '', "emergency_phone" character varying NOT NULL DEFAULT '', "remarks" jsonb NULL, "submitted_at" timestamptz NULL, "reminded_at" timestamptz NULL, "completed_at" timestamptz NULL, "ended_at" timestamptz NULL, "employment_id" character varying NULL, "documents_acknowledged_at" timestamptz NULL, "documents_deleted_at" timestamptz NULL, "created_by" character varying NOT NULL, PRIMARY KEY ("id"));
-- Create index "preboarding_documents_acknowledged_at" to table: "preboardings"
CREATE INDEX "preboarding_documents_acknowledged_at" ON "preboardings" ("documents_acknowledged_at");
-- Create index "preboarding_employer_id_state" to table: "preboardings"
CREATE INDEX "preboarding_employer_id_state" ON "preboardings" ("employer_id", "state");
-- Create index "preboarding_person_id" to table: "preboardings"
CREATE UNIQUE INDEX "preboarding_person_id" ON "preboardings" ("person_id");
-- Create index "preboarding_provider_id" to table: "preboardings"
CREATE INDEX "preboarding_provider_id" ON "preboardings" ("provider_id");
-- Create index "preboarding_state_first_day" to table: "preboardings"
CREATE INDEX "preboarding_state_first_day" ON "preboardings" ("state", "first_day");
-- Create "preboarding_files" table
CREATE TABLE "preboarding_files" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "person_id" character varying NOT NULL, "preboarding_id" character varying NOT NULL, "side" character varying NOT NULL, "content_type" character varying NOT NULL, "size" bigint NOT NULL, "sealed" bytea NOT NULL, PRIMARY KEY ("id"));
-- Create index "preboardingfile_preboarding_id_side" to table: "preboarding_files"
CREATE UNIQUE INDEX "preboardingfile_preboarding_id_side" ON "preboarding_files" ("preboarding_id", "side");
-- Create index "preboardingfile_provider_id" to table: "preboarding_files"
CREATE INDEX "preboardingfile_provider_id" ON "preboarding_files" ("provider_id");
