package leave_test

import (
	"context"
	"errors"
	"strings"
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
	"github.com/werkportaal/werkportaal/server/store/storetest"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// t0 is when the fixture's employers get their products: 2026-03-02 in the morning.
var t0 = time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)

// fixture: provider P1 with employers A1 (Verlofregeling) and A2 (Verlofregistratie
// only), provider P2 with B1 (Verlofregeling). Products are activated through
// product.Service with the leave hook, as the server wires it.
type fixture struct {
	t          *testing.T
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
	st := storetest.Open(t)
	f := &fixture{t: t, st: st, c: st.Client, clk: clock.NewFake(t0), sys: viewer.System(context.Background())}
	f.svc = &leave.Service{Client: st.Client, Clock: f.clk}
	f.products = &product.Service{Client: st.Client, Clock: f.clk, OnActivate: []func(context.Context, *ent.Client, *ent.Employer, string) error{f.svc.OnProductActivated}}
	f.P1 = f.c.Provider.Create().SetName("Provider Een").SaveX(f.sys)
	f.P2 = f.c.Provider.Create().SetName("Provider Twee").SaveX(f.sys)
	f.A1 = f.employer(f.P1, "Alfa BV", "1001", leave.ProductLeavePolicy)
	f.A2 = f.employer(f.P1, "Alfa Registratie BV", "1002", leave.ProductLeaveRegistration)
	f.B1 = f.employer(f.P2, "Bravo BV", "2001", leave.ProductLeavePolicy)
	return f
}

func (f *fixture) employer(p *ent.Provider, name, admin string, codes ...string) *ent.Employer {
	f.t.Helper()
	e := f.c.Employer.Create().SetProviderID(p.ID).SetName(name).SetNameKey(strings.ToLower(name)).
		SetAdministrationNumber(admin).SetCity("Zaltbommel").SaveX(f.sys)
	for _, code := range codes {
		if _, err := f.products.Activate(provider(p, viewer.ManageProducts), e.ID, code); err != nil {
			f.t.Fatalf("activate %s: %v", code, err)
		}
	}
	return e
}

// employment adds a person employed at e from start.
func (f *fixture) employment(e *ent.Employer, first string, start date.Date) *ent.Employment {
	f.t.Helper()
	f.n++
	p := f.c.Person.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).
		SetFirstName(first).SetInitials(first[:1] + ".").SetLastName("Jansen").
		SetBirthDate(date.New(1985, 3, 17)).SetSearchKey(strings.ToLower(first) + " jansen").SaveX(f.sys)
	return f.c.Employment.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).SetPersonID(p.ID).
		SetEmployeeNumber(f.n).SetStartDate(start).SaveX(f.sys)
}

// employee signs in as the person of job.
func employee(job *ent.Employment) context.Context {
	return viewer.NewContext(context.Background(), &viewer.Principal{
		Kind: viewer.KindEmployee, ID: "acc_" + job.PersonID, DisplayName: "werknemer",
		Scope: viewer.ScopePerson, ProviderID: job.ProviderID, EmployerID: job.EmployerID, PersonID: job.PersonID,
	})
}

func staff(e *ent.Employer, rights ...viewer.Right) context.Context {
	return viewer.NewContext(context.Background(), &viewer.Principal{
		Kind: viewer.KindStaff, ID: "usr_" + e.AdministrationNumber, DisplayName: "WG " + e.Name,
		Scope: viewer.ScopeEmployer, ProviderID: e.ProviderID, EmployerID: e.ID, Rights: rights,
	})
}

func provider(p *ent.Provider, rights ...viewer.Right) context.Context {
	return viewer.NewContext(context.Background(), &viewer.Principal{
		Kind: viewer.KindStaff, ID: "usr_ak_" + p.ID, DisplayName: "AK " + p.Name,
		Scope: viewer.ScopeProvider, ProviderID: p.ID, Rights: rights,
	})
}

func integrator(p *ent.Provider, rights ...viewer.Right) context.Context {
	return viewer.NewContext(context.Background(), &viewer.Principal{
		Kind: viewer.KindAPIClient, ID: "cli_" + p.ID, DisplayName: "Salarissoftware",
		Scope: viewer.ScopeProvider, ProviderID: p.ID, Rights: rights,
	})
}

func all() []viewer.Right { return viewer.AllRights }

func without(drop viewer.Right) []viewer.Right {
	var out []viewer.Right
	for _, r := range viewer.AllRights {
		if r != drop {
			out = append(out, r)
		}
	}
	return out
}

// wantCode fails unless err carries the top-level code.
func wantCode(t *testing.T, err error, code apperr.Code) {
	t.Helper()
	if apperr.CodeOf(err) != code {
		t.Fatalf("error %v, want %s", err, code)
	}
}

// wantUser fails unless err is the userError code.
func wantUser(t *testing.T, err error, code apperr.UserCode) {
	t.Helper()
	var ue *apperr.UserError
	if !errors.As(err, &ue) || ue.Code != code {
		t.Fatalf("error %v, want userError %s", err, code)
	}
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
