package app_test

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/server/pdf/pdftext"
)

const loonstrookQ = `query($id:ID!){node(id:$id){... on Payslip{
	periodType periodStart periodEnd hoursPerWeek partTimePercentage hoursWorked minimumHourlyWageCents minimumWageCents
	taxTableColour taxTablePeriod payrollTaxCreditApplied svWageCents taxableWageCents
	ytdGrossCents ytdSvWageCents ytdTaxableWageCents ytdPayrollTaxCents ytdNetCents bankAccountMasked pdfUrl
	lines{code kind quantity rateCents category}
	employment{employeeNumber employer{name} person{fullName}}}}}`

// fullSlipVars is payslipVars with every loonstrook field of publishPayslips (R23).
func fullSlipVars(e *portalEnv, gross int) map[string]any {
	in := payslipVars(e.annJob, 2026, 10, gross, "")
	lines := in["lines"].([]map[string]any)
	lines[0]["kind"], lines[0]["quantity"], lines[0]["rateCents"] = "SALARY", 138.67, 2500
	lines[1]["kind"] = "PAYROLL_TAX"
	lines[2]["kind"] = "PENSION_PREMIUM"
	lines[3]["kind"] = "HOLIDAY_ALLOWANCE_RESERVED"
	for k, v := range map[string]any{
		"periodStart": "2026-10-01", "periodEnd": "2026-10-31", "hoursPerWeek": 32, "partTimePercentage": 84.21, "hoursWorked": 138.67,
		"minimumHourlyWageCents": 1440, "minimumWageCents": 199680, "taxTableColour": "WHITE", "taxTablePeriod": "MONTH",
		"payrollTaxCreditApplied": true, "svWageCents": gross - 5000, "taxableWageCents": gross - 5000,
		"ytdGrossCents": gross * 10, "ytdSvWageCents": (gross - 5000) * 10, "ytdTaxableWageCents": (gross - 5000) * 10,
		"ytdPayrollTaxCents": gross / 5 * 10, "ytdNetCents": 2_000_000, "bankAccount": "nl91 abna 0417 1643 00",
	} {
		in[k] = v
	}
	return in
}

// R23: the loonstrook fields round-trip through the GraphQL API — an integrator
// publishes them, the employee and staff read them back with the employer's and the
// employee's names — and the bank account only ever comes back masked; a bad one is a
// userError on its path. A colleague gets NOT_FOUND, as for any payslip.
func TestLoonstrookAPI(t *testing.T) {
	e := newPortalEnv(t)
	r := e.publish(e.integrator, fullSlipVars(e, 300000))
	if strings.Contains(r.Raw, "0417") {
		t.Errorf("publishPayslips answers with the full IBAN: %s", r.Raw)
	}
	id := dig(r.Data, "publishPayslips", "payslips", 0, "id").(string)

	for name, tok := range map[string]string{"Ann": e.annTok, "A1 staff": e.staffA1} {
		r = e.gql(tok, loonstrookQ, map[string]any{"id": id})
		n := func(path ...any) any { return dig(r.Data, append([]any{"node"}, path...)...) }
		if len(r.Errors) != 0 || n("periodStart") != "2026-10-01" || n("periodEnd") != "2026-10-31" || n("hoursPerWeek") != float64(32) ||
			n("partTimePercentage") != 84.21 || n("hoursWorked") != 138.67 || n("minimumHourlyWageCents") != float64(1440) ||
			n("minimumWageCents") != float64(199680) || n("taxTableColour") != "WHITE" || n("taxTablePeriod") != "MONTH" ||
			n("payrollTaxCreditApplied") != true || n("svWageCents") != float64(295000) || n("taxableWageCents") != float64(295000) ||
			n("ytdGrossCents") != float64(3000000) || n("ytdSvWageCents") != float64(2950000) || n("ytdTaxableWageCents") != float64(2950000) ||
			n("ytdPayrollTaxCents") != float64(600000) || n("ytdNetCents") != float64(2000000) ||
			n("bankAccountMasked") != "NL** **** **** **43 00" ||
			n("lines", 0, "kind") != "SALARY" || n("lines", 0, "quantity") != 138.67 || n("lines", 0, "rateCents") != float64(2500) ||
			n("lines", 1, "kind") != "PAYROLL_TAX" || n("lines", 1, "quantity") != nil ||
			n("employment", "employer", "name") != e.fx.A1.Name || n("employment", "person", "fullName") == "" {
			t.Errorf("%s reads the loonstrook: %s", name, r.Raw)
		}
		if strings.Contains(r.Raw, "0417") {
			t.Errorf("%s sees the full IBAN: %s", name, r.Raw)
		}
	}
	res, body := e.get(e.annTok, dig(r.Data, "node", "pdfUrl").(string))
	if res.StatusCode != http.StatusOK {
		t.Fatalf("PDF: %d", res.StatusCode)
	}
	text, err := pdftext.Text(body)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Fiscale gegevens", "Witte maandtabel", "Cumulatieven 2026", "NL** **** **** **43 00", e.fx.A1.Name} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF lacks %q", want)
		}
	}
	if strings.Contains(text, "0417") {
		t.Error("PDF shows the full IBAN")
	}

	// Tenant isolation is unchanged: a colleague and another tenant get NOT_FOUND.
	for name, tok := range map[string]string{"Bob": e.bobTok, "A2 staff": e.staffA2, "P2 staff": e.staffP2} {
		r = e.gql(tok, loonstrookQ, map[string]any{"id": id})
		if dig(r.Data, "node") != nil || !slices.Equal(r.codes(), []string{"NOT_FOUND"}) {
			t.Errorf("%s: %s", name, r.Raw)
		}
	}

	// A bad IBAN and a kind in the wrong category are userErrors with their paths.
	bad := fullSlipVars(e, 300000)
	bad["bankAccount"] = "NL91ABNA0417164301"
	r = e.gql(e.integrator, publishQ, map[string]any{"in": map[string]any{"payslips": []any{bad}}})
	if dig(r.Data, "publishPayslips", "userErrors", 0, "code") != "INVALID_INPUT" ||
		fmt.Sprint(dig(r.Data, "publishPayslips", "userErrors", 0, "field")) != "[input payslips 0 bankAccount]" || strings.Contains(r.Raw, "0417") {
		t.Errorf("bad IBAN: %s", r.Raw)
	}
	bad = fullSlipVars(e, 300000)
	bad["lines"].([]map[string]any)[1]["kind"] = "SALARY"
	r = e.gql(e.integrator, publishQ, map[string]any{"in": map[string]any{"payslips": []any{bad}}})
	if fmt.Sprint(dig(r.Data, "publishPayslips", "userErrors", 0, "field")) != "[input payslips 0 lines 1 kind]" {
		t.Errorf("salary kind on a deduction: %s", r.Raw)
	}
}
