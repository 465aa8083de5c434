package apiclients_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/server/apiclients"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

var t0 = time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)

var pepper = []byte("a-test-pepper-of-at-least-32-bytes!!")

// fx is the shared test world (server/testworld): provider P (A) with employers A1 and
// A2, provider Q (B) with employer B1; and managers.
type fx struct {
	t          *testing.T
	c          *ent.Client
	clk        *clock.Fake
	auth       *auth.Service
	svc        *apiclients.Service
	sys        context.Context
	P, Q       *ent.Provider
	A1, A2, B1 *ent.Employer
	// Managers (MANAGE_USERS): of P, of A1, of A1 without VIEW_MIJNLOKET_EMAIL, of Q.
	ak, wg, wgLess, akQ context.Context
}

func newFx(t *testing.T) *fx {
	t.Helper()
	w := testworld.New(t, t0)
	st := w.Store
	clk := clock.NewFake(t0)
	signer, err := auth.NewSigner([]byte("0123456789abcdef0123456789abcdef"), clk.Now)
	if err != nil {
		t.Fatal(err)
	}
	f := &fx{t: t, c: st.Client, clk: clk, sys: w.Sys, P: w.ProvA, Q: w.ProvB, A1: w.EmpA1, A2: w.EmpA2, B1: w.EmpB1,
		auth: &auth.Service{Client: st.Client, Clock: clk, Dialect: st.Dialect, Signer: signer, Config: auth.DefaultConfig, ClientSecretPepper: pepper},
		svc:  &apiclients.Service{Client: st.Client, Clock: clk, Pepper: pepper}}
	f.ak = testworld.ProviderUser(f.P, "usr_ak", viewer.AllRights...)
	f.wg = testworld.EmployerUser(f.A1, "usr_wg", viewer.AllRights...)
	f.wgLess = testworld.EmployerUser(f.A1, "usr_wg_less", without(viewer.ViewMijnLoketEmail)...)
	f.akQ = testworld.ProviderUser(f.Q, "usr_akq", viewer.AllRights...)
	return f
}

var without = testworld.Without

func (f *fx) create(ctx context.Context, name, employerID string, rights ...viewer.Right) *apiclients.WithSecret {
	f.t.Helper()
	c, err := f.svc.Create(ctx, apiclients.CreateInput{Name: name, EmployerID: employerID, Rights: rights})
	if err != nil {
		f.t.Fatalf("create %s: %v", name, err)
	}
	return c
}

// token exchanges id and secret for a token, as POST /oauth/token does.
func (f *fx) token(id, secret string) (*auth.Tokens, error) {
	return f.auth.ClientCredentials(context.Background(), id, secret, auth.Meta{})
}

// state is what a refused call must leave alone.
type state struct{ clients, audit, sessions int }

func (f *fx) state() state {
	return state{f.c.APIClient.Query().CountX(f.sys), f.c.AuditEvent.Query().CountX(f.sys), f.c.Session.Query().CountX(f.sys)}
}

func (f *fx) audits(a audit.Action, id string) int {
	return f.c.AuditEvent.Query().Where(auditevent.Action(string(a)), auditevent.TargetID(id)).CountX(f.sys)
}

var (
	wantUser = testworld.WantUserError
	wantCode = testworld.WantCode
)

// TestR44CreateShowsTheSecretOnceAndItSignsIn: a provider's manager creates a
// provider-level and an employer-level client; the secret is in the answer only (stored
// as an HMAC), signs in with the client-credentials grant, and the token carries the
// client's scope and rights; the creation is audited.
func TestR44CreateShowsTheSecretOnceAndItSignsIn(t *testing.T) {
	f := newFx(t)
	prov := f.create(f.ak, "  Salarissoftware  ", "", viewer.ViewEmployees, viewer.ManagePayrollData, viewer.ViewEmployees)
	if prov.Client.Name != "Salarissoftware" || apiclients.Scope(prov.Client) != viewer.ScopeProvider ||
		!slices.Equal(apiclients.Rights(prov.Client), []viewer.Right{viewer.ViewEmployees, viewer.ManagePayrollData}) {
		t.Errorf("client %+v", prov.Client)
	}
	if !strings.HasPrefix(prov.Secret, "wpcs_") || len(prov.Secret) < 40 {
		t.Errorf("secret %q", prov.Secret)
	}
	stored := f.c.APIClient.GetX(f.sys, prov.Client.ID)
	if stored.SecretHash == prov.Secret || strings.Contains(stored.SecretHash, prov.Secret) || !strings.HasPrefix(stored.SecretHash, "$hmac-sha256$") {
		t.Errorf("stored secret %q", stored.SecretHash)
	}
	tt, err := f.token(prov.Client.ID, prov.Secret)
	if err != nil {
		t.Fatalf("sign in with the new secret: %v", err)
	}
	p, err := f.auth.Authenticate(context.Background(), tt.AccessToken)
	if err != nil || p.Kind != viewer.KindAPIClient || p.Scope != viewer.ScopeProvider || p.ProviderID != f.P.ID ||
		!slices.Equal(p.Rights, []viewer.Right{viewer.ViewEmployees, viewer.ManagePayrollData}) {
		t.Fatalf("principal %+v %v", p, err)
	}
	if c := f.c.APIClient.GetX(f.sys, prov.Client.ID); c.LastUsedAt == nil || !c.LastUsedAt.Equal(t0) {
		t.Errorf("lastUsedAt %v", c.LastUsedAt)
	}
	emp := f.create(f.ak, "HR-systeem", f.A1.ID, viewer.ViewEmployees)
	tt, err = f.token(emp.Client.ID, emp.Secret)
	must(t, err)
	if p, _ := f.auth.Authenticate(context.Background(), tt.AccessToken); p.Scope != viewer.ScopeEmployer || p.EmployerID != f.A1.ID {
		t.Errorf("employer client principal %+v", p)
	}
	for _, c := range []*apiclients.WithSecret{prov, emp} {
		if n := f.audits(apiclients.ActionCreated, c.Client.ID); n != 1 {
			t.Errorf("%d API_CLIENT_CREATED events for %s", n, c.Client.Name)
		}
	}
	ev := f.c.AuditEvent.Query().Where(auditevent.TargetID(emp.Client.ID)).OnlyX(f.sys)
	if ev.ActorID != "usr_ak" || ev.EmployerID == nil || *ev.EmployerID != f.A1.ID || ev.Details["rights"] != "VIEW_EMPLOYEES" {
		t.Errorf("audit event %+v", ev)
	}
	// An employer's manager creates for its own employer.
	own := f.create(f.wg, "Eigen koppeling", f.A1.ID, viewer.ViewEmployees)
	if apiclients.Scope(own.Client) != viewer.ScopeEmployer || *own.Client.EmployerID != f.A1.ID {
		t.Errorf("own client %+v", own.Client)
	}

	// Bad input is a typed error and changes nothing.
	before := f.state()
	for _, name := range []string{"", "   ", strings.Repeat("x", apiclients.MaxNameLen+1)} {
		_, err := f.svc.Create(f.ak, apiclients.CreateInput{Name: name, Rights: []viewer.Right{viewer.ViewEmployees}})
		wantUser(t, err, apiclients.CodeInvalidInput)
	}
	_, err = f.svc.Create(f.ak, apiclients.CreateInput{Name: "x", Rights: []viewer.Right{"MAKE_COFFEE"}})
	wantUser(t, err, apiclients.CodeInvalidInput)
	if after := f.state(); after != before {
		t.Errorf("bad input changed %+v → %+v", before, after)
	}
}

// TestR44NobodyGivesARightTheyDoNotHold: creating a client with a right the caller
// lacks is RIGHT_NOT_HELD, and so is rotating (and so obtaining) the secret of a client
// that holds one; nothing changes.
func TestR44NobodyGivesARightTheyDoNotHold(t *testing.T) {
	f := newFx(t)
	strong := f.create(f.wg, "Sterk", f.A1.ID, viewer.ViewEmployees, viewer.ViewMijnLoketEmail)
	weak := f.create(f.wg, "Zwak", f.A1.ID, viewer.ViewEmployees)
	before := f.state()
	hash := f.c.APIClient.GetX(f.sys, strong.Client.ID).SecretHash

	_, err := f.svc.Create(f.wgLess, apiclients.CreateInput{Name: "Meer", EmployerID: f.A1.ID,
		Rights: []viewer.Right{viewer.ViewEmployees, viewer.ViewMijnLoketEmail}})
	wantUser(t, err, apiclients.CodeRightNotHeld)
	_, err = f.svc.Rotate(f.wgLess, strong.Client.ID)
	wantUser(t, err, apiclients.CodeRightNotHeld)
	if after := f.state(); after != before {
		t.Errorf("refusals changed %+v → %+v", before, after)
	}
	if f.c.APIClient.GetX(f.sys, strong.Client.ID).SecretHash != hash {
		t.Error("a refused rotation changed the secret")
	}
	// What the caller holds it may give and rotate.
	if _, err := f.svc.Rotate(f.wgLess, weak.Client.ID); err != nil {
		t.Errorf("rotate a client within the caller's rights: %v", err)
	}
	f.create(f.wgLess, "Gelijk", f.A1.ID, viewer.ViewEmployees, viewer.ManageUsers)
}

// TestR44RotationKeepsTheOldSecretForADay: after a rotation both secrets sign in until
// 24 hours later by the injected clock; then only the new one. A second rotation ends
// the first secret at once.
func TestR44RotationKeepsTheOldSecretForADay(t *testing.T) {
	f := newFx(t)
	c := f.create(f.ak, "Salarissoftware", "", viewer.ViewEmployees)
	old := c.Secret
	f.clk.Advance(time.Hour)
	rotatedAt := f.clk.Now()
	r, err := f.svc.Rotate(f.ak, c.Client.ID)
	must(t, err)
	if r.Secret == old || !strings.HasPrefix(r.Secret, "wpcs_") {
		t.Fatalf("new secret %q", r.Secret)
	}
	if r.Client.PreviousSecretExpiresAt == nil || !r.Client.PreviousSecretExpiresAt.Equal(rotatedAt.Add(24*time.Hour)) {
		t.Errorf("previous secret expires %v", r.Client.PreviousSecretExpiresAt)
	}
	if n := f.audits(apiclients.ActionSecretRotated, c.Client.ID); n != 1 {
		t.Errorf("%d API_CLIENT_SECRET_ROTATED events", n)
	}
	for _, s := range []string{old, r.Secret} {
		if _, err := f.token(c.Client.ID, s); err != nil {
			t.Errorf("right after the rotation: %v", err)
		}
	}
	f.clk.Set(rotatedAt.Add(24*time.Hour - time.Second))
	if _, err := f.token(c.Client.ID, old); err != nil {
		t.Errorf("old secret a second before the day is over: %v", err)
	}
	f.clk.Set(rotatedAt.Add(24 * time.Hour))
	if _, err := f.token(c.Client.ID, old); !errors.Is(err, auth.ErrInvalidClient) {
		t.Errorf("old secret after the day: %v, want invalid client", err)
	}
	if _, err := f.token(c.Client.ID, r.Secret); err != nil {
		t.Errorf("new secret after the day: %v", err)
	}
	// Two rotations in a row: the first secret stops at once, the second has its day.
	r2, err := f.svc.Rotate(f.ak, c.Client.ID)
	must(t, err)
	r3, err := f.svc.Rotate(f.ak, c.Client.ID)
	must(t, err)
	if _, err := f.token(c.Client.ID, r.Secret); !errors.Is(err, auth.ErrInvalidClient) {
		t.Errorf("secret from two rotations ago: %v, want invalid client", err)
	}
	for _, s := range []string{r2.Secret, r3.Secret} {
		if _, err := f.token(c.Client.ID, s); err != nil {
			t.Errorf("last two secrets: %v", err)
		}
	}
	// The old secret of another client never opens this one.
	other := f.create(f.ak, "Ander", "", viewer.ViewEmployees)
	if _, err := f.token(c.Client.ID, other.Secret); !errors.Is(err, auth.ErrInvalidClient) {
		t.Errorf("another client's secret: %v", err)
	}
}

// TestR44DisableStopsTokensOnTheNextRequest: a token that worked is refused on its next
// request after the client is disabled; no new token is issued, not with the previous
// secret either; disabling or rotating it again is API_CLIENT_DISABLED.
func TestR44DisableStopsTokensOnTheNextRequest(t *testing.T) {
	f := newFx(t)
	c := f.create(f.ak, "Salarissoftware", f.A2.ID, viewer.ViewEmployees)
	old := c.Secret
	r, err := f.svc.Rotate(f.ak, c.Client.ID)
	must(t, err)
	tt, err := f.token(c.Client.ID, r.Secret)
	must(t, err)
	if _, err := f.auth.Authenticate(context.Background(), tt.AccessToken); err != nil {
		t.Fatalf("token before disabling: %v", err)
	}
	f.clk.Advance(time.Minute)
	d, err := f.svc.Disable(f.ak, c.Client.ID)
	must(t, err)
	if d.DisabledAt == nil || !d.DisabledAt.Equal(f.clk.Now()) {
		t.Errorf("disabledAt %v", d.DisabledAt)
	}
	_, err = f.auth.Authenticate(context.Background(), tt.AccessToken)
	wantCode(t, err, apperr.Unauthenticated)
	for _, s := range []string{r.Secret, old} {
		if _, err := f.token(c.Client.ID, s); !errors.Is(err, auth.ErrInvalidClient) {
			t.Errorf("token for a disabled client: %v", err)
		}
	}
	if n := f.audits(apiclients.ActionDisabled, c.Client.ID); n != 1 {
		t.Errorf("%d API_CLIENT_DISABLED events", n)
	}
	before := f.state()
	_, err = f.svc.Disable(f.ak, c.Client.ID)
	wantUser(t, err, apiclients.CodeDisabled)
	_, err = f.svc.Rotate(f.ak, c.Client.ID)
	wantUser(t, err, apiclients.CodeDisabled)
	if after := f.state(); after != before {
		t.Errorf("refusals changed %+v → %+v", before, after)
	}
}

// TestR44TenantIsolation: an employer's manager lists, sees and touches only its own
// employer's clients; another employer's, the provider's and another provider's clients
// answer exactly like a client that does not exist, and so do their employers. A
// provider's manager reaches its provider's and employers' clients, never another
// provider's.
func TestR44TenantIsolation(t *testing.T) {
	f := newFx(t)
	cP := f.create(f.ak, "Kantoorbreed", "", viewer.ViewEmployees)
	f.create(f.ak, "Van A1", f.A1.ID, viewer.ViewEmployees)
	cA2 := f.create(f.ak, "Van A2", f.A2.ID, viewer.ViewEmployees)
	cQ := f.create(f.akQ, "Van Q", "", viewer.ViewEmployees)
	cB1 := f.create(f.akQ, "Van B1", f.B1.ID, viewer.ViewEmployees)

	names := func(ctx context.Context, employerID string) []string {
		t.Helper()
		q, err := f.svc.List(ctx, employerID)
		must(t, err)
		var out []string
		for _, c := range q.AllX(ctx) {
			out = append(out, c.Name)
		}
		slices.Sort(out)
		return out
	}
	for _, c := range []struct {
		who      string
		ctx      context.Context
		employer string
		want     []string
	}{
		{"A1's manager", f.wg, "", []string{"Van A1"}},
		{"A1's manager, own employer", f.wg, f.A1.ID, []string{"Van A1"}},
		{"P's manager", f.ak, "", []string{"Kantoorbreed", "Van A1", "Van A2"}},
		{"P's manager, employer A2", f.ak, f.A2.ID, []string{"Van A2"}},
		{"Q's manager", f.akQ, "", []string{"Van B1", "Van Q"}},
	} {
		if got := names(c.ctx, c.employer); !slices.Equal(got, c.want) {
			t.Errorf("%s sees %v, want %v", c.who, got, c.want)
		}
	}

	before := f.state()
	// A missing ID and another tenant's ID get the same answer, with the same words.
	missingClient, missingEmployer := "cli_01JDEMQ0000000000000000099", "emp_01JDEMQ0000000000000000099"
	notFound := func(err error, id, missing string) {
		t.Helper()
		wantCode(t, err, apperr.NotFound)
		var want error
		switch {
		case strings.HasPrefix(id, "cli_"):
			_, want = f.svc.Rotate(f.wg, missing)
		default:
			_, want = f.svc.List(f.wg, missing)
		}
		if strings.ReplaceAll(err.Error(), id, "ID") != strings.ReplaceAll(want.Error(), missing, "ID") {
			t.Errorf("answer for %s %q differs from a missing one %q", id, err, want)
		}
	}
	for _, other := range []*apiclients.WithSecret{cP, cA2, cQ, cB1} {
		id := other.Client.ID
		_, err := f.svc.Rotate(f.wg, id)
		notFound(err, id, missingClient)
		_, err = f.svc.Disable(f.wg, id)
		notFound(err, id, missingClient)
	}
	for _, other := range []*apiclients.WithSecret{cQ, cB1} {
		_, err := f.svc.Disable(f.ak, other.Client.ID)
		notFound(err, other.Client.ID, missingClient)
	}
	for _, e := range []*ent.Employer{f.A2, f.B1} {
		_, err := f.svc.List(f.wg, e.ID)
		notFound(err, e.ID, missingEmployer)
		_, err = f.svc.Create(f.wg, apiclients.CreateInput{Name: "Inbraak", EmployerID: e.ID, Rights: []viewer.Right{viewer.ViewEmployees}})
		notFound(err, e.ID, missingEmployer)
	}
	_, err := f.svc.Create(f.ak, apiclients.CreateInput{Name: "Inbraak", EmployerID: f.B1.ID, Rights: []viewer.Right{viewer.ViewEmployees}})
	notFound(err, f.B1.ID, missingEmployer)
	// An employer's manager cannot make a provider-level client.
	_, err = f.svc.Create(f.wg, apiclients.CreateInput{Name: "Kantoorbreed 2", Rights: []viewer.Right{viewer.ViewEmployees}})
	wantCode(t, err, apperr.Forbidden)
	if after := f.state(); after != before {
		t.Errorf("refusals changed %+v → %+v", before, after)
	}
	for _, c := range []*apiclients.WithSecret{cP, cA2, cQ, cB1} {
		if _, err := f.token(c.Client.ID, c.Secret); err != nil {
			t.Errorf("%s stopped working after others' attempts: %v", c.Client.Name, err)
		}
	}
}

// TestR44NeedsManageUsers: without MANAGE_USERS, as an employee or anonymously nothing
// is listed or changed.
func TestR44NeedsManageUsers(t *testing.T) {
	f := newFx(t)
	c := f.create(f.ak, "Salarissoftware", "", viewer.ViewEmployees)
	before := f.state()
	noRight := testworld.ProviderUser(f.P, "usr_no", without(viewer.ManageUsers)...)
	employee := viewer.NewContext(context.Background(), &viewer.Principal{Kind: viewer.KindEmployee, ID: "acc_x",
		Scope: viewer.ScopePerson, ProviderID: f.P.ID, EmployerID: f.A1.ID, PersonID: "per_x"})
	for who, ctx := range map[string]context.Context{"no right": noRight, "employee": employee, "anonymous": context.Background()} {
		want := apperr.Forbidden
		if who == "anonymous" {
			want = apperr.Unauthenticated
		}
		_, err := f.svc.List(ctx, "")
		wantCode(t, err, want)
		_, err = f.svc.Create(ctx, apiclients.CreateInput{Name: "x", Rights: []viewer.Right{viewer.ViewEmployees}})
		wantCode(t, err, want)
		_, err = f.svc.Rotate(ctx, c.Client.ID)
		wantCode(t, err, want)
		_, err = f.svc.Disable(ctx, c.Client.ID)
		wantCode(t, err, want)
	}
	if after := f.state(); after != before {
		t.Errorf("refusals changed %+v → %+v", before, after)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
