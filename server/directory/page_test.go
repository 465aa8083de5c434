package directory_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/server/access/status"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

var t0 = time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)

type pageFx struct {
	w     *testworld.World
	st    *store.Store
	svc   *directory.Service
	staff context.Context
	A, B  *ent.Employer
}

// newPageFx, on the shared test world (server/testworld): employer A (A1) with persons
// in every access status, in and out of service, with shared start dates (so ties are
// broken by ID); employer B (A2) of the same provider has namesakes that must never show
// up in A's list.
func newPageFx(t *testing.T) *pageFx {
	t.Helper()
	w := testworld.New(t, t0)
	st, c := w.Store, w.Store.Client
	f := &pageFx{w: w, st: st, A: w.EmpA1, B: w.EmpA2,
		svc: &directory.Service{Client: c, Clock: clock.NewFake(t0), Dialect: st.Dialect}}
	f.staff = testworld.ProviderUser(w.ProvA, "usr_ak", viewer.AllRights...)
	firsts := []string{"Jan", "Anna", "Piet", "Janneke", "Els", "Mohamed", "Fatima", "Kees", "Sanne", "Daan", "Emma", "Lucas"}
	lasts := []string{"Jansen", "de Vries", "Bakker", "Smit", "Visser", "El Amrani"}
	later, earlier := t0.Add(48*time.Hour), t0.Add(-time.Hour)
	add := func(e *ent.Employer, i int) {
		first, last := firsts[i%len(firsts)], lasts[i%len(lasts)]
		email := fmt.Sprintf("%s%d@example.nl", strings.ToLower(first), i)
		per := w.Person(e, first, last, "", func(pc *ent.PersonCreate) {
			pc.SetBirthDate(date.New(1980+i%20, time.Month(1+i%12), 1+i%28)).
				SetSearchKey(directory.SearchKey(first, "", last, email))
			if i%5 != 0 {
				pc.SetEmail(email)
			}
		})
		w.Employment(per, 1000+(i*37)%101, // not in creation order
			date.New(2020, time.Month(1+i%3), 1), func(ec *ent.EmploymentCreate) {
				if i%4 == 3 {
					ec.SetEndDate(date.New(2025, 6, 30))
				}
			})
		ac := c.Account.Create().SetPersonID(per.ID).
			SetPasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0$aGFzaA")
		switch i % 7 {
		case 0: // no account
			return
		case 1:
			ac.SetState(account.StateINVITED).SetInviteExpiresAt(later)
		case 2:
			ac.SetState(account.StateINVITED).SetInviteExpiresAt(earlier)
		case 3:
			ac.SetState(account.StateACTIVE).SetUsername(fmt.Sprintf("user%d", i)).SetLastLoginAt(earlier)
		case 4:
			ac.SetState(account.StateACTIVE).SetUsername(fmt.Sprintf("locked%d", i)).SetLockedUntil(later).SetFailedAttempts(3)
		case 5:
			ac.SetState(account.StateBLOCKED).SetBlockedAt(earlier)
		case 6:
			ac.SetState(account.StateNONE)
		}
		ac.SaveX(w.Sys)
	}
	for i := range 30 {
		add(f.A, i)
	}
	for i := range 6 {
		add(f.B, i)
	}
	return f
}

// paginate is the reference: the employments query as entgql's Paginate pages it,
// with the person and account of each row.
func (f *pageFx) paginate(t *testing.T, filter directory.EmploymentFilter, a directory.PageArgs) *ent.EmploymentConnection {
	t.Helper()
	q, err := f.svc.Employments(f.staff, f.A.ID, filter)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := q.Paginate(f.staff, a.After, a.First, a.Before, a.Last, ent.WithEmploymentOrder(a.Order),
		ent.WithEmploymentFilter(func(q *ent.EmploymentQuery) (*ent.EmploymentQuery, error) {
			return q.WithPerson(func(pq *ent.PersonQuery) { pq.WithAccount() }), nil
		}))
	if err != nil {
		t.Fatal(err)
	}
	return conn
}

// show writes a connection as the API would see it, with every field of the nodes;
// the search key and password hash, which Page does not read, are left out.
func show(t *testing.T, c *ent.EmploymentConnection) string {
	t.Helper()
	var b strings.Builder
	cur := func(c *entgql.Cursor[string]) string {
		if c == nil {
			return "nil"
		}
		var w bytes.Buffer
		c.MarshalGQL(&w)
		return w.String()
	}
	fmt.Fprintf(&b, "total %d next %v prev %v start %s end %s\n", c.TotalCount,
		c.PageInfo.HasNextPage, c.PageInfo.HasPreviousPage, cur(c.PageInfo.StartCursor), cur(c.PageInfo.EndCursor))
	for _, e := range c.Edges {
		p, err := e.Node.Edges.PersonOrErr()
		if err != nil {
			t.Fatalf("%s: %v", e.Node.ID, err)
		}
		a, err := p.Edges.AccountOrErr()
		if err != nil && !ent.IsNotFound(err) {
			t.Fatalf("%s: %v", p.ID, err)
		}
		ec, pc, ac := *e.Node, *p, ent.Account{}
		ec.Edges, pc.Edges = ent.EmploymentEdges{}, ent.PersonEdges{}
		pc.SearchKey = ""
		if a != nil {
			ac = *a
			ac.PasswordHash = ""
		}
		j, err := json.Marshal([]any{cur(&e.Cursor), ec, pc, ac})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(j)
		b.WriteByte('\n')
	}
	return b.String()
}

// employerPage is the page of A as EmployerPage reads it with its employer, shown; the
// employer must be A as ent reads it.
func (f *pageFx) employerPage(t *testing.T, filter directory.EmploymentFilter, a directory.PageArgs) string {
	t.Helper()
	plan, err := f.svc.PlanPage(f.staff, f.A.ID, filter, a)
	if err != nil {
		t.Fatal(err)
	}
	emp, conn, err := f.svc.EmployerPage(f.staff, plan)
	if err != nil {
		t.Fatal(err)
	}
	want := f.st.Client.Employer.GetX(f.staff, f.A.ID)
	emp.Edges, want.Edges = ent.EmployerEdges{}, ent.EmployerEdges{}
	if g, w := fmt.Sprintf("%+v", *emp), fmt.Sprintf("%+v", *want); g != w {
		t.Fatalf("EmployerPage's employer %s, Get's %s", g, w)
	}
	return show(t, conn)
}

// roundTrip passes a cursor through its GraphQL form, as the next request sends it.
func roundTrip(t *testing.T, c *entgql.Cursor[string]) *entgql.Cursor[string] {
	t.Helper()
	var w bytes.Buffer
	c.MarshalGQL(&w)
	var s string
	if err := json.Unmarshal(w.Bytes(), &s); err != nil {
		t.Fatal(err)
	}
	out := new(entgql.Cursor[string])
	if err := out.UnmarshalGQL(s); err != nil {
		t.Fatal(err)
	}
	return out
}

// searchForms is f once per form of a search's matches the database has: on PostgreSQL
// read by person (the employer has fewer matches than DefaultFewMatches) and by the
// planner's join (as when there are more).
func (f *pageFx) searchForms() map[string]*pageFx {
	forms := map[string]*pageFx{"matches by person": f}
	if f.st.Dialect == dialect.Postgres {
		byJoin := *f
		byJoin.svc = f.svc.WithFewMatches(1)
		forms["matches by join"] = &byJoin
	}
	return forms
}

// Page answers exactly what entgql's Paginate answered, for every filter and order,
// paging forwards with first/after and backwards with last/before, in either form of a
// search's matches.
func TestPageEqualsPaginate(t *testing.T) {
	for form, f := range newPageFx(t).searchForms() {
		t.Run(form, func(t *testing.T) { f.pageEqualsPaginate(t) })
	}
}

func (f *pageFx) pageEqualsPaginate(t *testing.T) {
	filters := map[string]directory.EmploymentFilter{
		"all":               {},
		"search name":       {Search: "jan"},
		"search one person": {Search: "anna1@"}, // as many matches as WithFewMatches(1) reads by person
		"search e-mail":     {Search: "EXAMPLE.nl"},
		"search number":     {Search: "1037"},
		"in service":        {Service: directory.InService},
		"out of service":    {Service: directory.OutOfService},
		"active or locked":  {Statuses: []status.Status{status.Active, status.Locked}},
		"none or expired":   {Statuses: []status.Status{status.None, status.Expired}, Service: directory.InService},
		"nothing":           {Search: "zzz"},
		// A search with filters: the filters are part of the matches the count and the
		// page share.
		"search in service":       {Search: "jan", Service: directory.InService},
		"search active or locked": {Search: "an", Statuses: []status.Status{status.Active, status.Locked}},
	}
	orders := map[string]*ent.EmploymentOrder{
		"default":          nil,
		"number asc":       {Field: ent.EmploymentOrderFieldEmployeeNumber, Direction: entgql.OrderDirectionAsc},
		"number desc":      {Field: ent.EmploymentOrderFieldEmployeeNumber, Direction: entgql.OrderDirectionDesc},
		"start date desc":  {Field: ent.EmploymentOrderFieldStartDate, Direction: entgql.OrderDirectionDesc},
		"created at asc":   {Field: ent.EmploymentOrderFieldCreatedAt, Direction: entgql.OrderDirectionAsc},
		"start date asc":   {Field: ent.EmploymentOrderFieldStartDate, Direction: entgql.OrderDirectionAsc},
		"id (field unset)": {Direction: entgql.OrderDirectionDesc},
	}
	pages := 0
	compare := func(name string, filter directory.EmploymentFilter, a directory.PageArgs) *ent.EmploymentConnection {
		t.Helper()
		want := f.paginate(t, filter, a)
		// Page gets the cursors as a request carries them; the reference keeps their Go
		// values, since Paginate cannot take a start date back from its wire form.
		if a.After != nil {
			a.After = roundTrip(t, a.After)
		}
		if a.Before != nil {
			a.Before = roundTrip(t, a.Before)
		}
		a.Count, a.Edges = true, true
		got, err := f.svc.Page(f.staff, f.A.ID, filter, a)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if g, w := show(t, got), show(t, want); g != w {
			t.Fatalf("%s:\nPage:\n%s\nPaginate:\n%s", name, g, w)
		}
		if g, w := f.employerPage(t, filter, a), show(t, want); g != w {
			t.Fatalf("%s:\nEmployerPage:\n%s\nPaginate:\n%s", name, g, w)
		}
		pages++
		return want
	}
	three, four, zero := 3, 4, 0
	for fn, filter := range filters {
		for on, order := range orders {
			name := fn + ", " + on
			var after *entgql.Cursor[string]
			for i := 0; ; i++ {
				c := compare(fmt.Sprintf("%s, forwards page %d", name, i), filter, directory.PageArgs{After: after, First: &three, Order: order})
				if !c.PageInfo.HasNextPage {
					if after != nil { // past the end: an empty page that still counts
						compare(name+", after the end", filter, directory.PageArgs{After: c.PageInfo.EndCursor, First: &three, Order: order})
					}
					break
				}
				after = c.PageInfo.EndCursor
			}
			var before *entgql.Cursor[string]
			for i := 0; ; i++ {
				c := compare(fmt.Sprintf("%s, backwards page %d", name, i), filter, directory.PageArgs{Before: before, Last: &four, Order: order})
				if !c.PageInfo.HasPreviousPage {
					break
				}
				before = c.PageInfo.StartCursor
			}
			compare(name+", first 0", filter, directory.PageArgs{First: &zero, Order: order})
			compare(name+", unpaged", filter, directory.PageArgs{Order: order})
		}
	}
	t.Logf("%d pages equal", pages)
}

// Page and EmployerPage answer alike whatever the caller reads of the connection:
// the count alone, the rows alone, both, or a page of no rows.
func TestEmployerPageEqualsPage(t *testing.T) {
	f := newPageFx(t)
	zero, five := 0, 5
	for _, filter := range []directory.EmploymentFilter{{}, {Search: "jan"}, {Search: "zzz"}} {
		for _, a := range []directory.PageArgs{
			{First: &five, Count: true}, {First: &five, Edges: true}, {Last: &five, Count: true, Edges: true},
			{Count: true}, {Edges: true}, {Count: true, Edges: true}, {},
			{First: &zero, Count: true, Edges: true}, {Last: &zero, Count: true, Edges: true},
		} {
			want, err := f.svc.Page(f.staff, f.A.ID, filter, a)
			if err != nil {
				t.Fatal(err)
			}
			if g, w := f.employerPage(t, filter, a), show(t, want); g != w {
				t.Fatalf("%+v %+v:\nEmployerPage:\n%s\nPage:\n%s", filter, a, g, w)
			}
		}
	}
}

// EmployerPage answers an employer the caller may not see (another employer of the
// provider, another provider's) exactly as one that does not exist, and as ent's Get
// answers either: not found. The same plan reads the caller's own employer.
func TestEmployerPageOfAnInvisibleEmployer(t *testing.T) {
	f := newPageFx(t)
	w := f.w
	const missing = "emp_01JZZZZZZZZZZZZZZZZZZZZZZZ"
	callers := []struct {
		name      string
		ctx       context.Context
		own       *ent.Employer
		invisible []string
	}{
		{"provider user", f.staff, f.A, []string{w.EmpB1.ID, missing}},
		{"employer user", testworld.EmployerUser(f.A, "usr_wg", viewer.AllRights...), f.A, []string{f.B.ID, w.EmpB1.ID, missing}},
		{"integrator", testworld.APIClient(w.ProvA, "cli_int", viewer.AllRights...), f.A, []string{w.EmpB1.ID, missing}},
		{"other provider's user", testworld.ProviderUser(w.ProvB, "usr_b", viewer.AllRights...), w.EmpB1, []string{f.A.ID, f.B.ID, missing}},
	}
	ten := 10
	for _, c := range callers {
		for _, a := range []directory.PageArgs{{First: &ten, Count: true, Edges: true}, {First: &ten, Count: true}} {
			for _, id := range c.invisible {
				plan, err := f.svc.PlanPage(c.ctx, id, directory.EmploymentFilter{}, a)
				if err != nil {
					t.Fatal(err)
				}
				emp, conn, err := f.svc.EmployerPage(c.ctx, plan)
				_, getErr := f.st.Client.Employer.Get(c.ctx, id)
				if !ent.IsNotFound(err) || getErr == nil || err.Error() != getErr.Error() || emp != nil || conn != nil {
					t.Errorf("%s, employer %s: %v, %v, %v; Get: %v", c.name, id, emp, conn, err, getErr)
				}
			}
			plan, err := f.svc.PlanPage(c.ctx, c.own.ID, directory.EmploymentFilter{}, a)
			if err != nil {
				t.Fatal(err)
			}
			emp, conn, err := f.svc.EmployerPage(c.ctx, plan)
			want, wantErr := f.svc.Page(c.ctx, c.own.ID, directory.EmploymentFilter{}, a)
			if err != nil || wantErr != nil || emp.ID != c.own.ID || show(t, conn) != show(t, want) {
				t.Errorf("%s, own employer %s: %v, %v, %v; Page: %v, %v", c.name, c.own.ID, emp, conn, err, want, wantErr)
			}
		}
	}
	// Without VIEW_EMPLOYEES, or as an employee, there is no plan: the page's refusal.
	for _, ctx := range []context.Context{
		testworld.EmployerUser(f.A, "usr_nv", testworld.Without(viewer.ViewEmployees)...),
		testworld.Employee(f.A, "acc_x", "per_x"),
	} {
		if _, err := f.svc.PlanPage(ctx, f.A.ID, directory.EmploymentFilter{}, directory.PageArgs{}); apperr.CodeOf(err) != apperr.Forbidden {
			t.Errorf("PlanPage without VIEW_EMPLOYEES: %v", err)
		}
	}
}

// The page reads no secret: the account's password hash stays empty.
func TestPageReadsNoPasswordHash(t *testing.T) {
	f := newPageFx(t)
	fifty := 50
	conn, err := f.svc.Page(f.staff, f.A.ID, directory.EmploymentFilter{}, directory.PageArgs{First: &fifty, Edges: true})
	if err != nil {
		t.Fatal(err)
	}
	plan, err := f.svc.PlanPage(f.staff, f.A.ID, directory.EmploymentFilter{}, directory.PageArgs{First: &fifty, Edges: true})
	if err != nil {
		t.Fatal(err)
	}
	_, withEmployer, err := f.svc.EmployerPage(f.staff, plan)
	if err != nil {
		t.Fatal(err)
	}
	conn.Edges = append(conn.Edges, withEmployer.Edges...)
	accounts := 0
	for _, e := range conn.Edges {
		if a := e.Node.Edges.Person.Edges.Account; a != nil {
			accounts++
			if a.PasswordHash != "" {
				t.Fatalf("account %s carries its password hash", a.ID)
			}
		}
	}
	if accounts == 0 {
		t.Fatal("no row has an account; the check above checked nothing")
	}
}
