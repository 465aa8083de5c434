package app_test

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// Bad input gets a clear error code and changes nothing.
func TestBadInput(t *testing.T) {
	e := newEnv(t)
	tok := e.login(e.fx.ProviderUser)
	auditBefore := e.count(e.st.Client.AuditEvent.Query())
	actBefore := e.count(e.st.Client.ProductActivation.Query())

	cases := []struct {
		name  string
		query string
		vars  map[string]any
		code  string
	}{
		{"unknown ID", `{node(id:"per_01JZZZZZZZZZZZZZZZZZZZZZZZ"){id}}`, nil, "NOT_FOUND"},
		{"malformed ID", `{node(id:"'; drop table persons; --"){id}}`, nil, "NOT_FOUND"},
		{"unexposed type's ID", `{node(id:"ses_01JZZZZZZZZZZZZZZZZZZZZZZZ"){id}}`, nil, "NOT_FOUND"},
		{"wrong type in variables", `query($n:Int){employers(first:$n){totalCount}}`, map[string]any{"n": "ten"}, "BAD_REQUEST"},
		{"wrong type inline", `{employers(first:"ten"){totalCount}}`, nil, "BAD_REQUEST"},
		{"unknown field", `{employers{nope}}`, nil, "BAD_REQUEST"},
		{"syntax error", `{employers{`, nil, "BAD_REQUEST"},
		{"missing required input field", `mutation{activateProduct(input:{productCode:"MIJNLOKET"}){userErrors{code}}}`, nil, "BAD_REQUEST"},
		{"page too large", `{employers(first:1000){totalCount}}`, nil, "BAD_REQUEST"},
		{"malformed cursor", `{employers(after:"garbage!"){totalCount}}`, nil, "BAD_REQUEST"},
		{"cursor of another shape", `query($c:Cursor){employers(after:$c){totalCount}}`, map[string]any{"c": "kwE"}, "BAD_REQUEST"},
		{"negative page", `{employers(last:-1){totalCount}}`, nil, "BAD_REQUEST"},
		{"too many node IDs", `query($ids:[ID!]!){nodes(ids:$ids){id}}`, map[string]any{"ids": manyIDs(101)}, "BAD_REQUEST"},
		{"over-complex query", `{employers(first:200){edges{node{employments(first:200){edges{node{person{fullName account{username}}}}}}}}}`, nil, "BAD_REQUEST"},
		{"too deep", `{viewer{employer{persons{edges{node{employer{persons{edges{node{employer{persons{edges{node{id}}}}}}}}}}}}}}}`, nil, "BAD_REQUEST"},
		{"search too long", `query($id:ID!,$q:String){employer(id:$id){employments(search:$q){totalCount}}}`, map[string]any{"id": e.fx.A1.ID, "q": strings.Repeat("x", 101)}, "BAD_REQUEST"},
		{"unknown product", `mutation($e:ID!){activateProduct(input:{employerId:$e,productCode:"NOPE"}){userErrors{code}}}`, map[string]any{"e": e.fx.A1.ID}, ""},
	}
	for _, c := range cases {
		r := e.gql(tok, c.query, c.vars)
		if c.code == "" {
			if dig(r.Data, "activateProduct", "userErrors", 0, "code") != "UNKNOWN_PRODUCT" {
				t.Errorf("%s: %s", c.name, r.Raw)
			}
			continue
		}
		if len(r.Errors) == 0 || !slices.Contains(r.codes(), c.code) {
			t.Errorf("%s: want %s, got %s", c.name, c.code, r.Raw)
		}
		for _, er := range r.Errors {
			if er.Message == "" || strings.Contains(er.Message, "internal") {
				t.Errorf("%s: unclear message %q", c.name, er.Message)
			}
		}
	}
	// A mutation over GET is refused (GET serves queries only).
	req, _ := http.NewRequest(http.MethodGet, e.srv.URL+"/graphql?query="+url.QueryEscape(
		`mutation{activateProduct(input:{employerId:"`+e.fx.A1.ID+`",productCode:"WORKFLOW_EDITOR"}){userErrors{code}}}`), nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	closeBody(res)
	if res.StatusCode == http.StatusOK {
		t.Errorf("mutation over GET answered 200")
	}
	if e.count(e.st.Client.AuditEvent.Query()) != auditBefore || e.count(e.st.Client.ProductActivation.Query()) != actBefore {
		t.Fatal("bad input changed something")
	}
}

func manyIDs(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "per_01JZZZZZZZZZZZZZZZZZZZZZZZ"
	}
	return out
}
