package auth_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/access/status"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/testworld"
)

// t0 is where the fake clock starts: a whole second, so stored times compare exactly.
var t0 = time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)

// pw1 passes the password policy (random, no personal data).
const pw1 = "Tq8#vLm2!xRp9zWk"

// employeeFx is employee sign-in on the shared test world, wired as server/app wires
// it: the access lifecycle is told when an account locks and queues its mail.
type employeeFx struct {
	t    *testing.T
	w    *testworld.World
	clk  *clock.Fake
	auth *auth.Service
	hash string // of pw1
}

func newEmployeeFx(t *testing.T) *employeeFx {
	t.Helper()
	w := testworld.New(t, t0)
	clk := clock.NewFake(t0)
	signer, err := auth.NewSigner([]byte("0123456789abcdef0123456789abcdef"), clk.Now)
	if err != nil {
		t.Fatal(err)
	}
	// The tests race 50 sign-ins to check counting; a queue that holds them all keeps
	// the bound on hashing (tested in hasher_test.go) out of their way.
	as := &auth.Service{Client: w.Store.Client, Clock: clk, Dialect: w.Store.Dialect, Signer: signer, Config: auth.DefaultConfig,
		PasswordHasher: auth.NewHasher(auth.HasherConfig{Queue: 1000, Wait: time.Minute})}
	lifecycle := &access.Service{Client: w.Store.Client, Clock: clk, Auth: as, Links: access.Links{Base: "https://werkportaal.test"}}
	as.OnEmployeeLocked = lifecycle.AccountLocked
	hash := testworld.PasswordHash(t, pw1)
	return &employeeFx{t: t, w: w, clk: clk, auth: as, hash: hash}
}

// registered adds a person of employer A1 with an account that registered with
// username and pw1.
func (f *employeeFx) registered(first, last, email, username string) *ent.Person {
	f.t.Helper()
	p := f.w.Person(f.w.EmpA1, first, last, email)
	f.w.Account(p, username, f.hash)
	return p
}

func (f *employeeFx) account(p *ent.Person) *ent.Account {
	f.t.Helper()
	return f.w.Store.Client.Account.Query().Where(account.PersonID(p.ID)).OnlyX(f.w.Sys)
}

func (f *employeeFx) status(p *ent.Person) status.Status {
	f.t.Helper()
	return status.Of(f.account(p), f.clk.Now())
}

func (f *employeeFx) mails(k outboxmail.Kind, addr string) []*ent.OutboxMail {
	f.t.Helper()
	return f.w.Store.Client.OutboxMail.Query().Where(outboxmail.KindEQ(k), outboxmail.ToAddress(addr)).AllX(f.w.Sys)
}

func (f *employeeFx) audits(a string, p *ent.Person) int {
	f.t.Helper()
	return f.w.Store.Client.AuditEvent.Query().Where(auditevent.Action(a), auditevent.PersonID(p.ID)).CountX(f.w.Sys)
}

var userCode = testworld.UserCode

// TestR13LoginCaseSensitiveAndLockout: username and password are case-sensitive; three
// wrong passwords in a row lock for one hour with one lockout mail and one audit event;
// during the hour even the right password fails; after it, it works.
func TestR13LoginCaseSensitiveAndLockout(t *testing.T) {
	f := newEmployeeFx(t)
	ctx := context.Background()
	p := f.registered("Lot", "Slot", "lot@example.nl", "Lot.Slot")

	for _, c := range []struct{ name, username, password string }{
		{"username lower case", "lot.slot", pw1},
		{"username upper case", "LOT.SLOT", pw1},
		{"unknown username", "lot.slot2", pw1},
		{"password other case", "Lot.Slot", strings.ToLower(pw1)},
		{"empty password", "Lot.Slot", ""},
	} {
		_, err := f.auth.LoginEmployee(ctx, c.username, c.password, auth.Meta{})
		if userCode(t, err) != auth.CodeInvalidCredentials {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	// Two wrong passwords were counted; a success resets the count.
	tt, err := f.auth.LoginEmployee(ctx, "Lot.Slot", pw1, auth.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if tt.Principal.PersonID != p.ID {
		t.Errorf("principal %+v", tt.Principal)
	}
	if a := f.account(p); a.FailedAttempts != 0 || a.LastLoginAt == nil {
		t.Errorf("after a success: %d failed, last login %v", a.FailedAttempts, a.LastLoginAt)
	}

	for i := 1; i <= 3; i++ {
		_, err := f.auth.LoginEmployee(ctx, "Lot.Slot", "fout-"+pw1, auth.Meta{})
		testworld.WantUserError(t, err, auth.CodeInvalidCredentials)
	}
	a := f.account(p)
	if f.status(p) != status.Locked || a.LockedUntil == nil || !a.LockedUntil.Equal(t0.Add(time.Hour)) {
		t.Fatalf("status %s, locked until %v", f.status(p), a.LockedUntil)
	}
	if ms := f.mails(outboxmail.KindACCOUNT_LOCKED, "lot@example.nl"); len(ms) != 1 {
		t.Errorf("%d ACCOUNT_LOCKED mails, want 1", len(ms))
	}
	if n := f.audits(string(audit.AccountLocked), p); n != 1 {
		t.Errorf("%d ACCOUNT_LOCKED events, want 1", n)
	}
	// During the hour even the right password fails, and nothing more is counted.
	for _, at := range []time.Duration{0, 30 * time.Minute, 29*time.Minute + 59*time.Second} {
		f.clk.Advance(at)
		_, err := f.auth.LoginEmployee(ctx, "Lot.Slot", pw1, auth.Meta{})
		testworld.WantUserError(t, err, auth.CodeInvalidCredentials)
		_, err = f.auth.LoginEmployee(ctx, "Lot.Slot", "fout", auth.Meta{})
		testworld.WantUserError(t, err, auth.CodeInvalidCredentials)
	}
	if ms := f.mails(outboxmail.KindACCOUNT_LOCKED, "lot@example.nl"); len(ms) != 1 {
		t.Errorf("%d ACCOUNT_LOCKED mails after tries during the lock, want 1", len(ms))
	}
	f.clk.Set(t0.Add(time.Hour))
	if _, err := f.auth.LoginEmployee(ctx, "Lot.Slot", pw1, auth.Meta{}); err != nil {
		t.Errorf("login after the hour: %v", err)
	}
	if f.status(p) != status.Active {
		t.Errorf("status after the hour: %s", f.status(p))
	}
}

// TestR13ParallelWrongPasswords: 50 parallel wrong passwords are all answered
// INVALID_CREDENTIALS and counted exactly three times: one lock, one lockout mail, one
// ACCOUNT_LOCKED event, and no count left over.
func TestR13ParallelWrongPasswords(t *testing.T) {
	f := newEmployeeFx(t)
	ctx := context.Background()
	p := f.registered("Para", "Lel", "para@example.nl", "para.lel")

	const n = 50
	var wg sync.WaitGroup
	errs := make([]error, n)
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			_, errs[i] = f.auth.LoginEmployee(ctx, "para.lel", "verkeerd-wachtwoord", auth.Meta{})
		}()
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if ue, ok := apperr.AsUser(err); !ok || ue.Code != auth.CodeInvalidCredentials {
			t.Errorf("attempt %d: %v", i, err)
		}
	}
	a := f.account(p)
	if a.LockedUntil == nil || !a.LockedUntil.Equal(t0.Add(time.Hour)) || a.FailedAttempts != 0 {
		t.Errorf("locked until %v, %d failed attempts left; want one lock at the third", a.LockedUntil, a.FailedAttempts)
	}
	if ms := f.mails(outboxmail.KindACCOUNT_LOCKED, "para@example.nl"); len(ms) != 1 {
		t.Errorf("%d ACCOUNT_LOCKED mails, want 1", len(ms))
	}
	if n := f.audits(string(audit.AccountLocked), p); n != 1 {
		t.Errorf("%d ACCOUNT_LOCKED events, want 1", n)
	}
}

// TestR13StaffAndEmployeesLockAlike: staff sign-in (R43) and employee sign-in (R13)
// are one mechanism: a right password resets the count; the third wrong one in a row
// locks for exactly an hour, during which the right password fails too; after it, it
// works again.
func TestR13StaffAndEmployeesLockAlike(t *testing.T) {
	f := newEmployeeFx(t)
	ctx := context.Background()
	f.registered("Lot", "Slot", "lot@example.nl", "Lot.Slot")
	f.w.EmployerStaff(f.w.EmpA1, "Wg.Beheer", f.hash)
	for _, c := range []struct {
		name     string
		username string
		login    func(ctx context.Context, username, password string, meta auth.Meta) (*auth.Tokens, error)
		until    func() *time.Time
	}{
		{"employee", "Lot.Slot", f.auth.LoginEmployee, func() *time.Time {
			return f.w.Store.Client.Account.Query().Where(account.UsernameKey("lot.slot")).OnlyX(f.w.Sys).LockedUntil
		}},
		{"staff", "Wg.Beheer", f.auth.LoginStaff, func() *time.Time {
			return f.w.Store.Client.User.Query().Where(user.UsernameKey("wg.beheer")).OnlyX(f.w.Sys).LockedUntil
		}},
	} {
		f.clk.Set(t0)
		for range auth.MaxFailedLogins - 1 {
			_, err := c.login(ctx, c.username, "fout-"+pw1, auth.Meta{})
			testworld.WantUserError(t, err, auth.CodeInvalidCredentials)
		}
		if _, err := c.login(ctx, c.username, pw1, auth.Meta{}); err != nil {
			t.Fatalf("%s: right password after two wrong ones: %v", c.name, err)
		}
		for range auth.MaxFailedLogins {
			_, err := c.login(ctx, c.username, "fout-"+pw1, auth.Meta{})
			testworld.WantUserError(t, err, auth.CodeInvalidCredentials)
		}
		if u := c.until(); u == nil || !u.Equal(t0.Add(auth.LockDuration)) {
			t.Errorf("%s: locked until %v, want %v", c.name, u, t0.Add(auth.LockDuration))
		}
		f.clk.Set(t0.Add(auth.LockDuration - time.Second))
		_, err := c.login(ctx, c.username, pw1, auth.Meta{})
		testworld.WantUserError(t, err, auth.CodeInvalidCredentials)
		f.clk.Set(t0.Add(auth.LockDuration))
		if _, err := c.login(ctx, c.username, pw1, auth.Meta{}); err != nil {
			t.Errorf("%s: after the hour: %v", c.name, err)
		}
	}
}
