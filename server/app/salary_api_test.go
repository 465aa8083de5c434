package app_test

import (
	"slices"
	"testing"
)

const salaryEstimateQ = `query($in:SalaryEstimateInput!){me{salaryEstimate(input:$in){
	__typename
	... on SalaryEstimateUnavailable { missing }
	... on SalaryEstimate { isEstimate grossCents pensionCents netCents currentNetCents differenceCents
		base { payslipGrossCents grossCents pensionCents hoursSource payrollTaxCredit payrollTaxCreditSource label }
		steps { kind bracket ratePercent annualCents periodCents sourceIds }
		rules { year requestedYear sources { id url official } } notes } }}}`

// R39 over the API: Salaris berekenen is the employee's own, behind its product (R22);
// without a payslip the answer says so; with one it is an estimate with its steps and
// the sources of the year's rules; input out of range is BAD_REQUEST.
func TestSalaryEstimateAPI(t *testing.T) {
	e := newPortalEnv(t)
	in := func(extra map[string]any) map[string]any {
		v := map[string]any{"employmentId": e.annJob.ID}
		for k, x := range extra {
			v[k] = x
		}
		return map[string]any{"in": v}
	}
	// A1 has every Start feature but not Salaris berekenen.
	r := e.gql(e.annTok, salaryEstimateQ, in(nil))
	if !slices.Equal(r.codes(), []string{"FEATURE_NOT_ACTIVE"}) || dig(r.Data, "me", "salaryEstimate") != nil {
		t.Fatalf("without the product: %s", r.Raw)
	}
	e.activate(e.fx.A1, "MIJNLOKET_SALARY_CALCULATOR")
	r = e.gql(e.annTok, salaryEstimateQ, in(nil))
	if dig(r.Data, "me", "salaryEstimate", "__typename") != "SalaryEstimateUnavailable" || dig(r.Data, "me", "salaryEstimate", "missing") != "PAYSLIP" {
		t.Fatalf("without a payslip: %s", r.Raw)
	}
	// € 3.000 with € 50 pension premium (payslipVars); the estimate at € 3.500:
	// pension 50 × 3.500/3.000 = 58,33; the difference is positive.
	e.publish(e.integrator, payslipVars(e.annJob, 2026, 10, 300000, ""))
	r = e.gql(e.annTok, salaryEstimateQ, in(map[string]any{"grossCents": 350000}))
	if len(r.Errors) != 0 || dig(r.Data, "me", "salaryEstimate", "isEstimate") != true {
		t.Fatalf("estimate: %s", r.Raw)
	}
	est := func(path ...any) any { return dig(r.Data, append([]any{"me", "salaryEstimate"}, path...)...) }
	if est("grossCents") != float64(350000) || est("pensionCents") != float64(5833) || est("base", "pensionCents") != float64(5000) ||
		est("base", "label") != "oktober 2026" || est("base", "payrollTaxCreditSource") != "ASSUMED" || est("rules", "year") != float64(2026) {
		t.Errorf("estimate: %s", r.Raw)
	}
	if d := est("differenceCents").(float64); d <= 0 || d >= 50000 || est("netCents").(float64)-est("currentNetCents").(float64) != d {
		t.Errorf("difference %v: %s", d, r.Raw)
	}
	var kinds []string
	for _, s := range est("steps").([]any) {
		kinds = append(kinds, s.(map[string]any)["kind"].(string))
	}
	want := []string{"GROSS", "PENSION_PREMIUM", "TAXABLE_WAGE", "BRACKET", "BRACKET", "TAX_BEFORE_CREDITS", "GENERAL_TAX_CREDIT", "LABOUR_TAX_CREDIT", "PAYROLL_TAX", "NET"}
	if !slices.Equal(kinds, want) {
		t.Errorf("steps %v, want %v", kinds, want)
	}
	if est("steps", 3, "ratePercent") != "35.75" || len(est("steps", 3, "sourceIds").([]any)) == 0 || len(est("rules", "sources").([]any)) == 0 {
		t.Errorf("bracket 1 and sources: %s", r.Raw)
	}
	// Another employee's employment is not found; bad input is BAD_REQUEST.
	r = e.gql(e.bobTok, salaryEstimateQ, in(nil))
	if !slices.Equal(r.codes(), []string{"NOT_FOUND"}) {
		t.Errorf("Bob asks for Ann's employment: %s", r.Raw)
	}
	r = e.gql(e.annTok, salaryEstimateQ, in(map[string]any{"hoursPerWeek": 0}))
	if !slices.Equal(r.codes(), []string{"BAD_REQUEST"}) {
		t.Errorf("0 hours: %s", r.Raw)
	}
	// Staff have no portal of their own: me is null for them.
	r = e.gql(e.staffA1, salaryEstimateQ, in(nil))
	if dig(r.Data, "me") != nil {
		t.Errorf("staff: %s", r.Raw)
	}
}
