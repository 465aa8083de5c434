package app_test

import (
	"bytes"
	"net/http"
	"slices"
	"testing"

	"github.com/werkportaal/werkportaal/server/documents"
	"github.com/werkportaal/werkportaal/server/payroll/read"
)

// R35 through the real handler: a manager signed in with their own employee account
// has Mijn team — the team's tasks, calendar and who is sick — and never the team's
// payslips, annual statements or documents: not by ID (node, nodes), not through the
// person and its connections, not as a download. Bob reads his own, so each refusal is
// the manager's, not an empty world.
func TestManagerNeverReadsTheTeamsPayAndDocumentsAPI(t *testing.T) {
	e := newPortalEnv(t)
	e.activate(e.fx.A1, "MANAGEMENT_SELF_SERVICE", "MIJNLOKET_LEAVE_CALENDAR")
	r := e.gql(e.staffA1, `mutation($in:SaveDepartmentInput!){saveDepartment(input:$in){department{id} userErrors{code field}}}`,
		map[string]any{"in": map[string]any{"employerId": e.fx.A1.ID, "name": "Winkel", "managerIds": []string{e.ann.ID}}})
	noUserErrors(t, "saveDepartment", r, "saveDepartment")
	dep := dig(r.Data, "saveDepartment", "department", "id").(string)
	r = e.gql(e.staffA1, `mutation($in:SetPersonDepartmentInput!){setPersonDepartment(input:$in){personId userErrors{code field}}}`,
		map[string]any{"in": map[string]any{"employerId": e.fx.A1.ID, "personId": e.bob.ID, "departmentId": dep}})
	noUserErrors(t, "setPersonDepartment", r, "setPersonDepartment")

	r = e.publish(e.integrator, payslipVars(e.bobJob, 2026, 10, 345678, ""))
	slip := dig(r.Data, "publishPayslips", "payslips", 0, "id").(string)
	r = e.gql(e.integrator, `mutation($in:PublishAnnualStatementInput!){publishAnnualStatement(input:$in){annualStatement{id} userErrors{code}}}`,
		map[string]any{"in": map[string]any{"employmentId": e.bobJob.ID, "year": 2025, "wageForPayrollTaxCents": 4100000,
			"withheldPayrollTaxCents": 900000, "labourTaxCreditCents": 500000, "zvwWageCents": 4100000, "payrollTaxCreditApplied": true, "bsn": "111222333"}})
	statement := dig(r.Data, "publishAnnualStatement", "annualStatement", "id").(string)
	doc := e.addDocument(e.staffA1, e.fx.A1.ID, e.bob.ID, true)
	r = e.gql(e.bobTok, `mutation{reportSick(input:{firstSickDay:"2026-11-23"}){sickReport{id} userErrors{code}}}`, nil)
	noUserErrors(t, "reportSick", r, "reportSick")

	// Ann has Mijn team: Bob is sick today, by date only.
	r = e.gql(e.annTok, `{me{features} myTeam{isManager sickToday{personName firstSickDay}} myTeamCalendar(month:"2026-11"){totalPeople}}`, nil)
	if len(r.Errors) != 0 || dig(r.Data, "myTeam", "isManager") != true || dig(r.Data, "myTeam", "sickToday", 0, "firstSickDay") != "2026-11-23" ||
		!slices.Contains(toStrings(dig(r.Data, "me", "features")), "MY_TEAM") {
		t.Fatalf("Ann's Mijn team: %s", r.Raw)
	}
	// Bob reads his own, the same way.
	r = e.gql(e.bobTok, `query($ids:[ID!]!){nodes(ids:$ids){id}}`, map[string]any{"ids": []string{slip, statement, doc}})
	for i, id := range []string{slip, statement, doc} {
		if dig(r.Data, "nodes", i, "id") != id {
			t.Fatalf("Bob does not read his own %s: %s", id, r.Raw)
		}
	}
	for _, path := range []string{read.PayslipURL(slip), read.AnnualStatementURL(statement), documents.DocumentURL(doc)} {
		if res, _ := e.get(e.bobTok, path); res.StatusCode != http.StatusOK {
			t.Fatalf("Bob cannot download his own %s: %d", path, res.StatusCode)
		}
	}

	// The manager: not found by ID, one by one or together.
	for _, id := range []string{slip, statement, doc} {
		r = e.gql(e.annTok, `query($id:ID!){node(id:$id){id}}`, map[string]any{"id": id})
		if dig(r.Data, "node") != nil || !slices.Equal(r.codes(), []string{"NOT_FOUND"}) {
			t.Errorf("the manager reads %s: %s", id, r.Raw)
		}
	}
	r = e.gql(e.annTok, `query($ids:[ID!]!){nodes(ids:$ids){id}}`, map[string]any{"ids": []string{slip, statement, doc}})
	for i := range 3 {
		if dig(r.Data, "nodes", i) != nil {
			t.Errorf("the manager reads nodes: %s", r.Raw)
		}
	}
	// Not through Bob's person and its connections.
	r = e.gql(e.annTok, `query($id:ID!){node(id:$id){... on Person{payslips{totalCount} annualStatements{id} documents{totalCount}}}}`,
		map[string]any{"id": e.bob.ID})
	if dig(r.Data, "node") != nil || bytes.Contains([]byte(r.Raw), []byte(slip)) {
		t.Errorf("the manager reaches Bob's person: %s", r.Raw)
	}
	// Her own connections hold her own only.
	r = e.gql(e.annTok, `{me{payslips{totalCount} annualStatements{id} documents{totalCount}}}`, nil)
	if dig(r.Data, "me", "payslips", "totalCount") != float64(0) || len(dig(r.Data, "me", "annualStatements").([]any)) != 0 ||
		dig(r.Data, "me", "documents", "totalCount") != float64(0) {
		t.Errorf("the manager's own lists hold the team's: %s", r.Raw)
	}
	// Not as a download: 404, nothing of the file in the answer.
	for _, path := range []string{read.PayslipURL(slip), read.AnnualStatementURL(statement), documents.DocumentURL(doc)} {
		res, body := e.get(e.annTok, path)
		if res.StatusCode != http.StatusNotFound || bytes.Contains(body, []byte("%PDF")) || res.Header.Get("Content-Disposition") != "" {
			t.Errorf("the manager downloads %s: %d %s", path, res.StatusCode, body)
		}
	}
	// Mijn team itself carries nothing of them, and no reason of the sickness (R25).
	r = e.gql(e.annTok, `{myTeam{tasks{id} started{id} sickToday{personName firstSickDay}}}`, nil)
	for _, leak := range []string{slip, statement, doc, "111222333", "345678"} {
		if bytes.Contains([]byte(r.Raw), []byte(leak)) {
			t.Errorf("Mijn team carries %s: %s", leak, r.Raw)
		}
	}
}
