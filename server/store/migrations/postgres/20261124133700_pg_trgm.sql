-- Trigram matching for the search field (R16): the persons' search key is matched with
-- LIKE '%…%', which only a trigram index can serve. Hand-written; Postgres only.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
