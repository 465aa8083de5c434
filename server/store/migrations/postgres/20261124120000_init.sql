-- Create "mail_templates" table
CREATE TABLE "mail_templates" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NULL, "scope" character varying NOT NULL, "scope_key" character varying NOT NULL, "kind" character varying NOT NULL, "locale" character varying NOT NULL, "subject" text NULL, "text_body" text NULL, "html_body" text NULL, "updated_by" character varying NOT NULL, PRIMARY KEY ("id"));
-- Create index "mailtemplate_provider_id" to table: "mail_templates"
CREATE INDEX "mailtemplate_provider_id" ON "mail_templates" ("provider_id");
-- Create index "mailtemplate_scope_key_kind_locale" to table: "mail_templates"
CREATE UNIQUE INDEX "mailtemplate_scope_key_kind_locale" ON "mail_templates" ("scope_key", "kind", "locale");
-- Create "users" table
CREATE TABLE "users" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NULL, "username" character varying NOT NULL, "username_key" character varying NOT NULL, "display_name" character varying NOT NULL, "email" character varying NOT NULL DEFAULT '', "password_hash" character varying NOT NULL, "rights" jsonb NOT NULL, "state" character varying NOT NULL DEFAULT 'ACTIVE', "failed_attempts" bigint NOT NULL DEFAULT 0, "locked_until" timestamptz NULL, "last_login_at" timestamptz NULL, PRIMARY KEY ("id"));
-- Create index "user_provider_id" to table: "users"
CREATE INDEX "user_provider_id" ON "users" ("provider_id");
-- Create index "user_username_key" to table: "users"
CREATE UNIQUE INDEX "user_username_key" ON "users" ("username_key");
-- Create "audit_events" table
CREATE TABLE "audit_events" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "provider_id" character varying NULL, "employer_id" character varying NULL, "person_id" character varying NULL, "actor_kind" character varying NOT NULL, "actor_id" character varying NOT NULL, "actor_name" character varying NOT NULL, "action" character varying NOT NULL, "target_type" character varying NOT NULL DEFAULT '', "target_id" character varying NOT NULL DEFAULT '', "details" jsonb NULL, "request_id" character varying NOT NULL DEFAULT '', PRIMARY KEY ("id"));
-- Create index "auditevent_action" to table: "audit_events"
CREATE INDEX "auditevent_action" ON "audit_events" ("action");
-- Create index "auditevent_employer_id_created_at" to table: "audit_events"
CREATE INDEX "auditevent_employer_id_created_at" ON "audit_events" ("employer_id", "created_at");
-- Create index "auditevent_person_id_created_at" to table: "audit_events"
CREATE INDEX "auditevent_person_id_created_at" ON "audit_events" ("person_id", "created_at");
-- Create index "auditevent_provider_id_created_at" to table: "audit_events"
CREATE INDEX "auditevent_provider_id_created_at" ON "audit_events" ("provider_id", "created_at");
-- Create "api_clients" table
CREATE TABLE "api_clients" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NULL, "name" character varying NOT NULL, "secret_hash" character varying NOT NULL, "rights" jsonb NOT NULL, "disabled_at" timestamptz NULL, "last_used_at" timestamptz NULL, PRIMARY KEY ("id"));
-- Create index "apiclient_provider_id" to table: "api_clients"
CREATE INDEX "apiclient_provider_id" ON "api_clients" ("provider_id");
-- Create "sessions" table
CREATE TABLE "sessions" ("id" character varying NOT NULL, "kind" character varying NOT NULL, "subject_id" character varying NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NULL, "refresh_hash" character varying NULL, "created_at" timestamptz NOT NULL, "expires_at" timestamptz NOT NULL, "refreshed_at" timestamptz NULL, "revoked_at" timestamptz NULL, "revoke_reason" character varying NULL, "user_agent" character varying NOT NULL DEFAULT '', "ip" character varying NOT NULL DEFAULT '', PRIMARY KEY ("id"));
-- Create index "session_refresh_hash" to table: "sessions"
CREATE UNIQUE INDEX "session_refresh_hash" ON "sessions" ("refresh_hash");
-- Create index "session_subject_id_revoked_at" to table: "sessions"
CREATE INDEX "session_subject_id_revoked_at" ON "sessions" ("subject_id", "revoked_at");
-- Create "providers" table
CREATE TABLE "providers" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "mijnloket_addendum_signed_at" timestamptz NULL, "mijnloket_addendum_signed_by" character varying NULL, PRIMARY KEY ("id"));
-- Create "employers" table
CREATE TABLE "employers" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "name_key" character varying NOT NULL, "administration_number" character varying NOT NULL, "street" character varying NOT NULL DEFAULT '', "postal_code" character varying NOT NULL DEFAULT '', "city" character varying NOT NULL DEFAULT '', "provider_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "employers_providers_employers" FOREIGN KEY ("provider_id") REFERENCES "providers" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "employer_provider_id_administration_number" to table: "employers"
CREATE UNIQUE INDEX "employer_provider_id_administration_number" ON "employers" ("provider_id", "administration_number");
-- Create index "employer_provider_id_name_key" to table: "employers"
CREATE INDEX "employer_provider_id_name_key" ON "employers" ("provider_id", "name_key");
-- Create "persons" table
CREATE TABLE "persons" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "initials" character varying NOT NULL DEFAULT '', "first_name" character varying NOT NULL, "last_name_prefix" character varying NOT NULL DEFAULT '', "last_name" character varying NOT NULL, "birth_date" date NOT NULL, "email" character varying NULL, "phone" character varying NULL, "search_key" character varying NOT NULL DEFAULT '', "employer_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "persons_employers_persons" FOREIGN KEY ("employer_id") REFERENCES "employers" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "person_employer_id_email" to table: "persons"
CREATE INDEX "person_employer_id_email" ON "persons" ("employer_id", "email");
-- Create index "person_employer_id_last_name_first_name" to table: "persons"
CREATE INDEX "person_employer_id_last_name_first_name" ON "persons" ("employer_id", "last_name", "first_name");
-- Create index "person_employer_id_search_key" to table: "persons"
CREATE INDEX "person_employer_id_search_key" ON "persons" ("employer_id", "search_key");
-- Create index "person_provider_id" to table: "persons"
CREATE INDEX "person_provider_id" ON "persons" ("provider_id");
-- Create "accounts" table
CREATE TABLE "accounts" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "state" character varying NOT NULL DEFAULT 'NONE', "username" character varying NULL, "username_key" character varying NULL, "password_hash" character varying NULL, "registered_email" character varying NULL, "first_login_at" timestamptz NULL, "last_login_at" timestamptz NULL, "failed_attempts" bigint NOT NULL DEFAULT 0, "locked_until" timestamptz NULL, "invite_expires_at" timestamptz NULL, "blocked_at" timestamptz NULL, "person_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "accounts_persons_account" FOREIGN KEY ("person_id") REFERENCES "persons" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "account_employer_id_state" to table: "accounts"
CREATE INDEX "account_employer_id_state" ON "accounts" ("employer_id", "state");
-- Create index "account_person_id" to table: "accounts"
CREATE UNIQUE INDEX "account_person_id" ON "accounts" ("person_id");
-- Create index "account_provider_id" to table: "accounts"
CREATE INDEX "account_provider_id" ON "accounts" ("provider_id");
-- Create index "account_registered_email" to table: "accounts"
CREATE INDEX "account_registered_email" ON "accounts" ("registered_email");
-- Create index "account_username_key" to table: "accounts"
CREATE UNIQUE INDEX "account_username_key" ON "accounts" ("username_key");
-- Create index "accounts_person_id_key" to table: "accounts"
CREATE UNIQUE INDEX "accounts_person_id_key" ON "accounts" ("person_id");
-- Create "employments" table
CREATE TABLE "employments" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employee_number" bigint NOT NULL, "start_date" date NOT NULL, "end_date" date NULL, "job_title" character varying NOT NULL DEFAULT '', "employer_id" character varying NOT NULL, "person_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "employments_employers_employments" FOREIGN KEY ("employer_id") REFERENCES "employers" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "employments_persons_employments" FOREIGN KEY ("person_id") REFERENCES "persons" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "employment_employer_id_employee_number" to table: "employments"
CREATE UNIQUE INDEX "employment_employer_id_employee_number" ON "employments" ("employer_id", "employee_number");
-- Create index "employment_employer_id_end_date" to table: "employments"
CREATE INDEX "employment_employer_id_end_date" ON "employments" ("employer_id", "end_date");
-- Create index "employment_person_id" to table: "employments"
CREATE INDEX "employment_person_id" ON "employments" ("person_id");
-- Create index "employment_provider_id" to table: "employments"
CREATE INDEX "employment_provider_id" ON "employments" ("provider_id");
-- Create "invitations" table
CREATE TABLE "invitations" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "token_hash" character varying NOT NULL, "email" character varying NOT NULL, "expires_at" timestamptz NOT NULL, "state" character varying NOT NULL DEFAULT 'PENDING', "revoke_reason" character varying NULL, "birth_date_attempts" bigint NOT NULL DEFAULT 0, "verified_at" timestamptz NULL, "used_at" timestamptz NULL, "revoked_at" timestamptz NULL, "created_by" character varying NOT NULL, "account_id" character varying NOT NULL, "person_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "invitations_accounts_invitations" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "invitations_persons_invitations" FOREIGN KEY ("person_id") REFERENCES "persons" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "invitation_account_id_state" to table: "invitations"
CREATE INDEX "invitation_account_id_state" ON "invitations" ("account_id", "state");
-- Create index "invitation_person_id" to table: "invitations"
CREATE INDEX "invitation_person_id" ON "invitations" ("person_id");
-- Create index "invitation_provider_id" to table: "invitations"
CREATE INDEX "invitation_provider_id" ON "invitations" ("provider_id");
-- Create index "invitation_token_hash" to table: "invitations"
CREATE UNIQUE INDEX "invitation_token_hash" ON "invitations" ("token_hash");
-- Create "products" table
CREATE TABLE "products" ("id" character varying NOT NULL, "code" character varying NOT NULL, "name_nl" character varying NOT NULL, "name_en" character varying NOT NULL, "kind" character varying NOT NULL, "tier" character varying NULL, "wants" jsonb NULL, "sort_order" bigint NOT NULL DEFAULT 0, PRIMARY KEY ("id"));
-- Create index "product_code" to table: "products"
CREATE UNIQUE INDEX "product_code" ON "products" ("code");
-- Create "product_activations" table
CREATE TABLE "product_activations" ("id" character varying NOT NULL, "provider_id" character varying NOT NULL, "activated_at" timestamptz NOT NULL, "activated_by" character varying NOT NULL, "deactivated_at" timestamptz NULL, "deactivated_by" character varying NULL, "employer_id" character varying NOT NULL, "product_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "product_activations_employers_product_activations" FOREIGN KEY ("employer_id") REFERENCES "employers" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "product_activations_products_product" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "productactivation_employer_id_deactivated_at" to table: "product_activations"
CREATE INDEX "productactivation_employer_id_deactivated_at" ON "product_activations" ("employer_id", "deactivated_at");
-- Create index "productactivation_employer_id_product_id" to table: "product_activations"
CREATE UNIQUE INDEX "productactivation_employer_id_product_id" ON "product_activations" ("employer_id", "product_id") WHERE (deactivated_at IS NULL);
-- Create index "productactivation_provider_id" to table: "product_activations"
CREATE INDEX "productactivation_provider_id" ON "product_activations" ("provider_id");
