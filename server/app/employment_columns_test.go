package app_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/werkportaal/werkportaal/graph/generated"
)

// The employments page reads only the columns its selection needs (graph's
// employmentFieldColumns and the like). Every field of Employment, Person and Account
// without arguments is asked of every row of the page, alone, both through the page
// (with its employer in one statement, and as the employments field of node(id:)) and
// through nodes(ids:), which reads whole rows; the answers must be the same. A field
// whose columns were listed wrong answers with a zero value here.
func TestEmploymentsPageReadsWhatItsFieldsNeed(t *testing.T) {
	e := newEnv(t)
	varyA1(t, e)
	f := e.fx
	token := e.login(f.EmployerUserA1Email)
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	fieldsOf := func(typ string) []string {
		t.Helper()
		def := schema.Types[typ]
		if def == nil {
			t.Fatalf("no type %s", typ)
		}
		var sel []string
		for _, f := range def.Fields {
			if len(f.Arguments) > 0 || strings.HasPrefix(f.Name, "__") {
				continue
			}
			if named := schema.Types[f.Type.Name()]; named != nil && named.Kind != ast.Scalar && named.Kind != ast.Enum {
				sel = append(sel, f.Name+"{__typename}")
			} else {
				sel = append(sel, f.Name)
			}
		}
		return sel
	}
	// byID is the rows of an answer's list at path, each by its id.
	byID := func(r gqlResponse, path ...any) map[string]string {
		t.Helper()
		if len(r.Errors) > 0 {
			t.Fatalf("%s", r.Raw)
		}
		rows, _ := dig(r.Data, path...).([]any)
		out := map[string]string{}
		for _, row := range rows {
			m, _ := row.(map[string]any)
			raw, _ := json.Marshal(m)
			out[fmt.Sprint(m["id"])] = string(raw)
		}
		return out
	}
	page := func(open, close, node string) string {
		return `query($id:ID!){` + open + `employments(first:100){edges{node{` + node + `}}}` + close + `}`
	}
	edges := func(r gqlResponse, root string, inner func(map[string]any) any) gqlResponse {
		rows, _ := dig(r.Data, root, "employments", "edges").([]any)
		var list []any
		for _, row := range rows {
			if v := inner(dig(row, "node").(map[string]any)); v != nil {
				list = append(list, v)
			}
		}
		r.Data = map[string]any{"rows": list}
		return r
	}
	types := []struct {
		name string
		// wrap puts the field's selection sel where the type is in a row.
		wrap func(sel string) string
		// of is the object of the type in a row's node.
		of func(node map[string]any) any
	}{
		{"Employment", func(sel string) string { return "id " + sel }, func(n map[string]any) any { return n }},
		{"Person", func(sel string) string { return "person{id " + sel + "}" }, func(n map[string]any) any { return n["person"] }},
		{"Account", func(sel string) string { return "person{account{id " + sel + "}}" },
			func(n map[string]any) any { return dig(n, "person", "account") }},
	}
	statuses := map[string]bool{}
	for _, typ := range types {
		sels := fieldsOf(typ.name)
		for _, sel := range sels {
			vars := map[string]any{"id": f.A1.ID}
			combined := edges(e.gql(token, page("employer(id:$id){", "}", typ.wrap(sel)), vars), "employer", typ.of)
			twoSteps := edges(e.gql(token, page("employer:node(id:$id){...on Employer{", "}}", typ.wrap(sel)), vars), "employer", typ.of)
			a, b := byID(combined, "rows"), byID(twoSteps, "rows")
			if len(a) < 3 {
				t.Fatalf("%s.%s: %d rows; the test would test too little: %s", typ.name, sel, len(a), combined.Raw)
			}
			ids := make([]any, 0, len(a))
			for id := range a {
				ids = append(ids, id)
			}
			whole := byID(e.gql(token, `query($ids:[ID!]!){nodes(ids:$ids){...on `+typ.name+`{id `+sel+`}}}`, map[string]any{"ids": ids}), "nodes")
			for id, want := range whole {
				if a[id] != want || b[id] != want {
					t.Errorf("%s.%s of %s:\nnodes(ids:)   %s\nemployer(id:) %s\nnode(id:)     %s", typ.name, sel, id, want, a[id], b[id])
				}
				if sel == "status" {
					statuses[want[strings.Index(want, `"status"`):]] = true
				}
			}
		}
	}
	if len(statuses) < 5 {
		t.Errorf("the page's accounts have %d statuses (%v); the status field is tested on too few", len(statuses), statuses)
	}
}
