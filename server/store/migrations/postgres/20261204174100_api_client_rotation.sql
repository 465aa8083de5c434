-- Modify "api_clients" table
ALTER TABLE "api_clients" ADD COLUMN "previous_secret_hash" character varying NULL, ADD COLUMN "previous_secret_expires_at" timestamptz NULL;
