-- atlas:delimiter -- end

-- Full-text search of the regulations assistant (R42). Hand-written; SQLite only.
-- An FTS5 index over the passages' stored stems (regulation_passages.terms, written by
-- the Go Snowball stemmer, regulations.Terms), ranked with bm25(). External content:
-- the index holds no copy of the text, its rowid is the passage's rowid; the triggers
-- keep it in step in the same transaction as every insert, update and delete.
-- A later migration that recreates regulation_passages (SQLite's way of altering a
-- table) drops these triggers and renumbers the rowids: it must create them again and
-- rebuild the index (TestSearchIndexInStep catches a forgotten one).
CREATE VIRTUAL TABLE `regulation_passage_fts` USING fts5(`terms`, content='regulation_passages', content_rowid='rowid', tokenize='unicode61 remove_diacritics 0');
-- end
CREATE TRIGGER `regulation_passage_fts_insert` AFTER INSERT ON `regulation_passages` BEGIN
  INSERT INTO `regulation_passage_fts` (rowid, `terms`) VALUES (new.rowid, new.`terms`);
END;
-- end
CREATE TRIGGER `regulation_passage_fts_delete` AFTER DELETE ON `regulation_passages` BEGIN
  INSERT INTO `regulation_passage_fts` (`regulation_passage_fts`, rowid, `terms`) VALUES ('delete', old.rowid, old.`terms`);
END;
-- end
CREATE TRIGGER `regulation_passage_fts_update` AFTER UPDATE OF `terms` ON `regulation_passages` BEGIN
  INSERT INTO `regulation_passage_fts` (`regulation_passage_fts`, rowid, `terms`) VALUES ('delete', old.rowid, old.`terms`);
  INSERT INTO `regulation_passage_fts` (rowid, `terms`) VALUES (new.rowid, new.`terms`);
END;
-- end
-- Backfill: index the passages stored before this migration.
INSERT INTO `regulation_passage_fts` (`regulation_passage_fts`) VALUES ('rebuild');
-- end
