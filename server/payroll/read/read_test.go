package read_test

import (
	"context"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/payroll/read"
	"github.com/werkportaal/werkportaal/server/testworld"
)

// A payslip becomes visible to the employee on its visible-from date, decided by the
// injected clock in Dutch time; staff see it at once.
func TestPayslipVisibleFromByClock(t *testing.T) {
	f := testworld.NewPortal(t)
	in := testworld.Slip(f.Ann, 2026, 12, 310_000)
	vis := date.New(2026, 12, 23)
	in.VisibleFrom = &vis
	id := f.Publish(f.StaffA1, in).Payslips[0].ID

	count := func() int {
		q := testworld.Must[*ent.PayslipQuery](t)(f.Payroll.MyPayslips(f.Ann.Ctx(), ""))
		return len(testworld.Must[[]*ent.Payslip](t)(q.All(clockCtx(f, f.Ann.Ctx()))))
	}
	lines := func() int {
		return f.C.PayslipLine.Query().Where(payslipline.PayslipID(id)).CountX(clockCtx(f, f.Ann.Ctx()))
	}
	series := func() int {
		return len(testworld.Must[[]read.SalaryPoint](t)(f.Payroll.SalarySeries(f.Ann.Ctx(), 24, "")))
	}

	for _, at := range []time.Time{
		testworld.PortalStart,
		time.Date(2026, 12, 22, 22, 59, 0, 0, time.UTC), // 23:59 on the 22nd in Amsterdam
	} {
		f.Clk.Set(at)
		if n := count(); n != 0 {
			t.Errorf("at %s the employee sees %d payslips, want 0", at, n)
		}
		if n := lines(); n != 0 {
			t.Errorf("at %s the employee sees %d payslip lines, want 0", at, n)
		}
		if n := series(); n != 0 {
			t.Errorf("at %s the salary chart has %d points", at, n)
		}
		if _, err := f.Payroll.PayslipPDF(f.Ann.Ctx(), id); apperr.CodeOf(err) != apperr.NotFound {
			t.Errorf("at %s the PDF: want NOT_FOUND, got %v", at, err)
		}
		// Staff see it before.
		if _, err := f.Payroll.PayslipPDF(f.StaffA1, id); err != nil {
			t.Errorf("staff PDF before visible: %v", err)
		}
	}
	f.Clk.Set(time.Date(2026, 12, 22, 23, 0, 0, 0, time.UTC)) // midnight in Amsterdam: the 23rd
	if n := count(); n != 1 {
		t.Errorf("on the visible-from date the employee sees %d payslips, want 1", n)
	}
	if n := lines(); n != 6 {
		t.Errorf("on the visible-from date the employee sees %d lines, want 6", n)
	}
	if n := series(); n != 1 {
		t.Errorf("salary chart has %d points, want 1", n)
	}
	if _, err := f.Payroll.PayslipPDF(f.Ann.Ctx(), id); err != nil {
		t.Errorf("PDF on the visible-from date: %v", err)
	}
}

// clockCtx carries the fixture's clock, as the app's middleware does for every request.
func clockCtx(f *testworld.Portal, ctx context.Context) context.Context {
	return clock.NewContext(ctx, f.Clk)
}
