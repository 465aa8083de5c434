package app_test

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
)

// canonical is a GraphQL answer with its errors in the order of their paths: fields
// resolve concurrently, so errors of sibling fields come in any order.
func canonical(t *testing.T, body string) string {
	t.Helper()
	var a struct {
		Errors []json.RawMessage `json:"errors,omitempty"`
		Data   json.RawMessage   `json:"data"`
	}
	if err := json.Unmarshal([]byte(body), &a); err != nil {
		t.Fatalf("%v: %s", err, body)
	}
	path := func(e json.RawMessage) string {
		var p struct{ Path []any }
		_ = json.Unmarshal(e, &p)
		out, _ := json.Marshal(p.Path)
		return string(out)
	}
	slices.SortStableFunc(a.Errors, func(x, y json.RawMessage) int { return strings.Compare(path(x), path(y)) })
	out, _ := json.Marshal(a)
	return string(out)
}

// employer(id:) reads the employer with the employments page its selection asks for in
// one statement (directory.EmployerPage); the answer is byte for byte the one of the
// two steps it replaces: the employer, then its employments field. The two steps are
// asked through node(id:), which reads the employer alone, aliased to employer and with
// the selection on a line of its own, so paths and locations match. Refusals of the
// page (a page size, first with last, a malformed cursor) stay on the employments field.
func TestEmployerWithPageAnswersAsTwoSteps(t *testing.T) {
	e := newEnv(t)
	f := e.fx
	principals := []struct{ name, token string }{
		{"employer user", e.login(f.EmployerUserA1Email)},
		{"employer user without VIEW_MIJNLOKET_EMAIL", e.login(f.EmployerUserA1)},
		{"integrator", checkOAuthSuccess(t, e.oauthToken(http.MethodPost, e.clientForm(f.APIClientSecret), "", ""))},
	}
	page := `employments(first:$n){totalCount pageInfo{hasNextPage hasPreviousPage startCursor endCursor}
		edges{cursor node{id employeeNumber startDate endDate inService jobTitle
		person{id fullName email birthDate account{id username status registeredEmail lastLoginAt}}}}}`
	cases := []struct {
		name, vars, sel string
		combined        bool // read with the employer in one statement
	}{
		{"page", "$n:Int!", page, true},
		{"page with the employer's fields", "$n:Int!", `id name administrationNumber mijnLoketVariant ` + page, true},
		{"page in a fragment", "$n:Int!", `...on Employer{` + page + `}`, true},
		{"after a cursor", "$c:Cursor", `employments(first:5,after:$c){totalCount pageInfo{hasNextPage endCursor} edges{cursor node{id}}}`, true},
		{"last before a cursor", "$c:Cursor", `employments(last:5,before:$c){totalCount pageInfo{hasPreviousPage startCursor} edges{node{id employeeNumber}}}`, true},
		{"past the end", "$end:Cursor", `employments(first:5,after:$end){totalCount pageInfo{hasNextPage} edges{node{id}}}`, true},
		{"ordered and filtered", "$n:Int!", `employments(first:$n,orderBy:{field:START_DATE,direction:DESC},search:"anna",filter:{service:IN_SERVICE,accessStatus:[ACTIVE,NONE]}){totalCount edges{node{id startDate}}}`, true},
		{"count only", "", `employments(search:"persoon1"){totalCount}`, true},
		{"rows only", "", `employments{edges{node{id}}}`, true},
		{"no rows", "", `employments(first:0){totalCount pageInfo{hasNextPage}}`, true},
		{"page size refused", "", `name employments(first:1000){totalCount}`, false},
		{"first with last", "", `name employments(first:2,last:2){totalCount}`, false},
		{"malformed cursor", "", `name employments(first:2,after:"nonsense"){totalCount}`, false},
		{"two pages", "$n:Int!", `a:employments(first:$n){totalCount} b:employments(last:$n){edges{node{id}}}`, false},
	}
	const reqID = "employer-page-0001"
	for _, p := range principals {
		// Also reads the product catalogue, which the server keeps once read, so both
		// ways below count only their own statements.
		r := e.gql(p.token, `query($id:ID!){employer(id:$id){mijnLoketVariant employments(first:10){pageInfo{endCursor} edges{cursor}} all:employments(first:200){pageInfo{endCursor} edges{cursor}}}}`,
			map[string]any{"id": f.A1.ID})
		vars := map[string]any{"id": f.A1.ID, "n": 10,
			"c": dig(r.Data, "employer", "employments", "pageInfo", "endCursor"), "end": dig(r.Data, "employer", "all", "pageInfo", "endCursor")}
		if vars["c"] == nil || vars["end"] == nil {
			t.Fatalf("%s: no cursors: %s", p.name, r.Raw)
		}
		for _, c := range cases {
			decl := "$id:ID!"
			if c.vars != "" {
				decl += "," + c.vars
			}
			used := map[string]any{}
			for k, v := range vars {
				if k == "id" || strings.Contains(c.vars, "$"+k+":") {
					used[k] = v
				}
			}
			ask := func(open, close string) (int, string, int64) {
				before := e.stmts.Load()
				status, body := e.gqlRaw(p.token, "query("+decl+"){"+open+"\n"+c.sel+close+"}", used, reqID)
				return status, body, e.stmts.Load() - before
			}
			s1, combined, n1 := ask("employer(id:$id){", "}")
			s2, twoSteps, n2 := ask("employer:node(id:$id){...on Employer{", "}}")
			t.Logf("%s, %s: %d statements, two steps %d", p.name, c.name, n1, n2)
			if s1 != s2 || canonical(t, combined) != canonical(t, twoSteps) {
				t.Errorf("%s, %s:\nemployer(id:) %d %s\ntwo steps     %d %s", p.name, c.name, s1, combined, s2, twoSteps)
			}
			if c.combined && n1 >= n2 || !c.combined && n1 != n2 {
				t.Errorf("%s, %s: %d statements, two steps %d; read in one statement: %v", p.name, c.name, n1, n2, c.combined)
			}
		}
	}
}
