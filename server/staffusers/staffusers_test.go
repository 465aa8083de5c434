package staffusers_test

import (
	"context"
	"errors"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/staffusers"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

var t0 = time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)

const goodPassword = "Paarse-olifant-fietst-naar-Zaltbommel"

type fx struct {
	t    *testing.T
	w    *testworld.World
	c    *ent.Client
	clk  *clock.Fake
	auth *auth.Service
	svc  *staffusers.Service
	// Managers (MANAGE_USERS) stored as users, so LAST_ADMIN counts them: ak of provider
	// A, wg of employer A1, akB of provider B.
	ak, wg, akB        *ent.User
	akCtx, wgCtx, bCtx context.Context
}

func newFx(t *testing.T) *fx {
	t.Helper()
	clk := clock.NewFake(t0)
	w := testworld.New(t, t0)
	signer, err := auth.NewSigner([]byte("0123456789abcdef0123456789abcdef"), clk.Now)
	if err != nil {
		t.Fatal(err)
	}
	a := &auth.Service{Client: w.Store.Client, Clock: clk, Dialect: w.Store.Dialect, Signer: signer, Config: auth.DefaultConfig,
		PasswordHasher: auth.NewHasher(auth.HasherConfig{Concurrency: 2, Queue: 100, Wait: time.Minute})}
	f := &fx{t: t, w: w, c: w.Store.Client, clk: clk, auth: a,
		svc: &staffusers.Service{Client: w.Store.Client, Clock: clk, Auth: a, Links: staffusers.Links{Base: "https://wp.example.nl"}}}
	f.ak = f.stored(w.ProvA.ID, "", "ak-beheer", viewer.AllRights...)
	f.wg = f.stored(w.ProvA.ID, w.EmpA1.ID, "wg-beheer", viewer.AllRights...)
	f.akB = f.stored(w.ProvB.ID, "", "akb-beheer", viewer.AllRights...)
	f.akCtx, f.wgCtx, f.bCtx = as(f.ak), as(f.wg), as(f.akB)
	return f
}

// stored makes a user directly, with the test password, as the demo or an older
// version would have.
func (f *fx) stored(providerID, employerID, username string, rights ...viewer.Right) *ent.User {
	f.t.Helper()
	hash := testworld.PasswordHash(f.t, goodPassword)
	c := f.c.User.Create().SetProviderID(providerID).SetUsername(username).SetUsernameKey(strings.ToLower(username)).
		SetDisplayName(username).SetEmail(username + "@example.nl").SetPasswordHash(hash).
		SetRights(viewer.RightStrings(rights))
	if employerID != "" {
		c.SetEmployerID(employerID)
	}
	return c.SaveX(f.w.Sys)
}

func as(u *ent.User) context.Context {
	return viewer.NewContext(context.Background(), auth.StaffPrincipal(u))
}

func (f *fx) create(ctx context.Context, employerID, username string, rights ...viewer.Right) *ent.User {
	f.t.Helper()
	u, err := f.svc.Create(ctx, staffusers.CreateInput{EmployerID: employerID, Name: "Eva " + username,
		Email: username + "@example.nl", Username: username, Rights: rights})
	if err != nil {
		f.t.Fatalf("create %s: %v", username, err)
	}
	return u
}

// link returns the token of the newest mail of kind to addr.
func (f *fx) link(kind outboxmail.Kind, addr string) string {
	f.t.Helper()
	m, err := f.c.OutboxMail.Query().Where(outboxmail.KindEQ(kind), outboxmail.ToAddress(addr)).
		Order(ent.Desc(outboxmail.FieldCreatedAt), ent.Desc(outboxmail.FieldID)).First(f.w.Sys)
	if err != nil {
		f.t.Fatalf("no %s mail to %s: %v", kind, addr, err)
	}
	tok := regexp.MustCompile(`#([A-Za-z0-9_-]{43})`).FindStringSubmatch(m.TextBody)
	if tok == nil {
		f.t.Fatalf("no link in %s mail: %s", kind, m.TextBody)
	}
	return tok[1]
}

func (f *fx) audits(action string) []*ent.AuditEvent {
	return f.c.AuditEvent.Query().Where(auditevent.Action(action)).AllX(f.w.Sys)
}

func (f *fx) get(id string) *ent.User { return f.c.User.GetX(f.w.Sys, id) }

func TestR43CreateInvitesWithRightsTheCreatorHolds(t *testing.T) {
	f := newFx(t)
	u := f.create(f.akCtx, f.w.EmpA1.ID, "eva.a1", viewer.ViewEmployees, viewer.ViewMijnLoketEmail)
	if staffusers.Scope(u) != viewer.ScopeEmployer || *u.EmployerID != f.w.EmpA1.ID || u.CreatedBy == nil || *u.CreatedBy != f.ak.ID {
		t.Fatalf("created %+v", u)
	}
	if got := staffusers.Rights(u); !slices.Equal(got, []viewer.Right{viewer.ViewEmployees, viewer.ViewMijnLoketEmail}) {
		t.Fatalf("rights %v", got)
	}
	if staffusers.PasswordChosen(u) {
		t.Fatal("an invited user has no password yet")
	}
	// The invitation mail names the user's employer and username and carries the link.
	m := f.c.OutboxMail.Query().Where(outboxmail.KindEQ(outboxmail.KindSTAFF_INVITATION)).OnlyX(f.w.Sys)
	if m.ToAddress != "eva.a1@example.nl" || !strings.Contains(m.TextBody, "Voorbeeld MKB") || !strings.Contains(m.TextBody, "eva.a1") ||
		!strings.Contains(m.TextBody, "https://wp.example.nl/uitnodiging#") || m.Locale != outboxmail.LocaleNl {
		t.Fatalf("mail %s: %s", m.ToAddress, m.TextBody)
	}
	ev := f.audits(string(staffusers.ActionCreated))
	if len(ev) != 1 || ev[0].ActorID != f.ak.ID || ev[0].TargetID != u.ID || ev[0].EmployerID == nil || *ev[0].EmployerID != f.w.EmpA1.ID ||
		ev[0].Details["rights"] != "VIEW_EMPLOYEES,VIEW_MIJNLOKET_EMAIL" {
		t.Fatalf("audit %+v", ev)
	}
	// An invited user cannot sign in before choosing a password.
	if _, err := f.auth.LoginStaff(context.Background(), "eva.a1", "", auth.Meta{}); !errors.Is(err, auth.ErrInvalidCredentials) {
		t.Fatalf("sign-in without password: %v", err)
	}
}

func TestR43RightNotHeld(t *testing.T) {
	f := newFx(t)
	less := f.stored(f.w.ProvA.ID, "", "ak-less", testworld.Without(viewer.ViewAuditLog)...)
	_, err := f.svc.Create(as(less), staffusers.CreateInput{Name: "X", Email: "x@example.nl", Username: "x-user",
		Rights: []viewer.Right{viewer.ViewEmployees, viewer.ViewAuditLog}})
	testworld.WantUserError(t, err, viewer.CodeRightNotHeld, "rights")
	// Nor can it take away a right it does not hold, or add one.
	target := f.create(f.akCtx, "", "target", viewer.ViewEmployees, viewer.ViewAuditLog)
	_, err = f.svc.UpdateRights(as(less), target.ID, []viewer.Right{viewer.ViewEmployees})
	testworld.WantUserError(t, err, viewer.CodeRightNotHeld, "rights")
	// Changing only rights it holds is fine; the right it lacks stays as it was.
	got, err := f.svc.UpdateRights(as(less), target.ID, []viewer.Right{viewer.ViewAuditLog, viewer.ManageProducts})
	if err != nil || !slices.Equal(staffusers.Rights(got), []viewer.Right{viewer.ManageProducts, viewer.ViewAuditLog}) {
		t.Fatalf("update: %v %v", err, got)
	}
	_, err = f.svc.Create(as(less), staffusers.CreateInput{Name: "X", Email: "x@example.nl", Username: "x-user",
		Rights: []viewer.Right{"ROOT"}})
	testworld.WantUserError(t, err, viewer.CodeUnknownRight, "rights")
	ev := f.audits(string(staffusers.ActionRightsChanged))
	if len(ev) != 1 || ev[0].Details["before"] != "VIEW_EMPLOYEES,VIEW_AUDIT_LOG" || ev[0].Details["after"] != "MANAGE_PRODUCTS,VIEW_AUDIT_LOG" {
		t.Fatalf("audit %+v", ev)
	}
}

func TestR43OwnRightsRefused(t *testing.T) {
	f := newFx(t)
	_ = f.create(f.akCtx, "", "second-admin", viewer.ManageUsers)
	_, err := f.svc.UpdateRights(f.akCtx, f.ak.ID, []viewer.Right{viewer.ManageUsers})
	testworld.WantUserError(t, err, staffusers.CodeOwnAccount, "staffUserId")
	_, err = f.svc.Block(f.akCtx, f.ak.ID)
	testworld.WantUserError(t, err, staffusers.CodeOwnAccount, "staffUserId")
	if got := f.get(f.ak.ID); len(got.Rights) != len(viewer.AllRights) || got.State != user.StateACTIVE {
		t.Fatalf("own account changed: %+v", got)
	}
}

func TestR43LastAdminKeepsManageUsers(t *testing.T) {
	f := newFx(t)
	// wg is the only manager of A1; the provider's ak may not take the right from it or block it.
	_, err := f.svc.UpdateRights(f.akCtx, f.wg.ID, []viewer.Right{viewer.ViewEmployees})
	testworld.WantUserError(t, err, staffusers.CodeLastAdmin, "rights")
	_, err = f.svc.Block(f.akCtx, f.wg.ID)
	testworld.WantUserError(t, err, staffusers.CodeLastAdmin, "staffUserId")
	// A manager at another level (the provider's ak) does not count for A1's level.
	// With a second manager at A1, it can.
	second := f.create(f.akCtx, f.w.EmpA1.ID, "wg-tweede", viewer.ManageUsers)
	if _, err := f.svc.UpdateRights(f.akCtx, f.wg.ID, []viewer.Right{viewer.ViewEmployees}); err != nil {
		t.Fatal(err)
	}
	// Now second is the last one; a blocked manager does not count either.
	_, err = f.svc.UpdateRights(f.akCtx, second.ID, nil)
	testworld.WantUserError(t, err, staffusers.CodeLastAdmin, "rights")
	third := f.create(f.akCtx, f.w.EmpA1.ID, "wg-derde", viewer.ManageUsers)
	if _, err := f.svc.Block(f.akCtx, third.ID); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.Block(f.akCtx, second.ID)
	testworld.WantUserError(t, err, staffusers.CodeLastAdmin, "staffUserId")
}

func TestR43LastAdminUnderConcurrency(t *testing.T) {
	f := newFx(t)
	// Two managers of A1 take the right from each other at the same moment: one wins.
	other := f.stored(f.w.ProvA.ID, f.w.EmpA1.ID, "wg-ander", viewer.AllRights...)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, pair := range [][2]*ent.User{{f.wg, other}, {other, f.wg}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = f.svc.UpdateRights(as(pair[0]), pair[1].ID, []viewer.Right{viewer.ViewEmployees})
		}()
	}
	wg.Wait()
	managers := f.c.User.Query().Where(user.EmployerID(f.w.EmpA1.ID)).AllX(f.w.Sys)
	n := 0
	for _, m := range managers {
		if slices.Contains(staffusers.Rights(m), viewer.ManageUsers) {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("managers left at A1: %d (errors %v)", n, errs)
	}
}

func TestR43Levels(t *testing.T) {
	f := newFx(t)
	// An employer's manager cannot create provider users or users of another employer.
	_, err := f.svc.Create(f.wgCtx, staffusers.CreateInput{Name: "X", Email: "x@example.nl", Username: "x-user"})
	testworld.WantCode(t, err, apperr.Forbidden)
	_, err = f.svc.Create(f.wgCtx, staffusers.CreateInput{EmployerID: f.w.EmpA2.ID, Name: "X", Email: "x@example.nl", Username: "x-user"})
	testworld.WantCode(t, err, apperr.NotFound)
	a2 := f.create(f.akCtx, f.w.EmpA2.ID, "wg-a2")
	// ... nor see, block or change them; the provider's manager does.
	for _, op := range []func() error{
		func() error { _, err := f.svc.Block(f.wgCtx, a2.ID); return err },
		func() error { _, err := f.svc.UpdateRights(f.wgCtx, a2.ID, nil); return err },
		func() error { _, err := f.svc.ResendInvitation(f.wgCtx, a2.ID, ""); return err },
		func() error { _, err := f.svc.Block(f.wgCtx, f.ak.ID); return err },
	} {
		testworld.WantCode(t, op(), apperr.NotFound)
	}
	q, err := f.svc.List(f.wgCtx, staffusers.ListFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if got := q.IDsX(f.wgCtx); !slices.Equal(got, []string{f.wg.ID}) {
		t.Fatalf("employer manager sees %v", got)
	}
	// Without MANAGE_USERS nothing at all.
	viewOnly := as(f.stored(f.w.ProvA.ID, "", "ak-kijker", viewer.ViewEmployees))
	_, err = f.svc.List(viewOnly, staffusers.ListFilter{})
	testworld.WantCode(t, err, apperr.Forbidden)
	_, err = f.svc.Create(viewOnly, staffusers.CreateInput{Name: "X", Email: "x@example.nl", Username: "x-user"})
	testworld.WantCode(t, err, apperr.Forbidden)
}

func TestR43TenantIsolation(t *testing.T) {
	f := newFx(t)
	a1 := f.create(f.akCtx, f.w.EmpA1.ID, "wg-nieuw")
	// Provider B sees nothing of provider A: its users, employers or their existence.
	q, err := f.svc.List(f.bCtx, staffusers.ListFilter{Search: "beheer"})
	if err != nil {
		t.Fatal(err)
	}
	if got := q.IDsX(f.bCtx); !slices.Equal(got, []string{f.akB.ID}) {
		t.Fatalf("provider B sees %v", got)
	}
	_, err = f.svc.List(f.bCtx, staffusers.ListFilter{EmployerID: f.w.EmpA1.ID})
	missing := testworld.WantCode(t, err, apperr.NotFound)
	_, err = f.svc.List(f.bCtx, staffusers.ListFilter{EmployerID: "emp_01JDOESNOTEXIST0000000000"})
	if testworld.WantCode(t, err, apperr.NotFound) != strings.Replace(missing, f.w.EmpA1.ID, "emp_01JDOESNOTEXIST0000000000", 1) {
		t.Fatal("another provider's employer is told apart from a missing one")
	}
	for _, op := range []func() error{
		func() error { _, err := f.svc.Block(f.bCtx, a1.ID); return err },
		func() error { _, err := f.svc.Unblock(f.bCtx, a1.ID); return err },
		func() error { _, err := f.svc.UpdateRights(f.bCtx, a1.ID, nil); return err },
		func() error { _, err := f.svc.ResendInvitation(f.bCtx, a1.ID, ""); return err },
		func() error { _, err := f.svc.ResetSecondFactor(f.bCtx, a1.ID); return err },
		func() error {
			_, err := f.svc.Create(f.bCtx, staffusers.CreateInput{EmployerID: f.w.EmpA1.ID, Name: "X", Email: "x@example.nl", Username: "x-user"})
			return err
		},
	} {
		testworld.WantCode(t, op(), apperr.NotFound)
	}
}

func TestR43ListFilters(t *testing.T) {
	f := newFx(t)
	eva := f.create(f.akCtx, f.w.EmpA2.ID, "eva.bakker")
	piet := f.create(f.akCtx, "", "piet.ak")
	if _, err := f.svc.Block(f.akCtx, piet.ID); err != nil {
		t.Fatal(err)
	}
	yes, no := true, false
	for _, c := range []struct {
		name string
		f    staffusers.ListFilter
		want []string
	}{
		{"search by e-mail, any case", staffusers.ListFilter{Search: "EVA.BAKKER@"}, []string{eva.ID}},
		{"search by name", staffusers.ListFilter{Search: "Eva eva.bakker"}, []string{eva.ID}},
		{"no match", staffusers.ListFilter{Search: "zwaluw"}, nil},
		{"search by login", staffusers.ListFilter{Search: "piet.ak"}, []string{piet.ID}},
		{"provider level", staffusers.ListFilter{Level: viewer.ScopeProvider}, []string{f.ak.ID, piet.ID}},
		{"employer level", staffusers.ListFilter{Level: viewer.ScopeEmployer}, []string{f.wg.ID, eva.ID}},
		{"one employer", staffusers.ListFilter{EmployerID: f.w.EmpA2.ID}, []string{eva.ID}},
		{"blocked", staffusers.ListFilter{Blocked: &yes}, []string{piet.ID}},
		{"not blocked, provider", staffusers.ListFilter{Blocked: &no, Level: viewer.ScopeProvider}, []string{f.ak.ID}},
	} {
		q, err := f.svc.List(f.akCtx, c.f)
		if err != nil {
			t.Fatal(c.name, err)
		}
		got := q.Order(ent.Asc(user.FieldID)).IDsX(f.akCtx)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func TestR43CreateRefusesBadInput(t *testing.T) {
	f := newFx(t)
	in := staffusers.CreateInput{Name: "Eva", Email: "eva@example.nl", Username: "eva"}
	bad := in
	bad.Name = "  "
	_, err := f.svc.Create(f.akCtx, bad)
	testworld.WantUserError(t, err, staffusers.CodeInvalidInput, "name")
	bad = in
	bad.Email = "Eva <eva@example.nl>"
	_, err = f.svc.Create(f.akCtx, bad)
	testworld.WantUserError(t, err, staffusers.CodeInvalidEmail, "email")
	bad = in
	bad.Username = "e v"
	_, err = f.svc.Create(f.akCtx, bad)
	testworld.WantUserError(t, err, staffusers.CodeUsernameInvalid, "username")
	// Usernames are unique across the portal in any case, also against another provider.
	bad = in
	bad.Username = "AKB-Beheer"
	_, err = f.svc.Create(f.akCtx, bad)
	testworld.WantUserError(t, err, staffusers.CodeUsernameTaken, "username")
	if n := f.c.User.Query().CountX(f.w.Sys); n != 3 {
		t.Fatalf("%d users after refusals", n)
	}
}

func TestR43InvitationSingleUseAndExpiry(t *testing.T) {
	f := newFx(t)
	u := f.create(f.akCtx, f.w.EmpA1.ID, "eva.a1", viewer.ViewEmployees)
	tok := f.link(outboxmail.KindSTAFF_INVITATION, "eva.a1@example.nl")
	l, err := f.svc.InvitationLink(context.Background(), tok)
	if err != nil || l.State != staffusers.LinkValid || l.User.ID != u.ID || !l.ExpiresAt.Equal(t0.Add(96*time.Hour)) {
		t.Fatalf("link %+v %v", l, err)
	}
	// The employees' password policy applies.
	_, err = f.svc.AcceptInvitation(context.Background(), tok, "eva.a1-wachtwoord")
	if ue, ok := apperr.AsUser(err); !ok || !strings.HasPrefix(string(ue.Code), "PASSWORD_") {
		t.Fatalf("weak password: %v", err)
	}
	// Of parallel attempts exactly one succeeds.
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() { defer wg.Done(); _, errs[i] = f.svc.AcceptInvitation(context.Background(), tok, goodPassword) }()
	}
	wg.Wait()
	ok := 0
	for _, err := range errs {
		if err == nil {
			ok++
		} else {
			testworld.WantUserError(t, err, staffusers.CodeInvitationUsed)
		}
	}
	if ok != 1 {
		t.Fatalf("%d of 4 parallel accepts succeeded: %v", ok, errs)
	}
	if l, _ := f.svc.InvitationLink(context.Background(), tok); l.State != staffusers.LinkUsed {
		t.Fatalf("state after use %s", l.State)
	}
	if got := f.get(u.ID); got.LastLoginAt == nil || !got.LastLoginAt.Equal(t0) || !staffusers.PasswordChosen(got) {
		t.Fatalf("after accepting: %+v", got)
	}
	tk, err := f.auth.LoginStaff(context.Background(), "eva.a1", goodPassword, auth.Meta{})
	if err != nil || tk.Principal.ID != u.ID || !slices.Equal(tk.Principal.Rights, []viewer.Right{viewer.ViewEmployees}) {
		t.Fatalf("sign-in after accepting: %v", err)
	}
	if len(f.audits(string(staffusers.ActionInvitationUsed))) != 1 {
		t.Fatal("acceptance not audited")
	}
	// A resend after acceptance is refused.
	_, err = f.svc.ResendInvitation(f.akCtx, u.ID, "")
	testworld.WantUserError(t, err, staffusers.CodeInvitationUsed, "staffUserId")

	// Expiry: 96 hours, then the link says so.
	late := f.create(f.akCtx, "", "laat", viewer.ViewEmployees)
	lateTok := f.link(outboxmail.KindSTAFF_INVITATION, "laat@example.nl")
	f.clk.Advance(96 * time.Hour)
	if l, _ := f.svc.InvitationLink(context.Background(), lateTok); l.State != staffusers.LinkExpired {
		t.Fatalf("after 96 h: %s", l.State)
	}
	_, err = f.svc.AcceptInvitation(context.Background(), lateTok, goodPassword)
	testworld.WantUserError(t, err, staffusers.CodeInvitationExpired)
	// Resend kills the old link and mails a working one.
	f.clk.Advance(time.Minute)
	if _, err := f.svc.ResendInvitation(f.akCtx, late.ID, mail.EN); err != nil {
		t.Fatal(err)
	}
	fresh := f.link(outboxmail.KindSTAFF_INVITATION, "laat@example.nl")
	if fresh == lateTok {
		t.Fatal("resend sent the same link")
	}
	if l, _ := f.svc.InvitationLink(context.Background(), lateTok); l.State != staffusers.LinkInvalid {
		t.Fatalf("old link after resend: %s", l.State)
	}
	if _, err := f.svc.AcceptInvitation(context.Background(), fresh, goodPassword); err != nil {
		t.Fatal(err)
	}
	if len(f.audits(string(staffusers.ActionInvitationResent))) != 1 {
		t.Fatal("resend not audited")
	}
}

func TestR43BlockedSessionRefusedOnNextRequest(t *testing.T) {
	f := newFx(t)
	target := f.stored(f.w.ProvA.ID, f.w.EmpA1.ID, "wg-sessie", viewer.ViewEmployees)
	tk, err := f.auth.LoginStaff(context.Background(), "wg-sessie", goodPassword, auth.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.auth.Authenticate(context.Background(), tk.AccessToken); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Block(f.akCtx, target.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := f.auth.Authenticate(context.Background(), tk.AccessToken); !auth.IsBlocked(err) {
		t.Fatalf("blocked user's token: %v", err)
	}
	if _, err := f.auth.Refresh(context.Background(), tk.RefreshToken); err == nil {
		t.Fatal("blocked user's refresh works")
	}
	if _, err := f.auth.LoginStaff(context.Background(), "wg-sessie", goodPassword, auth.Meta{}); !errors.Is(err, auth.ErrInvalidCredentials) {
		t.Fatalf("blocked sign-in: %v", err)
	}
	_, err = f.svc.Block(f.akCtx, target.ID)
	testworld.WantUserError(t, err, staffusers.CodeAlreadyBlocked, "staffUserId")
	if _, err := f.svc.Unblock(f.wgCtx, target.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := f.auth.LoginStaff(context.Background(), "wg-sessie", goodPassword, auth.Meta{}); err != nil {
		t.Fatalf("unblocked sign-in: %v", err)
	}
	_, err = f.svc.Unblock(f.wgCtx, target.ID)
	testworld.WantUserError(t, err, staffusers.CodeNotBlocked, "staffUserId")
	if len(f.audits(string(staffusers.ActionBlocked))) != 1 || len(f.audits(string(staffusers.ActionUnblocked))) != 1 {
		t.Fatal("block and unblock not audited")
	}
}

func TestR43R13StaffLockoutRace(t *testing.T) {
	f := newFx(t)
	target := f.stored(f.w.ProvA.ID, "", "ak-doelwit", viewer.ViewEmployees)
	var wg sync.WaitGroup
	errs := make([]error, 50)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = f.auth.LoginStaff(context.Background(), "ak-doelwit", "verkeerd-wachtwoord", auth.Meta{})
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if !errors.Is(err, auth.ErrInvalidCredentials) {
			t.Fatalf("wrong password answered %v", err)
		}
	}
	if n := len(f.audits(string(auth.ActionStaffLocked))); n != 1 {
		t.Fatalf("%d locks recorded, want exactly one", n)
	}
	got := f.get(target.ID)
	if got.LockedUntil == nil || !got.LockedUntil.Equal(t0.Add(time.Hour)) {
		t.Fatalf("locked until %v", got.LockedUntil)
	}
	// The right password does not open a locked sign-in, and says the same as a wrong one.
	if _, err := f.auth.LoginStaff(context.Background(), "ak-doelwit", goodPassword, auth.Meta{}); !errors.Is(err, auth.ErrInvalidCredentials) {
		t.Fatalf("right password while locked: %v", err)
	}
	f.clk.Advance(time.Hour)
	if _, err := f.auth.LoginStaff(context.Background(), "ak-doelwit", goodPassword, auth.Meta{}); err != nil {
		t.Fatalf("after the hour: %v", err)
	}
}

func TestR10StaffForgotPassword(t *testing.T) {
	f := newFx(t)
	target := f.stored(f.w.ProvA.ID, f.w.EmpA1.ID, "wg-vergeten", viewer.ViewEmployees)
	// Lock it first: a reset clears the lock.
	for range 3 {
		_, _ = f.auth.LoginStaff(context.Background(), "wg-vergeten", "fout-fout-fout", auth.Meta{})
	}
	before := f.c.OutboxMail.Query().CountX(f.w.Sys)
	// Unknown, wrong case, invited-only and known: all answer nil; only the known one mails.
	for _, name := range []string{"bestaat-niet", "WG-VERGETEN", "wg-vergeten"} {
		if err := f.svc.RequestPasswordReset(context.Background(), name, mail.EN); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	if n := f.c.OutboxMail.Query().CountX(f.w.Sys) - before; n != 1 {
		t.Fatalf("%d mails, want 1", n)
	}
	m := f.c.OutboxMail.Query().Where(outboxmail.KindEQ(outboxmail.KindSTAFF_PASSWORD_RESET)).OnlyX(f.w.Sys)
	if m.Locale != outboxmail.LocaleEn || !strings.Contains(m.TextBody, "Voorbeeld MKB") {
		t.Fatalf("reset mail %s: %s", m.Locale, m.TextBody)
	}
	first := f.link(outboxmail.KindSTAFF_PASSWORD_RESET, "wg-vergeten@example.nl")
	f.clk.Advance(time.Minute)
	if err := f.svc.RequestPasswordReset(context.Background(), "wg-vergeten", ""); err != nil {
		t.Fatal(err)
	}
	second := f.link(outboxmail.KindSTAFF_PASSWORD_RESET, "wg-vergeten@example.nl")
	_, err := f.svc.ResetPassword(context.Background(), first, "Nieuw-en-sterk-wachtwoord-42")
	testworld.WantUserError(t, err, staffusers.CodeResetLinkInvalid)
	const fresh = "Nieuw-en-sterk-wachtwoord-42"
	if _, err := f.svc.ResetPassword(context.Background(), second, fresh); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.ResetPassword(context.Background(), second, fresh)
	testworld.WantUserError(t, err, staffusers.CodeResetLinkUsed)
	if _, err := f.auth.LoginStaff(context.Background(), "wg-vergeten", fresh, auth.Meta{}); err != nil {
		t.Fatalf("sign-in with the new password (lock cleared): %v", err)
	}
	if ev := f.audits(string(staffusers.ActionPasswordReset)); len(ev) != 1 || ev[0].ActorID != target.ID {
		t.Fatalf("reset audit %+v", ev)
	}
	// Expiry after an hour.
	if err := f.svc.RequestPasswordReset(context.Background(), "wg-vergeten", ""); err != nil {
		t.Fatal(err)
	}
	third := f.link(outboxmail.KindSTAFF_PASSWORD_RESET, "wg-vergeten@example.nl")
	f.clk.Advance(time.Hour)
	_, err = f.svc.ResetPassword(context.Background(), third, "Weer-een-ander-wachtwoord-7")
	testworld.WantUserError(t, err, staffusers.CodeResetLinkExpired)
}

func TestR43ProviderSettingOnlyAtProviderLevel(t *testing.T) {
	f := newFx(t)
	_, err := f.svc.SetRequireSecondFactorForEmployers(f.wgCtx, true)
	testworld.WantCode(t, err, apperr.Forbidden)
	p, err := f.svc.SetRequireSecondFactorForEmployers(f.akCtx, true)
	if err != nil || !p.RequireSecondFactorForEmployers || p.ID != f.w.ProvA.ID {
		t.Fatalf("%v %+v", err, p)
	}
	if f.c.Provider.GetX(f.w.Sys, f.w.ProvB.ID).RequireSecondFactorForEmployers {
		t.Fatal("another provider changed")
	}
	if len(f.audits(string(staffusers.ActionPolicyChanged))) != 1 {
		t.Fatal("not audited")
	}
}

// TestR10StaffResetMailsCountedInTheDatabase: the reset mails to one user are counted in
// the database, so two instances together send no more than the limit; beyond it the
// answer stays the same and nothing is sent; the next window sends again.
func TestR10StaffResetMailsCountedInTheDatabase(t *testing.T) {
	f := newFx(t)
	target := f.stored(f.w.ProvA.ID, "", "ak-veel-vergeten", viewer.ViewEmployees)
	rules := ratelimit.Rules{RecoveryMails: ratelimit.Rule{Limit: 2, Window: time.Hour}}
	instances := make([]*staffusers.Service, 2)
	for i := range instances {
		svc := *f.svc
		svc.Limits = &ratelimit.Limiter{DB: f.w.Store.DB, Dialect: f.w.Store.Dialect, Clock: f.clk, Rules: rules}
		instances[i] = &svc
	}
	mails := func() int {
		return f.c.OutboxMail.Query().Where(outboxmail.KindEQ(outboxmail.KindSTAFF_PASSWORD_RESET),
			outboxmail.ToAddress(target.Email)).CountX(f.w.Sys)
	}
	for i := range 5 {
		if err := instances[i%2].RequestPasswordReset(context.Background(), "ak-veel-vergeten", ""); err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
	}
	if n := mails(); n != 2 {
		t.Fatalf("%d reset mails in one hour from two instances, want 2", n)
	}
	f.clk.Advance(time.Hour)
	if err := instances[1].RequestPasswordReset(context.Background(), "ak-veel-vergeten", ""); err != nil {
		t.Fatal(err)
	}
	if n := mails(); n != 3 {
		t.Fatalf("%d reset mails after the window, want 3", n)
	}
}
