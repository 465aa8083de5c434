package regulations_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/pdf"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/regulations"
	"github.com/werkportaal/werkportaal/server/testworld"
)

// BenchmarkAsk (make bench, R42): one question over 200 regulations of 20 pages at one
// employer, reported as p50 and p99 per question, beside the raw full-text query on the
// same index: Ask's own statement run bare (raw-same), and the question's plain words
// only (raw-fts: ts_rank over the tsvector column on Postgres, bm25() over FTS5 on
// SQLite, the best 5). Compare them as ratios; there is no timing assert.
func BenchmarkAsk(b *testing.B) {
	f := testworld.NewPortal(b)
	s := &regulations.Service{Client: f.C, Clock: f.Clk, Features: f.Gate, Index: regulations.NewIndex(f.Store.DB, f.Store.Dialect)}
	// One 20-page PDF, indexed once; its passages are stored for 200 documents (the
	// database indexes them as they are inserted).
	var body []string
	for range 20 {
		body = append(body, handbook...)
	}
	data, err := pdf.TextPDF("Personeelshandboek", body, testworld.PortalStart)
	if err != nil {
		b.Fatal(err)
	}
	ps, err := regulations.Passages(data)
	if err != nil {
		b.Fatal(err)
	}
	for d := range 200 {
		id := pid.New(pid.Document)
		f.C.Document.Create().SetID(id).SetEmployerID(f.A1.ID).SetCategory("POLICY").SetTitle(fmt.Sprintf("Regeling %d", d)).
			SetFileName("regeling.pdf").SetContentType("application/pdf").SetSizeBytes(int64(len(data))).SetSha256("x").
			SetVisibleToEmployee(true).SetRegulation(true).SetCreatedBy("usr_bench").ExecX(f.Sys)
		bulk := make([]*ent.RegulationPassageCreate, 0, len(ps))
		for i, p := range ps {
			terms := regulations.Terms(p.Text)
			bulk = append(bulk, f.C.RegulationPassage.Create().SetEmployerID(f.A1.ID).SetDocumentID(id).SetPage(p.Page).
				SetPosition(i).SetText(p.Text).SetTerms(" "+strings.Join(terms, " ")+" ").SetTermCount(len(terms)))
		}
		for chunk := range slices.Chunk(bulk, 500) {
			f.C.RegulationPassage.CreateBulk(chunk...).ExecX(f.Sys)
		}
	}
	if f.Store.Dialect == dialect.Postgres {
		if _, err := f.Store.DB.Exec("ANALYZE regulation_passages, documents"); err != nil {
			b.Fatal(err)
		}
	}
	questions := []string{"Hoeveel vakantiedagen heb ik?", "thuiswerkvergoeding", "Wat moet ik doen bij ziekte?", "reiskosten woon-werkverkeer"}
	ctx := f.Ann.Ctx()
	b.Run("ask", func(b *testing.B) {
		var took []time.Duration
		for i := 0; b.Loop(); i++ {
			start := time.Now()
			if _, err := s.Ask(ctx, questions[i%len(questions)]); err != nil {
				b.Fatal(err)
			}
			took = append(took, time.Since(start))
		}
		report(b, took)
	})
	// Ask's own statement (its compounds and prefixes too) without the service around it:
	// the floor of this design, so ask/raw-same is the cost of the service itself, and
	// raw-same/raw-fts what the compound and prefix alternatives cost in the database.
	b.Run("raw-same", func(b *testing.B) {
		var took []time.Duration
		for i := 0; b.Loop(); i++ {
			query, args := regulations.SearchStatement(f.Store.Dialect, f.A1.ID, regulations.ParseQuery(questions[i%len(questions)]), regulations.MaxResults)
			took = append(took, timeRows(b, f.Store.DB, query, args...))
		}
		report(b, took)
	})
	b.Run("raw-fts", func(b *testing.B) {
		query, arg := rawFTS(f.Store.Dialect)
		var took []time.Duration
		for i := 0; b.Loop(); i++ {
			took = append(took, timeRows(b, f.Store.DB, query, f.A1.ID, arg(questions[i%len(questions)])))
		}
		report(b, took)
	})
}

// rawFTS is the bare full-text query of a question's words on the index Ask uses: no
// compound splits, no scope on the documents, no loading through ent.
func rawFTS(dial string) (string, func(string) string) {
	if dial == dialect.Postgres {
		// plainto_tsquery stems the words (and ANDs them); the same lexemes ORed, as Ask does.
		return `SELECT id, ts_rank(search, q, 1) AS r
			FROM regulation_passages, to_tsquery('simple', replace(plainto_tsquery('dutch', $2)::text, '&', '|')) q
			WHERE employer_id = $1 AND search @@ q ORDER BY r DESC LIMIT 5`,
			func(q string) string { return q }
	}
	return `SELECT p.id, bm25(regulation_passage_fts) AS r FROM regulation_passage_fts
			JOIN regulation_passages p ON p.rowid = regulation_passage_fts.rowid
			WHERE p.employer_id = ? AND regulation_passage_fts MATCH ? ORDER BY r LIMIT 5`,
		func(q string) string {
			terms := regulations.Terms(q)
			for i, t := range terms {
				terms[i] = `"` + t + `"`
			}
			return strings.Join(terms, " OR ")
		}
}

// timeRows runs query and reads all its rows; it returns how long that took.
func timeRows(b *testing.B, db *sql.DB, query string, args ...any) time.Duration {
	start := time.Now()
	rows, err := db.QueryContext(context.Background(), query, args...)
	if err != nil {
		b.Fatal(err)
	}
	for rows.Next() {
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		b.Fatal(err)
	}
	return time.Since(start)
}

func report(b *testing.B, took []time.Duration) {
	if len(took) == 0 {
		return
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "p99-ms")
}
