package leave_test

import (
	"context"
	"testing"

	"github.com/werkportaal/werkportaal/ent/leaveentry"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// R28: a line of the leave card is summed from the ledger: the year's accruals and
// corrections are its entitlement, its taken and planned hours are its own, and what
// remains is every entry of the year and the years before, later years left out.
func TestCardYear(t *testing.T) {
	es := []leave.Entry{
		{Kind: leave.KindAccrual, Year: 2025, Minutes: h(100)},
		{Kind: leave.KindTaken, Year: 2025, Minutes: -h(80)},
		{Kind: leave.KindExpiry, Year: 2025, Minutes: -h(5)},
		{Kind: leave.KindAccrual, Year: 2026, Minutes: h(152)},
		{Kind: leave.KindCorrection, Year: 2026, Minutes: -h(2)},
		{Kind: leave.KindTaken, Year: 2026, Minutes: -h(40)},
		{Kind: leave.KindPlanned, Year: 2026, Minutes: -h(8)},
		{Kind: leave.KindPlanned, Year: 2027, Minutes: -h(16)},
	}
	l, show := leave.CardYear(es, 2026)
	if !show || l.Entitlement != h(150) || l.Taken != h(40) || l.Planned != h(8) || l.Remaining != h(15+150-48) {
		t.Errorf("2026: %+v", l)
	}
	l, show = leave.CardYear(es, 2025)
	if !show || l.Entitlement != h(100) || l.Taken != h(80) || l.Remaining != h(15) {
		t.Errorf("2025: %+v", l)
	}
	if _, show = leave.CardYear(es[:3], 2024); show {
		t.Error("a year before any entry is shown")
	}
	// A year without entries of its own is shown while something is carried into it.
	if l, show = leave.CardYear(es[:3], 2026); !show || l.Remaining != h(15) || l.Entitlement != 0 {
		t.Errorf("carried: %+v %v", l, show)
	}
}

// R28 and setLeaveBalances: an opening balance is not stored as a total but written as
// ledger entries that bring the year to the numbers sent, the carry-over dated in the
// year before; sending it again writes nothing; an employer without a scheme gets one
// with the type of the kind sent; the card is read through the ledger's privacy rules.
func TestOpeningBalances(t *testing.T) {
	f := newFixture(t)
	c1 := f.employer(f.P1, "Charlie BV", "1003") // no leave products at all
	job := f.employment(c1, "Ann", date.New(2020, 1, 1))
	colleague := f.employment(c1, "Bob", date.New(2020, 1, 1))
	ig := integrator(f.P1, viewer.ManagePayrollData)
	set := func(rows ...leave.OpeningBalance) []*leave.CardLine {
		t.Helper()
		out, err := f.svc.SetOpeningBalances(ig, f.c, rows)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	row := leave.OpeningBalance{Employment: job, Year: 2026, Category: leave.Statutory,
		Entitlement: h(152), Taken: h(60.8), Planned: h(15.2), Remaining: h(100)}
	got := set(row, leave.OpeningBalance{Employment: job, Year: 2026, Category: leave.WorkingTimeReduction, Entitlement: h(24), Remaining: h(24)})
	if l := got[0]; l.Entitlement != h(152) || l.Taken != h(60.8) || l.Planned != h(15.2) || l.Remaining != h(100) ||
		l.Expiry == nil || *l.Expiry != date.New(2027, 7, 1) || l.Type.Category != leave.Statutory {
		t.Fatalf("statutory: %+v", l)
	}
	if got[1].Type.Name != "ADV" || got[1].Expiry != nil || got[1].Remaining != h(24) {
		t.Errorf("ADV: %+v", got[1])
	}
	if f.audits(string(leave.ActionSchemeCreated)) == 0 || f.typeOf(c1, leave.Statutory).Name != "Wettelijk verlof" {
		t.Error("no scheme and statutory type created for the employer")
	}
	// 152 − 60.8 − 15.2 = 76; the other 24 are carried over from 2025.
	carried := f.c.LeaveEntry.Query().Where(leaveentry.EmploymentID(job.ID), leaveentry.Year(2025)).OnlyX(f.sys)
	if carried.Minutes != int64(h(24)) || carried.Kind != leaveentry.KindCORRECTION || carried.Date != date.New(2025, 12, 31) ||
		carried.Source != leaveentry.SourceOPENING_BALANCE || carried.Reason == "" {
		t.Errorf("carry-over entry: %+v", carried)
	}
	n := f.c.LeaveEntry.Query().CountX(f.sys)
	again := set(row)
	if f.c.LeaveEntry.Query().CountX(f.sys) != n || again[0].ID() != got[0].ID() {
		t.Errorf("the same balance again wrote entries or changed the ID")
	}
	row.Taken = h(68.4)
	row.Remaining = h(92.4)
	if l := set(row)[0]; l.Taken != h(68.4) || l.Remaining != h(92.4) || l.Entitlement != h(152) {
		t.Errorf("update: %+v", l)
	}
	if f.c.LeaveEntry.Query().CountX(f.sys) != n+1 {
		t.Errorf("an update of taken hours wrote %d entries, want 1", f.c.LeaveEntry.Query().CountX(f.sys)-n)
	}

	// The card: the employee's own, the newest year up to this year by default.
	mine, err := f.svc.PersonCard(employee(job), job.PersonID, nil)
	if err != nil || len(mine) != 2 || mine[0].Year != 2026 || mine[0].Type.Category != leave.Statutory {
		t.Fatalf("Ann's card: %v %v", mine, err)
	}
	last, _ := f.svc.PersonCard(employee(job), job.PersonID, ptr(2025))
	if len(last) != 1 || last[0].Remaining != h(24) {
		t.Errorf("Ann's 2025: %+v", last)
	}
	// Nobody else: a colleague, staff without VIEW_EMPLOYEES, another provider.
	for name, ctx := range map[string]context.Context{
		"colleague":      employee(colleague),
		"no right":       staff(c1, without(viewer.ViewEmployees)...),
		"other provider": provider(f.P2, all()...),
	} {
		if lines, err := f.svc.PersonCard(ctx, job.PersonID, nil); err != nil || len(lines) != 0 {
			t.Errorf("%s reads Ann's card: %d lines, %v", name, len(lines), err)
		}
		if _, err := f.svc.CardLineByID(ctx, mine[0].ID()); apperr.CodeOf(err) != apperr.NotFound {
			t.Errorf("%s resolves Ann's card line: %v", name, err)
		}
	}
	if lines, _ := f.svc.PersonCard(staff(c1, viewer.ViewEmployees), job.PersonID, nil); len(lines) != 2 {
		t.Errorf("staff with VIEW_EMPLOYEES: %d lines", len(lines))
	}
	byID, err := f.svc.CardLineByID(employee(job), mine[0].ID())
	if err != nil || byID.ID() != mine[0].ID() || byID.Remaining != h(92.4) {
		t.Errorf("by ID: %+v %v", byID, err)
	}
	if !leave.IsCardID(mine[0].ID()) || leave.IsCardID(job.ID) {
		t.Error("IsCardID")
	}
}
