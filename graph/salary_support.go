package graph

import (
	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/payroll"
	"github.com/werkportaal/werkportaal/server/payroll/read"
	"github.com/werkportaal/werkportaal/server/salary"
)

// salaryAnswer is the portal's estimate as the schema's SalaryEstimateAnswer (R39).
func salaryAnswer(e *read.SalaryEstimate) model.SalaryEstimateAnswer {
	if e.Missing != "" {
		return &model.SalaryEstimateUnavailable{Missing: model.SalaryEstimateMissing(e.Missing)}
	}
	b := e.Base
	out := &model.SalaryEstimate{
		IsEstimate: true,
		Base: &model.SalaryEstimateBase{
			PayslipID: b.Payslip.ID, PeriodType: b.Payslip.PeriodType, Year: b.Payslip.Year, Period: b.Payslip.Period,
			Label:             payroll.PeriodLabel(b.Payslip.PeriodType, b.Payslip.Year, b.Payslip.Period),
			PayslipGrossCents: int(b.Payslip.GrossCents), PayslipNetCents: int(b.Payslip.NetCents),
			GrossCents: int(b.GrossCents), PensionCents: int(b.PensionCents),
			HoursPerWeek: b.HoursPerWeek, HoursSource: model.SalaryHoursSource(b.HoursSource),
			PayrollTaxCredit: b.Credit, PayrollTaxCreditSource: model.SalaryCreditSource(b.CreditSource),
		},
		HoursPerWeek:    e.HoursPerWeek,
		PeriodsPerYear:  e.New.PeriodsPerYear,
		GrossCents:      int(e.New.GrossCents),
		PensionCents:    int(e.New.PensionCents),
		PayrollTaxCents: int(e.New.PayrollTaxCents),
		NetCents:        int(e.New.NetCents),
		CurrentNetCents: int(e.Current.NetCents),
		DifferenceCents: int(e.DifferenceCents()),
		Rules:           salaryRules(e.Rules),
		Notes:           make([]model.SalaryEstimateNote, len(e.Notes)),
	}
	for i, n := range e.Notes {
		out.Notes[i] = model.SalaryEstimateNote(n)
	}
	for _, s := range e.New.Steps {
		step := &model.SalaryEstimateStep{
			Kind: model.SalaryStepKind(s.Kind), BasisCents: int(s.BasisCents),
			AnnualCents: int(s.AnnualCents), PeriodCents: int(s.PeriodCents), SourceIds: []string{},
		}
		if s.Kind == salary.StepBracket {
			n := s.Bracket
			step.Bracket = &n
		}
		if seg := s.Segment; seg != nil {
			rate, over := seg.RatePercent, int(seg.OverEuros)
			step.RatePercent, step.OverEuros, step.SourceIds = &rate, &over, seg.Sources
			if seg.UpToEuros > 0 {
				up := int(seg.UpToEuros)
				step.UpToEuros = &up
			}
			if s.Kind != salary.StepBracket {
				base := int(seg.BaseEuros)
				step.BaseEuros = &base
			}
		}
		out.Steps = append(out.Steps, step)
	}
	return out
}

func salaryRules(r salary.Rules) *model.SalaryRules {
	out := &model.SalaryRules{Year: r.Year, Version: r.Version, RequestedYear: r.Year, Scope: r.Scope}
	if r.Fallback != 0 {
		out.RequestedYear = r.Fallback
	}
	for _, s := range r.Sources {
		out.Sources = append(out.Sources, &model.SalaryRuleSource{ID: s.ID, Title: s.Title, Publisher: s.Publisher, URL: s.URL, Official: s.Official})
	}
	return out
}
