package app_test

import (
	"net/http/httptest"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/werkportaal/werkportaal/graph"
	"github.com/werkportaal/werkportaal/graph/generated"
	"github.com/werkportaal/werkportaal/server/app"
)

// builtinScalars are the GraphQL spec's own scalars, documented by the spec.
var builtinScalars = map[string]bool{"String": true, "Int": true, "Float": true, "Boolean": true, "ID": true}

// undocumented lists every type, field (of objects, interfaces and inputs), field
// argument and enum value of the schema that has no description. Directives are
// codegen configuration (@goField, @goModel) or documented by the spec, and are left out.
func undocumented(s *ast.Schema) []string {
	var missing []string
	blank := func(d string) bool { return strings.TrimSpace(d) == "" }
	args := func(owner string, list ast.ArgumentDefinitionList) {
		for _, a := range list {
			if blank(a.Description) {
				missing = append(missing, "argument "+owner+"("+a.Name+":)")
			}
		}
	}
	for name, def := range s.Types {
		if strings.HasPrefix(name, "__") || builtinScalars[name] {
			continue
		}
		if blank(def.Description) {
			missing = append(missing, "type "+name)
		}
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue // __typename, __schema, __type
			}
			if blank(f.Description) {
				missing = append(missing, "field "+name+"."+f.Name)
			}
			args(name+"."+f.Name, f.Arguments)
		}
		for _, v := range def.EnumValues {
			if blank(v.Description) {
				missing = append(missing, "enum value "+name+"."+v.Name)
			}
		}
	}
	sort.Strings(missing)
	return missing
}

func TestSchemaIsDocumented(t *testing.T) {
	s := generated.NewExecutableSchema(*graph.NewSchema(&graph.Resolver{})).Schema()

	// The walk must see the schema's hand-written and generated parts, or it proves nothing.
	for _, want := range []string{"Query", "Mutation", "Viewer", "LoginPayload", "UserErrorCode", "Right", "Employer", "PageInfo", "Node"} {
		if s.Types[want] == nil {
			t.Fatalf("schema has no type %s", want)
		}
	}
	if s.Types["Query"].Fields.ForName("viewer") == nil || s.Types["Mutation"].Fields.ForName("login") == nil {
		t.Fatal("schema lacks Query.viewer or Mutation.login")
	}

	for _, m := range undocumented(s) {
		t.Errorf("schema element has no description: %s", m)
	}

	// And the check does catch a gap.
	probe := &ast.Schema{Types: map[string]*ast.Definition{
		"Probe": {Kind: ast.Object, Name: "Probe", Description: "documented", Fields: ast.FieldList{
			{Name: "a", Description: "documented", Arguments: ast.ArgumentDefinitionList{{Name: "x"}}},
			{Name: "b"},
		}},
		"ProbeKind": {Kind: ast.Enum, Name: "ProbeKind", EnumValues: ast.EnumValueList{{Name: "ONE", Description: " "}}},
	}}
	want := []string{"argument Probe.a(x:)", "enum value ProbeKind.ONE", "field Probe.b", "type ProbeKind"}
	if got := undocumented(probe); !slices.Equal(got, want) {
		t.Errorf("undocumented(probe) = %v, want %v", got, want)
	}
}

const introspectionQ = `{ __schema { queryType { name } types { name } } }`

func TestIntrospectionOnlyInDev(t *testing.T) {
	e := newEnv(t)

	// Production (the harness app, Dev off): refused, and nothing of the schema leaks.
	for _, q := range []string{introspectionQ, `{ __type(name: "Viewer") { name fields { name } } }`} {
		r := e.gql("", q, nil)
		if len(r.Errors) != 1 {
			t.Fatalf("introspection without Dev: want one error: %s", r.Raw)
		}
		if strings.Contains(r.Raw, `"queryType"`) || strings.Contains(r.Raw, `"fields"`) || strings.Contains(r.Raw, `"Viewer"`) {
			t.Errorf("introspection without Dev leaked the schema: %s", r.Raw)
		}
		if dig(r.Data, "__schema") != nil || dig(r.Data, "__type") != nil {
			t.Errorf("introspection without Dev answered data: %s", r.Raw)
		}
	}
	// __typename is not introspection of the schema and stays allowed.
	if r := e.gql("", `{ __typename }`, nil); len(r.Errors) != 0 || dig(r.Data, "__typename") != "Query" {
		t.Errorf("__typename: %s", r.Raw)
	}

	// Dev: a second app over the same store answers it.
	dev, err := app.New(e.st, e.clk, app.Config{JWTKey: testJWTKey, Dev: true})
	if err != nil {
		t.Fatal(err)
	}
	devSrv := httptest.NewServer(dev.Handler())
	defer devSrv.Close()
	prod := e.srv
	e.srv = devSrv
	defer func() { e.srv = prod }()

	r := e.gql("", introspectionQ, nil)
	if len(r.Errors) != 0 {
		t.Fatalf("introspection in Dev: %s", r.Raw)
	}
	if got := dig(r.Data, "__schema", "queryType", "name"); got != "Query" {
		t.Errorf("__schema.queryType.name = %v, want Query", got)
	}
	types, _ := dig(r.Data, "__schema", "types").([]any)
	var names []string
	for _, ty := range types {
		names = append(names, dig(ty, "name").(string))
	}
	for _, want := range []string{"Viewer", "LoginPayload", "Right", "Employer"} {
		if !slices.Contains(names, want) {
			t.Errorf("Dev introspection lacks type %s", want)
		}
	}
	r = e.gql("", `{ __type(name: "Viewer") { name description } }`, nil)
	if dig(r.Data, "__type", "name") != "Viewer" || dig(r.Data, "__type", "description") == "" {
		t.Errorf("Dev __type(Viewer): %s", r.Raw)
	}
}

func TestIntrospectionRefusedAsBadRequest(t *testing.T) {
	e := newEnv(t)
	for _, q := range []string{introspectionQ, `{ __type(name: "Viewer") { name } }`, `query { ...F } fragment F on Query { __schema { queryType { name } } }`} {
		r := e.gql("", q, nil)
		if got := r.codes(); !slices.Equal(got, []string{"BAD_REQUEST"}) {
			t.Errorf("%s: codes %v, want [BAD_REQUEST]: %s", q, got, r.Raw)
		}
		if r.Data != nil {
			t.Errorf("%s: data %v, want none (refused before execution)", q, r.Data)
		}
	}
}
