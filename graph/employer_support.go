package graph

import (
	"context"
	"reflect"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/access/status"
	"github.com/werkportaal/werkportaal/server/directory"
)

// employmentsRequest is a page of Employer.employments as the directory takes it.
type employmentsRequest struct {
	filter directory.EmploymentFilter
	args   directory.PageArgs
}

// employmentsRequestOf makes the page request of the employments field's arguments and
// its selection sel, which says whether the count and the rows are read and which of
// the rows' columns.
func employmentsRequestOf(after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int,
	orderBy *ent.EmploymentOrder, search *string, filter *model.EmploymentListFilter, oc *graphql.OperationContext, sel ast.SelectionSet,
) employmentsRequest {
	count, edges := connectionFieldsOf(oc, sel)
	f := directory.EmploymentFilter{Search: deref(search)}
	if filter != nil {
		if filter.Service != nil {
			f.Service = directory.ServiceFilter(*filter.Service)
		}
		for _, s := range filter.AccessStatus {
			f.Statuses = append(f.Statuses, status.Status(s))
		}
	}
	if orderBy == nil {
		orderBy = &ent.EmploymentOrder{Field: ent.EmploymentOrderFieldEmployeeNumber, Direction: entgql.OrderDirectionAsc}
	}
	return employmentsRequest{filter: f, args: directory.PageArgs{
		After: after, First: first, Before: before, Last: last, Order: orderBy, Count: count, Edges: edges,
		Read: pageColumnsOf(oc, sel),
	}}
}

// employmentsRequestIn is employmentsRequestOf for the employments field being resolved.
func employmentsRequestIn(ctx context.Context, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int,
	orderBy *ent.EmploymentOrder, search *string, filter *model.EmploymentListFilter,
) employmentsRequest {
	return employmentsRequestOf(after, first, before, last, orderBy, search, filter,
		graphql.GetOperationContext(ctx), graphql.GetFieldContext(ctx).Field.Selections)
}

// employerTypes are the types whose fragments apply to an Employer, as gqlgen's
// generated code collects the fields of one (employerImplementors).
var employerTypes = []string{"Employer", "Node"}

// employmentsArgs is the number of arguments of Employer.employments that
// employerWithPage reads; a field with more is left to its resolver, so an argument
// added to the schema can never be ignored by the combined read.
const employmentsArgs = 7

// employerWithPage reads the employer of employer(id:) together with the employments
// page its selection asks for, in one statement (directory.EmployerPage), where the
// employer and then its page cost two; the page is kept in the request's memo for
// Employer.employments. ok is false when it cannot answer for the two steps exactly:
// no page or more than one is selected, the page's arguments or the caller's right
// refuse it (the field reports that itself, after the employer is read, as it always
// did), or the arguments are not the ones it knows. The caller then reads the employer
// alone, as before.
//
// It cannot widen what a caller sees: the employer comes from ent's Employer query
// under its privacy policy, an invisible employer is ent's not-found as Get gives it
// (directory.EmployerPage), and the page is read only with the employer's row, after
// directory.PlanPage checked VIEW_EMPLOYEES, which Page checks.
func (r *Resolver) employerWithPage(ctx context.Context, id string) (e *ent.Employer, ok bool, err error) {
	fc, oc := graphql.GetFieldContext(ctx), graphql.GetOperationContext(ctx)
	if fc == nil || oc == nil || fc.Child == nil {
		return nil, false, nil
	}
	var field *graphql.CollectedField
	for _, f := range graphql.CollectFields(oc, fc.Field.Selections, employerTypes) {
		if f.Name != "employments" {
			continue
		}
		if field != nil {
			return nil, false, nil
		}
		field = &f
	}
	if field == nil {
		return nil, false, nil
	}
	// The field's arguments as gqlgen parses them for its resolver. Asked in a response
	// context of its own: a refused argument is reported once, by gqlgen, when the field
	// itself is resolved.
	quiet := graphql.WithResponseContext(ctx,
		func(context.Context, error) *gqlerror.Error { return nil },
		func(context.Context, any) error { return nil })
	child, err := fc.Child(quiet, *field)
	if err != nil || len(child.Args) != employmentsArgs || pageSize(child) != nil {
		return nil, false, nil
	}
	req, ok := employmentsRequestFromArgs(child.Args, oc, field.Selections)
	if !ok {
		return nil, false, nil
	}
	plan, err := r.Directory.PlanPage(ctx, id, req.filter, req.args)
	if err != nil {
		return nil, false, nil
	}
	e, conn, err := r.Directory.EmployerPage(ctx, plan)
	if err != nil {
		return nil, true, err
	}
	if m := memoOf(ctx); m != nil {
		m.mu.Lock()
		if m.pages == nil {
			m.pages = map[pageKey]keptPage{}
		}
		m.pages[pageKey{e, field.Alias}] = keptPage{req, conn}
		m.mu.Unlock()
	}
	return e, true, nil
}

// employmentsRequestFromArgs is employmentsRequestOf of the arguments gqlgen parsed for
// the field; ok is false when one is not of the type the resolver takes.
func employmentsRequestFromArgs(args map[string]any, oc *graphql.OperationContext, sel ast.SelectionSet) (employmentsRequest, bool) {
	after, ok1 := args["after"].(*entgql.Cursor[string])
	first, ok2 := args["first"].(*int)
	before, ok3 := args["before"].(*entgql.Cursor[string])
	last, ok4 := args["last"].(*int)
	orderBy, ok5 := args["orderBy"].(*ent.EmploymentOrder)
	search, ok6 := args["search"].(*string)
	filter, ok7 := args["filter"].(*model.EmploymentListFilter)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !ok6 || !ok7 {
		return employmentsRequest{}, false
	}
	return employmentsRequestOf(after, first, before, last, orderBy, search, filter, oc, sel), true
}

// pageKey is one employments field (by its alias) of one employer object of the answer.
type pageKey struct {
	employer *ent.Employer
	alias    string
}

// keptPage is a page employerWithPage read, with the request it answered.
type keptPage struct {
	req  employmentsRequest
	conn *ent.EmploymentConnection
}

// keptEmploymentsPage returns the page employerWithPage read for this field of obj,
// once, when the field's own arguments make the same request.
func keptEmploymentsPage(ctx context.Context, obj *ent.Employer, req employmentsRequest) (*ent.EmploymentConnection, bool) {
	m, fc := memoOf(ctx), graphql.GetFieldContext(ctx)
	if m == nil || fc == nil {
		return nil, false
	}
	key := pageKey{obj, fc.Field.Alias}
	m.mu.Lock()
	kept, ok := m.pages[key]
	delete(m.pages, key)
	m.mu.Unlock()
	if !ok || !sameRequest(kept.req, req) {
		return nil, false
	}
	return kept.conn, true
}

// sameRequest reports whether a and b ask the same page. Orders are compared by field
// and direction: an order field carries functions, which reflect.DeepEqual never finds
// equal.
func sameRequest(a, b employmentsRequest) bool {
	order := func(o *ent.EmploymentOrder) string {
		if o == nil {
			return ""
		}
		f := ""
		if o.Field != nil {
			f = o.Field.String()
		}
		return f + " " + o.Direction.String()
	}
	ao, bo := order(a.args.Order), order(b.args.Order)
	a.args.Order, b.args.Order = nil, nil
	return ao == bo && reflect.DeepEqual(a, b)
}
