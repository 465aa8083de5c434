-- Modify "accounts" table
ALTER TABLE "accounts" ADD COLUMN "documents_seen_at" timestamptz NULL;
