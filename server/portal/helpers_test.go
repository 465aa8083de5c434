package portal_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	entproduct "github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/portal"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// t0 is a Tuesday morning in November, Dutch winter time (UTC+1).
var t0 = time.Date(2026, 11, 24, 9, 30, 0, 0, time.UTC)

// allFeatures are the products that switch on every portal feature.
var allFeatures = []string{product.CodeMijnLoket, product.CodeDocuments, product.CodeLeaveCard,
	product.CodePersonalDataView, product.CodeAbsenceReporting, product.CodeSalaryCalculator}

// member is a person with an employment and, when it has one, an account.
type member struct {
	p   *ent.Person
	job *ent.Employment
	acc *ent.Account
}

// ctx signs the member in as an employee.
func (m member) ctx() context.Context {
	return viewer.NewContext(context.Background(), auth.EmployeePrincipal(m.acc, m.p))
}

// fixture: the shared test world (server/testworld), its provider A as P1 with
// employer A1 (every portal feature), A2 (MijnLoket only: Start) and a third, A3 (no
// MijnLoket); its provider B as P2 with B1 (every feature).
type fixture struct {
	t   *testing.T
	c   *ent.Client
	clk *clock.Fake
	svc *portal.Service
	sys context.Context

	P1, P2                 *ent.Provider
	A1, A2, A3, B1         *ent.Employer
	ann, bob, cas, dirk    member // A1: ann and bob active (ann wants mail), cas blocked (wants mail), dirk no account
	eva, fien, gijs        member // A2, A3, B1
	staffA1, staffA2       context.Context
	providerP1, providerP2 context.Context
	noViewA1, noManageA1   context.Context
	n                      int
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	w := testworld.New(t, t0)
	f := &fixture{t: t, c: w.Store.Client, clk: clock.NewFake(t0), sys: w.Sys, P1: w.ProvA, P2: w.ProvB}
	f.svc = &portal.Service{Client: w.Store.Client, Clock: f.clk, PortalURL: "https://werkportaal.example.nl/werknemer"}
	f.A1 = f.employer(w.EmpA1, allFeatures...)
	f.A2 = f.employer(w.EmpA2, product.CodeMijnLoket)
	f.A3 = f.employer(w.Employer(w.ProvA, "Garage Noord", "23737"))
	f.B1 = f.employer(w.EmpB1, allFeatures...)
	f.ann = f.member(f.A1, "Ann", account.StateACTIVE, true)
	f.bob = f.member(f.A1, "Bob", account.StateACTIVE, false)
	f.cas = f.member(f.A1, "Cas", account.StateBLOCKED, true)
	f.dirk = f.member(f.A1, "Dirk", "", false)
	f.eva = f.member(f.A2, "Eva", account.StateACTIVE, true)
	f.fien = f.member(f.A3, "Fien", account.StateACTIVE, true)
	f.gijs = f.member(f.B1, "Gijs", account.StateACTIVE, true)
	all := viewer.AllRights
	f.staffA1 = staff(f.A1, all...)
	f.staffA2 = staff(f.A2, all...)
	f.providerP1 = provider(f.P1, all...)
	f.providerP2 = provider(f.P2, all...)
	f.noViewA1 = staff(f.A1, without(viewer.ViewEmployees)...)
	f.noManageA1 = staff(f.A1, without(viewer.ManagePayrollData)...)
	return f
}

var without = testworld.Without

func staff(e *ent.Employer, rights ...viewer.Right) context.Context {
	return viewer.NewContext(context.Background(), &viewer.Principal{
		Kind: viewer.KindStaff, ID: "usr_" + e.AdministrationNumber, DisplayName: "WG " + e.Name,
		Scope: viewer.ScopeEmployer, ProviderID: e.ProviderID, EmployerID: e.ID, Rights: rights,
	})
}

func provider(p *ent.Provider, rights ...viewer.Right) context.Context {
	return viewer.NewContext(context.Background(), &viewer.Principal{
		Kind: viewer.KindStaff, ID: "usr_ak_" + p.Name, DisplayName: "AK " + p.Name,
		Scope: viewer.ScopeProvider, ProviderID: p.ID, Rights: rights,
	})
}

// employer gives e of the world an address, which the PDFs print, and activates codes.
func (f *fixture) employer(e *ent.Employer, codes ...string) *ent.Employer {
	f.t.Helper()
	e = e.Update().SetStreet("Hogeweg 1").SetPostalCode("5301 LL").SaveX(f.sys)
	for _, code := range codes {
		pr := f.c.Product.Query().Where(entproduct.Code(code)).OnlyX(f.sys)
		f.c.ProductActivation.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).SetProductID(pr.ID).
			SetActivatedAt(t0.AddDate(0, 0, -20)).SetActivatedBy("usr_setup").ExecX(f.sys)
	}
	return e
}

func (f *fixture) member(e *ent.Employer, first string, state account.State, notify bool) member {
	f.t.Helper()
	f.n++
	c := f.c
	email := strings.ToLower(first) + "@example.nl"
	p := c.Person.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).
		SetFirstName(first).SetInitials(first[:1] + ".").SetLastName("Jansen").SetEmail(email).SetPhone("0612345678").
		SetBirthDate(date.New(1985, 3, 17)).SetSearchKey(strings.ToLower(first) + " jansen").SaveX(f.sys)
	job := c.Employment.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).SetPersonID(p.ID).
		SetEmployeeNumber(f.n).SetStartDate(date.New(2020, 2, 1)).SetJobTitle("Medewerker").SaveX(f.sys)
	m := member{p: p, job: job}
	if state != "" {
		m.acc = c.Account.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).SetPersonID(p.ID).
			SetState(state).SetUsername(strings.ToLower(first)).SetUsernameKey(strings.ToLower(first)).
			SetRegisteredEmail(strings.ToLower(first) + "@prive.example").SetNotifyNewDocuments(notify).SaveX(f.sys)
	}
	return m
}

// slip is a payslip input for m: a month with two earnings and two deductions.
func slip(m member, year, month int, gross int64) portal.PayslipInput {
	run := date.New(year, time.Month(month), 20)
	tax := gross / 5
	return portal.PayslipInput{
		EmploymentID: m.job.ID, PeriodType: payslip.PeriodTypeMONTH, Year: year, Period: month,
		RunDate: run, GrossCents: gross, NetCents: gross - tax - 5_000,
		Lines: []portal.LineInput{
			{Code: "1000", Description: "Salaris", AmountCents: gross - 10_000, Category: payslipline.CategoryEARNINGS},
			{Code: "1200", Description: "Reiskosten", AmountCents: 10_000, Category: payslipline.CategoryEARNINGS},
			{Code: "5000", Description: "Loonheffing", AmountCents: tax, Category: payslipline.CategoryDEDUCTIONS},
			{Code: "5100", Description: "Pensioenpremie werknemer", AmountCents: 5_000, Category: payslipline.CategoryDEDUCTIONS},
			{Code: "6100", Description: "Werkgeversheffing Zvw", AmountCents: gross * 651 / 10_000, Category: payslipline.CategoryEMPLOYER_CONTRIBUTIONS},
			{Code: "4000", Description: "Reservering vakantietoeslag", AmountCents: gross * 8 / 100, Category: payslipline.CategoryRESERVATIONS},
		},
	}
}

// publish publishes payslips as A1's staff and fails the test on any error.
func (f *fixture) publish(ctx context.Context, in ...portal.PayslipInput) *portal.PublishResult {
	f.t.Helper()
	res, err := f.svc.PublishPayslips(ctx, in)
	if err != nil {
		f.t.Fatalf("publish: %v", err)
	}
	return res
}

var (
	wantUserError = testworld.WantUserError
	wantCode      = testworld.WantCode
)

func must[T any](t *testing.T) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}
