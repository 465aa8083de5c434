package graph

import (
	"context"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/sick"
)

// t0 is the zero time, for clearing cookies.
var t0 time.Time

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// nodeTables maps an ID prefix to the ent table of the types exposed as Node. Types
// that are not exposed (sessions, invitations, staff users) have no entry, so their
// IDs are not found through node(id:).
var nodeTables = map[string]string{
	pid.Provider:          "providers",
	pid.Employer:          "employers",
	pid.Person:            "persons",
	pid.Employment:        "employments",
	pid.Account:           "accounts",
	pid.Product:           "products",
	pid.ProductActivation: "product_activations",
	pid.AuditEvent:        "audit_events",
	pid.Payslip:           "payslips",
	pid.AnnualStatement:   "annual_statements",
	pid.Document:          "documents",
	pid.SickReport:        "sick_reports",
}

func nodeType(_ context.Context, id string) (string, error) {
	p, err := pid.Prefix(id)
	if err != nil {
		return "", apperr.NotFoundf("no object with ID %q", id)
	}
	t, ok := nodeTables[p]
	if !ok {
		return "", apperr.NotFoundf("no object with ID %q", id)
	}
	return t, nil
}

// maxNodes bounds nodes(ids:).
const maxNodes = 100

func tooManyNodes() error {
	return apperr.BadRequestf("nodes takes at most %d IDs", maxNodes)
}

// requestMemo holds per-request results that several fields of one answer share.
type requestMemo struct {
	mu       sync.Mutex
	products map[string]*product.State
	outbox   outboxRefs // employers and persons of a page of failedMails
	// sickCases are the Poortwachter cases of a page of sick reports, by report ID.
	sickCases map[string]*sick.Case
	// pages are the employments pages read with their employer (employerWithPage).
	pages map[pageKey]keptPage
}

type memoKey struct{}

// withMemo gives a request its memo.
func withMemo(ctx context.Context) context.Context {
	return context.WithValue(ctx, memoKey{}, &requestMemo{products: map[string]*product.State{}})
}

func memoOf(ctx context.Context) *requestMemo {
	m, _ := ctx.Value(memoKey{}).(*requestMemo)
	return m
}

// productState returns the employer's products, read once per request however many
// of mijnLoketVariant, activeProducts and advisories are asked.
func (r *Resolver) productState(ctx context.Context, employerID string) (*product.State, error) {
	m := memoOf(ctx)
	if m != nil {
		m.mu.Lock()
		st := m.products[employerID]
		m.mu.Unlock()
		if st != nil {
			return st, nil
		}
	}
	st, err := r.ProductSvc.State(ctx, employerID)
	if err != nil {
		return nil, err
	}
	r.rememberProductState(ctx, st)
	return st, nil
}

// rememberProductState keeps a mutation's fresh state for the payload's fields.
func (r *Resolver) rememberProductState(ctx context.Context, st *product.State) {
	if m := memoOf(ctx); m != nil && st != nil && st.Employer != nil {
		m.mu.Lock()
		m.products[st.Employer.ID] = st
		m.mu.Unlock()
	}
}

func advisories(as []product.Advisory) []*model.ProductAdvisory {
	out := make([]*model.ProductAdvisory, 0, len(as))
	for _, a := range as {
		out = append(out, &model.ProductAdvisory{Product: a.Product, MissingAnyOf: a.Missing})
	}
	return out
}

type localeKey struct{}

// withLocale records the language of the request (nl or en).
func withLocale(ctx context.Context, lang string) context.Context {
	return context.WithValue(ctx, localeKey{}, lang)
}

func localeOf(ctx context.Context) string {
	if l, _ := ctx.Value(localeKey{}).(string); l != "" {
		return l
	}
	return "nl"
}

// connectionFieldsOf reports whether a connection field's selection sel asks totalCount
// or pageInfo (count) and edges, as entgql's Paginate decides what to query.
func connectionFieldsOf(oc *graphql.OperationContext, sel ast.SelectionSet) (count, edges bool) {
	for _, f := range graphql.CollectFields(oc, sel, nil) {
		switch f.Name {
		case "totalCount", "pageInfo":
			count = true
		case "edges":
			edges = true
		}
	}
	return count, edges
}

// nodesSelect reports whether the connection field being resolved selects field on
// its edges' nodes of type typ (directly or through a fragment).
func nodesSelect(ctx context.Context, typ, field string) bool {
	oc := graphql.GetOperationContext(ctx)
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		if f.Name != "edges" {
			continue
		}
		for _, e := range graphql.CollectFields(oc, f.Selections, nil) {
			if e.Name != "node" {
				continue
			}
			for _, n := range graphql.CollectFields(oc, e.Selections, []string{typ}) {
				if n.Name == field {
					return true
				}
			}
		}
	}
	return false
}
