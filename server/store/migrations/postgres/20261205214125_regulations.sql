-- Modify "documents" table
ALTER TABLE "documents" ADD COLUMN "regulation" boolean NOT NULL DEFAULT false;
-- Create "regulation_passages" table
CREATE TABLE "regulation_passages" ("id" character varying NOT NULL, "provider_id" character varying NOT NULL, "employer_id" character varying NOT NULL, "page" bigint NOT NULL, "position" bigint NOT NULL, "text" text NOT NULL, "terms" text NOT NULL, "term_count" bigint NOT NULL, "document_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "regulation_passages_documents_passages" FOREIGN KEY ("document_id") REFERENCES "documents" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "regulationpassage_employer_id_document_id_position" to table: "regulation_passages"
CREATE INDEX "regulationpassage_employer_id_document_id_position" ON "regulation_passages" ("employer_id", "document_id", "position");
-- Create index "regulationpassage_provider_id" to table: "regulation_passages"
CREATE INDEX "regulationpassage_provider_id" ON "regulation_passages" ("provider_id");
