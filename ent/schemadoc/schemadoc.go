// Package schemadoc gives the generated GraphQL schema the descriptions integrators
// read: type descriptions from the ent schema's Comment annotation, and a description
// for every generated field, argument and connection type that entgql leaves bare.
// Generation fails when an ent type or field has no comment, so nothing ships undocumented.
package schemadoc

import (
	"fmt"
	"sort"
	"strings"

	"entgo.io/ent/entc/gen"
	entschema "entgo.io/ent/schema"
	"github.com/vektah/gqlparser/v2/ast"
)

// Describe is an entgql schema hook.
func Describe(g *gen.Graph, s *ast.Schema) error {
	var missing []string
	for _, n := range g.Nodes {
		def := s.Types[n.Name]
		if c, ok := n.Annotations[(&entschema.CommentAnnotation{}).Name()].(map[string]any); ok {
			if def != nil {
				def.Description, _ = c["Text"].(string)
			}
		} else {
			missing = append(missing, n.Name)
		}
		for _, f := range append([]*gen.Field{n.ID}, n.Fields...) {
			if f.Comment() == "" {
				missing = append(missing, n.Name+"."+f.Name)
			}
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return fmt.Errorf("schemadoc: these ent types or fields need a Comment: %s", strings.Join(missing, ", "))
	}
	for name, def := range s.Types {
		fillDefinition(name, def)
	}
	return nil
}

func fillDefinition(name string, def *ast.Definition) {
	if def.Description == "" {
		switch {
		case strings.HasSuffix(name, "Connection"):
			def.Description = fmt.Sprintf("A page of %s objects (Relay connection).", strings.TrimSuffix(name, "Connection"))
		case strings.HasSuffix(name, "Edge"):
			def.Description = fmt.Sprintf("One %s in a connection, with its cursor.", strings.TrimSuffix(name, "Edge"))
		case strings.HasSuffix(name, "Order"):
			def.Description = fmt.Sprintf("Ordering of %s connections.", strings.TrimSuffix(name, "Order"))
		default:
			def.Description = fmt.Sprintf("%s.", name)
		}
	}
	for _, f := range def.Fields {
		if f.Description == "" {
			f.Description = fieldDescription(name, f.Name)
		}
		for _, a := range f.Arguments {
			if a.Description == "" {
				a.Description = argumentDescription(a.Name)
			}
		}
	}
	for _, v := range def.EnumValues {
		if v.Description == "" {
			v.Description = fmt.Sprintf("%s.", v.Name)
		}
	}
}

func fieldDescription(typ, field string) string {
	switch field {
	case "edges":
		return "The objects of this page, each with its cursor."
	case "node":
		return "The object."
	case "cursor":
		return "Cursor of this object, for after/before."
	case "pageInfo":
		return "Where this page stands in the whole list."
	case "totalCount":
		return "Number of objects in the whole list, not only this page."
	case "direction":
		return "Ascending or descending."
	case "field":
		return "The field to order by."
	}
	return fmt.Sprintf("%s of the %s.", field, typ)
}

func argumentDescription(arg string) string {
	switch arg {
	case "after":
		return "Return the objects after this cursor."
	case "first":
		return "Return at most this many objects from the start (default and maximum apply)."
	case "before":
		return "Return the objects before this cursor."
	case "last":
		return "Return at most this many objects from the end (default and maximum apply)."
	case "orderBy":
		return "Ordering of the objects."
	case "where":
		return "Filter on the objects."
	}
	return arg + "."
}
