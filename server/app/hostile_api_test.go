package app_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/frontend"
	"github.com/werkportaal/werkportaal/graph"
	"github.com/werkportaal/werkportaal/server/app"
)

// checkedNodes reads the metric of document nodes visited before execution.
func checkedNodes(t *testing.T, a *app.App) int64 {
	t.Helper()
	mfs, err := a.Metrics.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == "werkportaal_graphql_checked_nodes_total" {
			return int64(mf.GetMetric()[0].GetCounter().GetValue())
		}
	}
	t.Fatal("no werkportaal_graphql_checked_nodes_total metric")
	return 0
}

// One small request costs a small fixed amount of work before it is refused:
// on the production configuration anonymous callers, employees and staff are
// refused by the hash of the text, before anything is parsed (no node visited);
// integrators' documents are held to the document limits before validation, within a
// budget of visited nodes. The work is counted, not timed.
func TestHostileDocumentsCostAFixedBudget(t *testing.T) {
	e := newEnv(t)
	staff := e.login(e.fx.ProviderUser)
	employee := e.registerEmployee(staff, e.fx.PersonsA1[40], "hostile.employee")
	integrator := checkOAuthSuccess(t, e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret), "", ""))
	prod, err := app.New(e.st, e.clk, app.Config{JWTKey: testJWTKey})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(prod.Handler())
	defer srv.Close()

	var doubling strings.Builder
	doubling.WriteString("query{...F0}")
	for i := range 26 {
		fmt.Fprintf(&doubling, " fragment F%d on Query{...F%d ...F%d}", i, i+1, i+1)
	}
	doubling.WriteString(" fragment F26 on Query{__typename}")
	docs := []struct{ name, query, refusal string }{
		{"27 doubling fragments", doubling.String(), "selections"},
		{"16,000 __typename", "{" + strings.Repeat("__typename ", 16000) + "}", "token limit"},
		{"101 repeated viewer{id}", "{" + strings.Repeat("viewer{id} ", 101) + "}", "repeat a response name"},
		{"200 aliases", "{" + strings.Repeat("a:__typename b:__typename ", 100) + "}", "aliases"},
	}
	lim := graph.DefaultDocumentLimits
	budget := int64(lim.MaxTokens + 2*lim.MaxSelections)
	for _, c := range []struct{ who, token string }{
		{"anonymous", ""}, {"employee", employee}, {"staff", staff}, {"integrator", integrator},
	} {
		for _, d := range docs {
			before := checkedNodes(t, prod)
			a := send(t, gqlRequest(t, srv.URL, c.token, d.query))
			visited := checkedNodes(t, prod) - before
			what := c.who + ", " + d.name
			if len(a.errs) != 1 || a.code() != "BAD_REQUEST" {
				t.Errorf("%s: %d %.300s; want one BAD_REQUEST", what, a.status, a.raw)
				continue
			}
			if c.who != "integrator" {
				if !strings.Contains(a.errs[0].Message, "not one of the web app's") || visited != 0 {
					t.Errorf("%s: %q after %d visited nodes; want the web-app-only refusal before parsing", what, a.errs[0].Message, visited)
				}
				continue
			}
			if !strings.Contains(a.errs[0].Message, d.refusal) || visited > budget {
				t.Errorf("%s: %q after %d visited nodes; want a refusal about %q within %d", what, a.errs[0].Message, visited, d.refusal, budget)
			}
		}
	}

	// The same callers' ordinary requests are served: the SPA's documents by their hash,
	// an integrator's own query.
	docByName := map[string]string{}
	for h, d := range frontend.PersistedDocuments() {
		for _, name := range []string{"query AdminEmployers(", "query EmployeePortalHome {"} {
			if strings.Contains(d, name) {
				docByName[name] = h
			}
		}
	}
	for _, c := range []struct{ who, token, doc string }{
		{"staff", staff, "query AdminEmployers("}, {"employee", employee, "query EmployeePortalHome {"},
	} {
		if docByName[c.doc] == "" {
			t.Fatalf("the SPA has no %s document", c.doc)
		}
		body := `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"` + docByName[c.doc] + `"}}}`
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+c.token)
		if a := send(t, req); a.status != http.StatusOK || len(a.errs) != 0 {
			t.Errorf("%s, persisted %s: %d %.300s", c.who, c.doc, a.status, a.raw)
		}
	}
	if a := send(t, gqlRequest(t, srv.URL, integrator, `{employers(first:5){totalCount edges{node{id name}}}}`)); a.status != http.StatusOK || len(a.errs) != 0 {
		t.Errorf("integrator query: %d %.300s", a.status, a.raw)
	}
}
