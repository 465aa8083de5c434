package funnel_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/invitation"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/funnel"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// now is a Thursday afternoon; its week starts on Monday 30 November 2026.
var now = time.Date(2026, 12, 3, 14, 0, 0, 0, time.UTC)

type fixture struct {
	t   *testing.T
	w   *testworld.World
	svc *funnel.Service
	n   int
}

func newFixture(t *testing.T) *fixture {
	w := testworld.New(t, now)
	return &fixture{t: t, w: w, svc: &funnel.Service{Client: w.Store.Client, Clock: clock.NewFake(now)}}
}

// link is one scripted invitation: sent at, and what became of it.
type link struct {
	sent              time.Time
	opened, verified  bool
	state             invitation.State
	reason            invitation.RevokeReason
	expiresAfterHours int // 96 unless set
	employer          *ent.Employer
	lastName          string
}

// invite makes a person of l.employer (A1 unless set) with an account and the invitation l.
func (f *fixture) invite(l link) *ent.Person {
	f.t.Helper()
	c, sys := f.w.Store.Client, f.w.Sys
	emp := l.employer
	if emp == nil {
		emp = f.w.EmpA1
	}
	f.n++
	last := l.lastName
	if last == "" {
		last = fmt.Sprintf("Persoon%02d", f.n)
	}
	p := c.Person.Create().SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).
		SetFirstName("Jan").SetLastName(last).SetBirthDate(date.New(1990, 5, 1)).
		SetEmail(fmt.Sprintf("p%d@example.nl", f.n)).SaveX(sys)
	acc := c.Account.Create().SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).SetPersonID(p.ID).
		SetState("INVITED").SaveX(sys)
	hours := l.expiresAfterHours
	if hours == 0 {
		hours = 96
	}
	state := l.state
	if state == "" {
		state = invitation.StatePENDING
	}
	ic := c.Invitation.Create().SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).SetPersonID(p.ID).SetAccountID(acc.ID).
		SetTokenHash(fmt.Sprintf("hash-%d", f.n)).SetEmail(*p.Email).SetCreatedBy("usr_1").
		SetCreatedAt(l.sent).SetExpiresAt(l.sent.Add(time.Duration(hours) * time.Hour)).SetState(state)
	if l.opened {
		ic.SetOpenedAt(l.sent.Add(time.Hour))
	}
	if l.verified {
		ic.SetVerifiedAt(l.sent.Add(2 * time.Hour))
	}
	if l.reason != "" {
		ic.SetRevokeReason(l.reason).SetRevokedAt(l.sent.Add(3 * time.Hour))
	}
	ic.SaveX(sys)
	return p
}

func day(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, time.UTC) }

// The funnel of the access lifecycle (R2–R4): per week how far each link got, a link
// counted at every step it passed; expired is a pending link past its 96 hours (R2),
// withdrawn a link staff took back or a block ended (R3, R6), a new link (RESENT) or a
// burnt one neither; now's pending links by the step they wait at.
func TestFunnelCountsEachWeekAndListsWhoIsStuck(t *testing.T) {
	f := newFixture(t)
	// Week of 23 November (the week before now's).
	f.invite(link{sent: day(2026, 11, 23, 9), opened: true, verified: true, state: invitation.StateUSED})
	f.invite(link{sent: day(2026, 11, 24, 9), opened: true, verified: true, state: invitation.StateUSED})
	f.invite(link{sent: day(2026, 11, 24, 9)}) // never opened, expired on the 28th
	f.invite(link{sent: day(2026, 11, 25, 9), opened: true, state: invitation.StateREVOKED, reason: invitation.RevokeReasonWITHDRAWN})
	f.invite(link{sent: day(2026, 11, 26, 9), state: invitation.StateREVOKED, reason: invitation.RevokeReasonRESENT})
	f.invite(link{sent: day(2026, 11, 26, 9), opened: true, state: invitation.StateREVOKED, reason: invitation.RevokeReasonBIRTH_DATE_ATTEMPTS})
	// Before the first visit was recorded: a registration without opened_at counts as opened.
	f.invite(link{sent: day(2026, 11, 27, 9), verified: true, state: invitation.StateUSED})
	// Sunday 29 November 23:30 in Amsterdam is still that week (22:30 UTC).
	f.invite(link{sent: time.Date(2026, 11, 29, 22, 30, 0, 0, time.UTC), state: invitation.StateREVOKED, reason: invitation.RevokeReasonBLOCKED})
	// Now's week: Monday 30 November 00:30 in Amsterdam (23:30 UTC on Sunday).
	f.invite(link{sent: time.Date(2026, 11, 29, 23, 30, 0, 0, time.UTC)})   // not opened, valid
	f.invite(link{sent: day(2026, 12, 1, 9), opened: true})                 // opened, birth date not yet
	f.invite(link{sent: day(2026, 12, 2, 9), opened: true, verified: true}) // birth date passed
	f.invite(link{sent: day(2026, 12, 3, 9), expiresAfterHours: 1})         // expired an hour after it was sent
	// Outside the window (8 weeks) and of other employers: not counted.
	f.invite(link{sent: day(2026, 9, 1, 9)})
	f.invite(link{sent: day(2026, 12, 2, 9), employer: f.w.EmpA2})
	f.invite(link{sent: day(2026, 12, 2, 9), employer: f.w.EmpB1})

	staff := testworld.EmployerUser(f.w.EmpA1, "usr_wg", viewer.ManagePortalAccess, viewer.ViewEmployees)
	rep, err := f.svc.Funnel(staff, f.w.EmpA1.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Weeks) != funnel.DefaultWeeks {
		t.Fatalf("%d weeks, want %d", len(rep.Weeks), funnel.DefaultWeeks)
	}
	if got, want := rep.Weeks[0].Start, date.New(2026, 10, 12); got != want {
		t.Errorf("first week starts %s, want %s", got, want)
	}
	prev, cur := rep.Weeks[6], rep.Weeks[7]
	if want := (funnel.Week{Start: date.New(2026, 11, 23), Sent: 8, Opened: 5, Verified: 3, Registered: 3, Expired: 1, Withdrawn: 2}); prev != want {
		t.Errorf("week of 23 November = %+v\nwant %+v", prev, want)
	}
	if want := (funnel.Week{Start: date.New(2026, 11, 30), Sent: 4, Opened: 2, Verified: 1, Registered: 0, Expired: 1, Withdrawn: 0}); cur != want {
		t.Errorf("week of 30 November = %+v\nwant %+v", cur, want)
	}
	for _, w := range rep.Weeks[:6] {
		if w.Sent != 0 {
			t.Errorf("week of %s counts %d, want none", w.Start, w.Sent)
		}
	}
	if rep.Total.Sent != 12 || rep.Total.Registered != 3 || rep.Total.Start != rep.Weeks[0].Start {
		t.Errorf("total = %+v", rep.Total)
	}
	if got := prev.Conversion(); got != 3.0/8 {
		t.Errorf("conversion of the week of 23 November = %v, want 0.375", got)
	}
	if (funnel.Week{}).Conversion() != 0 {
		t.Error("an empty week converts at 0")
	}

	wantStuck := map[funnel.StuckStep]int{funnel.NotOpened: 1, funnel.NotVerified: 1, funnel.NotRegistered: 1, funnel.Expired: 3}
	if len(rep.Stuck) != len(funnel.Steps) {
		t.Fatalf("%d stuck steps, want %d", len(rep.Stuck), len(funnel.Steps))
	}
	for i, st := range rep.Stuck {
		if st.Step != funnel.Steps[i] {
			t.Errorf("stuck step %d is %s, want %s", i, st.Step, funnel.Steps[i])
		}
		if st.Total != wantStuck[st.Step] || len(st.People) != st.Total {
			t.Errorf("%s: total %d with %d people, want %d", st.Step, st.Total, len(st.People), wantStuck[st.Step])
		}
		for _, p := range st.People {
			if p.Person == nil || p.Person.EmployerID != f.w.EmpA1.ID || p.Email == "" {
				t.Errorf("%s lists %+v", st.Step, p)
			}
		}
	}
	// Stuck is now, whatever the window: the expired link of 1 September is listed, the
	// longest waiting first.
	if exp := rep.Stuck[3]; len(exp.People) == 3 && !exp.People[0].InvitedAt.Equal(day(2026, 9, 1, 9)) {
		t.Errorf("expired list starts with the link of %s", exp.People[0].InvitedAt)
	}
}

// A stuck step lists the first MaxStuckListed and counts them all.
func TestFunnelStuckListIsBounded(t *testing.T) {
	f := newFixture(t)
	for i := range funnel.MaxStuckListed + 3 {
		f.invite(link{sent: day(2026, 12, 1, 9).Add(time.Duration(i) * time.Minute)})
	}
	rep, err := f.svc.Funnel(testworld.ProviderUser(f.w.ProvA, "usr_ak", viewer.ManagePortalAccess, viewer.ViewEmployees), f.w.EmpA1.ID, 30)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Weeks) != funnel.MaxWeeks {
		t.Errorf("%d weeks for 30 asked, want the maximum %d", len(rep.Weeks), funnel.MaxWeeks)
	}
	if st := rep.Stuck[0]; st.Total != funnel.MaxStuckListed+3 || len(st.People) != funnel.MaxStuckListed {
		t.Errorf("not opened: total %d, %d listed", st.Total, len(st.People))
	}
}

// Rights and tenancy: both rights are needed (the lists name people); another
// provider's employer, or another employer for an employer user, is not found — the
// same answer as an employer that does not exist.
func TestFunnelRightsAndTenancy(t *testing.T) {
	f := newFixture(t)
	f.invite(link{sent: day(2026, 12, 1, 9)})
	both := []viewer.Right{viewer.ManagePortalAccess, viewer.ViewEmployees}
	for name, tc := range map[string]struct {
		ctx      context.Context
		employer string
		want     apperr.Code
	}{
		"without MANAGE_PORTAL_ACCESS":  {testworld.EmployerUser(f.w.EmpA1, "u1", viewer.ViewEmployees), f.w.EmpA1.ID, apperr.Forbidden},
		"without VIEW_EMPLOYEES":        {testworld.EmployerUser(f.w.EmpA1, "u2", viewer.ManagePortalAccess), f.w.EmpA1.ID, apperr.Forbidden},
		"another provider's employer":   {testworld.ProviderUser(f.w.ProvB, "u3", both...), f.w.EmpA1.ID, apperr.NotFound},
		"another employer":              {testworld.EmployerUser(f.w.EmpA1, "u4", both...), f.w.EmpA2.ID, apperr.NotFound},
		"an employer that is not there": {testworld.EmployerUser(f.w.EmpA1, "u5", both...), "emp_01JNOTTHERE0000000000000000", apperr.NotFound},
		"an employee":                   {viewer.NewContext(context.Background(), &viewer.Principal{Kind: viewer.KindEmployee, ID: "acc_1", EmployerID: f.w.EmpA1.ID, ProviderID: f.w.ProvA.ID, Rights: both}), f.w.EmpA1.ID, apperr.Forbidden},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := f.svc.Funnel(tc.ctx, tc.employer, 0)
			testworld.WantCode(t, err, tc.want)
		})
	}
}
