package sick_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/migrate"
	"github.com/werkportaal/werkportaal/ent/sickreport"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/sick"
	"github.com/werkportaal/werkportaal/server/testworld"
)

func ptr[T any](v T) *T { return &v }

// R25: the first sick day is not after today (Dutch time), hours worked are 0–24, one
// open report at a time, and recovery is not before the first sick day.
func TestSickAndRecoveryValidation(t *testing.T) {
	f := testworld.NewPortal(t)
	ann := f.Ann.Ctx()
	today := date.New(2026, 11, 24)

	_, err := f.Sick.ReportSick(ann, today.AddDays(1), nil)
	testworld.WantUserError(t, err, sick.CodeFirstSickDayInFuture, "firstSickDay")
	for _, h := range []float64{-0.5, 24.01, 100} {
		_, err = f.Sick.ReportSick(ann, today, &h)
		testworld.WantUserError(t, err, sick.CodeHoursWorkedOutOfRange, "hoursWorked")
	}
	// Just after midnight in Amsterdam it is already the next day (23:30 UTC).
	f.Clk.Set(time.Date(2026, 11, 24, 23, 30, 0, 0, time.UTC))
	rep, err := f.Sick.ReportSick(ann, today.AddDays(1), ptr(3.333))
	if err != nil {
		t.Fatalf("report sick today (Dutch time): %v", err)
	}
	if rep.FirstSickDay != today.AddDays(1) || rep.HoursWorked == nil || *rep.HoursWorked != 3.33 || rep.RecoveryDate != nil ||
		rep.ReportedByKind != sickreport.ReportedByKindEMPLOYEE || rep.ReportedByID != f.Ann.Acc.ID || rep.ReportedByName != "Ann Jansen" ||
		!rep.ReportedAt.Equal(f.Clk.Now()) || rep.EmployerID != f.A1.ID {
		t.Errorf("report: %+v", rep)
	}
	_, err = f.Sick.ReportSick(ann, today, nil)
	testworld.WantUserError(t, err, sick.CodeAlreadyReportedSick)

	if open := testworld.Must[*ent.SickReport](t)(f.Sick.MyOpenSickReport(ann)); open == nil || open.ID != rep.ID {
		t.Errorf("open report: %v", open)
	}
	// It reached the employer: staff see it in the overview; others do not.
	q := testworld.Must[*ent.SickReportQuery](t)(f.Sick.EmployerSickReports(f.StaffA1, f.A1.ID, ptr(true)))
	if ids := testworld.Must[[]string](t)(q.IDs(f.StaffA1)); !slices.Equal(ids, []string{rep.ID}) {
		t.Errorf("A1 staff overview: %v", ids)
	}
	for _, who := range []struct {
		name string
		q    func() (int, error)
	}{
		{"A2 staff", func() (int, error) {
			q, _ := f.Sick.EmployerSickReports(f.StaffA2, f.A1.ID, nil)
			return q.Count(f.StaffA2)
		}},
		{"P2 staff", func() (int, error) {
			q, _ := f.Sick.EmployerSickReports(f.ProviderP2, f.A1.ID, nil)
			return q.Count(f.ProviderP2)
		}},
		{"Bob", func() (int, error) {
			rs, err := f.Sick.PersonSickReports(f.Bob.Ctx(), f.Ann.P.ID)
			return len(rs), err
		}},
	} {
		if n, _ := who.q(); n != 0 {
			t.Errorf("%s sees %d of Ann's sick reports", who.name, n)
		}
	}
	if _, err := f.Sick.EmployerSickReports(ann, f.A1.ID, nil); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("employee reads the employer overview: %v", err)
	}
	q = testworld.Must[*ent.SickReportQuery](t)(f.Sick.EmployerSickReports(f.NoViewA1, f.A1.ID, nil))
	if _, err := q.Count(f.NoViewA1); err == nil {
		t.Error("staff without VIEW_EMPLOYEES read sick reports")
	}
	if _, err := f.Sick.ReportSick(f.StaffA1, today, nil); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("staff reports sick in the portal: %v", err)
	}

	// Recovery.
	_, err = f.Sick.ReportRecovered(ann, today)
	testworld.WantUserError(t, err, sick.CodeRecoveryBeforeFirstSickDay, "recoveryDate")
	rec, err := f.Sick.ReportRecovered(ann, today.AddDays(1))
	if err != nil || rec.ID != rep.ID || rec.RecoveryDate == nil || *rec.RecoveryDate != today.AddDays(1) || rec.RecoveryReportedAt == nil {
		t.Fatalf("recovered: %+v %v", rec, err)
	}
	_, err = f.Sick.ReportRecovered(ann, today.AddDays(2))
	testworld.WantUserError(t, err, sick.CodeNotReportedSick, "recoveryDate")
	if open := testworld.Must[*ent.SickReport](t)(f.Sick.MyOpenSickReport(ann)); open != nil {
		t.Errorf("still open: %v", open)
	}
	// A new spell may start after that; hours 0 and 24 are fine.
	f.Clk.Set(time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC))
	if _, err := f.Sick.ReportSick(ann, date.New(2026, 12, 3), ptr(24.0)); err != nil {
		t.Errorf("hours 24: %v", err)
	}
	if _, err := f.Sick.ReportSick(f.Bob.Ctx(), date.New(2026, 12, 1), ptr(0.0)); err != nil {
		t.Errorf("hours 0: %v", err)
	}
	mine := testworld.Must[[]*ent.SickReport](t)(f.Sick.MySickReports(ann))
	if len(mine) != 2 || mine[0].FirstSickDay != date.New(2026, 12, 3) {
		t.Errorf("Ann's reports newest first: %v", mine)
	}
}

// R25: no diagnosis is ever asked or stored. The sick_reports table has exactly these
// columns, so a new column (a diagnosis, a reason, free text) fails this test until
// someone looks at it; and nothing in it sounds medical.
func TestNoDiagnosisField(t *testing.T) {
	want := []string{
		"id", "created_at", "updated_at", "provider_id", "employer_id", "first_sick_day", "hours_worked",
		"reported_at", "reported_by_kind", "reported_by_id", "reported_by_name", "recovery_date",
		"recovery_reported_at", "person_id", "recovery_reported_by_name", "poortwachter_steps_done",
	}
	var got []string
	for _, c := range migrate.SickReportsTable.Columns {
		got = append(got, c.Name)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("sick_reports columns %v, want exactly %v", got, want)
	}
	if len(sickreport.Columns) != len(want) {
		t.Errorf("sickreport.Columns %v", sickreport.Columns)
	}
	for _, c := range append(got, sickreport.Columns...) {
		for _, bad := range forbiddenWords {
			if strings.Contains(strings.ToLower(c), bad) {
				t.Errorf("sick report column %q looks like medical information (%s)", c, bad)
			}
		}
	}
}

// forbiddenWords would name medical information in English or Dutch.
var forbiddenWords = []string{"diagnos", "illness", "disease", "symptom", "medical", "medisch", "ziekte", "klacht", "oorzaak", "reason", "cause", "note", "remark", "comment", "opmerking", "description", "omschrijving"}
