-- Modify "accounts" table
ALTER TABLE "accounts" ADD COLUMN "notify_new_documents" boolean NOT NULL DEFAULT false;
-- Create "annual_statements" table
CREATE TABLE "annual_statements" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "person_id" character varying NOT NULL, "year" bigint NOT NULL, "wage_for_payroll_tax_cents" bigint NOT NULL, "withheld_payroll_tax_cents" bigint NOT NULL, "labour_tax_credit_cents" bigint NOT NULL, "zvw_wage_cents" bigint NOT NULL, "payroll_tax_credit_applied" boolean NOT NULL, "bsn" character varying NOT NULL, "employment_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "annual_statements_employments_employment" FOREIGN KEY ("employment_id") REFERENCES "employments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "annualstatement_employment_id_year" to table: "annual_statements"
CREATE UNIQUE INDEX "annualstatement_employment_id_year" ON "annual_statements" ("employment_id", "year");
-- Create index "annualstatement_person_id_year" to table: "annual_statements"
CREATE INDEX "annualstatement_person_id_year" ON "annual_statements" ("person_id", "year");
-- Create index "annualstatement_provider_id" to table: "annual_statements"
CREATE INDEX "annualstatement_provider_id" ON "annual_statements" ("provider_id");
-- Create "documents" table
CREATE TABLE "documents" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "category" character varying NOT NULL, "title" character varying NOT NULL, "file_name" character varying NOT NULL, "content_type" character varying NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character varying NOT NULL, "visible_to_employee" boolean NOT NULL DEFAULT false, "first_visible_at" timestamptz NULL, "created_by" character varying NOT NULL, "person_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "documents_persons_person" FOREIGN KEY ("person_id") REFERENCES "persons" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "document_employer_id_person_id_created_at" to table: "documents"
CREATE INDEX "document_employer_id_person_id_created_at" ON "documents" ("employer_id", "person_id", "created_at");
-- Create index "document_person_id_visible_to_employee" to table: "documents"
CREATE INDEX "document_person_id_visible_to_employee" ON "documents" ("person_id", "visible_to_employee");
-- Create index "document_provider_id" to table: "documents"
CREATE INDEX "document_provider_id" ON "documents" ("provider_id");
-- Create "document_files" table
CREATE TABLE "document_files" ("id" character varying NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "data" bytea NOT NULL, "document_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "document_files_documents_file" FOREIGN KEY ("document_id") REFERENCES "documents" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "document_files_document_id_key" to table: "document_files"
CREATE UNIQUE INDEX "document_files_document_id_key" ON "document_files" ("document_id");
-- Create index "documentfile_provider_id" to table: "document_files"
CREATE INDEX "documentfile_provider_id" ON "document_files" ("provider_id");
-- Create "leave_balances" table
CREATE TABLE "leave_balances" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "person_id" character varying NOT NULL, "year" bigint NOT NULL, "leave_type" character varying NOT NULL, "entitlement_hours" double precision NOT NULL, "taken_hours" double precision NOT NULL, "planned_hours" double precision NOT NULL, "remaining_hours" double precision NOT NULL, "expiry_date" date NULL, "employment_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "leave_balances_employments_employment" FOREIGN KEY ("employment_id") REFERENCES "employments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "leavebalance_employment_id_year_leave_type" to table: "leave_balances"
CREATE UNIQUE INDEX "leavebalance_employment_id_year_leave_type" ON "leave_balances" ("employment_id", "year", "leave_type");
-- Create index "leavebalance_person_id_year" to table: "leave_balances"
CREATE INDEX "leavebalance_person_id_year" ON "leave_balances" ("person_id", "year");
-- Create index "leavebalance_provider_id" to table: "leave_balances"
CREATE INDEX "leavebalance_provider_id" ON "leave_balances" ("provider_id");
-- Create "payslips" table
CREATE TABLE "payslips" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "person_id" character varying NOT NULL, "period_type" character varying NOT NULL, "year" bigint NOT NULL, "period" bigint NOT NULL, "period_key" bigint NOT NULL, "run_date" date NOT NULL, "visible_from" date NOT NULL, "gross_cents" bigint NOT NULL, "net_cents" bigint NOT NULL, "employment_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "payslips_employments_employment" FOREIGN KEY ("employment_id") REFERENCES "employments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "payslip_employer_id_period_key" to table: "payslips"
CREATE INDEX "payslip_employer_id_period_key" ON "payslips" ("employer_id", "period_key");
-- Create index "payslip_employment_id_period_type_year_period" to table: "payslips"
CREATE UNIQUE INDEX "payslip_employment_id_period_type_year_period" ON "payslips" ("employment_id", "period_type", "year", "period");
-- Create index "payslip_person_id_period_key" to table: "payslips"
CREATE INDEX "payslip_person_id_period_key" ON "payslips" ("person_id", "period_key");
-- Create index "payslip_provider_id" to table: "payslips"
CREATE INDEX "payslip_provider_id" ON "payslips" ("provider_id");
-- Create "payslip_lines" table
CREATE TABLE "payslip_lines" ("id" character varying NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "person_id" character varying NOT NULL, "position" bigint NOT NULL, "code" character varying NOT NULL, "description" character varying NOT NULL, "amount_cents" bigint NOT NULL, "category" character varying NOT NULL, "payslip_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "payslip_lines_payslips_lines" FOREIGN KEY ("payslip_id") REFERENCES "payslips" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "payslipline_payslip_id_position" to table: "payslip_lines"
CREATE INDEX "payslipline_payslip_id_position" ON "payslip_lines" ("payslip_id", "position");
-- Create index "payslipline_person_id" to table: "payslip_lines"
CREATE INDEX "payslipline_person_id" ON "payslip_lines" ("person_id");
-- Create index "payslipline_provider_id" to table: "payslip_lines"
CREATE INDEX "payslipline_provider_id" ON "payslip_lines" ("provider_id");
-- Create "sick_reports" table
CREATE TABLE "sick_reports" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "first_sick_day" date NOT NULL, "hours_worked" double precision NULL, "reported_at" timestamptz NOT NULL, "reported_by_kind" character varying NOT NULL, "reported_by_id" character varying NOT NULL, "reported_by_name" character varying NOT NULL, "recovery_date" date NULL, "recovery_reported_at" timestamptz NULL, "person_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "sick_reports_persons_person" FOREIGN KEY ("person_id") REFERENCES "persons" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "sickreport_employer_id_first_sick_day" to table: "sick_reports"
CREATE INDEX "sickreport_employer_id_first_sick_day" ON "sick_reports" ("employer_id", "first_sick_day");
-- Create index "sickreport_person_id" to table: "sick_reports"
CREATE UNIQUE INDEX "sickreport_person_id" ON "sick_reports" ("person_id") WHERE (recovery_date IS NULL);
-- Create index "sickreport_person_id_first_sick_day" to table: "sick_reports"
CREATE INDEX "sickreport_person_id_first_sick_day" ON "sick_reports" ("person_id", "first_sick_day");
-- Create index "sickreport_provider_id" to table: "sick_reports"
CREATE INDEX "sickreport_provider_id" ON "sick_reports" ("provider_id");
