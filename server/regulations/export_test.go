package regulations

import "entgo.io/ent/dialect"

// SearchStatement is the statement and arguments Index.Search sends for q, so the bench
// can run Ask's own query bare beside Ask.
func SearchStatement(dial, employerID string, q Query, limit int) (string, []any) {
	if dial == dialect.Postgres {
		return pgSearch, []any{employerID, q.tsquery(), limit}
	}
	return sqliteSearch, []any{q.fts5(), employerID, employerID, limit}
}
