-- Drop index "person_employer_id_search_key" from table: "persons"
DROP INDEX `person_employer_id_search_key`;
-- Create index "person_search_key" to table: "persons"
CREATE INDEX `person_search_key` ON `persons` (`search_key`);
