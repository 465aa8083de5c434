package read_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	"github.com/werkportaal/werkportaal/ent/workpattern"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/payroll/publish"
	"github.com/werkportaal/werkportaal/server/payroll/read"
	"github.com/werkportaal/werkportaal/server/salary"
	"github.com/werkportaal/werkportaal/server/testworld"
)

// salarySlip is a month's payslip of m with a regular salary, an optional pension
// premium and optional holiday allowance, as payroll would publish it.
func salarySlip(m testworld.Member, year, month int, salaryCents, pensionCents, holidayCents int64) publish.PayslipInput {
	lines := []publish.LineInput{{Code: "1000", Description: "Salaris", AmountCents: salaryCents, Category: payslipline.CategoryEARNINGS}}
	if holidayCents > 0 {
		lines = append(lines, publish.LineInput{Code: "1100", Description: "Uitbetaling vakantietoeslag", AmountCents: holidayCents, Category: payslipline.CategoryEARNINGS})
	}
	gross := salaryCents + holidayCents
	tax := gross / 10
	lines = append(lines, publish.LineInput{Code: "5000", Description: "Loonheffing", AmountCents: tax, Category: payslipline.CategoryDEDUCTIONS})
	if pensionCents > 0 {
		lines = append(lines, publish.LineInput{Code: "5100", Description: "Pensioenpremie werknemer", AmountCents: pensionCents, Category: payslipline.CategoryDEDUCTIONS})
	}
	return publish.PayslipInput{
		EmploymentID: m.Job.ID, PeriodType: payslip.PeriodTypeMONTH, Year: year, Period: month,
		RunDate: date.New(year, time.Month(month), 20), GrossCents: gross, NetCents: gross - tax - pensionCents, Lines: lines,
	}
}

// workWeek gives m's employment a work pattern of hoursPerDay on Monday to Friday (R29).
func workWeek(f *testworld.Portal, m testworld.Member, minutesPerDay int) {
	f.T.Helper()
	d := minutesPerDay
	f.C.WorkPattern.Create().SetPersonID(m.P.ID).SetEmploymentID(m.Job.ID).SetWeeks([][]int{{d, d, d, d, d, 0, 0}}).SetSource(workpattern.SourceSTAFF).
		SetAccruesFrom(date.New(2026, 1, 1)).ExecX(f.Sys)
}

func salaryFixture(t *testing.T) *testworld.Portal {
	t.Helper()
	f := testworld.NewPortal(t)
	// A1 has Salaris berekenen on top of every other feature (helpers_test.go).
	if !slices.Contains(testworld.Must[[]feature.Feature](t)(f.Gate.Features(f.Ann.Ctx())), feature.SalaryCalculator) {
		t.Fatal("A1 lacks SALARY_CALCULATOR")
	}
	return f
}

func estimate(t *testing.T, f *testworld.Portal, ctx context.Context, in read.SalaryInput) *read.SalaryEstimate {
	t.Helper()
	return testworld.Must[*read.SalaryEstimate](t)(f.Payroll.EstimateSalary(ctx, in))
}

func hasNote(e *read.SalaryEstimate, n read.SalaryNote) bool { return slices.Contains(e.Notes, n) }

// R39: the estimate starts from the latest visible payslip (gross, pension premium,
// hours from the work pattern) and scales the gross with new hours.
//
// Worked by hand with the 2026 figures of server/salary/rules/2026.json (sources there
// and in server/salary/estimate_test.go):
//
//	latest payslip: salary € 2.000, pension premium € 100, 40 hours a week.
//	current: taxable 1.900 × 12 = 22.800 → tax 35,75% = 8.151,00; AHK 3.115,00 (≤ 29.736);
//	         AK 996 + 31,009% × 10.835 = 4.355,83; tax 680,17 a year → 56,68 a month;
//	         net 2.000 − 100 − 56,68 = 1.843,32.
//	32 hours: gross 2.000 × 32/40 = 1.600, pension 100 × 1.600/2.000 = 80, taxable 1.520,
//	         annual 18.240 → tax 35,75% = 6.520,80; AHK 3.115,00;
//	         AK 996 + 31,009% × (18.240 − 11.965 = 6.275) = 996 + 1.945,81 = 2.941,81;
//	         tax 6.520,80 − 3.115,00 − 2.941,81 = 463,99 a year → 38,67 a month;
//	         net 1.600 − 80 − 38,67 = 1.481,33; difference 1.481,33 − 1.843,32 = −361,99.
func TestEstimateSalaryAfterChangingHours(t *testing.T) {
	f := salaryFixture(t)
	workWeek(f, f.Ann, 8*60)
	later := salarySlip(f.Ann, 2026, 12, 2_500_00, 100_00, 0)
	vis := date.New(2026, 12, 20) // after the test's today: not yet visible, so not the latest
	later.VisibleFrom = &vis
	f.Publish(f.StaffA1,
		salarySlip(f.Ann, 2026, 10, 1_900_00, 95_00, 0),
		salarySlip(f.Ann, 2026, 11, 2_000_00, 100_00, 0),
		later,
	)
	e := estimate(t, f, f.Ann.Ctx(), read.SalaryInput{EmploymentID: f.Ann.Job.ID, HoursPerWeek: ptr(32.0)})
	if e.Missing != "" {
		t.Fatalf("missing %s", e.Missing)
	}
	b := e.Base
	if b.Payslip.Period != 11 || b.GrossCents != 2_000_00 || b.PensionCents != 100_00 {
		t.Errorf("base: period %d gross %d pension %d; want November, 200000, 10000", b.Payslip.Period, b.GrossCents, b.PensionCents)
	}
	if b.HoursPerWeek == nil || *b.HoursPerWeek != 40 || b.HoursSource != read.HoursFromWorkPattern {
		t.Errorf("base hours %v from %s; want 40 from the work pattern", b.HoursPerWeek, b.HoursSource)
	}
	if !b.Credit || b.CreditSource != read.CreditAssumed || !hasNote(e, read.NoteCreditAssumed) {
		t.Errorf("credit %v from %s, notes %v; want assumed", b.Credit, b.CreditSource, e.Notes)
	}
	if e.Rules.Year != 2026 || e.Rules.Fallback != 0 {
		t.Errorf("rules of %d (fallback %d), want 2026", e.Rules.Year, e.Rules.Fallback)
	}
	for _, c := range []struct {
		what      string
		got, want int64
	}{
		{"current net", e.Current.NetCents, 1_843_32},
		{"new gross", e.New.GrossCents, 1_600_00},
		{"new pension premium", e.New.PensionCents, 80_00},
		{"new payroll tax", e.New.PayrollTaxCents, 38_67},
		{"new net", e.New.NetCents, 1_481_33},
		{"difference", e.DifferenceCents(), -361_99},
	} {
		if c.got != c.want {
			t.Errorf("%s = %d cents, want %d", c.what, c.got, c.want)
		}
	}
	if e.HoursPerWeek == nil || *e.HoursPerWeek != 32 || !hasNote(e, read.NotePensionFromPayslip) {
		t.Errorf("hours %v, notes %v", e.HoursPerWeek, e.Notes)
	}
}

// A new gross wins over hours; the pension premium scales with the gross; holiday
// allowance on the payslip is not part of the starting gross; the annual statement
// says whether the credit applies.
func TestEstimateSalaryNewGross(t *testing.T) {
	f := salaryFixture(t)
	f.Publish(f.StaffA1, salarySlip(f.Ann, 2026, 5, 2_000_00, 100_00, 1_900_00))
	f.C.AnnualStatement.Create().SetProviderID(f.Ann.Job.ProviderID).SetEmployerID(f.Ann.Job.EmployerID).SetPersonID(f.Ann.P.ID).
		SetEmploymentID(f.Ann.Job.ID).SetYear(2025).SetWageForPayrollTaxCents(1).SetWithheldPayrollTaxCents(1).
		SetLabourTaxCreditCents(0).SetZvwWageCents(1).SetPayrollTaxCreditApplied(false).SetBsn("111222333").ExecX(f.Sys)

	e := estimate(t, f, f.Ann.Ctx(), read.SalaryInput{EmploymentID: f.Ann.Job.ID, GrossCents: ptr[int64](3_000_00), HoursPerWeek: ptr(36.0)})
	if e.Base.GrossCents != 2_000_00 || e.Base.Payslip.GrossCents != 3_900_00 || !hasNote(e, read.NoteSpecialRewardsLeftOut) {
		t.Errorf("base gross %d of payslip gross %d, notes %v; want 200000 without the holiday allowance", e.Base.GrossCents, e.Base.Payslip.GrossCents, e.Notes)
	}
	if e.New.GrossCents != 3_000_00 || e.New.PensionCents != 150_00 || !hasNote(e, read.NoteHoursNotUsed) {
		t.Errorf("new gross %d pension %d notes %v; want 300000, 15000, hours not used", e.New.GrossCents, e.New.PensionCents, e.Notes)
	}
	if e.Base.Credit || e.Base.CreditSource != read.CreditFromAnnualStatement || e.New.CreditApplied {
		t.Errorf("credit %v from %s; want false from the annual statement", e.Base.Credit, e.Base.CreditSource)
	}
	for _, s := range e.New.Steps {
		if s.Kind == salary.StepGeneralCredit || s.Kind == salary.StepLabourCredit {
			t.Errorf("credit step %s without the credit", s.Kind)
		}
	}
	// Without credit: taxable 3.000 − 150 = 2.850, annual 34.200 × 35,75% = 12.226,50
	// → 1.018,875 → 1.018,88 a month; net 3.000 − 150 − 1.018,88 = 1.831,12.
	if e.New.NetCents != 1_831_12 {
		t.Errorf("net %d, want 183112", e.New.NetCents)
	}
	// The employee may say otherwise.
	e = estimate(t, f, f.Ann.Ctx(), read.SalaryInput{EmploymentID: f.Ann.Job.ID, PayrollTaxCredit: ptr(true)})
	if !e.Base.Credit || e.Base.CreditSource != read.CreditStated || e.DifferenceCents() != 0 {
		t.Errorf("stated credit: %v from %s, difference %d", e.Base.Credit, e.Base.CreditSource, e.DifferenceCents())
	}
}

// Without what it needs the answer says what is missing; the current hours can be
// stated when no work pattern gives them.
func TestEstimateSalaryMissing(t *testing.T) {
	f := salaryFixture(t)
	e := estimate(t, f, f.Bob.Ctx(), read.SalaryInput{EmploymentID: f.Bob.Job.ID})
	if e.Missing != read.MissingPayslip {
		t.Errorf("no payslip: missing %q", e.Missing)
	}
	f.Publish(f.StaffA1, salarySlip(f.Bob, 2026, 11, 3_000_00, 0, 0))
	e = estimate(t, f, f.Bob.Ctx(), read.SalaryInput{EmploymentID: f.Bob.Job.ID, HoursPerWeek: ptr(20.0)})
	if e.Missing != read.MissingCurrentHours {
		t.Errorf("no hours: missing %q", e.Missing)
	}
	e = estimate(t, f, f.Bob.Ctx(), read.SalaryInput{EmploymentID: f.Bob.Job.ID, HoursPerWeek: ptr(20.0), CurrentHoursPerWeek: ptr(40.0)})
	if e.Missing != "" || e.New.GrossCents != 1_500_00 || e.Base.HoursSource != read.HoursStated {
		t.Errorf("stated hours: missing %q, gross %d, source %s", e.Missing, e.New.GrossCents, e.Base.HoursSource)
	}
	// Without a change the estimate is the payslip's own: no difference, hours unknown.
	e = estimate(t, f, f.Bob.Ctx(), read.SalaryInput{EmploymentID: f.Bob.Job.ID})
	if e.Missing != "" || e.DifferenceCents() != 0 || e.HoursPerWeek != nil || e.Base.HoursSource != read.HoursUnknown {
		t.Errorf("as is: missing %q, difference %d, hours %v (%s)", e.Missing, e.DifferenceCents(), e.HoursPerWeek, e.Base.HoursSource)
	}
}

// A payslip of a year without rules uses the newest rules, and says so.
func TestEstimateSalaryRulesOfOtherYear(t *testing.T) {
	f := salaryFixture(t)
	f.Publish(f.StaffA1, salarySlip(f.Ann, 2019, 12, 2_000_00, 0, 0))
	e := estimate(t, f, f.Ann.Ctx(), read.SalaryInput{EmploymentID: f.Ann.Job.ID})
	if e.Rules.Year != salary.Years()[0] || e.Rules.Fallback != 2019 || !hasNote(e, read.NoteRulesOfOtherYear) {
		t.Errorf("rules %d fallback %d notes %v", e.Rules.Year, e.Rules.Fallback, e.Notes)
	}
}

// R22: only employees whose employer has *Salaris berekenen*; only their own
// employments; input out of range is refused.
func TestEstimateSalaryAccess(t *testing.T) {
	f := salaryFixture(t)
	f.Publish(f.StaffA1, salarySlip(f.Ann, 2026, 11, 2_000_00, 0, 0))
	in := read.SalaryInput{EmploymentID: f.Ann.Job.ID}

	_, err := f.Payroll.EstimateSalary(f.Eva.Ctx(), read.SalaryInput{EmploymentID: f.Eva.Job.ID})
	testworld.WantCode(t, err, apperr.FeatureNotActive)
	_, err = f.Payroll.EstimateSalary(f.StaffA1, in)
	if err == nil {
		t.Error("staff got an estimate")
	}
	_, err = f.Payroll.EstimateSalary(f.Bob.Ctx(), in) // a colleague's employment
	testworld.WantCode(t, err, apperr.NotFound)
	_, err = f.Payroll.EstimateSalary(f.Gijs.Ctx(), in) // another tenant's
	testworld.WantCode(t, err, apperr.NotFound)

	for _, bad := range []read.SalaryInput{
		{EmploymentID: f.Ann.Job.ID, HoursPerWeek: ptr(0.0)},
		{EmploymentID: f.Ann.Job.ID, HoursPerWeek: ptr(60.5)},
		{EmploymentID: f.Ann.Job.ID, CurrentHoursPerWeek: ptr(-1.0)},
		{EmploymentID: f.Ann.Job.ID, GrossCents: ptr[int64](0)},
		{EmploymentID: f.Ann.Job.ID, GrossCents: ptr[int64](1_000_000_01)},
	} {
		_, err := f.Payroll.EstimateSalary(f.Ann.Ctx(), bad)
		testworld.WantCode(t, err, apperr.BadRequest)
	}
}

func ptr[T any](v T) *T { return &v }
