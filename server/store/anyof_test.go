package store_test

import (
	"slices"
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// TestAnyOfSelectsWhatInSelects: AnyOf (one array parameter on Postgres) finds exactly
// the rows IN finds, inside and outside a transaction, and the privacy policy still
// leaves out another tenant's rows among the values; no values find nothing.
func TestAnyOfSelectsWhatInSelects(t *testing.T) {
	w := testworld.New(t, bulkT0)
	c := w.Store.Client
	var ids []string
	for i, e := range []*ent.Employer{w.EmpA1, w.EmpA1, w.EmpA2, w.EmpB1} {
		p := w.Person(e, "Anna", string(rune('A'+i)), "")
		ids = append(ids, p.ID)
		c.Account.Create().SetPersonID(p.ID).SetState(account.StateINVITED).SaveX(w.Sys)
	}
	ids = append(ids, "per_unknown")
	staffA := testworld.ProviderUser(w.ProvA, "usr_any", viewer.AllRights...)

	personIDs := func(ps []*ent.Person) []string {
		out := make([]string, len(ps))
		for i, p := range ps {
			out[i] = p.ID
		}
		slices.Sort(out)
		return out
	}
	want := personIDs(c.Person.Query().Where(person.IDIn(ids...)).AllX(staffA))
	if len(want) != 3 {
		t.Fatalf("IN found %d persons of provider A, want 3", len(want))
	}
	got := personIDs(c.Person.Query().Where(predicate.Person(store.AnyOf(person.FieldID, ids))).AllX(staffA))
	if !slices.Equal(got, want) {
		t.Errorf("AnyOf found %v, IN %v", got, want)
	}
	err := store.WithTx(staffA, c, func(tx *ent.Tx) error {
		accs, err := tx.Client().Account.Query().Where(predicate.Account(store.AnyOf(account.FieldPersonID, ids))).
			Modify(store.ForUpdate).All(staffA)
		if err != nil {
			return err
		}
		var of []string
		for _, a := range accs {
			of = append(of, a.PersonID)
		}
		slices.Sort(of)
		if !slices.Equal(of, want) {
			t.Errorf("AnyOf in a transaction found the accounts of %v, want %v", of, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := c.Person.Query().Where(predicate.Person(store.AnyOf(person.FieldID, nil))).CountX(w.Sys); n != 0 {
		t.Errorf("AnyOf of no values found %d persons", n)
	}
}
