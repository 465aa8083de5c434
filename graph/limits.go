package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/werkportaal/werkportaal/server/apperr"
)

// Page sizes of every connection: a default when neither first nor last is given, and
// a maximum, so no query reads an unbounded list.
const (
	DefaultPageSize = 50
	MaxPageSize     = 200
)

// Limits rejects operations that would cost too much before any resolver runs. The cost
// of a field is 1 plus the cost of its selection, multiplied by the page size for a
// connection (first/last, or the default) and by the number of IDs for nodes(ids:), so a
// page of 200 employments costs 200 times one employment and nesting multiplies.
type Limits struct {
	MaxCost  int
	MaxDepth int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = Limits{}

// ExtensionName implements graphql.HandlerExtension.
func (Limits) ExtensionName() string { return "WerkportaalLimits" }

// Validate implements graphql.HandlerExtension.
func (Limits) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (l Limits) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	w := walker{vars: oc.Variables, doc: oc.Doc}
	c, d := w.selection(oc.Operation.SelectionSet, 1)
	if d > l.MaxDepth {
		return limitError(fmt.Sprintf("the query is nested %d levels deep; at most %d are allowed", d, l.MaxDepth))
	}
	if c > l.MaxCost {
		return limitError(fmt.Sprintf("the query costs %d, more than the limit of %d; ask for smaller pages or fewer fields", c, l.MaxCost))
	}
	return nil
}

func limitError(msg string) *gqlerror.Error {
	err := gqlerror.Errorf("%s", msg)
	errcode.Set(err, string(apperr.BadRequest))
	return err
}

type walker struct {
	vars map[string]any
	doc  *ast.QueryDocument
}

// selection returns the cost and depth of a selection set at depth d.
func (w walker) selection(set ast.SelectionSet, d int) (cost, depth int) {
	depth = d - 1
	for _, s := range set {
		var c, dd int
		switch s := s.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue // introspection is switched on only in dev
			}
			cc, cd := w.selection(s.SelectionSet, d+1)
			c, dd = 1+w.multiplier(s)*cc, max(d, cd)
		case *ast.InlineFragment:
			c, dd = w.selection(s.SelectionSet, d)
		case *ast.FragmentSpread:
			if f := w.doc.Fragments.ForName(s.Name); f != nil {
				c, dd = w.selection(f.SelectionSet, d)
			}
		}
		cost += c
		depth = max(depth, dd)
	}
	return cost, depth
}

// multiplier is how many times a field's selection is resolved.
func (w walker) multiplier(f *ast.Field) int {
	args := f.ArgumentMap(w.vars)
	if f.Name == "nodes" {
		if ids, ok := args["ids"].([]any); ok {
			return max(len(ids), 1)
		}
	}
	// A connection's edges are already counted by its page size.
	if f.Definition == nil || !strings.HasSuffix(f.Definition.Type.Name(), "Connection") {
		if f.Definition != nil && f.Definition.Type.Elem != nil && !strings.HasSuffix(f.Definition.Type.Name(), "Edge") {
			return 10 // a plain list: small by design (products, rights), counted as ten
		}
		return 1
	}
	n := 0
	for _, k := range []string{"first", "last"} {
		if v, ok := args[k].(int64); ok {
			n = max(n, int(v))
		}
	}
	if n <= 0 {
		n = DefaultPageSize
	}
	return min(n, MaxPageSize)
}

// pageSizes applies the default page size to connection fields and refuses page sizes
// outside 0..MaxPageSize with BAD_REQUEST, for hand-written and generated connections alike.
func pageSizes(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Definition == nil || !strings.HasSuffix(fc.Field.Definition.Type.Name(), "Connection") {
		return next(ctx)
	}
	first, hasFirst := fc.Args["first"].(*int)
	last, hasLast := fc.Args["last"].(*int)
	if !hasFirst && !hasLast {
		return next(ctx)
	}
	for name, v := range map[string]*int{"first": first, "last": last} {
		if v != nil && (*v < 0 || *v > MaxPageSize) {
			return nil, apperr.BadRequestf("%s must be between 0 and %d", name, MaxPageSize)
		}
	}
	if first == nil && last == nil {
		n := DefaultPageSize
		fc.Args["first"] = &n
	}
	return next(ctx)
}

// NoIntrospection refuses __schema and __type with BAD_REQUEST before execution, when
// introspection is off (outside dev). Without it gqlgen's resolver fails with a plain
// "introspection disabled" error, which the presenter can only call INTERNAL.
type NoIntrospection struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = NoIntrospection{}

// ExtensionName implements graphql.HandlerExtension.
func (NoIntrospection) ExtensionName() string { return "WerkportaalNoIntrospection" }

// Validate implements graphql.HandlerExtension.
func (NoIntrospection) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (NoIntrospection) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation != nil && asksSchema(oc.Doc, oc.Operation.SelectionSet) {
		return limitError("introspection is disabled")
	}
	return nil
}

// asksSchema reports whether a root selection set asks __schema or __type, directly or
// through fragments (validation has already refused fragment cycles).
func asksSchema(doc *ast.QueryDocument, set ast.SelectionSet) bool {
	for _, s := range set {
		switch s := s.(type) {
		case *ast.Field:
			if s.Name == "__schema" || s.Name == "__type" {
				return true
			}
		case *ast.InlineFragment:
			if asksSchema(doc, s.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if f := doc.Fragments.ForName(s.Name); f != nil && asksSchema(doc, f.SelectionSet) {
				return true
			}
		}
	}
	return false
}
