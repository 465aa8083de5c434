package store

import (
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// AnyOfChunk is how many values a caller gives AnyOf at once: it bounds the rows one
// statement reads, and keeps SQLite's IN under its limit of 32,766 parameters.
const AnyOfChunk = 5000

// AnyOf is the predicate "column is one of values" for a long list, such as the
// persons of a collective change: on Postgres column = ANY($1) with the values as one
// array parameter, elsewhere column IN (…). Use it as an ent predicate, e.g.
// predicate.Account(store.AnyOf(account.FieldPersonID, ids)); the query's privacy
// policy applies as to any other predicate.
//
// Why: ent's IN sends each value as a parameter of its own; for the 10,000 persons of
// a collective grant Postgres parsed and bound 10,000 parameters per query, for each
// of the persons' accounts and employments (issue #12). One array parameter is one
// value to bind, and the statement is the same whatever the number of values, so the
// driver prepares it once.
func AnyOf(column string, values []string) func(*entsql.Selector) {
	return func(s *entsql.Selector) {
		if len(values) == 0 {
			s.Where(entsql.False())
			return
		}
		if s.Dialect() != dialect.Postgres {
			args := make([]any, len(values))
			for i, v := range values {
				args[i] = v
			}
			s.Where(entsql.In(s.C(column), args...))
			return
		}
		s.Where(entsql.P(func(b *entsql.Builder) {
			b.Ident(s.C(column)).WriteString(" = ANY(").Arg(values).WriteString(")")
		}))
	}
}
