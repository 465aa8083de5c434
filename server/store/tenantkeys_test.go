package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// TestTenantKeysComeFromTheParent: a new row that names only its parent gets the
// parent's provider and employer keys (docs/architecture.md, Tenancy), whoever creates
// it.
func TestTenantKeysComeFromTheParent(t *testing.T) {
	w := testworld.New(t, time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC))
	c := w.Store.Client

	// An employer-owned row from its employer.
	p := c.Person.Create().SetEmployerID(w.EmpA2.ID).SetFirstName("Sanne").SetLastName("Smit").
		SetBirthDate(testworld.Birth).SetSearchKey("sanne smit").SaveX(w.Sys)
	if p.ProviderID != w.ProvA.ID || p.EmployerID != w.EmpA2.ID {
		t.Errorf("person keys %s/%s, want %s/%s", p.ProviderID, p.EmployerID, w.ProvA.ID, w.EmpA2.ID)
	}
	// Person-owned rows from their person, as the system and as staff of the tenant.
	job := c.Employment.Create().SetPersonID(p.ID).SetEmployeeNumber(1).SetStartDate(date.New(2020, 1, 1)).SaveX(w.Sys)
	if job.ProviderID != w.ProvA.ID || job.EmployerID != w.EmpA2.ID {
		t.Errorf("employment keys %s/%s, want the person's", job.ProviderID, job.EmployerID)
	}
	staff := testworld.EmployerUser(w.EmpA2, "usr_wg", viewer.AllRights...)
	job2, err := c.Employment.Create().SetPersonID(p.ID).SetEmployeeNumber(2).SetStartDate(date.New(2021, 1, 1)).Save(staff)
	if err != nil {
		t.Fatalf("staff of the person's employer: %v", err)
	}
	if job2.ProviderID != w.ProvA.ID || job2.EmployerID != w.EmpA2.ID {
		t.Errorf("employment keys %s/%s, want the person's", job2.ProviderID, job2.EmployerID)
	}
	// A row one step further down: the reset link from its account.
	acc := w.Account(p, "sanne.smit", "")
	r := c.PasswordReset.Create().SetAccountID(acc.ID).SetTokenHash("h").SetCreatedAt(time.Now()).
		SetExpiresAt(time.Now().Add(time.Hour)).SaveX(w.Sys)
	if r.ProviderID != w.ProvA.ID || r.EmployerID != w.EmpA2.ID {
		t.Errorf("reset link keys %s/%s, want the account's", r.ProviderID, r.EmployerID)
	}
}

// TestTenantKeysOfAnotherTenantAreRefused: naming a parent of another tenant fills in
// that tenant's keys, which the privacy policy refuses (rule.CreateWithinTenant); a
// parent that does not exist is refused alike, so the answer tells nothing.
func TestTenantKeysOfAnotherTenantAreRefused(t *testing.T) {
	w := testworld.New(t, time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC))
	c := w.Store.Client
	ofB := w.Person(w.EmpB1, "Geheim", "Anderprovider", "")
	ofA2 := w.Person(w.EmpA2, "Bert", "Buur", "")
	for _, tc := range []struct {
		name     string
		ctx      context.Context
		personID string
	}{
		{"provider A names a person of provider B", testworld.ProviderUser(w.ProvA, "usr_ak", viewer.AllRights...), ofB.ID},
		{"employer A1 names a person of employer A2", testworld.EmployerUser(w.EmpA1, "usr_wg", viewer.AllRights...), ofA2.ID},
		{"provider A names no person", testworld.ProviderUser(w.ProvA, "usr_ak", viewer.AllRights...), "per_none"},
	} {
		_, err := c.Employment.Create().SetPersonID(tc.personID).SetEmployeeNumber(9).SetStartDate(date.New(2020, 1, 1)).
			Save(tc.ctx)
		if !errors.Is(err, privacy.Deny) {
			t.Errorf("%s: %v, want a privacy denial", tc.name, err)
		}
	}
	if n := c.Employment.Query().CountX(w.Sys); n != 0 {
		t.Errorf("%d employments written", n)
	}
}
