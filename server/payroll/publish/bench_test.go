package publish_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/payroll/publish"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// BenchmarkPublishPayslips publishes 100 payslips of 20 lines in one batch, as an
// integrator with MANAGE_PAYROLL_DATA, through the Service on a test store:
//   - new: every batch is a new month for all 100 employments (inserts);
//   - republish: the same month again with other amounts (updates, lines replaced);
//   - republish-after-24-months: the same after 24 earlier months were published, as
//     for employments with a history (the existing payslips of the batch's employments
//     are read to find the periods to update).
func BenchmarkPublishPayslips(b *testing.B) {
	const employments, lines = 100, 20
	f := testworld.NewPortal(b)
	name := fmt.Sprintf("%dx%d", employments, lines)

	// Every case has an employer of its own, so the history it meets is its own.
	seq := 0
	setup := func(b *testing.B) (run func(year, month int, extra int64) *publish.PublishResult) {
		seq++
		emp, jobs := benchEmployer(b, f, seq, employments)
		ctx := testworld.EmployerUser(emp, "usr_bench", viewer.AllRights...)
		batch := make([]publish.PayslipInput, employments)
		return func(year, month int, extra int64) *publish.PublishResult {
			for i, job := range jobs {
				gross := 300_000 + int64(i)*1_000 + extra
				batch[i] = publish.PayslipInput{
					EmploymentID: job.ID, PeriodType: payslip.PeriodTypeMONTH, Year: year, Period: month,
					RunDate: date.New(year, time.Month(month), 23), GrossCents: gross, NetCents: gross * 3 / 4,
					Lines: testworld.WageLines(lines, gross),
				}
			}
			res, err := f.Publisher.PublishPayslips(ctx, batch)
			if err != nil {
				b.Fatal(err)
			}
			return res
		}
	}
	want := func(b *testing.B, res *publish.PublishResult, created, updated int) {
		if res.Created != created || res.Updated != updated {
			b.Fatalf("created %d, updated %d; want %d and %d", res.Created, res.Updated, created, updated)
		}
	}
	republish := func(b *testing.B, history int) {
		run := setup(b)
		for m := range history {
			run(2024+m/12, 1+m%12, 0)
		}
		n := int64(0)
		for b.Loop() {
			n++
			want(b, run(2024+(history-1)/12, 1+(history-1)%12, n*100), 0, employments)
		}
		b.ReportMetric(float64(employments*b.N)/b.Elapsed().Seconds(), "payslips/s")
	}

	b.Run("new/"+name, func(b *testing.B) {
		run := setup(b)
		// Months from January 2000 on; 1,212 iterations would reach 2101, far beyond
		// what a benchmark run does.
		n := 0
		for b.Loop() {
			want(b, run(2000+n/12, 1+n%12, 0), employments, 0)
			n++
		}
		b.ReportMetric(float64(employments*b.N)/b.Elapsed().Seconds(), "payslips/s")
	})
	b.Run("republish/"+name, func(b *testing.B) { republish(b, 1) })
	b.Run("republish-after-24-months/"+name, func(b *testing.B) { republish(b, 24) })
}

// benchEmployer adds to provider A of the world an employer (number seq) with
// MijnLoket and n employments.
func benchEmployer(tb testing.TB, f *testworld.Portal, seq, n int) (*ent.Employer, []*ent.Employment) {
	tb.Helper()
	c, ctx := f.C, f.Sys
	e := f.WithProducts(f.Employer(f.P1, fmt.Sprintf("Bench %d BV", seq), fmt.Sprint(9000+seq)), product.CodeMijnLoket)
	persons := make([]*ent.PersonCreate, n)
	for i := range persons {
		last := fmt.Sprintf("Bench%03d", i)
		persons[i] = c.Person.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).SetFirstName("Sam").
			SetInitials("S.").SetLastName(last).SetBirthDate(date.New(1985, 3, 17)).SetSearchKey("sam " + strings.ToLower(last))
	}
	ps, err := c.Person.CreateBulk(persons...).Save(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	jobs := make([]*ent.EmploymentCreate, n)
	for i, per := range ps {
		jobs[i] = c.Employment.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).SetPersonID(per.ID).
			SetEmployeeNumber(i + 1).SetStartDate(date.New(2020, 2, 1)).SetJobTitle("Medewerker")
	}
	js, err := c.Employment.CreateBulk(jobs...).Save(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	return e, js
}
