package leave_test

import (
	"context"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// t0 is when the fixture's employers get their products: 2026-03-02 in the morning.
var t0 = time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)

// fixture is the shared test world (server/testworld): provider P1 (A) with employers
// A1 (Verlofregeling) and A2 (Verlofregistratie only), provider P2 (B) with B1
// (Verlofregeling). Products are activated through product.Service with the leave hook,
// as the server wires it.
type fixture struct {
	t          *testing.T
	w          *testworld.World
	st         *store.Store
	c          *ent.Client
	clk        *clock.Fake
	svc        *leave.Service
	products   *product.Service
	sys        context.Context
	P1, P2     *ent.Provider
	A1, A2, B1 *ent.Employer
	n          int
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	w := testworld.New(t, t0)
	f := &fixture{t: t, w: w, st: w.Store, c: w.Store.Client, clk: clock.NewFake(t0), sys: w.Sys,
		P1: w.ProvA, P2: w.ProvB}
	f.svc = &leave.Service{Client: f.c, Clock: f.clk}
	f.products = &product.Service{Client: f.c, Clock: f.clk, OnActivate: []func(context.Context, *ent.Client, *ent.Employer, string) error{f.svc.OnProductActivated}}
	f.A1 = f.activate(w.EmpA1, leave.ProductLeavePolicy)
	f.A2 = f.activate(w.EmpA2, leave.ProductLeaveRegistration)
	f.B1 = f.activate(w.EmpB1, leave.ProductLeavePolicy)
	return f
}

// activate activates the products codes at e.
func (f *fixture) activate(e *ent.Employer, codes ...string) *ent.Employer {
	f.t.Helper()
	for _, code := range codes {
		ctx := testworld.ProviderUser(&ent.Provider{ID: e.ProviderID}, "usr_ak_"+e.ProviderID, viewer.ManageProducts)
		if _, err := f.products.Activate(ctx, e.ID, code); err != nil {
			f.t.Fatalf("activate %s: %v", code, err)
		}
	}
	return e
}

// employer adds an employer of p with the products codes.
func (f *fixture) employer(p *ent.Provider, name, admin string, codes ...string) *ent.Employer {
	f.t.Helper()
	return f.activate(f.w.Employer(p, name, admin), codes...)
}

// employment adds a person employed at e from start.
func (f *fixture) employment(e *ent.Employer, first string, start date.Date) *ent.Employment {
	f.t.Helper()
	f.n++
	p := f.w.Person(e, first, "Jansen", "", func(pc *ent.PersonCreate) { pc.SetInitials(first[:1] + ".") })
	return f.w.Employment(p, f.n, start)
}

// employee signs in as the person of job.
func employee(job *ent.Employment) context.Context {
	return testworld.Employee(&ent.Employer{ID: job.EmployerID, ProviderID: job.ProviderID}, "acc_"+job.PersonID, job.PersonID)
}

func staff(e *ent.Employer, rights ...viewer.Right) context.Context {
	return testworld.EmployerUser(e, "usr_"+e.AdministrationNumber, rights...)
}

func provider(p *ent.Provider, rights ...viewer.Right) context.Context {
	return testworld.ProviderUser(p, "usr_ak_"+p.ID, rights...)
}

func integrator(p *ent.Provider, rights ...viewer.Right) context.Context {
	return testworld.APIClient(p, "cli_"+p.ID, rights...)
}

func all() []viewer.Right { return viewer.AllRights }

var without = testworld.Without

// wantCode fails unless err carries the top-level code.
func wantCode(t *testing.T, err error, code apperr.Code) {
	t.Helper()
	testworld.WantCode(t, err, code)
}

// wantUser fails unless err is the userError code.
func wantUser(t *testing.T, err error, code apperr.UserCode) {
	t.Helper()
	testworld.WantUserError(t, err, code)
}

// audits counts the audit events of action.
func (f *fixture) audits(action string) int {
	return f.c.AuditEvent.Query().Where(auditevent.Action(action)).CountX(f.sys)
}

// statutory returns the statutory type of e's scheme.
func (f *fixture) typeOf(e *ent.Employer, c leave.Category) *leave.Type {
	f.t.Helper()
	sc, err := f.svc.Scheme(f.sys, e.ID)
	if err != nil || sc == nil {
		f.t.Fatalf("scheme of %s: %v", e.Name, err)
	}
	for _, t := range sc.Types {
		if t.Category == c {
			return t
		}
	}
	f.t.Fatalf("no %s type at %s", c, e.Name)
	return nil
}

func ptr[T any](v T) *T { return &v }
