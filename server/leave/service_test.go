package leave_test

import (
	"testing"

	"github.com/werkportaal/werkportaal/ent/leavetype"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// R28: activating Verlofregeling (or Verlofregistratie) gives the employer the Dutch
// default scheme, with audit events; activating again keeps what the employer set.
func TestActivationCreatesDefaultScheme(t *testing.T) {
	f := newFixture(t)
	for _, e := range []string{f.A1.ID, f.A2.ID, f.B1.ID} {
		sc, err := f.svc.Scheme(f.sys, e)
		if err != nil || sc == nil || len(sc.Types) != 2 {
			t.Fatalf("scheme of %s: %+v, %v", e, sc, err)
		}
		stat, extra := sc.Types[0], sc.Types[1]
		if stat.Category != leave.Statutory || stat.WeeksPerYear != 4 || *stat.ExpiryMonths != 6 || !stat.Vacation || stat.Accrual != leave.AccrualYearly {
			t.Errorf("statutory default %+v", stat)
		}
		if extra.Category != leave.ExtraStatutory || extra.WeeksPerYear != 0 || *extra.ExpiryMonths != 60 {
			t.Errorf("extra-statutory default %+v", extra)
		}
		if sc.Holidays.GoodFriday || sc.Holidays.LiberationDay != leave.LiberationLustrum {
			t.Errorf("holiday defaults %+v", sc.Holidays)
		}
	}
	if n := f.audits(string(leave.ActionSchemeCreated)); n != 3 {
		t.Errorf("%d LEAVE_SCHEME_CREATED events, want 3", n)
	}
	if n := f.audits(string(leave.ActionTypeCreated)); n != 6 {
		t.Errorf("%d LEAVE_TYPE_CREATED events, want 6", n)
	}
	// A2 adds Verlofregeling to Verlofregistratie: the scheme it has stays.
	hr := staff(f.A2, all()...)
	if _, err := f.svc.UpdateType(hr, f.typeOf(f.A2, leave.ExtraStatutory).ID, leave.TypeInput{WeeksPerYear: ptr(1.0)}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.products.Activate(provider(f.P1, viewer.ManageProducts), f.A2.ID, leave.ProductLeavePolicy); err != nil {
		t.Fatal(err)
	}
	if got := f.typeOf(f.A2, leave.ExtraStatutory).WeeksPerYear; got != 1 {
		t.Errorf("extra-statutory weeks after activation %v, want the employer's 1", got)
	}
	if n := f.c.LeaveType.Query().Where(leavetype.EmployerID(f.A2.ID)).CountX(f.sys); n != 2 {
		t.Errorf("%d types at A2, want 2", n)
	}
	// Another product creates nothing.
	other := f.activate(f.w.Employer(f.P1, "Charlie BV", "1003"), "WORKFLOW_EDITOR")
	if sc, err := f.svc.Scheme(f.sys, other.ID); err != nil || sc != nil {
		t.Errorf("scheme without a leave product: %+v, %v", sc, err)
	}
}

// R28: leave types under MANAGE_HR_SETTINGS; bad input is a userError and changes
// nothing; another tenant's employer or type is NOT_FOUND.
func TestLeaveTypes(t *testing.T) {
	f := newFixture(t)
	hr := staff(f.A1, all()...)
	adv, err := f.svc.CreateType(hr, f.A1.ID, leave.TypeInput{Name: ptr("ADV"), Category: ptr(leave.WorkingTimeReduction),
		WeeksPerYear: ptr(2.4), Accrual: ptr(leave.AccrualMonthly), NeverExpires: true})
	if err != nil {
		t.Fatal(err)
	}
	if adv.ExpiryMonths != nil || adv.Accrual != leave.AccrualMonthly || adv.Vacation {
		t.Errorf("ADV %+v", adv)
	}
	if n := f.audits(string(leave.ActionTypeCreated)); n != 7 {
		t.Errorf("%d LEAVE_TYPE_CREATED events, want 7", n)
	}
	before := f.c.LeaveType.Query().CountX(f.sys)
	events := f.c.AuditEvent.Query().CountX(f.sys)
	bad := []struct {
		name string
		in   leave.TypeInput
		code apperr.UserCode
	}{
		{"empty name", leave.TypeInput{Name: ptr(" "), Category: ptr(leave.Other)}, leave.CodeInvalidLeaveType},
		{"unknown category", leave.TypeInput{Name: ptr("X"), Category: ptr(leave.Category("SABBATICAL"))}, leave.CodeInvalidLeaveType},
		{"weeks", leave.TypeInput{Name: ptr("X"), Category: ptr(leave.Other), WeeksPerYear: ptr(-1.0)}, leave.CodeInvalidLeaveType},
		{"expiry", leave.TypeInput{Name: ptr("X"), Category: ptr(leave.Other), ExpiryMonths: ptr(0)}, leave.CodeInvalidLeaveType},
		{"second statutory", leave.TypeInput{Name: ptr("Wettelijk 2"), Category: ptr(leave.Statutory), WeeksPerYear: ptr(4.0)}, leave.CodeStatutoryExists},
		{"statutory not 4 weeks", leave.TypeInput{Name: ptr("Wettelijk 2"), Category: ptr(leave.Statutory), WeeksPerYear: ptr(3.0)}, leave.CodeInvalidLeaveType},
		{"duplicate name", leave.TypeInput{Name: ptr("ADV"), Category: ptr(leave.Other)}, leave.CodeDuplicateName},
	}
	for _, c := range bad {
		_, err := f.svc.CreateType(hr, f.A1.ID, c.in)
		var ue *apperr.UserError
		if ue, _ = apperr.AsUser(err); ue == nil || ue.Code != c.code {
			t.Errorf("%s: %v, want %s", c.name, err, c.code)
		}
	}
	stat := f.typeOf(f.A1, leave.Statutory)
	if _, err := f.svc.UpdateType(hr, stat.ID, leave.TypeInput{WeeksPerYear: ptr(5.0)}); err == nil {
		t.Error("statutory weeks changed to 5")
	}
	if _, err := f.svc.UpdateType(hr, stat.ID, leave.TypeInput{ExpiryMonths: ptr(3)}); err == nil {
		t.Error("statutory expiry shortened to 3 months")
	}
	if _, err := f.svc.UpdateType(hr, stat.ID, leave.TypeInput{Category: ptr(leave.Other)}); err == nil {
		t.Error("category changed")
	}
	if n := f.c.LeaveType.Query().CountX(f.sys); n != before {
		t.Errorf("bad input changed the types: %d, want %d", n, before)
	}
	if n := f.c.AuditEvent.Query().CountX(f.sys); n != events {
		t.Errorf("bad input wrote %d audit events", n-events)
	}
	// Rights and tenants.
	_, err = f.svc.CreateType(staff(f.A1, without(viewer.ManageHRSettings)...), f.A1.ID, leave.TypeInput{Name: ptr("Y"), Category: ptr(leave.Other)})
	wantCode(t, err, apperr.Forbidden)
	_, err = f.svc.CreateType(employee(f.employment(f.A1, "Ann", date.New(2020, 1, 1))), f.A1.ID, leave.TypeInput{Name: ptr("Y"), Category: ptr(leave.Other)})
	wantCode(t, err, apperr.Forbidden)
	_, err = f.svc.UpdateType(staff(f.A2, all()...), adv.ID, leave.TypeInput{Name: ptr("Mine")})
	wantCode(t, err, apperr.NotFound)
	_, err = f.svc.UpdateType(provider(f.P2, all()...), adv.ID, leave.TypeInput{Name: ptr("Mine")})
	wantCode(t, err, apperr.NotFound)
	_, err = f.svc.CreateType(provider(f.P2, all()...), f.A1.ID, leave.TypeInput{Name: ptr("Z"), Category: ptr(leave.Other)})
	wantCode(t, err, apperr.NotFound)
	_, err = f.svc.CreateType(staff(f.A2, all()...), f.A1.ID, leave.TypeInput{Name: ptr("Z"), Category: ptr(leave.Other)})
	wantCode(t, err, apperr.NotFound)
	_, err = f.svc.Scheme(provider(f.P2, all()...), f.A1.ID)
	wantCode(t, err, apperr.NotFound)
	_, err = f.svc.Scheme(staff(f.A2, all()...), f.A1.ID)
	wantCode(t, err, apperr.NotFound)
	// The provider's own staff may update A1's type; the update is audited.
	upd, err := f.svc.UpdateType(provider(f.P1, all()...), adv.ID, leave.TypeInput{Name: ptr("ADV-dagen"), ExpiryMonths: ptr(12)})
	if err != nil || upd.Name != "ADV-dagen" || upd.ExpiryMonths == nil || *upd.ExpiryMonths != 12 || upd.Accrual != leave.AccrualMonthly {
		t.Fatalf("update: %+v, %v", upd, err)
	}
	upd, err = f.svc.UpdateType(hr, adv.ID, leave.TypeInput{NeverExpires: true})
	if err != nil || upd.ExpiryMonths != nil {
		t.Fatalf("never expires: %+v, %v", upd, err)
	}
	if n := f.audits(string(leave.ActionTypeUpdated)); n != 2 {
		t.Errorf("%d LEAVE_TYPE_UPDATED events, want 2", n)
	}
	// Holidays.
	sc, err := f.svc.SetHolidays(hr, f.A1.ID, leave.HolidaySettings{GoodFriday: true, LiberationDay: leave.LiberationYearly})
	if err != nil || !sc.Holidays.GoodFriday || sc.Holidays.LiberationDay != leave.LiberationYearly {
		t.Fatalf("holidays: %+v, %v", sc, err)
	}
	_, err = f.svc.SetHolidays(hr, f.A1.ID, leave.HolidaySettings{LiberationDay: "SOMETIMES"})
	wantUser(t, err, leave.CodeInvalidLeaveType)
	_, err = f.svc.SetHolidays(provider(f.P2, all()...), f.A1.ID, leave.HolidaySettings{LiberationDay: leave.LiberationNever})
	wantCode(t, err, apperr.NotFound)
}

// R29: work patterns under MANAGE_HR_SETTINGS, readable with VIEW_EMPLOYEES; another
// tenant's employment is NOT_FOUND.
func TestWorkPatterns(t *testing.T) {
	f := newFixture(t)
	job := f.employment(f.A1, "Ann", date.New(2020, 1, 1))
	other := f.employment(f.A2, "Bob", date.New(2020, 1, 1))
	hr := staff(f.A1, all()...)
	p := abPattern()
	got, err := f.svc.SetWorkPattern(hr, job.ID, p, leave.SourceStaff)
	if err != nil {
		t.Fatal(err)
	}
	if got.Pattern.WeeklyAverage() != h(32) || got.Pattern.Anchor != p.Anchor || got.AccruesFrom != date.New(2026, 3, 2) {
		t.Errorf("stored %+v", got)
	}
	// Sync replaces it with one week; the anchor goes.
	one := leave.Pattern{Weeks: []leave.Week{{h(7.6), h(7.6), h(7.6), h(7.6), h(7.6)}}, Anchor: date.New(2026, 1, 1)}
	// Setting an employee's pattern needs sight of the employee too (VIEW_EMPLOYEES):
	// the employment is read through the same privacy rules as the employments list.
	_, err = f.svc.SetWorkPattern(integrator(f.P1, viewer.ManageHRSettings), job.ID, one, leave.SourceSync)
	wantCode(t, err, apperr.Forbidden)
	if _, err := f.svc.SetWorkPattern(integrator(f.P1, viewer.ManageHRSettings, viewer.ViewEmployees), job.ID, one, leave.SourceSync); err != nil {
		t.Fatal(err)
	}
	read, err := f.svc.WorkPatternOf(staff(f.A1, viewer.ViewEmployees), job.ID)
	if err != nil || read == nil || read.Pattern.WeeklyAverage() != h(38) || !read.Pattern.Anchor.IsZero() || read.Source != leave.SourceSync {
		t.Fatalf("staff reads %+v, %v", read, err)
	}
	// Employees will read their pattern in the portal behind the feature gate (R22).
	_, err = f.svc.WorkPatternOf(employee(job), job.ID)
	wantCode(t, err, apperr.Forbidden)
	if n := f.audits(string(leave.ActionWorkPatternSet)); n != 2 {
		t.Errorf("%d WORK_PATTERN_SET events, want 2", n)
	}
	// Bad input changes nothing.
	_, err = f.svc.SetWorkPattern(hr, job.ID, leave.Pattern{Weeks: []leave.Week{{h(25)}}}, leave.SourceStaff)
	wantUser(t, err, leave.CodeInvalidWorkPattern)
	if read, _ := f.svc.WorkPatternOf(f.sys, job.ID); read.Pattern.WeeklyAverage() != h(38) {
		t.Error("a bad pattern changed the stored one")
	}
	// Rights and tenants.
	_, err = f.svc.SetWorkPattern(staff(f.A1, without(viewer.ManageHRSettings)...), job.ID, p, leave.SourceStaff)
	wantCode(t, err, apperr.Forbidden)
	_, err = f.svc.SetWorkPattern(employee(job), job.ID, p, leave.SourceStaff)
	wantCode(t, err, apperr.Forbidden)
	_, err = f.svc.SetWorkPattern(staff(f.A2, all()...), job.ID, p, leave.SourceStaff)
	wantCode(t, err, apperr.NotFound)
	_, err = f.svc.SetWorkPattern(provider(f.P2, all()...), job.ID, p, leave.SourceStaff)
	wantCode(t, err, apperr.NotFound)
	_, err = f.svc.WorkPatternOf(employee(other), job.ID)
	wantCode(t, err, apperr.Forbidden)
	_, err = f.svc.WorkPatternOf(provider(f.P2, all()...), job.ID)
	wantCode(t, err, apperr.NotFound)
	_, err = f.svc.WorkPatternOf(staff(f.A1, without(viewer.ViewEmployees)...), job.ID)
	wantCode(t, err, apperr.Forbidden)
	if w, err := f.svc.WorkPatternOf(hr, other.ID); apperr.CodeOf(err) != apperr.NotFound || w != nil {
		t.Errorf("A1 staff read A2's pattern: %+v, %v", w, err)
	}
}

// R29: the hours of a period come from the employment's pattern minus the public
// holidays its employer gives off: Good Friday and Liberation Day only when set.
func TestPeriodHours(t *testing.T) {
	f := newFixture(t)
	job := f.employment(f.A1, "Ann", date.New(2020, 1, 1))
	other := f.employment(f.B1, "Bob", date.New(2020, 1, 1))
	hr := staff(f.A1, all()...)
	_, err := f.svc.PeriodHours(hr, job.ID, date.New(2026, 4, 1), date.New(2026, 4, 30))
	wantUser(t, err, leave.CodeNoWorkPattern)
	if _, err := f.svc.SetWorkPattern(hr, job.ID, abPattern(), leave.SourceStaff); err != nil {
		t.Fatal(err)
	}
	// 2026-03-30…2026-05-10: weeks A (Good Friday 3 April), B (Easter Monday), A, B,
	// A (King's Day 27 April), B (Liberation Day Tuesday 5 May): 3 × 40 + 3 × 24 = 192
	// on the pattern; Easter Monday and King's Day always off: 176.
	first, last := date.New(2026, 3, 30), date.New(2026, 5, 10)
	got, err := f.svc.PeriodHours(hr, job.ID, first, last)
	if err != nil || got != h(176) {
		t.Fatalf("default scheme: %v h, %v; want 176", got.Hours(), err)
	}
	if _, err := f.svc.SetHolidays(hr, f.A1.ID, leave.HolidaySettings{GoodFriday: true, LiberationDay: leave.LiberationYearly}); err != nil {
		t.Fatal(err)
	}
	if got, err = f.svc.PeriodHours(hr, job.ID, first, last); err != nil || got != h(160) {
		t.Fatalf("with Good Friday and Liberation Day off: %v h, %v; want 160", got.Hours(), err)
	}
	_, err = f.svc.PeriodHours(hr, job.ID, last, first)
	wantCode(t, err, apperr.BadRequest)
	_, err = f.svc.PeriodHours(hr, job.ID, first, first.AddDays(400))
	wantCode(t, err, apperr.BadRequest)
	_, err = f.svc.PeriodHours(provider(f.P2, all()...), job.ID, first, last)
	wantCode(t, err, apperr.NotFound)
	_, err = f.svc.PeriodHours(hr, other.ID, first, last)
	wantCode(t, err, apperr.NotFound)
	_, err = f.svc.PeriodHours(staff(f.A1, without(viewer.ViewEmployees)...), job.ID, first, last)
	wantCode(t, err, apperr.Forbidden)
}
