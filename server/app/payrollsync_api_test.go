package app_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/werkportaal/werkportaal/server/app"
)

const changesQ = `query($cursor: String, $first: Int) { changesSince(cursor: $cursor, first: $first) {
  cursor hasMore acknowledgedCursor
  changes { cursor kind employerId personId subjectType subjectId values { field value } } } }`

const ackQ = `mutation($c: String!) { acknowledgeChanges(input: {cursor: $c}) { acknowledgedCursor userErrors { code } } }`

const emailQ = `mutation($p: ID!, $e: String!) { updatePersonEmail(input: {personId: $p, email: $e}) { userErrors { code } } }`

const syncQ = `mutation($in: SyncEmployeesInput!) { syncEmployees(input: $in) {
  createdCount errorCount userErrors { code }
  results { index status employmentId changedFields userErrors { code field } } } }`

// R45: the change feed across two instances on one database: changes made on either
// instance are read in commit order on the other; the cursor of one instance is good on
// the other; acknowledging on one makes the other read on after it.
func TestChangeFeedAcrossTwoInstances(t *testing.T) {
	e := newEnv(t)
	second, err := app.New(e.st, e.clk, app.Config{JWTKey: testJWTKey, AdHocQueries: true})
	if err != nil {
		t.Fatal(err)
	}
	srv2 := httptest.NewServer(second.Handler())
	t.Cleanup(srv2.Close)
	bases := []string{e.srv.URL, srv2.URL}
	staff := e.login(e.fx.ProviderUser)
	for i, p := range e.fx.PersonsA1[:4] {
		r := postFrom(t, bases[i%2], "", staff, emailQ, map[string]any{"p": p.ID, "e": fmt.Sprintf("nieuw%d@example.nl", i)})
		if r.Status != http.StatusOK || len(r.Errors) != 0 || len(dig(r.Data, "updatePersonEmail", "userErrors").([]any)) != 0 {
			t.Fatalf("e-mail change %d: %s", i, r.Raw)
		}
	}
	tok := checkOAuthSuccess(t, e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret), "", ""))
	page := func(base string, cursor any, first int) (cursor2 string, people []string, raw string) {
		r := postFrom(t, base, "", tok, changesQ, map[string]any{"cursor": cursor, "first": first})
		if len(r.Errors) != 0 {
			t.Fatalf("changesSince: %s", r.Raw)
		}
		for _, c := range dig(r.Data, "changesSince", "changes").([]any) {
			people = append(people, dig(c, "personId").(string))
			if dig(c, "kind") != "PERSON_EMAIL_CHANGED" {
				t.Errorf("kind: %s", r.Raw)
			}
		}
		return dig(r.Data, "changesSince", "cursor").(string), people, r.Raw
	}
	want := func(ids ...int) []string {
		var out []string
		for _, i := range ids {
			out = append(out, e.fx.PersonsA1[i].ID)
		}
		return out
	}
	c1, got, raw := page(bases[1], nil, 2)
	if fmt.Sprint(got) != fmt.Sprint(want(0, 1)) {
		t.Fatalf("first page on instance 2: %s", raw)
	}
	// The cursor of instance 2 reads on at instance 1.
	if _, got, raw := page(bases[0], c1, 10); fmt.Sprint(got) != fmt.Sprint(want(2, 3)) {
		t.Fatalf("read on at instance 1: %s", raw)
	}
	// Acknowledge on instance 1; instance 2 then starts after it.
	if r := postFrom(t, bases[0], "", tok, ackQ, map[string]any{"c": c1}); dig(r.Data, "acknowledgeChanges", "acknowledgedCursor") != c1 {
		t.Fatalf("acknowledge: %s", r.Raw)
	}
	if _, got, raw := page(bases[1], nil, 10); fmt.Sprint(got) != fmt.Sprint(want(2, 3)) {
		t.Fatalf("after acknowledging, instance 2: %s", raw)
	}
	// Another provider's staff see none of it.
	p2 := e.login(e.fx.ProviderUserP2)
	if r := postFrom(t, bases[1], "", p2, changesQ, map[string]any{}); len(dig(r.Data, "changesSince", "changes").([]any)) != 0 {
		t.Errorf("provider 2 sees: %s", r.Raw)
	}
}

// R45 over HTTP: a row's error points at its cell in the input; the good rows are
// written; another provider's employer is NOT_FOUND like a missing one.
func TestSyncEmployeesOverHTTP(t *testing.T) {
	e := newEnv(t)
	tok := checkOAuthSuccess(t, e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret), "", ""))
	rows := []map[string]any{
		{"employeeNumber": 9001, "personKey": "N1", "firstName": "Nieuw", "lastName": "Een", "birthDate": "1990-02-03", "startDate": "2026-01-01"},
		{"employeeNumber": 9002, "personKey": "N2", "firstName": "Nieuw", "lastName": "Twee", "birthDate": "1990-02-03", "startDate": "2026-01-01", "privateEmail": "kapot"},
	}
	r := e.gql(tok, syncQ, map[string]any{"in": map[string]any{"employerId": e.fx.A1.ID, "employees": rows}})
	if len(r.Errors) != 0 || dig(r.Data, "syncEmployees", "createdCount") != float64(1) || dig(r.Data, "syncEmployees", "errorCount") != float64(1) {
		t.Fatalf("sync: %s", r.Raw)
	}
	bad := dig(r.Data, "syncEmployees", "results", 1, "userErrors", 0)
	if dig(bad, "code") != "INVALID_EMAIL" || fmt.Sprint(dig(bad, "field")) != "[input employees 1 privateEmail]" {
		t.Errorf("row error: %v", bad)
	}
	r = e.gql(tok, syncQ, map[string]any{"in": map[string]any{"employerId": e.fx.B1.ID, "employees": rows[:1]}})
	if fmt.Sprint(r.codes()) != "[NOT_FOUND]" {
		t.Errorf("provider 2's employer: %s", r.Raw)
	}
}

// R25, R45: an employee's sick and recovery reports reach payroll through the feed, in
// order, with the values payroll takes over; another provider's integrator does not
// see them, and an employee cannot read the feed.
func TestSickReportsReachTheFeed(t *testing.T) {
	e := newPortalEnv(t)
	r := e.gql(e.annTok, `mutation{reportSick(input:{firstSickDay:"2026-11-23", hoursWorked: 4}){sickReport{id} userErrors{code}}}`, nil)
	noUserErrors(t, "reportSick", r, "reportSick")
	sick := dig(r.Data, "reportSick", "sickReport", "id")
	r = e.gql(e.annTok, `mutation{reportRecovered(input:{recoveryDate:"2026-11-24"}){sickReport{id} userErrors{code}}}`, nil)
	noUserErrors(t, "reportRecovered", r, "reportRecovered")

	r = e.gql(e.integrator, changesQ, map[string]any{})
	changes := dig(r.Data, "changesSince", "changes")
	if fmt.Sprint(dig(changes, 0, "kind"), "/", dig(changes, 1, "kind")) != "SICK_REPORTED/RECOVERY_REPORTED" ||
		dig(changes, 0, "personId") != e.ann.ID || dig(changes, 0, "subjectId") != sick || dig(changes, 2) != nil {
		t.Fatalf("feed: %s", r.Raw)
	}
	if got := fmt.Sprint(dig(changes, 0, "values")); got != "[map[field:firstSickDay value:2026-11-23] map[field:hoursWorked value:4]]" {
		t.Errorf("sick values: %s", got)
	}
	if got := fmt.Sprint(dig(changes, 1, "values")); got != "[map[field:firstSickDay value:2026-11-23] map[field:recoveryDate value:2026-11-24]]" {
		t.Errorf("recovery values: %s", got)
	}
	p2 := e.login(e.fx.ProviderUserP2)
	if r := e.gql(p2, changesQ, map[string]any{}); len(dig(r.Data, "changesSince", "changes").([]any)) != 0 {
		t.Errorf("provider 2 sees: %s", r.Raw)
	}
	if r := e.gql(e.annTok, changesQ, map[string]any{}); fmt.Sprint(r.codes()) != "[FORBIDDEN]" {
		t.Errorf("an employee reads the feed: %s", r.Raw)
	}
}
