package app_test

import (
	"testing"
)

// One page of the employments list costs the same number of SQL statements for 10 rows
// as for 50 (no N+1): the person and account of every row are loaded in one query each.
func TestEmploymentsPageStatementCount(t *testing.T) {
	e := newEnv(t)
	tok := e.login(e.fx.EmployerUserA1Email)
	q := `query($id:ID!,$n:Int!){employer(id:$id){employments(first:$n){totalCount
		pageInfo{hasNextPage endCursor}
		edges{cursor node{id employeeNumber startDate endDate inService jobTitle
			person{id fullName email birthDate account{id username status registeredEmail lastLoginAt}}}}}}}`
	statements := func(n int) int64 {
		before := e.stmts.Load()
		r := e.gql(tok, q, map[string]any{"id": e.fx.A1.ID, "n": n})
		if len(r.Errors) > 0 {
			t.Fatalf("page of %d: %s", n, r.Raw)
		}
		edges, _ := dig(r.Data, "employer", "employments", "edges").([]any)
		if len(edges) != n {
			t.Fatalf("page of %d has %d rows", n, len(edges))
		}
		if dig(edges, n-1, "node", "person", "fullName") == nil {
			t.Fatalf("row without person: %.400s", r.Raw)
		}
		return e.stmts.Load() - before
	}
	s10, s50 := statements(10), statements(50)
	t.Logf("statements per page: 10 rows → %d, 50 rows → %d", s10, s50)
	if s10 != s50 {
		t.Fatalf("statements grow with the page: 10 rows → %d, 50 rows → %d", s10, s50)
	}
	// Authentication (session, user), employer, count, page, persons, accounts: a small constant.
	if s10 > 8 {
		t.Fatalf("%d statements for one page; expected at most 8", s10)
	}
}
