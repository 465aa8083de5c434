package salary

import "fmt"

// Input is what an estimate starts from, per pay period.
type Input struct {
	// GrossCents is the gross wage of one pay period (brutoloon), > 0.
	GrossCents int64
	// PensionCents is the employee's pension premium of the period, withheld before
	// payroll tax; 0 when there is none. Never more than GrossCents.
	PensionCents int64
	// PeriodsPerYear is 12 for monthly pay, 13 for four-weekly pay.
	PeriodsPerYear int
	// CreditApplies says whether the payroll-tax credit (loonheffingskorting) is
	// applied by this employer: then the general and labour tax credit reduce the tax.
	CreditApplies bool
}

// StepKind names a step of the calculation.
type StepKind string

// The steps, in the order of Estimate.Steps.
const (
	StepGross            StepKind = "GROSS"
	StepPension          StepKind = "PENSION_PREMIUM"
	StepTaxable          StepKind = "TAXABLE_WAGE"
	StepBracket          StepKind = "BRACKET"
	StepTaxBeforeCredits StepKind = "TAX_BEFORE_CREDITS" //nolint:gosec // G101: a step of the calculation, not a credential
	StepGeneralCredit    StepKind = "GENERAL_TAX_CREDIT" //nolint:gosec // G101: a step of the calculation, not a credential
	StepLabourCredit     StepKind = "LABOUR_TAX_CREDIT"  //nolint:gosec // G101: a step of the calculation, not a credential
	StepPayrollTax       StepKind = "PAYROLL_TAX"
	StepNet              StepKind = "NET"
)

// Step is one line of the calculation, on a year and per pay period.
type Step struct {
	Kind StepKind
	// Bracket is the bracket's number from 1 (StepBracket only).
	Bracket int
	// Segment is the bracket or the piece of the credit's schedule that applied
	// (StepBracket, StepGeneralCredit, StepLabourCredit); nil otherwise.
	Segment *Segment
	// BasisCents is what the step's rate applies to, a year (the wage in the bracket,
	// the wage the credit is computed from); 0 when the step has no rate.
	BasisCents int64
	// AnnualCents and PeriodCents are the step's amount on a year and per period;
	// deductions and credits are positive amounts.
	AnnualCents, PeriodCents int64
}

// Estimate is the outcome: net per period and how it was reached.
type Estimate struct {
	Year            int
	PeriodsPerYear  int
	CreditApplied   bool
	GrossCents      int64 // per period
	PensionCents    int64 // per period
	TaxableCents    int64 // per period
	PayrollTaxCents int64 // per period, after credits
	NetCents        int64 // per period
	Steps           []Step
}

// maxGrossCents bounds the input so that no step can overflow: € 1,000,000 a period.
const maxGrossCents = 1_000_000_00

// Compute estimates the net pay of in under rules r. It fails only on input out of
// range (the caller checks that first to give a typed answer).
func Compute(r Rules, in Input) (Estimate, error) {
	switch {
	case in.GrossCents <= 0 || in.GrossCents > maxGrossCents:
		return Estimate{}, fmt.Errorf("salary: gross %d cents out of range", in.GrossCents)
	case in.PensionCents < 0 || in.PensionCents > in.GrossCents:
		return Estimate{}, fmt.Errorf("salary: pension premium %d cents out of range", in.PensionCents)
	case in.PeriodsPerYear != 12 && in.PeriodsPerYear != 13:
		return Estimate{}, fmt.Errorf("salary: %d periods a year", in.PeriodsPerYear)
	}
	n := int64(in.PeriodsPerYear)
	perPeriod := func(annual int64) int64 { return divRound(annual, n) }
	e := Estimate{Year: r.Year, PeriodsPerYear: in.PeriodsPerYear, CreditApplied: in.CreditApplies,
		GrossCents: in.GrossCents, PensionCents: in.PensionCents}
	add := func(s Step) { e.Steps = append(e.Steps, s) }

	add(Step{Kind: StepGross, AnnualCents: in.GrossCents * n, PeriodCents: in.GrossCents})
	if in.PensionCents > 0 {
		add(Step{Kind: StepPension, AnnualCents: in.PensionCents * n, PeriodCents: in.PensionCents})
	}
	e.TaxableCents = in.GrossCents - in.PensionCents
	annual := e.TaxableCents * n
	add(Step{Kind: StepTaxable, AnnualCents: annual, PeriodCents: e.TaxableCents})

	// Payroll tax by bracket: each rate over the part of the annual wage in its bracket.
	var tax int64
	for i := range r.PayrollTax.Brackets {
		b := r.PayrollTax.Brackets[i]
		lo := b.OverEuros * 100
		if annual <= lo && i > 0 {
			break
		}
		part := annual - lo
		if b.UpToEuros > 0 {
			part = min(part, b.UpToEuros*100-lo)
		}
		part = max(0, part)
		t := b.rate.of(part)
		tax += t
		add(Step{Kind: StepBracket, Bracket: i + 1, Segment: &b, BasisCents: part, AnnualCents: t, PeriodCents: perPeriod(t)})
	}
	add(Step{Kind: StepTaxBeforeCredits, AnnualCents: tax, PeriodCents: perPeriod(tax)})

	// The credits, only when the payroll-tax credit applies; together never more than
	// the tax (payroll tax does not go below zero).
	after := tax
	if in.CreditApplies {
		for _, c := range []struct {
			kind StepKind
			segs []Segment
		}{{StepGeneralCredit, r.GeneralTaxCredit.Segments}, {StepLabourCredit, r.LabourTaxCredit.Segments}} {
			seg := segmentAt(c.segs, annual)
			credit := min(amount(c.segs, annual), after)
			after -= credit
			add(Step{Kind: c.kind, Segment: &seg, BasisCents: annual, AnnualCents: credit, PeriodCents: perPeriod(credit)})
		}
	}
	e.PayrollTaxCents = perPeriod(after)
	add(Step{Kind: StepPayrollTax, AnnualCents: after, PeriodCents: e.PayrollTaxCents})

	e.NetCents = in.GrossCents - in.PensionCents - e.PayrollTaxCents
	add(Step{Kind: StepNet, AnnualCents: in.GrossCents*n - in.PensionCents*n - after, PeriodCents: e.NetCents})
	return e, nil
}

// segmentAt is the piece of the schedule that applies at income (cents).
func segmentAt(segs []Segment, income int64) Segment {
	i := len(segs) - 1
	for i > 0 && income <= segs[i].OverEuros*100 {
		i--
	}
	return segs[i]
}
