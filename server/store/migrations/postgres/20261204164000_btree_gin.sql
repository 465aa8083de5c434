-- btree_gin lets a GIN index hold the employer's equality beside the search key's
-- trigrams, so a search (R16) reads only the employer's matches. Hand-written; Postgres only.
CREATE EXTENSION IF NOT EXISTS btree_gin;
