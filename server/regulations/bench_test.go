package regulations_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/pdf"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/regulations"
	"github.com/werkportaal/werkportaal/server/testworld"
)

// BenchmarkAsk (make bench, R42): one question over 200 regulations of 20 pages at one
// employer, reported as p50 and p99 per question, beside the raw SQL match of the same
// stems on the same table (the part of a question the database does).
func BenchmarkAsk(b *testing.B) {
	f := testworld.NewPortal(b)
	s := &regulations.Service{Client: f.C, Clock: f.Clk, Features: f.Gate}
	// One 20-page PDF, indexed once; its passages are stored for 200 documents.
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
	b.Run("raw-sql", func(b *testing.B) {
		q := f.Store.DB
		query := "SELECT id, terms FROM regulation_passages WHERE employer_id = $1 AND terms LIKE $2 LIMIT 2000"
		if f.Store.Dialect == "sqlite3" {
			query = "SELECT id, terms FROM regulation_passages WHERE employer_id = ? AND terms LIKE ? LIMIT 2000"
		}
		var took []time.Duration
		for i := 0; b.Loop(); i++ {
			start := time.Now()
			rows, err := q.Query(query, f.A1.ID, "%"+regulations.Terms(questions[i%len(questions)])[0]+"%")
			if err != nil {
				b.Fatal(err)
			}
			for rows.Next() {
			}
			_ = rows.Close()
			took = append(took, time.Since(start))
		}
		report(b, took)
	})
}

func report(b *testing.B, took []time.Duration) {
	if len(took) == 0 {
		return
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "p99-ms")
}
