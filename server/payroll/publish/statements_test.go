package publish_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/payroll/publish"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// A period published again (R23) costs a number of statements that does not grow with
// the batch on Postgres: the updates are one UPDATE … FROM unnest (store.UpdateRows),
// the updated rows are read back together and their lines replaced in bulk. On SQLite,
// which keeps ent's UPDATE per row, it is one statement per payslip. Measured as the
// difference between a batch of 20 and one of 5.
func TestRepublishCostsOneStatementPerPayslip(t *testing.T) {
	f := testworld.NewPortal(t)
	var n atomic.Int64
	f.Publisher.Client = store.NewClient(dialect.DebugWithContext(f.Store.Driver, func(context.Context, ...any) { n.Add(1) }))
	statements := func(seq, size int) int64 {
		emp, jobs := benchEmployer(t, f, seq, size)
		ctx := testworld.EmployerUser(emp, "usr_bench", viewer.AllRights...)
		batch := make([]publish.PayslipInput, size)
		publishRun := func(gross int64) int64 {
			for i, job := range jobs {
				batch[i] = publish.PayslipInput{
					EmploymentID: job.ID, PeriodType: payslip.PeriodTypeMONTH, Year: 2026, Period: 3,
					RunDate: date.New(2026, time.March, 23), GrossCents: gross, NetCents: gross * 3 / 4,
					Lines: testworld.WageLines(3, gross),
				}
			}
			before := n.Load()
			res, err := f.Publisher.PublishPayslips(ctx, batch)
			if err != nil {
				t.Fatal(err)
			}
			if res.Updated != 0 && res.Updated != size {
				t.Fatalf("updated %d of %d", res.Updated, size)
			}
			if res.Updated == size && res.Payslips[size-1].GrossCents != gross {
				t.Fatalf("the updated payslip says %d, want %d", res.Payslips[size-1].GrossCents, gross)
			}
			return n.Load() - before
		}
		publishRun(300_000)
		return publishRun(310_000)
	}
	few, many := statements(1, 5), statements(2, 20)
	t.Logf("statements of a republished batch: 5 payslips → %d, 20 → %d", few, many)
	want := 1.0
	if f.Store.Dialect == dialect.Postgres {
		want = 0
	}
	if perSlip := float64(many-few) / 15; perSlip > want {
		t.Errorf("%.1f statements per republished payslip; want at most %.0f", perSlip, want)
	}
}
