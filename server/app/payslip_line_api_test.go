package app_test

import (
	"fmt"
	"strings"
	"testing"
)

// PayslipLineInput is a scalar with the JSON of an input type (issue #12): every line is
// still checked field by field. A line that an input type would refuse is BAD_REQUEST
// naming the payslip, the line and the field, and nothing of the batch is written
// (R23: a batch is all or nothing). The same line written as a literal in the
// document, enum values bare as GraphQL writes them, is published like a variable.
func TestPayslipLineInputAPI(t *testing.T) {
	e := newPortalEnv(t)
	before := e.count(e.st.Client.Payslip.Query())
	for _, c := range []struct {
		name string
		line func(map[string]any)
		want string
	}{
		{"code missing", func(l map[string]any) { delete(l, "code") }, "code: must be given"},
		{"description null", func(l map[string]any) { l["description"] = nil }, "description: must not be null"},
		{"amount as a string", func(l map[string]any) { l["amountCents"] = "12" }, "amountCents: must be a whole number, not a string"},
		{"amount with cents' fraction", func(l map[string]any) { l["amountCents"] = 12.5 }, "amountCents: must be a whole number, not the number 12.5"},
		{"code as a number", func(l map[string]any) { l["code"] = 1000 }, "code: must be a string, not the number 1000"},
		{"unknown category", func(l map[string]any) { l["category"] = "BONUS" }, "category: BONUS is not a valid Category"},
		{"unknown kind", func(l map[string]any) { l["kind"] = "BONUS" }, "kind: BONUS is not a valid Kind"},
		{"quantity as text", func(l map[string]any) { l["quantity"] = "8" }, "quantity: must be a number, not a string"},
		{"unknown field", func(l map[string]any) { l["amount"] = 12 }, "amount: unknown field"},
	} {
		good := payslipVars(e.annJob, 2026, 9, 300000, "")
		bad := payslipVars(e.annJob, 2026, 10, 300000, "")
		c.line(bad["lines"].([]map[string]any)[2])
		r := e.gql(e.integrator, publishQ, map[string]any{"in": map[string]any{"payslips": []any{good, bad}}})
		if len(r.Errors) != 1 || r.codes()[0] != "BAD_REQUEST" || !strings.Contains(r.Errors[0].Message, c.want) ||
			!strings.Contains(r.Errors[0].Message, "payslips[1].lines[2]") {
			t.Errorf("%s: want BAD_REQUEST %q on payslips[1].lines[2]: %s", c.name, c.want, r.Raw)
		}
	}
	for _, c := range []struct {
		name  string
		lines any
		want  string
	}{
		{"a line that is a list", []any{[]any{"1000"}}, "a payslip line must be an object, not a list"},
		{"a line that is text", []any{"1000 Salaris"}, "a payslip line must be an object, not a string"},
	} {
		bad := payslipVars(e.annJob, 2026, 10, 300000, "")
		bad["lines"] = c.lines
		r := e.gql(e.integrator, publishQ, map[string]any{"in": map[string]any{"payslips": []any{bad}}})
		if len(r.Errors) != 1 || r.codes()[0] != "BAD_REQUEST" || !strings.Contains(r.Errors[0].Message, c.want) ||
			!strings.Contains(r.Errors[0].Message, "payslips[0].lines[0]") {
			t.Errorf("%s: want BAD_REQUEST %q on payslips[0].lines[0]: %s", c.name, c.want, r.Raw)
		}
	}
	// A null line the variable's type refuses, as before: [PayslipLineInput!]!.
	bad := payslipVars(e.annJob, 2026, 10, 300000, "")
	bad["lines"] = []any{nil}
	r := e.gql(e.integrator, publishQ, map[string]any{"in": map[string]any{"payslips": []any{bad}}})
	if len(r.Errors) != 1 || r.codes()[0] != "BAD_REQUEST" || fmt.Sprint(r.Errors[0].Path) != "[variable in payslips 0 lines 0]" {
		t.Errorf("a null line: %s", r.Raw)
	}
	if n := e.count(e.st.Client.Payslip.Query()); n != before {
		t.Errorf("%d payslips after refused batches, want %d", n, before)
	}

	lit := fmt.Sprintf(`mutation{publishPayslips(input:{payslips:[{employmentId:%q, periodType:MONTH, year:2026, period:8,
		runDate:"2026-08-20", grossCents:300000, netCents:240000, lines:[
		{code:"1000", description:"Salaris", amountCents:300000, category:EARNINGS, kind:SALARY, quantity:152, rateCents:1974},
		{code:"5000", description:"Loonheffing", amountCents:60000, category:DEDUCTIONS, kind:null}]}]}){
		createdCount payslips{lines{code amountCents category kind quantity rateCents}} userErrors{field code message}}}`, e.annJob.ID)
	r = e.gql(e.integrator, lit, nil)
	noUserErrors(t, "publishPayslips", r, "publishPayslips")
	if dig(r.Data, "publishPayslips", "createdCount") != float64(1) ||
		fmt.Sprint(dig(r.Data, "publishPayslips", "payslips", 0, "lines")) !=
			"[map[amountCents:300000 category:EARNINGS code:1000 kind:SALARY quantity:152 rateCents:1974] map[amountCents:60000 category:DEDUCTIONS code:5000 kind:<nil> quantity:<nil> rateCents:<nil>]]" {
		t.Errorf("lines written as literals: %s", r.Raw)
	}
}
