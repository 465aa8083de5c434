package read

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/annualstatement"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	"github.com/werkportaal/werkportaal/ent/workpattern"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/payroll"
	"github.com/werkportaal/werkportaal/server/salary"
)

// Salaris berekenen (R39): the employee starts from their latest payslip and changes
// hours per week or gross pay; the estimate comes from the payroll-tax rules of the
// payslip's year (package salary). Nothing is stored and nothing is logged about it.

// SalaryInput is what the employee asks: an employment and, optionally, new hours per
// week or a new gross per pay period.
type SalaryInput struct {
	EmploymentID string
	// HoursPerWeek are the new hours; the gross scales with them from the latest
	// payslip's gross at the current hours.
	HoursPerWeek *float64
	// GrossCents is a new gross wage per pay period; it wins over HoursPerWeek for the
	// gross (the hours are then only shown).
	GrossCents *int64
	// CurrentHoursPerWeek are the hours of the latest payslip, as the employee states
	// them; without them the employment's work pattern gives them.
	CurrentHoursPerWeek *float64
	// PayrollTaxCredit says whether the credit applies, as the employee states it;
	// without it the newest annual statement says, or it is assumed to apply.
	PayrollTaxCredit *bool
}

// Limits of the input: a working week of at most 60 hours, a gross of at most
// € 1,000,000 per period.
const (
	MaxSalaryHoursPerWeek = 60.0
	maxSalaryGrossCents   = 1_000_000_00
)

// SalaryMissing is what an estimate needs but does not have.
type SalaryMissing string

// What can be missing.
const (
	// MissingPayslip: the employment has no payslip the employee can see yet.
	MissingPayslip SalaryMissing = "PAYSLIP"
	// MissingCurrentHours: new hours were asked, but the current hours are not known
	// (no work pattern and none stated).
	MissingCurrentHours SalaryMissing = "CURRENT_HOURS"
)

// HoursSource says where the current hours come from.
type HoursSource string

// The sources of the current hours.
const (
	HoursFromWorkPattern HoursSource = "WORK_PATTERN"
	HoursStated          HoursSource = "STATED"
	HoursUnknown         HoursSource = "UNKNOWN"
)

// CreditSource says where "the payroll-tax credit applies" comes from.
type CreditSource string

// The sources of the credit flag.
const (
	CreditFromAnnualStatement CreditSource = "ANNUAL_STATEMENT"
	CreditStated              CreditSource = "STATED"
	CreditAssumed             CreditSource = "ASSUMED"
)

// SalaryNote is an assumption the estimate made, for the page to say.
type SalaryNote string

// The notes.
const (
	// NoteSpecialRewardsLeftOut: holiday allowance, a bonus or another special reward
	// on the payslip was left out of the base gross (taxed by another table).
	NoteSpecialRewardsLeftOut SalaryNote = "SPECIAL_REWARDS_LEFT_OUT"
	// NotePensionFromPayslip: the employee's pension premium on the payslip was deducted
	// before tax, scaled with the gross.
	NotePensionFromPayslip SalaryNote = "PENSION_FROM_PAYSLIP"
	// NoteCreditAssumed: nothing says whether the credit applies; assumed it does.
	NoteCreditAssumed SalaryNote = "CREDIT_ASSUMED"
	// NoteRulesOfOtherYear: the payslip's year has no rules; the newest year's are used.
	NoteRulesOfOtherYear SalaryNote = "RULES_OF_OTHER_YEAR"
	// NoteHoursNotUsed: a gross was given, so the hours did not change the gross.
	NoteHoursNotUsed SalaryNote = "HOURS_NOT_USED"
)

// SalaryBase is what the latest payslip says.
type SalaryBase struct {
	Payslip *ent.Payslip
	// GrossCents is the regular gross: the payslip's gross without special rewards.
	GrossCents   int64
	PensionCents int64
	HoursPerWeek *float64
	HoursSource  HoursSource
	Credit       bool
	CreditSource CreditSource
}

// SalaryEstimate is the answer: either Missing, or the estimate.
type SalaryEstimate struct {
	Missing SalaryMissing

	Base SalaryBase
	// HoursPerWeek are the new hours (the current ones when none were asked); nil
	// when unknown.
	HoursPerWeek *float64
	Rules        salary.Rules
	// Current is the estimate at the payslip's values, New at the asked ones; the
	// difference is New.NetCents − Current.NetCents (both by the same rules, so that
	// it shows the change, not the model's distance from the payslip).
	Current, New salary.Estimate
	Notes        []SalaryNote
}

// DifferenceCents is the change in net per period.
func (e *SalaryEstimate) DifferenceCents() int64 { return e.New.NetCents - e.Current.NetCents }

// specialRewards are the words of earnings lines that are special rewards
// (bijzondere beloningen), not part of the regular wage.
var specialRewards = []string{"vakantietoeslag", "vakantiegeld", "eindejaar", "13e maand", "dertiende maand", "bonus", "gratificatie", "tantième", "tantieme"}

// EstimateSalary answers *Salaris berekenen* for the signed-in employee (R39). Feature
// SALARY_CALCULATOR. Input out of range is BAD_REQUEST (the page checks it first).
func (s *Service) EstimateSalary(ctx context.Context, in SalaryInput) (*SalaryEstimate, error) {
	v, err := s.Features.Employee(ctx, feature.SalaryCalculator)
	if err != nil {
		return nil, err
	}
	if err := checkSalaryInput(in); err != nil {
		return nil, err
	}
	// The employment must be the employee's own: the privacy rules show no other.
	job, err := s.Client.Employment.Query().
		Where(employment.ID(in.EmploymentID), employment.PersonID(v.PersonID)).Only(ctx)
	if err != nil {
		return nil, payroll.NotFound(err, "employment", in.EmploymentID)
	}
	slip, err := s.Client.Payslip.Query().
		Where(payslip.EmploymentID(job.ID)).
		Order(ent.Desc(payslip.FieldPeriodKey), ent.Desc(payslip.FieldRunDate)).
		WithLines(func(q *ent.PayslipLineQuery) { q.Order(ent.Asc(payslipline.FieldPosition)) }).
		First(s.withClock(ctx))
	if ent.IsNotFound(err) {
		return &SalaryEstimate{Missing: MissingPayslip}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("portal: latest payslip of %s: %w", job.ID, err)
	}

	out := &SalaryEstimate{Rules: salary.RulesFor(slip.Year)}
	if out.Rules.Fallback != 0 {
		out.Notes = append(out.Notes, NoteRulesOfOtherYear)
	}
	base, notes := baseOf(slip)
	out.Notes = append(out.Notes, notes...)
	if base.GrossCents <= 0 {
		// Only special rewards on the payslip: nothing regular to start from.
		return &SalaryEstimate{Missing: MissingPayslip}, nil
	}
	if err := s.currentHours(ctx, job.ID, in, &base); err != nil {
		return nil, err
	}
	if err := s.credit(ctx, job.ID, slip.Year, in, &base); err != nil {
		return nil, err
	}
	if base.CreditSource == CreditAssumed {
		out.Notes = append(out.Notes, NoteCreditAssumed)
	}
	out.Base = base

	gross := base.GrossCents
	out.HoursPerWeek = base.HoursPerWeek
	switch {
	case in.GrossCents != nil:
		gross = *in.GrossCents
		if in.HoursPerWeek != nil {
			out.HoursPerWeek = in.HoursPerWeek
			out.Notes = append(out.Notes, NoteHoursNotUsed)
		}
	case in.HoursPerWeek != nil:
		if base.HoursPerWeek == nil {
			return &SalaryEstimate{Missing: MissingCurrentHours}, nil
		}
		gross = scale(base.GrossCents, *in.HoursPerWeek, *base.HoursPerWeek)
		out.HoursPerWeek = in.HoursPerWeek
	}
	if gross <= 0 {
		return nil, apperr.BadRequestf("the new hours leave no gross wage")
	}
	// The pension premium scales with the gross: most schemes charge a percentage of
	// the pensionable wage. Kept simple, as the package documents.
	pension := int64(0)
	if base.PensionCents > 0 {
		pension = min(gross, int64(math.Round(float64(base.PensionCents)*float64(gross)/float64(base.GrossCents))))
	}
	periods := periodsPerYear(slip.PeriodType)
	if out.Current, err = salary.Compute(out.Rules, salary.Input{GrossCents: base.GrossCents, PensionCents: min(base.PensionCents, base.GrossCents), PeriodsPerYear: periods, CreditApplies: base.Credit}); err != nil {
		return nil, err
	}
	if out.New, err = salary.Compute(out.Rules, salary.Input{GrossCents: gross, PensionCents: pension, PeriodsPerYear: periods, CreditApplies: base.Credit}); err != nil {
		return nil, err
	}
	return out, nil
}

func checkSalaryInput(in SalaryInput) error {
	hours := func(name string, h *float64) error {
		if h != nil && (math.IsNaN(*h) || *h <= 0 || *h > MaxSalaryHoursPerWeek) {
			return apperr.BadRequestf("%s must be more than 0 and at most %g", name, MaxSalaryHoursPerWeek)
		}
		return nil
	}
	if err := hours("hoursPerWeek", in.HoursPerWeek); err != nil {
		return err
	}
	if err := hours("currentHoursPerWeek", in.CurrentHoursPerWeek); err != nil {
		return err
	}
	if in.GrossCents != nil && (*in.GrossCents <= 0 || *in.GrossCents > maxSalaryGrossCents) {
		return apperr.BadRequestf("grossCents must be more than 0 and at most %d", maxSalaryGrossCents)
	}
	return nil
}

// baseOf reads the regular gross and the employee's pension premium off a payslip.
func baseOf(p *ent.Payslip) (SalaryBase, []SalaryNote) {
	b := SalaryBase{Payslip: p, GrossCents: p.GrossCents}
	special := false
	for _, l := range p.Edges.Lines {
		d := strings.ToLower(l.Description)
		switch {
		case l.Category == payslipline.CategoryEARNINGS && slices.ContainsFunc(specialRewards, func(w string) bool { return strings.Contains(d, w) }):
			b.GrossCents -= l.AmountCents
			special = true
		case l.Category == payslipline.CategoryDEDUCTIONS && strings.Contains(d, "pensioen"):
			b.PensionCents += l.AmountCents
		}
	}
	var notes []SalaryNote
	if special {
		notes = append(notes, NoteSpecialRewardsLeftOut)
	}
	if b.PensionCents > 0 {
		notes = append(notes, NotePensionFromPayslip)
	}
	return b, notes
}

// currentHours fills in the hours of the latest payslip: as stated, else the average
// week of the employment's work pattern (R29), else unknown.
func (s *Service) currentHours(ctx context.Context, employmentID string, in SalaryInput, b *SalaryBase) error {
	if in.CurrentHoursPerWeek != nil {
		b.HoursPerWeek, b.HoursSource = in.CurrentHoursPerWeek, HoursStated
		return nil
	}
	b.HoursSource = HoursUnknown
	w, err := s.Client.WorkPattern.Query().Where(workpattern.EmploymentID(employmentID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("portal: work pattern of %s: %w", employmentID, err)
	}
	var minutes, weeks int
	for _, week := range w.Weeks {
		weeks++
		for _, m := range week {
			minutes += m
		}
	}
	if weeks == 0 || minutes == 0 {
		return nil
	}
	h := math.Round(float64(minutes)/float64(weeks)/60*100) / 100
	b.HoursPerWeek, b.HoursSource = &h, HoursFromWorkPattern
	return nil
}

// credit fills in whether the payroll-tax credit applies: as stated, else as the
// newest annual statement of the employment up to the payslip's year says, else
// assumed (most employees have it applied at their main job).
func (s *Service) credit(ctx context.Context, employmentID string, year int, in SalaryInput, b *SalaryBase) error {
	if in.PayrollTaxCredit != nil {
		b.Credit, b.CreditSource = *in.PayrollTaxCredit, CreditStated
		return nil
	}
	st, err := s.Client.AnnualStatement.Query().
		Where(annualstatement.EmploymentID(employmentID), annualstatement.YearLTE(year)).
		Order(ent.Desc(annualstatement.FieldYear)).First(ctx)
	switch {
	case ent.IsNotFound(err):
		b.Credit, b.CreditSource = true, CreditAssumed
	case err != nil:
		return fmt.Errorf("portal: annual statement of %s: %w", employmentID, err)
	default:
		b.Credit, b.CreditSource = st.PayrollTaxCreditApplied, CreditFromAnnualStatement
	}
	return nil
}

// scale is cents × to ÷ from, rounded to the cent.
func scale(cents int64, to, from float64) int64 {
	return int64(math.Round(float64(cents) * to / from))
}

func periodsPerYear(t payslip.PeriodType) int {
	if t == payslip.PeriodTypeFOUR_WEEKS {
		return 13
	}
	return 12
}
