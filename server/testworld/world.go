// Package testworld is the test world that the packages' tests share instead of each
// building its own. On a fresh migrated database (storetest): provider A "Voorbeeld
// Administratiekantoor", which signed the MijnLoket addendum a month before the test's
// now, with employers A1 "Voorbeeld MKB" and A2 "Bakkerij De Korst"; provider B "Ander
// Salariskantoor", which did not sign it, with employer B1 "Garage Zuid". Two providers
// and three employers are the least that shows both tenant boundaries (R19 needs one
// signed provider and one not). Staff and API clients act through the contexts that
// ProviderUser, EmployerUser, APIClient and Employee return; Person, Employment and Account add
// the people a test needs, and ParseMail takes a received mail apart. Only tests import
// this package.
package testworld

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/store/storetest"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// World is the shared tenants on their own database.
type World struct {
	t     testing.TB
	Store *store.Store
	// Sys acts as the program itself, which the privacy policies let read and write
	// everything: for setting up and inspecting rows, never for the code under test.
	Sys                 context.Context
	ProvA, ProvB        *ent.Provider
	EmpA1, EmpA2, EmpB1 *ent.Employer
}

// AddendumSignedBy is who signed provider A's MijnLoket addendum.
const AddendumSignedBy = "usr_setup"

// New builds the world on a fresh database; now is the test clock's start.
func New(t testing.TB, now time.Time) *World {
	t.Helper()
	return On(t, storetest.Open(t), now)
}

// On builds the world on st, a fresh database that the test set up itself.
func On(t testing.TB, st *store.Store, now time.Time) *World {
	t.Helper()
	w := &World{t: t, Store: st, Sys: viewer.System(context.Background())}
	c := st.Client
	w.ProvA = c.Provider.Create().SetName("Voorbeeld Administratiekantoor").
		SetMijnloketAddendumSignedAt(now.Add(-30 * 24 * time.Hour)).SetMijnloketAddendumSignedBy(AddendumSignedBy).
		SaveX(w.Sys)
	w.ProvB = c.Provider.Create().SetName("Ander Salariskantoor").SaveX(w.Sys)
	w.EmpA1 = w.Employer(w.ProvA, "Voorbeeld MKB", "23735")
	w.EmpA2 = w.Employer(w.ProvA, "Bakkerij De Korst", "23736")
	w.EmpB1 = w.Employer(w.ProvB, "Garage Zuid", "10001")
	return w
}

// Employer adds an employer of p with administration number admin.
func (w *World) Employer(p *ent.Provider, name, admin string) *ent.Employer {
	w.t.Helper()
	return w.Store.Client.Employer.Create().
		SetProviderID(p.ID).SetName(name).SetNameKey(strings.ToLower(name)).
		SetAdministrationNumber(admin).SetCity("Zaltbommel").
		SaveX(w.Sys)
}

// ProviderUser acts as an ak-gebruiker of p with id and rights.
func ProviderUser(p *ent.Provider, id string, rights ...viewer.Right) context.Context {
	return viewer.NewContext(context.Background(), &viewer.Principal{
		Kind: viewer.KindStaff, ID: id, DisplayName: "AK " + id,
		Scope: viewer.ScopeProvider, ProviderID: p.ID, Rights: rights,
	})
}

// EmployerUser acts as a werkgevergebruiker of e with id and rights.
func EmployerUser(e *ent.Employer, id string, rights ...viewer.Right) context.Context {
	return viewer.NewContext(context.Background(), &viewer.Principal{
		Kind: viewer.KindStaff, ID: id, DisplayName: "WG " + id,
		Scope: viewer.ScopeEmployer, ProviderID: e.ProviderID, EmployerID: e.ID, Rights: rights,
	})
}

// APIClient acts as an integrator's API client of p with id and rights.
func APIClient(p *ent.Provider, id string, rights ...viewer.Right) context.Context {
	return viewer.NewContext(context.Background(), &viewer.Principal{
		Kind: viewer.KindAPIClient, ID: id, DisplayName: "API " + id,
		Scope: viewer.ScopeProvider, ProviderID: p.ID, Rights: rights,
	})
}

// Employee acts as the signed-in employee with account accountID and person personID of
// e; rights are for tests that check an employee's claimed rights count for nothing.
func Employee(e *ent.Employer, accountID, personID string, rights ...viewer.Right) context.Context {
	return viewer.NewContext(context.Background(), &viewer.Principal{
		Kind: viewer.KindEmployee, ID: accountID, DisplayName: "werknemer",
		Scope: viewer.ScopePerson, ProviderID: e.ProviderID, EmployerID: e.ID, PersonID: personID, Rights: rights,
	})
}

// Without is every right but drop.
func Without(drop viewer.Right) []viewer.Right {
	var out []viewer.Right
	for _, r := range viewer.AllRights {
		if r != drop {
			out = append(out, r)
		}
	}
	return out
}
