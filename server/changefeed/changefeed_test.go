package changefeed_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/changefeed"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

var t0 = time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)

type fx struct {
	w        *testworld.World
	c        *ent.Client
	svc      *changefeed.Service
	pA1, pA2 *ent.Person
	pB1      *ent.Person
}

func newFx(t *testing.T) *fx {
	t.Helper()
	w := testworld.New(t, t0)
	f := &fx{w: w, c: w.Store.Client, svc: &changefeed.Service{Client: w.Store.Client, Clock: clock.NewFake(t0)}}
	mk := func(e *ent.Employer, name string) *ent.Person {
		return f.c.Person.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).SetFirstName(name).
			SetLastName("Test").SetBirthDate(date.New(1990, 1, 1)).SetPayrollKey("K-" + name).SaveX(w.Sys)
	}
	f.pA1, f.pA2, f.pB1 = mk(w.EmpA1, "Anna"), mk(w.EmpA2, "Bram"), mk(w.EmpB1, "Cees")
	return f
}

// record writes one change for p in its own transaction, as the employee p.
func (f *fx) record(t *testing.T, p *ent.Person, n int) {
	t.Helper()
	ctx := viewer.NewContext(context.Background(), &viewer.Principal{Kind: viewer.KindEmployee, ID: "acc_" + p.ID,
		Scope: viewer.ScopePerson, ProviderID: p.ProviderID, EmployerID: p.EmployerID, PersonID: p.ID})
	err := store.WithTx(ctx, f.c, func(tx *ent.Tx) error {
		return changefeed.Record(ctx, tx.Client(), changefeed.Change{Kind: changefeed.SickReported,
			ProviderID: p.ProviderID, EmployerID: p.EmployerID, PersonID: p.ID, SubjectType: "SickReport",
			SubjectID: fmt.Sprintf("zkm_%d", n), Data: map[string]string{"n": fmt.Sprint(n)}, At: t0})
	})
	if err != nil {
		t.Fatalf("record %d: %v", n, err)
	}
}

// ns is the "n" values of a page's entries, in order.
func ns(p *changefeed.Page) string {
	out := ""
	for i, e := range p.Entries {
		if i > 0 {
			out += ","
		}
		out += e.Data["n"]
	}
	return out
}

// R45: the feed is in commit order, numbered per provider; a page reads on from its
// cursor; an employer-level client sees its own employer's changes only, another
// provider sees none of them; employees never read it.
func TestFeedOrderAndScope(t *testing.T) {
	f := newFx(t)
	f.record(t, f.pA1, 1)
	f.record(t, f.pA2, 2)
	f.record(t, f.pB1, 3)
	f.record(t, f.pA1, 4)
	client := testworld.APIClient(f.w.ProvA, "cli_a", viewer.ManagePayrollData)
	p, err := f.svc.Since(client, nil, 2)
	if err != nil {
		t.Fatal(err)
	}
	if ns(p) != "1,2" || !p.HasMore || p.Entries[0].PersonKey != "K-Anna" || p.Entries[0].SubjectID != "zkm_1" {
		t.Fatalf("first page: %s more=%v %+v", ns(p), p.HasMore, p.Entries)
	}
	p2, err := f.svc.Since(client, &p.Cursor, 2)
	if err != nil || ns(p2) != "4" || p2.HasMore {
		t.Fatalf("second page: %s more=%v %v", ns(p2), p2.HasMore, err)
	}
	if p3, _ := f.svc.Since(client, &p2.Cursor, 2); len(p3.Entries) != 0 || p3.Cursor != p2.Cursor {
		t.Errorf("at the end: %+v, want no entries and the same cursor", p3)
	}
	employerClient := viewer.NewContext(context.Background(), &viewer.Principal{Kind: viewer.KindAPIClient, ID: "cli_a1",
		Scope: viewer.ScopeEmployer, ProviderID: f.w.ProvA.ID, EmployerID: f.w.EmpA1.ID, Rights: []viewer.Right{viewer.ManagePayrollData}})
	if p, err := f.svc.Since(employerClient, nil, 10); err != nil || ns(p) != "1,4" {
		t.Errorf("employer A1's client: %s %v", ns(p), err)
	}
	if p, err := f.svc.Since(testworld.APIClient(f.w.ProvB, "cli_b", viewer.ManagePayrollData), nil, 10); err != nil || ns(p) != "3" {
		t.Errorf("provider B: %s %v", ns(p), err)
	}
	_, err = f.svc.Since(testworld.APIClient(f.w.ProvA, "cli_x", testworld.Without(viewer.ManagePayrollData)...), nil, 10)
	testworld.WantCode(t, err, apperr.Forbidden)
	bad := "nonsense"
	_, err = f.svc.Since(client, &bad, 10)
	testworld.WantUserError(t, err, changefeed.CodeInvalidCursor, "cursor")
}

// R45: acknowledging is per API client, never goes back, is audited once, and a client
// without a cursor reads on after what it acknowledged.
func TestAcknowledge(t *testing.T) {
	f := newFx(t)
	for i := 1; i <= 3; i++ {
		f.record(t, f.pA1, i)
	}
	one := testworld.APIClient(f.w.ProvA, "cli_one", viewer.ManagePayrollData)
	two := testworld.APIClient(f.w.ProvA, "cli_two", viewer.ManagePayrollData)
	p, _ := f.svc.Since(one, nil, 2)
	got, err := f.svc.Acknowledge(one, p.Cursor)
	if err != nil || got != p.Cursor {
		t.Fatalf("acknowledge: %q %v", got, err)
	}
	if p, _ := f.svc.Since(one, nil, 10); ns(p) != "3" || p.Acknowledged != got {
		t.Errorf("after acknowledging two: %s (acknowledged %q)", ns(p), p.Acknowledged)
	}
	if p, _ := f.svc.Since(two, nil, 10); ns(p) != "1,2,3" {
		t.Errorf("the other client: %s", ns(p))
	}
	// Going back changes nothing and records nothing.
	first := changefeed.Cursor(1)
	if back, err := f.svc.Acknowledge(one, first); err != nil || back != got {
		t.Errorf("acknowledging an older cursor: %q %v, want still %q", back, err, got)
	}
	if n := f.c.AuditEvent.Query().Where(auditevent.Action(string(changefeed.ActionAcknowledged))).CountX(f.w.Sys); n != 1 {
		t.Errorf("%d acknowledgement events, want 1", n)
	}
	_, err = f.svc.Acknowledge(one, changefeed.Cursor(99))
	testworld.WantUserError(t, err, changefeed.CodeCursorAhead, "cursor")
	_, err = f.svc.Acknowledge(testworld.ProviderUser(f.w.ProvA, "usr_ak", viewer.ManagePayrollData), first)
	testworld.WantCode(t, err, apperr.Forbidden)
}

// R45: changes recorded in parallel transactions get distinct numbers with no gaps, and
// every committed number is seen by a reader that read on from an earlier cursor.
func TestParallelRecordsAreNumberedInOrder(t *testing.T) {
	f := newFx(t)
	var wg sync.WaitGroup
	for i := 1; i <= 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			f.record(t, f.pA1, i)
		}(i)
	}
	wg.Wait()
	client := testworld.APIClient(f.w.ProvA, "cli_a", viewer.ManagePayrollData)
	p, err := f.svc.Since(client, nil, 100)
	if err != nil || len(p.Entries) != 20 {
		t.Fatalf("%d entries, %v", len(p.Entries), err)
	}
	seen := map[string]bool{}
	for i, e := range p.Entries {
		if want := changefeed.Cursor(int64(i + 1)); e.Cursor != want {
			t.Errorf("entry %d has cursor %s, want %s (no gaps)", i, e.Cursor, want)
		}
		seen[e.Data["n"]] = true
	}
	if len(seen) != 20 {
		t.Errorf("%d distinct changes, want 20", len(seen))
	}
}

// An employee may record for themself only (the privacy policy of the entries).
func TestRecordStaysInTheTenant(t *testing.T) {
	f := newFx(t)
	ctx := viewer.NewContext(context.Background(), &viewer.Principal{Kind: viewer.KindEmployee, ID: "acc_x",
		Scope: viewer.ScopePerson, ProviderID: f.pA1.ProviderID, EmployerID: f.pA1.EmployerID, PersonID: f.pA1.ID})
	err := store.WithTx(ctx, f.c, func(tx *ent.Tx) error {
		return changefeed.Record(ctx, tx.Client(), changefeed.Change{Kind: changefeed.SickReported,
			ProviderID: f.pA2.ProviderID, EmployerID: f.pA2.EmployerID, PersonID: f.pA2.ID})
	})
	if err == nil {
		t.Fatal("an employee recorded a change of another person")
	}
}
