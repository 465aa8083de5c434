package graph

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"

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
	// Visits, when set, counts the selections the walk visits (HandlerConfig.Checked).
	Visits *atomic.Int64
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
	w := walker{vars: oc.Variables, doc: oc.Doc, frags: map[string]extent{}}
	defer func() { count(l.Visits, w.visits) }()
	e := w.selection(oc.Operation.SelectionSet)
	if e.height > l.MaxDepth {
		return limitError(fmt.Sprintf("the query is nested %d levels deep; at most %d are allowed", e.height, l.MaxDepth))
	}
	if e.cost > l.MaxCost {
		return limitError(fmt.Sprintf("the query costs %d, more than the limit of %d; ask for smaller pages or fewer fields", e.cost, l.MaxCost))
	}
	return nil
}

func limitError(msg string) *gqlerror.Error {
	err := gqlerror.Errorf("%s", msg)
	errcode.Set(err, string(apperr.BadRequest))
	return err
}

func count(c *atomic.Int64, n int) {
	if c != nil {
		c.Add(int64(n))
	}
}

// maxCost is where costs saturate: far over any limit, far from overflowing, however
// many pages a document multiplies.
const maxCost = 1 << 40

func addCost(a, b int) int { return min(a+b, maxCost) }

func mulCost(a, b int) int {
	if a != 0 && b > maxCost/a {
		return maxCost
	}
	return min(a*b, maxCost)
}

// extent is the cost and height of a selection set: a set of leaves has height 1, and
// the depth of an operation is the height of its selection set.
type extent struct{ cost, height int }

// walker measures an operation. A fragment's extent does not depend on where it is
// spread, so each fragment is measured once: a fragment spread twice in each of n
// nested fragments costs n steps, not 2^n.
type walker struct {
	vars   map[string]any
	doc    *ast.QueryDocument
	frags  map[string]extent
	visits int
}

func (w *walker) selection(set ast.SelectionSet) (e extent) {
	for _, s := range set {
		w.visits++
		var x extent
		switch s := s.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue // introspection is switched on only in dev
			}
			sub := w.selection(s.SelectionSet)
			x = extent{cost: addCost(1, mulCost(w.multiplier(s), sub.cost)), height: 1 + sub.height}
		case *ast.InlineFragment:
			x = w.selection(s.SelectionSet)
		case *ast.FragmentSpread:
			x = w.fragment(s.Name)
		}
		e = extent{cost: addCost(e.cost, x.cost), height: max(e.height, x.height)}
	}
	return e
}

func (w *walker) fragment(name string) extent {
	if e, ok := w.frags[name]; ok {
		return e
	}
	// Validation has refused cycles; the zero entry would end one all the same.
	w.frags[name] = extent{}
	var e extent
	if f := w.doc.Fragments.ForName(name); f != nil {
		e = w.selection(f.SelectionSet)
	}
	w.frags[name] = e
	return e
}

// multiplier is how many times a field's selection is resolved.
func (w *walker) multiplier(f *ast.Field) int {
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
	if err := pageSize(graphql.GetFieldContext(ctx)); err != nil {
		return nil, err
	}
	return next(ctx)
}

// pageSize is pageSizes for the field of fc: it sets the default page size in its
// arguments, or refuses them. employerWithPage applies it to the employments field it
// reads ahead, so that page is the one the field would read.
func pageSize(fc *graphql.FieldContext) error {
	if fc == nil || fc.Field.Definition == nil || !strings.HasSuffix(fc.Field.Definition.Type.Name(), "Connection") {
		return nil
	}
	first, hasFirst := fc.Args["first"].(*int)
	last, hasLast := fc.Args["last"].(*int)
	if !hasFirst && !hasLast {
		return nil
	}
	for name, v := range map[string]*int{"first": first, "last": last} {
		if v != nil && (*v < 0 || *v > MaxPageSize) {
			return apperr.BadRequestf("%s must be between 0 and %d", name, MaxPageSize)
		}
	}
	if first == nil && last == nil {
		n := DefaultPageSize
		fc.Args["first"] = &n
	}
	return nil
}

// NoIntrospection refuses __schema and __type with BAD_REQUEST before execution, when
// introspection is off (outside dev). Without it gqlgen's resolver fails with a plain
// "introspection disabled" error, which the presenter can only call INTERNAL.
type NoIntrospection struct {
	// Visits, when set, counts the selections the check visits (HandlerConfig.Checked).
	Visits *atomic.Int64
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = NoIntrospection{}

// ExtensionName implements graphql.HandlerExtension.
func (NoIntrospection) ExtensionName() string { return "WerkportaalNoIntrospection" }

// Validate implements graphql.HandlerExtension.
func (NoIntrospection) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (n NoIntrospection) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	s := schemaScan{doc: oc.Doc, seen: map[string]bool{}}
	defer func() { count(n.Visits, s.visits) }()
	if s.asks(oc.Operation.SelectionSet) {
		return limitError("introspection is disabled")
	}
	return nil
}

// schemaScan finds __schema or __type among the root fields of an operation, directly
// or through fragments (validation refuses them anywhere else). Whether a fragment asks
// does not depend on where it is spread, so each is looked into once.
type schemaScan struct {
	doc    *ast.QueryDocument
	seen   map[string]bool
	visits int
}

func (s *schemaScan) asks(set ast.SelectionSet) bool {
	for _, sel := range set {
		s.visits++
		switch sel := sel.(type) {
		case *ast.Field:
			if sel.Name == "__schema" || sel.Name == "__type" {
				return true
			}
		case *ast.InlineFragment:
			if s.asks(sel.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if s.seen[sel.Name] {
				continue
			}
			s.seen[sel.Name] = true
			if f := s.doc.Fragments.ForName(sel.Name); f != nil && s.asks(f.SelectionSet) {
				return true
			}
		}
	}
	return false
}
