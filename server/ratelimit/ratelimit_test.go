package ratelimit_test

import (
	"context"
	"log/slog"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/store/storetest"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// t0 is a whole hour, so windows of minutes and hours start at it.
var t0 = time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)

func TestParseRule(t *testing.T) {
	for _, s := range []string{"10/15m", "3/1h", "100/5m", "60/1m", "7/90s", "2/10m", "off"} {
		r, err := ratelimit.ParseRule(s)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		if got := r.String(); got != s {
			t.Errorf("ParseRule(%q).String() = %q", s, got)
		}
	}
	if r, _ := ratelimit.ParseRule("off"); r.On() {
		t.Error("off is on")
	}
	for _, bad := range []string{"", "10", "0/1m", "-1/1m", "10/", "10/0s", "10/500ms", "x/1m", "10/1 hour"} {
		if _, err := ratelimit.ParseRule(bad); err == nil {
			t.Errorf("ParseRule(%q) accepted", bad)
		}
	}
	env := map[string]string{"RATE_LIMIT_SIGN_IN_ACCOUNT": "5/1h", "RATE_LIMIT_RESEND_ADDRESS": "off"}
	r, err := ratelimit.RulesFromEnv(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if r.SignInAccount != (ratelimit.Rule{Limit: 5, Window: time.Hour}) || r.ResendAddress.On() ||
		r.SignInAddress != ratelimit.DefaultRules.SignInAddress {
		t.Errorf("rules from env: %+v", r)
	}
	if _, err := ratelimit.RulesFromEnv(func(k string) string { return "lots" }); err == nil {
		t.Error("a malformed rule was accepted")
	}
	env = map[string]string{"RATE_LIMITS": "off", "RATE_LIMIT_TOKEN_CLIENT": "2/1m"}
	r, err = ratelimit.RulesFromEnv(func(k string) string { return env[k] })
	if err != nil || r != (ratelimit.Rules{TokenClient: ratelimit.Rule{Limit: 2, Window: time.Minute}}) {
		t.Errorf("RATE_LIMITS=off with one rule: %+v %v", r, err)
	}
}

func TestAddressKey(t *testing.T) {
	for in, want := range map[string]string{
		"192.0.2.7":                  "192.0.2.7",
		"::ffff:192.0.2.7":           "192.0.2.7",
		"2001:db8:1:2:3:4:5:6":       "2001:db8:1:2::/64",
		"2001:db8:1:2:ffff:ffff:0:1": "2001:db8:1:2::/64",
	} {
		if got := ratelimit.AddressKey(in); got != want {
			t.Errorf("AddressKey(%s) = %s, want %s", in, got, want)
		}
	}
}

func limiter(st *store.Store, clk clock.Clock, rules ratelimit.Rules) *ratelimit.Limiter {
	return &ratelimit.Limiter{DB: st.DB, Dialect: st.Dialect, Clock: clk, Rules: rules}
}

// The limit holds within a window, the refusal says when the window ends,
// the next window starts from zero (injected clock), two limiters on one database — two
// instances — count together, and ended windows are swept.
func TestWindowsSharedResetAndSwept(t *testing.T) {
	st := storetest.Open(t)
	clk := clock.NewFake(t0.Add(2 * time.Minute))
	rules := ratelimit.Rules{SignInAddress: ratelimit.Rule{Limit: 3, Window: 5 * time.Minute}}
	one, two := limiter(st, clk, rules), limiter(st, clk, rules)
	ctx := context.Background()

	for i, l := range []*ratelimit.Limiter{one, two, one} {
		if err := l.SignIn(ctx, "192.0.2.7", ratelimit.StaffSignIn, ""); err != nil {
			t.Fatalf("attempt %d within the limit: %v", i+1, err)
		}
	}
	err := two.SignIn(ctx, "192.0.2.7", ratelimit.StaffSignIn, "")
	if d, ok := apperr.RetryAfterOf(err); !ok || d != 3*time.Minute {
		t.Fatalf("fourth attempt over both instances: %v, want TOO_MANY_REQUESTS retry after 3m (the window's end)", err)
	}
	if err := one.SignIn(ctx, "192.0.2.8", ratelimit.StaffSignIn, ""); err != nil {
		t.Errorf("another address shares the count: %v", err)
	}

	clk.Advance(3 * time.Minute) // the next window
	if err := two.SignIn(ctx, "192.0.2.7", ratelimit.StaffSignIn, ""); err != nil {
		t.Errorf("in the next window: %v", err)
	}
	n, err := one.Sweep(ctx)
	if err != nil || n != 2 {
		t.Errorf("sweep removed %d windows (err %v), want the 2 of the ended window", n, err)
	}
	if left := count(t, st); left != 1 {
		t.Errorf("%d windows left, want the current one", left)
	}
}

// Parallel requests on two limiters never let more than the limit through: the count is
// one atomic statement, not a read and a write.
func TestParallelHitsCountExactly(t *testing.T) {
	st := storetest.Open(t)
	clk := clock.NewFake(t0)
	rules := ratelimit.Rules{SignInAccount: ratelimit.Rule{Limit: 10, Window: time.Hour}}
	ls := []*ratelimit.Limiter{limiter(st, clk, rules), limiter(st, clk, rules)}
	var allowed, refused atomic.Int64
	var wg sync.WaitGroup
	for i := range 60 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			switch err := ls[i%2].SignIn(context.Background(), "", ratelimit.EmployeeSignIn, "Jan.Jansen"); apperr.CodeOf(err) {
			case apperr.TooManyRequests:
				refused.Add(1)
			default:
				if err != nil {
					t.Error(err)
					return
				}
				allowed.Add(1)
			}
		}()
	}
	wg.Wait()
	if allowed.Load() != 10 || refused.Load() != 50 {
		t.Errorf("%d allowed, %d refused; want 10 and 50", allowed.Load(), refused.Load())
	}
	// Usernames are counted ignoring case, as they are unique ignoring case.
	if err := ls[0].SignIn(context.Background(), "", ratelimit.EmployeeSignIn, "jan.jansen"); apperr.CodeOf(err) != apperr.TooManyRequests {
		t.Errorf("other case: %v", err)
	}
	// A staff user of the same name is counted apart.
	if err := ls[1].SignIn(context.Background(), "", ratelimit.StaffSignIn, "Jan.Jansen"); err != nil {
		t.Errorf("staff realm: %v", err)
	}
}

// A count made in a transaction that rolls back is gone with it, and RecoveryMail
// refuses silently (no error) beyond its limit.
func TestCountInTransaction(t *testing.T) {
	st := storetest.Open(t)
	clk := clock.NewFake(t0)
	l := limiter(st, clk, ratelimit.Rules{RecoveryMails: ratelimit.Rule{Limit: 1, Window: time.Hour}})
	ctx := context.Background()
	errBoom := apperr.E(apperr.Internal, "boom")
	err := store.WithTx(ctx, st.Client, func(tx *ent.Tx) error {
		if ok, err := l.RecoveryMail(ctx, tx.Client(), ratelimit.ResetMail, "acc_1"); !ok || err != nil {
			t.Errorf("first mail: %v %v", ok, err)
		}
		return errBoom
	})
	if err != errBoom {
		t.Fatal(err)
	}
	if ok, err := l.RecoveryMail(ctx, nil, ratelimit.ResetMail, "acc_1"); !ok || err != nil {
		t.Errorf("after the rollback the first mail is still allowed: %v %v", ok, err)
	}
	if ok, err := l.RecoveryMail(ctx, nil, ratelimit.ResetMail, "acc_1"); ok || err != nil {
		t.Errorf("second mail: %v %v, want refused without error", ok, err)
	}
	if ok, err := l.RecoveryMail(ctx, nil, ratelimit.UsernameMail, "acc_1"); !ok || err != nil {
		t.Errorf("a username mail has its own count: %v %v", ok, err)
	}
	var nilLimiter *ratelimit.Limiter
	if err := nilLimiter.SignIn(ctx, "192.0.2.7", ratelimit.StaffSignIn, "x"); err != nil {
		t.Errorf("nil limiter: %v", err)
	}
}

func count(t *testing.T, st *store.Store) int {
	t.Helper()
	n, err := st.Client.RateLimitWindow.Query().Count(viewer.System(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestMain(m *testing.M) {
	// The limiter logs each first refusal; the tests assert on answers instead.
	slog.SetDefault(slog.New(slog.DiscardHandler))
	os.Exit(m.Run())
}

// The README's configuration table documents every rule with its default.
func TestRulesDocumented(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range ratelimit.EnvVars {
		row := "| `" + v.Name + "` | `" + v.Rule(&ratelimit.DefaultRules).String() + "` |"
		if !strings.Contains(string(readme), row) {
			t.Errorf("README.md lacks the row %s", row)
		}
	}
}
