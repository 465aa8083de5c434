package graph

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/introspection"
	"github.com/vektah/gqlparser/v2"

	"github.com/werkportaal/werkportaal/frontend"
	"github.com/werkportaal/werkportaal/graph/generated"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// doubling is the attacker's document: query{...F0}, each fragment spreads the next one
// twice, and the last one selects leaf, so the operation stands for 2^levels leaves.
func doubling(levels int, leaf string) string {
	var b strings.Builder
	b.WriteString("query{...F0}")
	for i := range levels {
		fmt.Fprintf(&b, " fragment F%d on Query{...F%d ...F%d}", i, i+1, i+1)
	}
	fmt.Fprintf(&b, " fragment F%d on Query{%s}", levels, leaf)
	return b.String()
}

func repeat(s string, n int) string { return strings.Repeat(s+" ", n) }

func numbered(format string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, format+" ", i)
	}
	return b.String()
}

// nested wraps inner in n levels of open+inner+close.
func nested(open, inner, close string, n int) string {
	return strings.Repeat(open, n) + inner + strings.Repeat(close, n)
}

// budget is the most document nodes the checks before execution may visit for one
// request: each selection once as written (the token limit bounds those), and the
// operations' expanded and merged selections twice at most (bounded by MaxSelections).
// A walk that followed every fragment spread would visit 2^27 nodes for the document
// of the attack.
var budget = int64(DefaultDocumentLimits.MaxTokens + 2*DefaultDocumentLimits.MaxSelections)

// hostile documents and variants, with what their refusal before
// validation says ("" when the document is within the limits) and, for those, what
// validation says ("" when the document is answered).
var hostile = []struct {
	name, query, refusal, invalid string
}{
	{"27 fragments, each spreading the next twice", doubling(26, "__typename"), "selections", ""},
	{"40 doubling fragments (would overflow a count)", doubling(40, "viewer{id}"), "selections", ""},
	{"70 doubling fragments", doubling(70, "viewer{id}"), "fragments", ""},
	{"16,000 __typename (176 KB)", "{" + repeat("__typename", 16000) + "}", "token limit", ""},
	{"1,000 nested inline fragments", "{" + nested("... on Query{", "__typename", "}", 1000) + "}", "nesting depth", ""},
	{"600 sibling inline fragments", "{" + repeat("... on Query{__typename}", 600) + "}", "selections", ""},
	{"200 aliases", "{" + numbered("a%d:__typename", 200) + "}", "aliases", ""},
	{"repeated directives", "{__typename" + strings.Repeat(" @include(if:true)", 200) + "}", "directives", ""},
	{"long field list", "{viewer{" + numbered("f%d", 2000) + "}}", "selections", ""},
	{"repeated fields with selections", "{" + repeat("viewer{id}", 101) + "}", "repeat a response name", ""},
	{"repeated fields through fragments", "{" + numbered("...G%d", 50) + "}" + numbered("fragment G%d on Query{viewer{id displayName}}", 50), "repeat a response name", ""},
	{"deep lists", "{" + nested("employers{edges{node{persons{edges{node{", "id", "}}}}}}", 3) + "}", "nested", ""},
	{"fragment cycle", "query{...A} fragment A on Query{...B} fragment B on Query{...A}", "spreads itself", ""},
	{"unused fragment", "query{__typename} fragment U on Query{" + repeat("__typename", 500) + "}", "never used", ""},
	{"51 fragments", "query{__typename}" + numbered("fragment H%d on Query{__typename}", 51), "fragments", ""},
	{"deeply nested list value", `{nodes(ids:` + nested("[", `"x"`, "]", 500) + `){id}}`, "", "cannot represent"},
	{"400 nested inline fragments", "{" + nested("... on Query{", "__typename", "}", 400) + "}", "", ""},
	{"100 repeated __typename", "{" + repeat("__typename", 100) + "}", "", ""},
}

// Every hostile document is refused, or answered, within the budget of visited nodes;
// the limits apply to any document that is not the web app's, here an integrator's.
func TestDocumentChecksVisitAFixedBudget(t *testing.T) {
	for _, h := range hostile {
		t.Run(h.name, func(t *testing.T) {
			visits := 0
			err := checkDocument(h.query, DefaultDocumentLimits, DefaultHandlerConfig.MaxDepth, &visits)
			switch {
			case h.refusal == "" && err != nil:
				t.Errorf("refused: %v", err)
			case h.refusal != "" && (err == nil || !strings.Contains(err.Message, h.refusal)):
				t.Errorf("got %v, want a refusal about %q", err, h.refusal)
			}
			if int64(visits) > budget {
				t.Errorf("visited %d nodes, budget %d", visits, budget)
			}
		})
	}
}

// The web app's own documents are always within the limits an integrator's must meet, so
// the limits never keep an integrator from asking what the SPA asks.
func TestPersistedDocumentsAreWithinDocumentLimits(t *testing.T) {
	for hash, doc := range frontend.PersistedDocuments() {
		visits := 0
		if err := checkDocument(doc, DefaultDocumentLimits, DefaultHandlerConfig.MaxDepth, &visits); err != nil {
			t.Errorf("document %s: %v\n%s", hash, err, doc)
		}
	}
}

// operation parses and validates query against the schema, as gqlgen does before the
// operation-context checks run.
func operation(t *testing.T, query string) *graphql.OperationContext {
	t.Helper()
	schema := generated.NewExecutableSchema(*NewSchema(&Resolver{})).Schema()
	doc, errs := gqlparser.LoadQueryWithRules(schema, query, nil)
	if len(errs) > 0 {
		t.Fatalf("invalid document: %v", errs)
	}
	return &graphql.OperationContext{Doc: doc, Operation: doc.Operations[0]}
}

// The cost walker measures each fragment once and saturates instead of overflowing:
// the doubling documents (valid GraphQL, cheap to validate) are refused for their cost
// after a few visits per fragment, even when 2^70 would wrap around an int.
func TestCostWalkerVisitsEachFragmentOnce(t *testing.T) {
	for _, levels := range []int{26, 70} {
		oc := operation(t, doubling(levels, "viewer{id}"))
		var visits atomic.Int64
		err := Limits{MaxCost: 12000, MaxDepth: 12, Visits: &visits}.MutateOperationContext(context.Background(), oc)
		if err == nil || !strings.Contains(err.Message, "costs") {
			t.Errorf("%d levels: got %v, want a refusal for the cost", levels, err)
		}
		if n := visits.Load(); n > int64(3*(levels+1)) {
			t.Errorf("%d levels: the walk visited %d selections, want at most %d (each fragment once)", levels, n, 3*(levels+1))
		}
	}
	// The semantics stay: a page of 200 persons with their employer costs 200 × 2 plus the connection.
	oc := operation(t, `{employers(first:200){edges{node{id name}}}}`)
	var visits atomic.Int64
	if err := (Limits{MaxCost: 12000, MaxDepth: 12, Visits: &visits}).MutateOperationContext(context.Background(), oc); err != nil {
		t.Fatalf("a page of 200 employers: %v", err)
	}
	w := walker{doc: oc.Doc, frags: map[string]extent{}}
	if e := w.selection(oc.Operation.SelectionSet); e.cost != 1+200*(1+1*(1+2)) || e.height != 4 {
		t.Errorf("employers(first:200){edges{node{id name}}}: cost %d height %d, want %d and 4", e.cost, e.height, 1+200*(1+1*(1+2)))
	}
}

// The introspection check looks into each fragment once.
func TestNoIntrospectionVisitsEachFragmentOnce(t *testing.T) {
	for _, c := range []struct {
		leaf    string
		refused bool
	}{{"__typename", false}, {"__schema{queryType{name}}", true}} {
		oc := operation(t, doubling(26, c.leaf))
		var visits atomic.Int64
		err := NoIntrospection{Visits: &visits}.MutateOperationContext(context.Background(), oc)
		if (err != nil) != c.refused {
			t.Errorf("%s: got %v, refused want %v", c.leaf, err, c.refused)
		}
		if n := visits.Load(); n > 3*27 {
			t.Errorf("%s: visited %d selections, want at most %d", c.leaf, n, 3*27)
		}
	}
}

// Through the handler: anonymous callers, employees and staff are refused by the hash
// of the text before anything is parsed (no node visited at all); an integrator's
// document is held to the limits before validation; with AdHocQueries (dev, tests)
// everyone's is.
func TestHostileDocumentsThroughTheHandler(t *testing.T) {
	var checked atomic.Int64
	cfg := DefaultHandlerConfig
	cfg.Checked = &checked
	h := NewHandler(&Resolver{}, cfg)
	adhocCfg := cfg
	adhocCfg.AdHocQueries = true
	adhoc := NewHandler(&Resolver{}, adhocCfg)

	callers := []struct {
		name string
		p    *viewer.Principal
	}{
		{"anonymous", nil},
		{"employee", &viewer.Principal{Kind: viewer.KindEmployee, Scope: viewer.ScopePerson}},
		{"staff", &viewer.Principal{Kind: viewer.KindStaff, Scope: viewer.ScopeProvider}},
		{"integrator", &viewer.Principal{Kind: viewer.KindAPIClient, Scope: viewer.ScopeProvider}},
	}
	for _, c := range callers {
		for _, doc := range hostile {
			for _, setup := range []struct {
				name  string
				h     http.Handler
				adHoc bool
			}{{"production", h, c.p != nil && c.p.Kind == viewer.KindAPIClient}, {"ad hoc", adhoc, true}} {
				before := checked.Load()
				code, res := postAs(t, setup.h, c.p, map[string]any{"query": doc.query})
				visited := checked.Load() - before
				what := fmt.Sprintf("%s, %s, %s", c.name, setup.name, doc.name)
				switch {
				case !setup.adHoc:
					if len(res.Errors) != 1 || res.Errors[0].Extensions["code"] != "BAD_REQUEST" ||
						!strings.Contains(res.Errors[0].Message, "not one of the web app's") || visited != 0 {
						t.Errorf("%s: status %d, errors %+v, %d nodes visited; want the web-app-only refusal before parsing", what, code, res.Errors, visited)
					}
				case doc.refusal != "" || doc.invalid != "":
					want := doc.refusal + doc.invalid
					if len(res.Errors) != 1 || !strings.Contains(res.Errors[0].Message, want) || res.Data != nil {
						t.Errorf("%s: status %d, errors %.300v; want one refusal about %q", what, code, res.Errors, want)
					}
				default:
					if len(res.Errors) != 0 || res.Data["__typename"] != "Query" {
						t.Errorf("%s: status %d, errors %+v, data %v; want an answer", what, code, res.Errors, res.Data)
					}
				}
				if visited > budget {
					t.Errorf("%s: %d nodes visited, budget %d", what, visited, budget)
				}
			}
		}
	}
}

// postAs posts body to h as principal p (nil: anonymous).
func postAs(t *testing.T, h http.Handler, p *viewer.Principal, body map[string]any) (int, gqlResponse) {
	t.Helper()
	if p == nil {
		return post(t, h, body)
	}
	return post(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(w, r.WithContext(viewer.NewContext(r.Context(), p)))
	}), body)
}

// GraphiQL in dev sends the full introspection query: it is within the document limits
// and is answered.
func TestIntrospectionQueryWithinLimitsInDev(t *testing.T) {
	cfg := DefaultHandlerConfig
	cfg.Dev = true
	code, res := post(t, NewHandler(&Resolver{}, cfg), map[string]any{"query": introspection.Query})
	if code != http.StatusOK || len(res.Errors) != 0 || res.Data["__schema"] == nil {
		t.Fatalf("introspection in dev: status %d, errors %+v", code, res.Errors)
	}
}
