package app_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/session"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/app"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// signIn is one sign-in over HTTP, safe to run in a goroutine (no t.Fatal).
type signIn struct {
	status     int
	retryAfter string
	code       string // userErrors[0].code or the top-level extensions.code
	token      string
	raw        string
	err        error
}

func (e *env) signIn(query, field, username, password string) signIn {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": creds(username, password)})
	res, err := http.Post(e.srv.URL+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		return signIn{err: err}
	}
	defer func() { _ = res.Body.Close() }()
	raw, _ := io.ReadAll(res.Body)
	var out gqlResponse
	if err := json.Unmarshal(raw, &out); err != nil {
		return signIn{err: fmt.Errorf("not JSON (%d): %s", res.StatusCode, raw)}
	}
	s := signIn{status: res.StatusCode, retryAfter: res.Header.Get("Retry-After"), raw: string(raw)}
	s.token, _ = dig(out.Data, field, "accessToken").(string)
	s.code, _ = dig(out.Data, field, "userErrors", 0, "code").(string)
	if len(out.Errors) > 0 {
		s.code, _ = out.Errors[0].Extensions["code"].(string)
	}
	return s
}

// R13: hundreds of parallel sign-ins (staff and employee, unknown users and
// wrong passwords) with a semaphore of two. Never more than two argon2id runs at once,
// the rest queue briefly or are refused with 429 TOO_MANY_REQUESTS and Retry-After,
// nothing fails otherwise, and a legitimate sign-in during the flood succeeds.
func TestSignInFloodHashesBoundedAndLegitimateSignInSucceeds(t *testing.T) {
	e := newEnvWith(t, func(c *app.Config) {
		c.PasswordHashing = auth.HasherConfig{Concurrency: 2, Queue: 2, Wait: 20 * time.Millisecond}
		// From many addresses no per-address limit helps: the hashing bound must hold alone.
		c.RateLimits = &ratelimit.Rules{}
	})
	const n = 300
	var (
		wg                 sync.WaitGroup
		refused, invalid   atomic.Int64
		firstRefusal       = make(chan struct{})
		firstRefusalClosed sync.Once
		mu                 sync.Mutex
		unexpected         []string
	)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var r signIn
			switch i % 3 {
			case 0:
				r = e.signIn(staffLoginQ, "login", fmt.Sprintf("onbekend-%d", i), "fout-wachtwoord")
			case 1:
				r = e.signIn(staffLoginQ, "login", e.fx.ProviderUserP2, "fout-wachtwoord")
			default:
				r = e.signIn(empLoginQ, "employeeLogin", fmt.Sprintf("niemand-%d", i), "fout-wachtwoord")
			}
			switch {
			case r.err == nil && r.status == http.StatusTooManyRequests && r.code == "TOO_MANY_REQUESTS" && r.retryAfter == "1":
				refused.Add(1)
				firstRefusalClosed.Do(func() { close(firstRefusal) })
			case r.err == nil && r.status == http.StatusOK && r.code == "INVALID_CREDENTIALS":
				invalid.Add(1)
			default:
				mu.Lock()
				unexpected = append(unexpected, fmt.Sprintf("%d %v %s", r.status, r.err, r.raw))
				mu.Unlock()
			}
		}()
	}

	// The legitimate sign-in starts once the flood is being refused and, like the SPA's
	// user, tries again when told to.
	legit := make(chan signIn, 1)
	go func() {
		<-firstRefusal
		var r signIn
		for range 100000 {
			if r = e.signIn(staffLoginQ, "login", e.fx.EmployerUserA1, testPassword); r.code != "TOO_MANY_REQUESTS" {
				break
			}
		}
		legit <- r
	}()
	wg.Wait()
	firstRefusalClosed.Do(func() { close(firstRefusal) })
	got := <-legit

	for _, u := range unexpected {
		t.Errorf("unexpected answer: %s", u)
	}
	if refused.Load() == 0 {
		t.Error("no sign-in was refused: the hashing is not bounded")
	}
	if invalid.Load() == 0 {
		t.Error("no sign-in was answered: the bound refuses everything")
	}
	if st := e.app.Auth.PasswordHasher.(*auth.Hasher).Stats(); st.Peak > 2 || st.Running != 0 {
		t.Errorf("hasher %+v: more than 2 argon2id runs at once, or some left running", st)
	}
	if got.token == "" {
		t.Errorf("the legitimate sign-in failed: %d %v %s", got.status, got.err, got.raw)
	}
	t.Logf("%d refused, %d answered INVALID_CREDENTIALS", refused.Load(), invalid.Load())
}

// pausingHasher holds the verification of one password after its result is known until
// the test releases it: the window in which parallel wrong passwords lock the account.
type pausingHasher struct {
	auth.PasswordHasher
	password string
	checked  chan struct{}
	release  chan struct{}
	once     sync.Once
	released sync.Once
}

// resume lets the held verification go on; safe to call more than once, and called at
// cleanup too, so a failing test does not leave a request hanging.
func (h *pausingHasher) resume() { h.released.Do(func() { close(h.release) }) }

func newPausingHasher(inner auth.PasswordHasher, password string) *pausingHasher {
	return &pausingHasher{PasswordHasher: inner, password: password, checked: make(chan struct{}), release: make(chan struct{})}
}

func (h *pausingHasher) Verify(ctx context.Context, phc, password string) (bool, bool, error) {
	ok, rehash, err := h.PasswordHasher.Verify(ctx, phc, password)
	if password == h.password {
		h.once.Do(func() { close(h.checked) })
		<-h.release
	}
	return ok, rehash, err
}

// lockoutCase is one sign-in whose lockout is raced: staff (R43) or employee (R13).
type lockoutCase struct {
	name, query, field, username, password string
	locked                                 func(t *testing.T) (failed int, until *time.Time)
	sessions                               func(t *testing.T) int
}

func lockoutCases(e *env) []lockoutCase {
	ctx := viewer.System(context.Background())
	c := e.st.Client
	// The fixture account has no password; give it one.
	if err := c.Account.UpdateOne(e.fx.AccountA1).SetPasswordHash(mustHash(e.t, empPassword)).Exec(ctx); err != nil {
		e.t.Fatal(err)
	}
	staff, err := c.User.Query().Where(user.Username(e.fx.EmployerUserA1)).Only(ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	sessionsOf := func(id string) func(t *testing.T) int {
		return func(t *testing.T) int {
			t.Helper()
			return e.count(c.Session.Query().Where(session.SubjectID(id)))
		}
	}
	return []lockoutCase{
		{"staff", staffLoginQ, "login", staff.Username, testPassword,
			func(t *testing.T) (int, *time.Time) {
				t.Helper()
				u, err := c.User.Get(ctx, staff.ID)
				if err != nil {
					t.Fatal(err)
				}
				return u.FailedAttempts, u.LockedUntil
			}, sessionsOf(staff.ID)},
		{"employee", empLoginQ, "employeeLogin", *e.fx.AccountA1.Username, empPassword,
			func(t *testing.T) (int, *time.Time) {
				t.Helper()
				a, err := c.Account.Query().Where(account.ID(e.fx.AccountA1.ID)).Only(ctx)
				if err != nil {
					t.Fatal(err)
				}
				return a.FailedAttempts, a.LockedUntil
			}, sessionsOf(e.fx.AccountA1.ID)},
	}
}

func mustHash(t *testing.T, pw string) string {
	t.Helper()
	return testworld.PasswordHash(t, pw)
}

// wrongInParallel sends n wrong passwords for c at once and checks each is refused.
func (e *env) wrongInParallel(t *testing.T, c lockoutCase, n int) {
	t.Helper()
	var wg sync.WaitGroup
	answers := make([]signIn, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			answers[i] = e.signIn(c.query, c.field, c.username, fmt.Sprintf("fout-wachtwoord-%d", i))
		}()
	}
	wg.Wait()
	for _, a := range answers {
		if a.err != nil || a.code != "INVALID_CREDENTIALS" {
			t.Errorf("%s: wrong password answered %d %v %s", c.name, a.status, a.err, a.raw)
		}
	}
}

// lockoutEnv has a queue long enough, and no rate limits, so that no sign-in of the race
// is refused as too many: the race is about the lockout alone.
func lockoutEnv(t *testing.T) *env {
	return newEnvWith(t, func(c *app.Config) {
		c.PasswordHashing = auth.HasherConfig{Concurrency: 2, Queue: 200, Wait: time.Minute}
		c.RateLimits = &ratelimit.Rules{}
	})
}

// R13, R43: the right password, checked while 50 wrong ones arrive in
// parallel and lock the sign-in, does not sign in: its verdict is applied to the lock
// as it is after the check, not as it was read before. Before the fix the staff path
// signed in and cleared the lock.
func TestRightPasswordAmongFiftyWrongNeverSignsInWhileLocked(t *testing.T) {
	for _, name := range []string{"staff", "employee"} {
		t.Run(name, func(t *testing.T) {
			e := lockoutEnv(t)
			var c lockoutCase
			for _, lc := range lockoutCases(e) {
				if lc.name == name {
					c = lc
				}
			}
			ph := newPausingHasher(e.app.Auth.Passwords(), c.password)
			e.app.Auth.PasswordHasher = ph
			t.Cleanup(ph.resume) // before the server closes: cleanups run last-registered first
			right := make(chan signIn, 1)
			go func() { right <- e.signIn(c.query, c.field, c.username, c.password) }()
			<-ph.checked // the right password is verified; its verdict waits

			e.wrongInParallel(t, c, 50)
			failed, until := c.locked(t)
			if until == nil || !until.Equal(e.clk.Now().Add(time.Hour)) || failed != 0 {
				t.Fatalf("after 50 wrong passwords: failed_attempts %d, locked_until %v; want 0 and one hour from now", failed, until)
			}
			ph.resume()
			r := <-right
			if r.err != nil || r.code != "INVALID_CREDENTIALS" || r.token != "" {
				t.Errorf("right password while locked: %d %v %s; want INVALID_CREDENTIALS", r.status, r.err, r.raw)
			}
			if _, after := c.locked(t); after == nil || !after.Equal(*until) {
				t.Errorf("the right password changed the lock: %v, want %v", after, until)
			}
			if n := c.sessions(t); n != 0 {
				t.Errorf("%d sessions started while locked", n)
			}
			if name == "employee" {
				// The lock was set once, so the lockout mail went once (R13).
				if ms := e.outbox(mail.AccountLocked, *e.fx.AccountA1.RegisteredEmail); len(ms) != 1 {
					t.Errorf("%d lockout mails, want 1", len(ms))
				}
			}
		})
	}
}

// The same race without a pause, all 51 at once: whichever order the database serialises
// them in, the right password can only sign in before the third wrong one, so the
// sign-in always ends locked with at most one session.
func TestRightPasswordAmongFiftyWrongEndsLocked(t *testing.T) {
	e := lockoutEnv(t)
	for _, c := range lockoutCases(e) {
		var wg sync.WaitGroup
		var right signIn
		wg.Add(1)
		go func() {
			defer wg.Done()
			right = e.signIn(c.query, c.field, c.username, c.password)
		}()
		e.wrongInParallel(t, c, 50)
		wg.Wait()
		if right.err != nil || (right.token == "") != (right.code == "INVALID_CREDENTIALS") {
			t.Errorf("%s: right password answered %d %v %s", c.name, right.status, right.err, right.raw)
		}
		failed, until := c.locked(t)
		if until == nil || !until.Equal(e.clk.Now().Add(time.Hour)) || failed != 0 {
			t.Errorf("%s: after the race failed_attempts %d, locked_until %v; want 0 and locked one hour (right password signed in: %v)",
				c.name, failed, until, right.token != "")
		}
		if n := c.sessions(t); n > 1 || (n == 1) != (right.token != "") {
			t.Errorf("%s: %d sessions, right password signed in: %v", c.name, n, right.token != "")
		}
	}
}
