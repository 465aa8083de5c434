package access

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// TestLoadAccountsAndEmploymentsIsEagerLoading: the accounts and employments that
// loadAccountsAndEmployments sets on the persons of a collective change are, field by
// field, those WithAccount and WithEmployments load — no account, one, two employments
// (one ended) — and a person of another provider slipped into the list gets none of
// its rows: the privacy policy of the staff user's context still applies.
func TestLoadAccountsAndEmploymentsIsEagerLoading(t *testing.T) {
	t0 := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	w := testworld.New(t, t0)
	c := w.Store.Client
	none := w.Person(w.EmpA1, "Geen", "Account", "geen@example.nl")
	w.Employment(none, 1, date.New(2020, 1, 1))
	one := w.Person(w.EmpA1, "Een", "Account", "een@example.nl")
	w.Employment(one, 2, date.New(2020, 1, 1))
	c.Account.Create().SetPersonID(one.ID).SetState(account.StateINVITED).SetInviteExpiresAt(t0).SaveX(w.Sys)
	two := w.Person(w.EmpA1, "Twee", "Banen", "twee@example.nl")
	w.Employment(two, 3, date.New(2019, 1, 1), func(e *ent.EmploymentCreate) { e.SetEndDate(date.New(2019, 12, 31)) })
	w.Employment(two, 4, date.New(2020, 1, 1))
	c.Account.Create().SetPersonID(two.ID).SetState(account.StateBLOCKED).SaveX(w.Sys)
	other := w.Person(w.EmpB1, "Ander", "Kantoor", "ander@example.nl")
	w.Employment(other, 5, date.New(2020, 1, 1))
	c.Account.Create().SetPersonID(other.ID).SetState(account.StateINVITED).SaveX(w.Sys)
	staff := testworld.ProviderUser(w.ProvA, "usr_load", viewer.AllRights...)

	ids := []string{none.ID, one.ID, two.ID}
	want := c.Person.Query().Where(person.IDIn(ids...)).WithAccount().WithEmployments().
		Order(ent.Asc(person.FieldID)).AllX(staff)
	got := c.Person.Query().Where(person.IDIn(ids...)).Order(ent.Asc(person.FieldID)).AllX(staff)
	if err := loadAccountsAndEmployments(staff, c, got, subjectColumns{}); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || len(want) != 3 {
		t.Fatalf("%d and %d persons, want 3", len(got), len(want))
	}
	byNumber := func(es []*ent.Employment) []ent.Employment {
		out := make([]ent.Employment, len(es))
		for i, e := range es {
			out[i] = *e
			out[i].Edges = ent.EmploymentEdges{}
		}
		slices.SortFunc(out, func(a, b ent.Employment) int { return a.EmployeeNumber - b.EmployeeNumber })
		return out
	}
	for i := range got {
		g, x := got[i], want[i]
		if (g.Edges.Account == nil) != (x.Edges.Account == nil) ||
			g.Edges.Account != nil && !reflect.DeepEqual(exported(*g.Edges.Account), exported(*x.Edges.Account)) {
			t.Errorf("%s: account %+v, eager loading %+v", g.LastName, g.Edges.Account, x.Edges.Account)
		}
		if ge, xe := byNumber(g.Edges.Employments), byNumber(x.Edges.Employments); len(ge) != len(xe) || len(ge) == 0 ||
			!reflect.DeepEqual(exported(ge), exported(xe)) {
			t.Errorf("%s: employments %+v, eager loading %+v", g.LastName, ge, xe)
		}
	}

	// Another provider's person, read as the system, loaded in the staff user's context.
	stranger := c.Person.Query().Where(person.ID(other.ID)).OnlyX(w.Sys)
	if err := loadAccountsAndEmployments(staff, c, []*ent.Person{stranger}, subjectColumns{}); err != nil {
		t.Fatal(err)
	}
	if stranger.Edges.Account != nil || len(stranger.Edges.Employments) != 0 {
		t.Errorf("another provider's rows were loaded: %+v, %+v", stranger.Edges.Account, stranger.Edges.Employments)
	}
}

// exported is v with only its exported fields, for comparing ent nodes, whose
// unexported bookkeeping differs between ways of loading.
func exported(v any) []any {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Slice {
		var out []any
		for i := range rv.Len() {
			out = append(out, exported(rv.Index(i).Interface()))
		}
		return out
	}
	var out []any
	for i := range rv.NumField() {
		if rv.Type().Field(i).IsExported() && rv.Type().Field(i).Name != "Edges" {
			out = append(out, rv.Field(i).Interface())
		}
	}
	return out
}
