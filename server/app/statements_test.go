package app_test

import (
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/werkportaal/werkportaal/ent/sickreport"
	"github.com/werkportaal/werkportaal/server/date"
)

// employmentsPageQuery is the staff employments page as the SPA and integrators ask it.
const employmentsPageQuery = `query($id:ID!,$n:Int!){employer(id:$id){employments(first:$n){totalCount
	pageInfo{hasNextPage endCursor}
	edges{cursor node{id employeeNumber startDate endDate inService jobTitle
		person{id fullName email birthDate account{id username status registeredEmail lastLoginAt}}}}}}}`

// One page of the employments list costs at most two SQL statements, the same for 10
// rows as for 50 (no N+1), for an employer user, a provider user and an integrator:
// authentication (the session with its user or API client), and the employer with the
// page and its count (directory.EmployerPage). A search that finds nothing and a cursor
// past the end cost no more.
func TestEmploymentsPageStatementCount(t *testing.T) {
	e := newEnv(t)
	principals := []struct{ name, token string }{
		{"employer user", e.login(e.fx.EmployerUserA1Email)},
		{"provider user", e.login(e.fx.ProviderUser)},
		{"integrator", checkOAuthSuccess(t, e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret), "", ""))},
	}
	for _, p := range principals {
		t.Run(p.name, func(t *testing.T) {
			statements := func(q string, vars map[string]any) (int64, gqlResponse) {
				before := e.stmts.Load()
				r := e.gql(p.token, q, vars)
				if len(r.Errors) > 0 {
					t.Fatalf("%v: %s", vars, r.Raw)
				}
				return e.stmts.Load() - before, r
			}
			page := func(n int) int64 {
				s, r := statements(employmentsPageQuery, map[string]any{"id": e.fx.A1.ID, "n": n})
				edges, _ := dig(r.Data, "employer", "employments", "edges").([]any)
				if len(edges) != n {
					t.Fatalf("page of %d has %d rows", n, len(edges))
				}
				if dig(edges, n-1, "node", "person", "fullName") == nil || dig(edges, 0, "node", "person", "account", "username") == nil {
					t.Fatalf("row without person or account: %.400s", r.Raw)
				}
				if dig(r.Data, "employer", "employments", "totalCount") != float64(len(e.fx.PersonsA1)) {
					t.Fatalf("totalCount: %.400s", r.Raw)
				}
				return s
			}
			var (
				mu   sync.Mutex
				seen []string
			)
			record := func(s string) { mu.Lock(); seen = append(seen, s); mu.Unlock() }
			e.logged.Store(&record)
			s10, s50 := page(10), page(50)
			e.logged.Store(nil)
			// No secret is read: authentication reads none of the session's refresh
			// hashes, the user's password hash, second-factor secrets and recovery codes,
			// or the API client's secret hashes; the page no account's password hash.
			for _, stmt := range seen {
				q, _, _ := strings.Cut(stmt, "args=")
				for _, secret := range []string{"_hash", "totp_secret", "totp_pending_secret"} {
					if i := strings.Index(q, secret); i >= 0 {
						t.Errorf("a statement of the page reads a secret (…%s…): %.200s", q[max(0, i-40):min(len(q), i+40)], q)
					}
				}
			}
			t.Logf("statements per page: 10 rows → %d, 50 rows → %d", s10, s50)
			if s10 != s50 {
				t.Fatalf("statements grow with the page: 10 rows → %d, 50 rows → %d", s10, s50)
			}
			if s10 > 2 {
				t.Fatalf("%d statements for one page; expected at most 2", s10)
			}
			none, r := statements(`query($id:ID!){employer(id:$id){employments(first:10,search:"zzz"){totalCount edges{node{id}}}}}`,
				map[string]any{"id": e.fx.A1.ID})
			if dig(r.Data, "employer", "employments", "totalCount") != float64(0) {
				t.Fatalf("a search for nothing: %s", r.Raw)
			}
			_, r = statements(employmentsPageQuery, map[string]any{"id": e.fx.A1.ID, "n": len(e.fx.PersonsA1)})
			end := dig(r.Data, "employer", "employments", "pageInfo", "endCursor")
			past, r := statements(`query($id:ID!,$after:Cursor){employer(id:$id){employments(first:10,after:$after){totalCount edges{node{id}}}}}`,
				map[string]any{"id": e.fx.A1.ID, "after": end})
			if dig(r.Data, "employer", "employments", "totalCount") != float64(len(e.fx.PersonsA1)) ||
				len(dig(r.Data, "employer", "employments", "edges").([]any)) != 0 {
				t.Fatalf("a page past the end: %s", r.Raw)
			}
			t.Logf("statements: a search for nothing %d, a page past the end %d", none, past)
			if none > 2 || past > 2 {
				t.Fatalf("a search for nothing costs %d statements, a page past the end %d; expected at most 2", none, past)
			}
		})
	}
}

// me loads only the parts a request selects: the portal's content pages ask for
// me { payslips … } alone and pay no statements for the person's edges, while a query
// that selects them (through a fragment too) still gets them all.
func TestMeLoadsOnlyWhatIsAsked(t *testing.T) {
	e := newPortalEnv(t)
	statements := func(q string) (int64, gqlResponse) {
		before := e.stmts.Load()
		r := e.gql(e.annTok, q, nil)
		if len(r.Errors) > 0 {
			t.Fatalf("%s: %s", q, r.Raw)
		}
		return e.stmts.Load() - before, r
	}
	bare, _ := statements(`{me{features}}`)
	full, r := statements(`fragment P on EmployeeMe{person{id fullName} employments{id}} {me{...P account{username} employer{name} features}}`)
	t.Logf("statements: me{features} %d, me with all parts %d", bare, full)
	if bare+4 != full {
		t.Errorf("me{features} costs %d statements, me with person, account, employer and employments %d; want 4 apart", bare, full)
	}
	if dig(r.Data, "me", "person", "id") != e.ann.ID || dig(r.Data, "me", "account", "username") == nil ||
		dig(r.Data, "me", "employer", "name") != e.fx.A1.Name || len(dig(r.Data, "me", "employments").([]any)) == 0 {
		t.Errorf("me with all parts: %s", r.Raw)
	}
	if only, r := statements(`{me{employer{id} features}}`); only != bare+2 || dig(r.Data, "me", "employer", "id") != e.fx.A1.ID {
		t.Errorf("me{employer features} costs %d statements (me{features} %d; want 2 more: person and employer): %s", only, bare, r.Raw)
	}
}

// R25: the verzuim overview computes the Poortwachter timeline of every open case on a
// page with one query for all their earlier reports, not one per case: a page of 40
// open cases costs what a page of 5 costs, and each timeline still starts from the
// first sick day of the case (an ended report less than four weeks before joins it).
func TestVerzuimOverviewStatementCount(t *testing.T) {
	e := newEnv(t)
	c, ctx := e.st.Client, e.w.Sys
	for i, p := range e.fx.PersonsA1[:40] {
		ended := date.New(2026, 9, 1).AddDays(i)
		c.SickReport.Create().SetProviderID(p.ProviderID).SetEmployerID(p.EmployerID).SetPersonID(p.ID).
			SetFirstSickDay(ended).SetRecoveryDate(ended.AddDays(10)).SetReportedAt(e.clk.Now()).
			SetReportedByKind(sickreport.ReportedByKindEMPLOYEE).SetReportedByID(p.ID).SetReportedByName(p.FirstName).SaveX(ctx)
		c.SickReport.Create().SetProviderID(p.ProviderID).SetEmployerID(p.EmployerID).SetPersonID(p.ID).
			SetFirstSickDay(ended.AddDays(20)).SetReportedAt(e.clk.Now()).
			SetReportedByKind(sickreport.ReportedByKindEMPLOYEE).SetReportedByID(p.ID).SetReportedByName(p.FirstName).SaveX(ctx)
	}
	tok := e.login(e.fx.EmployerUserA1)
	q := `query($id:ID!,$n:Int!){employer(id:$id){sickReports(open:true, first:$n){totalCount
		edges{node{id firstSickDay poortwachter{firstSickDay milestones{step dueOn status}}}}}}}`
	statements := func(n int) int64 {
		before := e.stmts.Load()
		r := e.gql(tok, q, map[string]any{"id": e.fx.A1.ID, "n": n})
		if len(r.Errors) > 0 {
			t.Fatalf("page of %d: %s", n, r.Raw)
		}
		edges, _ := dig(r.Data, "employer", "sickReports", "edges").([]any)
		if len(edges) != n {
			t.Fatalf("page of %d has %d rows", n, len(edges))
		}
		for _, edge := range edges {
			open, _ := date.Parse(dig(edge, "node", "firstSickDay").(string))
			first := dig(edge, "node", "poortwachter", "firstSickDay")
			if first != open.AddDays(-20).String() {
				t.Fatalf("case of a report from %s starts on %v, want the ended report's first day", open, first)
			}
			if ms, _ := dig(edge, "node", "poortwachter", "milestones").([]any); len(ms) == 0 {
				t.Fatalf("no milestones: %.400s", r.Raw)
			}
		}
		return e.stmts.Load() - before
	}
	s5, s40 := statements(5), statements(40)
	t.Logf("statements per page: 5 open cases → %d, 40 → %d", s5, s40)
	if s5 != s40 {
		t.Fatalf("statements grow with the open cases: 5 → %d, 40 → %d", s5, s40)
	}
}
