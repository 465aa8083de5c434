package regulations

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"entgo.io/ent/dialect"
)

// Index is the full-text search over the regulation passages (R42): PostgreSQL's
// tsvector with the dutch configuration, or SQLite's FTS5 over the stems of our Go
// stemmer. Both are kept in step by the database itself (a generated column; triggers),
// so the index has no write side here. Search returns the best passages of one
// employer's visible regulations, best first; loading them (through ent's privacy
// policy) is the caller's.
type Index interface {
	Search(ctx context.Context, employerID string, q Query, limit int) ([]Match, error)
}

// Match is a passage found by the index with its score (higher is better; the scale is
// the dialect's own).
type Match struct {
	PassageID string
	Score     float64
}

// NewIndex is the index of the store's dialect.
func NewIndex(db *sql.DB, dial string) Index {
	if dial == dialect.Postgres {
		return postgresIndex{db}
	}
	return sqliteIndex{db}
}

// Bounds of a query: what the database is asked stays small whatever the question.
const (
	// maxTerms bounds the words of a question that are searched.
	maxTerms = 12
	// maxAlternatives bounds the alternatives (words, prefixes, compound splits) in all.
	maxAlternatives = 40
	// maxWordLen: a longer "word" is no Dutch word (a pasted code, a URL) and is not split.
	maxWordLen = 40
	// minPrefixLen is the shortest stem that also matches as the head of a compound
	// (thuis finds thuiswerkvergoeding); shorter ones match whole words only.
	minPrefixLen = 4
	// minCompoundLen is the shortest word that is also tried as a compound of two words
	// of at least minPartLen and minTailLen letters (verlofdagen: verlof and dagen).
	minCompoundLen = 7
	minPartLen     = 4
	minTailLen     = 3
)

// Query is a question as an index searches it: any of the alternatives matches. Words
// hold lower-case letters and digits only, so neither dialect's query syntax can be
// reached from the question; each dialect stems them with its own stemmer.
type Query struct {
	Alternatives []Alternative
}

// Alternative is one word (whole, or as a prefix), or the parts of a compound that must
// all occur.
type Alternative struct {
	Words  []string
	Prefix bool
}

// Empty reports whether nothing is left to search (only stop words, or nothing).
func (q Query) Empty() bool { return len(q.Alternatives) == 0 }

// ParseQuery reduces a question to a Query: its words without stop words, each once, at
// most maxTerms; each word whole and, from minPrefixLen, as the head of a compound; a
// long word also split in two (a question's compound finds passages with its parts).
func ParseQuery(question string) Query {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(question), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if utf8.RuneCountInString(w) < 2 || stopwords[w] || slices.Contains(words, w) {
			continue
		}
		words = append(words, w)
		if len(words) == maxTerms {
			break
		}
	}
	var q Query
	add := func(a Alternative) {
		if len(q.Alternatives) < maxAlternatives {
			q.Alternatives = append(q.Alternatives, a)
		}
	}
	for _, w := range words {
		add(Alternative{Words: []string{w}, Prefix: utf8.RuneCountInString(Stem(w)) >= minPrefixLen})
	}
	// Splits after the words themselves, so the bound drops splits first.
	for _, w := range words {
		r := []rune(w)
		if len(r) < minCompoundLen || len(r) > maxWordLen {
			continue
		}
		for i := minPartLen; i <= len(r)-minTailLen; i++ {
			head, tail := string(r[:i]), string(r[i:])
			if stopwords[head] || stopwords[tail] {
				continue
			}
			add(Alternative{Words: []string{head, tail}})
		}
	}
	return q
}

// postgresIndex searches the generated tsvector column regulation_passages.search
// (to_tsvector('dutch', text), GIN index) and ranks with ts_rank.
type postgresIndex struct{ db *sql.DB }

// tsquery is the query in to_tsquery's syntax; the words are letters and digits only,
// and to_tsquery('dutch', …) stems them and drops the Dutch stop words.
func (q Query) tsquery() string {
	parts := make([]string, 0, len(q.Alternatives))
	for _, a := range q.Alternatives {
		switch {
		case len(a.Words) > 1:
			parts = append(parts, "("+strings.Join(a.Words, " & ")+")")
		case a.Prefix:
			parts = append(parts, a.Words[0]+":*")
		default:
			parts = append(parts, a.Words[0])
		}
	}
	return strings.Join(parts, " | ")
}

// pgSearch ranks with ts_rank normalised by the passage's length (1: divided by 1 + the
// logarithm of the number of words), so a long passage that mentions a word in passing
// does not beat a short one about it. The scope is the same as the RegulationPassage
// privacy policy's: the employer's regulations for all employees that are visible.
const pgSearch = `SELECT p.id, ts_rank(p.search, q, 1) AS score
FROM regulation_passages p
JOIN documents d ON d.id = p.document_id, to_tsquery('dutch', $2) q
WHERE p.employer_id = $1 AND p.search @@ q
  AND d.employer_id = $1 AND d.regulation AND d.visible_to_employee AND d.person_id IS NULL
ORDER BY score DESC, d.title, p.page, p.position
LIMIT $3`

func (x postgresIndex) Search(ctx context.Context, employerID string, q Query, limit int) ([]Match, error) {
	if q.Empty() {
		return nil, nil
	}
	return scan(x.db.QueryContext(ctx, pgSearch, employerID, q.tsquery(), limit))
}

// sqliteIndex searches the FTS5 table regulation_passage_fts over the passages' Go
// stems and ranks with bm25().
type sqliteIndex struct{ db *sql.DB }

// fts5 is the query in FTS5's syntax, of the Go stems, each a quoted string.
func (q Query) fts5() string {
	quote := func(w string) string { return `"` + strings.ReplaceAll(Stem(w), `"`, `""`) + `"` }
	parts := make([]string, 0, len(q.Alternatives))
	for _, a := range q.Alternatives {
		switch {
		case len(a.Words) > 1:
			ws := make([]string, len(a.Words))
			for i, w := range a.Words {
				ws[i] = quote(w)
			}
			parts = append(parts, "("+strings.Join(ws, " AND ")+")")
		case a.Prefix:
			parts = append(parts, quote(a.Words[0])+"*")
		default:
			parts = append(parts, quote(a.Words[0]))
		}
	}
	return strings.Join(parts, " OR ")
}

// sqliteSearch: bm25() is lower for a better match, hence the sign. Its statistics
// (how rare a stem is) are over the whole index; only the scope's passages are returned.
const sqliteSearch = `SELECT p.id, -bm25(regulation_passage_fts) AS score
FROM regulation_passage_fts
JOIN regulation_passages p ON p.rowid = regulation_passage_fts.rowid
JOIN documents d ON d.id = p.document_id
WHERE regulation_passage_fts MATCH ? AND p.employer_id = ?
  AND d.employer_id = ? AND d.regulation AND d.visible_to_employee AND d.person_id IS NULL
ORDER BY score DESC, d.title, p.page, p.position
LIMIT ?`

func (x sqliteIndex) Search(ctx context.Context, employerID string, q Query, limit int) ([]Match, error) {
	if q.Empty() {
		return nil, nil
	}
	return scan(x.db.QueryContext(ctx, sqliteSearch, q.fts5(), employerID, employerID, limit))
}

func scan(rows *sql.Rows, err error) (out []Match, _ error) {
	if err != nil {
		return nil, fmt.Errorf("regulations: search: %w", err)
	}
	defer func() { _ = rows.Close() }() // read-only; Err below reports a failed read
	for rows.Next() {
		var m Match
		if err := rows.Scan(&m.PassageID, &m.Score); err != nil {
			return nil, fmt.Errorf("regulations: search: %w", err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("regulations: search: %w", err)
	}
	return out, nil
}
