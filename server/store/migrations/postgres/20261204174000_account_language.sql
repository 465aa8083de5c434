-- Modify "accounts" table
ALTER TABLE "accounts" ADD COLUMN "language" character varying NULL;
