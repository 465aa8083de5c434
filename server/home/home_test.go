package home_test

import (
	"context"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/leavetype"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/home"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

type world struct {
	*testworld.Portal
	lv  *leave.Service
	svc *home.Service
}

func newWorld(t *testing.T) *world {
	t.Helper()
	f := testworld.NewPortal(t)
	lv := &leave.Service{Client: f.C, Clock: f.Clk}
	lv.Gate = func(ctx context.Context, feat string) error { return f.Gate.Require(ctx, feature.Feature(feat)) }
	svc := &home.Service{Client: f.C, Clock: f.Clk, Gate: f.Gate, Payroll: f.Payroll, Leave: lv, Documents: f.Documents, Sick: f.Sick}
	// The leave scheme as Verlofregeling creates it (statutory hours expire on 1 July of
	// the next year, R28).
	for _, e := range []*ent.Employer{f.A1, f.B1} {
		if err := lv.OnProductActivated(f.Sys, f.C, e, leave.ProductLeavePolicy); err != nil {
			t.Fatal(err)
		}
	}
	return &world{Portal: f, lv: lv, svc: svc}
}

// book records ledger entries for m as staff of its employer.
func (w *world) book(m testworld.Member, e *ent.Employer, kind leave.Kind, hours float64, day date.Date, year int) {
	w.T.Helper()
	lt := w.C.LeaveType.Query().Where(leavetype.EmployerID(e.ID), leavetype.CategoryEQ(leavetype.CategorySTATUTORY)).OnlyX(w.Sys)
	staff := testworld.EmployerUser(e, "usr_leave_"+e.ID, viewer.ManagePayrollData, viewer.ViewEmployees)
	res, err := w.lv.RecordEntries(staff, []leave.EntryInput{{EmploymentID: m.Job.ID, LeaveTypeID: lt.ID, Kind: kind, Hours: hours, Date: day, Year: &year, Reason: "test"}})
	if err != nil || res[0].Error != nil {
		w.T.Fatalf("book: %v %v", err, res)
	}
}

// R23, R25, R26, R28: the home shows the newest visible payslip, the leave left with its
// next expiry, the documents new since Documenten was last opened, and the open sick
// report — of the employee alone.
func TestHomeAtAGlance(t *testing.T) {
	w := newWorld(t)
	ctx := w.Ann.Ctx()

	// Payslips: October and November are visible; December is published with a
	// visible-from date in the future (R23) and must not be the one shown.
	w.Publish(w.StaffA1, testworld.Slip(w.Ann, 2026, 10, 400_000), testworld.Slip(w.Ann, 2026, 11, 410_000))
	dec := testworld.Slip(w.Ann, 2026, 12, 990_000)
	later := date.New(2026, 12, 23)
	dec.VisibleFrom = &later
	w.Publish(w.StaffA1, dec, testworld.Slip(w.Bob, 2026, 11, 777_000))

	// Leave: 160 statutory hours of 2026, 16 taken; Bob's ledger is his own.
	w.book(w.Ann, w.A1, leave.KindAccrual, 160, date.New(2026, 1, 1), 2026)
	w.book(w.Ann, w.A1, leave.KindTaken, 16, date.New(2026, 3, 2), 2026)
	w.book(w.Bob, w.A1, leave.KindAccrual, 80, date.New(2026, 1, 1), 2026)

	// Documents: Ann's visible one and one for everyone count; a hidden one, Bob's and
	// another employer's do not (R26).
	w.AddDoc(w.StaffA1, w.A1, &w.Ann, "Contract", true)
	w.AddDoc(w.StaffA1, w.A1, nil, "Personeelsgids", true)
	hidden, _ := w.AddDoc(w.StaffA1, w.A1, &w.Ann, "Concept", false)
	w.AddDoc(w.StaffA1, w.A1, &w.Bob, "Bobs contract", true)
	w.AddDoc(w.ProviderP2, w.B1, nil, "Gids B1", true)

	g, err := w.svc.Of(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if g.LatestPayslip == nil || g.LatestPayslip.Period != 11 || g.LatestPayslip.NetCents != testworld.Slip(w.Ann, 2026, 11, 410_000).NetCents {
		t.Fatalf("latest payslip: %+v", g.LatestPayslip)
	}
	if g.Leave == nil || g.Leave.RemainingHours() != 144 {
		t.Fatalf("leave: %+v", g.Leave)
	}
	if g.Leave.NextExpiry == nil || *g.Leave.NextExpiry != date.New(2027, 7, 1) || g.Leave.NextExpiryHours() != 144 {
		t.Fatalf("next expiry: %v %v", g.Leave.NextExpiry, g.Leave.NextExpiryHours())
	}
	if g.NewDocuments == nil || *g.NewDocuments != 2 {
		t.Fatalf("new documents: %v, want 2", g.NewDocuments)
	}
	if !g.Absence || g.OpenSick != nil {
		t.Fatalf("absence: %v %v", g.Absence, g.OpenSick)
	}
	if g.OpenRequests == nil || len(g.OpenRequests) != 0 {
		t.Fatalf("open requests: %v", g.OpenRequests)
	}

	// Opening Documenten marks them seen; a document shown later is new again, also one
	// that was added hidden before (it counts from when it became visible).
	if _, err := w.svc.MarkDocumentsSeen(ctx); err != nil {
		t.Fatal(err)
	}
	if g, _ = w.svc.Of(ctx); *g.NewDocuments != 0 {
		t.Fatalf("after opening Documenten: %d new", *g.NewDocuments)
	}
	w.Clk.Advance(time.Hour)
	if _, _, err := w.Documents.SetDocumentVisibility(w.StaffA1, hidden.ID, true); err != nil {
		t.Fatal(err)
	}
	w.AddDoc(w.StaffA1, w.A1, &w.Bob, "Bobs brief", true)
	if g, _ = w.svc.Of(ctx); *g.NewDocuments != 1 {
		t.Fatalf("after one more document: %d new, want 1", *g.NewDocuments)
	}

	// R25: an open sick report shows until recovery is reported.
	if _, err := w.Sick.ReportSick(ctx, date.New(2026, 11, 23), nil); err != nil {
		t.Fatal(err)
	}
	if g, _ = w.svc.Of(ctx); g.OpenSick == nil || g.OpenSick.FirstSickDay != date.New(2026, 11, 23) {
		t.Fatalf("open sick report: %+v", g.OpenSick)
	}
	if g, _ = w.svc.Of(w.Bob.Ctx()); g.OpenSick != nil || g.Leave.RemainingHours() != 80 || g.LatestPayslip.GrossCents != 777_000 {
		t.Fatalf("Bob sees %+v", g)
	}
}

// R22: the home holds only the parts the employer's products include; a part that is off
// is absent, not an error. Staff have no home.
func TestHomeOnlyWhatTheProductsInclude(t *testing.T) {
	w := newWorld(t)
	w.Publish(w.StaffA2, testworld.Slip(w.Eva, 2026, 10, 300_000))
	g, err := w.svc.Of(w.Eva.Ctx()) // A2: MijnLoket only (Start)
	if err != nil {
		t.Fatal(err)
	}
	if g.LatestPayslip == nil || g.Leave != nil || g.NewDocuments != nil || g.Absence || g.OpenSick != nil || g.OpenRequests != nil {
		t.Fatalf("Start employer's home: %+v", g)
	}
	if _, err := w.svc.MarkDocumentsSeen(w.Eva.Ctx()); apperr.CodeOf(err) != apperr.FeatureNotActive {
		t.Fatalf("markDocumentsSeen without DOCUMENTS: %v", err)
	}
	g, err = w.svc.Of(w.Fien.Ctx()) // A3: no MijnLoket, no portal features at all
	if err != nil || g.LatestPayslip != nil || g.Leave != nil || g.NewDocuments != nil {
		t.Fatalf("employer without MijnLoket: %+v %v", g, err)
	}
	if g, err := w.svc.Of(w.StaffA1); g != nil || err != nil {
		t.Fatalf("staff: %+v %v", g, err)
	}
}

// R28: hours used before the expiry date are taken from the oldest year first, so the
// next expiry shows what will really be lost.
func TestHomeNextExpiryCountsLeaveTakenBefore(t *testing.T) {
	w := newWorld(t)
	w.book(w.Ann, w.A1, leave.KindAccrual, 40, date.New(2025, 1, 1), 2025) // expires 1 July 2026: passed
	w.book(w.Ann, w.A1, leave.KindAccrual, 100, date.New(2026, 1, 1), 2026)
	w.book(w.Ann, w.A1, leave.KindTaken, 50, date.New(2026, 2, 2), 2026)
	g, err := w.svc.Of(w.Ann.Ctx())
	if err != nil {
		t.Fatal(err)
	}
	// 140 accrued, 50 taken: 90 left. The 50 took 2025's 40 first, then 10 of 2026:
	// 90 of 2026 expire on 1 July 2027.
	if g.Leave.RemainingHours() != 90 || g.Leave.NextExpiry == nil || *g.Leave.NextExpiry != date.New(2027, 7, 1) || g.Leave.NextExpiryHours() != 90 {
		t.Fatalf("leave: %v, expiry %v %v", g.Leave.RemainingHours(), g.Leave.NextExpiry, g.Leave.NextExpiryHours())
	}
}
