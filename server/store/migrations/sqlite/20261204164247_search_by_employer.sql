-- Drop index "person_search_key" from table: "persons"
DROP INDEX `person_search_key`;
-- Create index "person_employer_id_search_key" to table: "persons"
CREATE INDEX `person_employer_id_search_key` ON `persons` (`employer_id`, `search_key`);
