package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/graph/generated"
)

// The executable schema in graph/generated is the one this command makes: no object an
// answer holds many of resolves a field in a goroutine of its own, no list of objects
// is marshalled a goroutine per element, and the root query's fields still overlap. It
// fails after a plain `gqlgen generate`.
func TestGeneratedMarshalsListedObjectsInOrder(t *testing.T) {
	const file = "../generated/generated.go"
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	listedType := func(name string) bool {
		def := schema.Types[name]
		if def == nil || def.Kind != "OBJECT" || name == schema.Query.Name {
			return false
		}
		return listed(name, def.Interfaces)
	}
	concurrent := map[string]bool{}
	var listed, concurrentLists int
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		obj, isObject := strings.CutPrefix(fn.Name.Name, "_")
		isObject = isObject && schema.Types[obj] != nil
		ast.Inspect(fn, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			switch sel.Sel.Name {
			case "MarshalSliceConcurrently":
				concurrentLists++
			case "ResolveConcurrently", "ResolveRootConcurrently":
				if isObject {
					concurrent[obj] = true
				}
			}
			return true
		})
		if isObject && listedType(obj) {
			listed++
		}
	}
	if listed < 20 {
		t.Fatalf("found %d marshal functions of listed objects in %s; the test no longer finds them", listed, file)
	}
	if concurrentLists > 0 {
		t.Errorf("%d lists are marshalled with graphql.MarshalSliceConcurrently; run make generate", concurrentLists)
	}
	for obj := range concurrent {
		if listedType(obj) {
			t.Errorf("%s resolves fields concurrently; run make generate", obj)
		}
	}
	for _, obj := range []string{schema.Query.Name, "EmployeeMe"} {
		if !concurrent[obj] {
			t.Errorf("%s no longer resolves its fields concurrently", obj)
		}
	}
}
