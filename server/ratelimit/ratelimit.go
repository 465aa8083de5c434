// Package ratelimit limits what anonymous callers can make Werkportaal do: sign-in
// attempts, integrator tokens, password-reset and forgotten-username mails, and
// invitation resends. Counts are kept per client address and per account
// in fixed windows in the database (rate_limit_windows), not in a process, so every
// instance on the same database enforces the same limit.
//
// A count is one atomic upsert (INSERT … ON CONFLICT DO UPDATE … RETURNING) that works
// alike on Postgres and SQLite, so parallel requests on several instances each get their
// own number and never more than the limit pass. Windows are fixed (the clock truncated
// to the window): a burst at a window's edge may see up to twice the limit over one
// window's length, which is acceptable for limits that only need to stop floods.
package ratelimit

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
)

// Rule allows Limit events per Window; a rule without a limit is off.
type Rule struct {
	Limit  int
	Window time.Duration
}

// On reports whether the rule limits anything.
func (r Rule) On() bool { return r.Limit > 0 && r.Window > 0 }

// String writes the rule as ParseRule reads it.
func (r Rule) String() string {
	if !r.On() {
		return "off"
	}
	w := r.Window.String()
	for _, u := range []struct {
		d      time.Duration
		suffix string
	}{{time.Hour, "h"}, {time.Minute, "m"}, {time.Second, "s"}} {
		if r.Window%u.d == 0 {
			w = strconv.FormatInt(int64(r.Window/u.d), 10) + u.suffix
			break
		}
	}
	return strconv.Itoa(r.Limit) + "/" + w
}

// ParseRule reads "N/window" (e.g. "10/15m", "3/1h") or "off".
func ParseRule(s string) (Rule, error) {
	if strings.TrimSpace(s) == "off" {
		return Rule{}, nil
	}
	n, w, ok := strings.Cut(strings.TrimSpace(s), "/")
	limit, err := strconv.Atoi(n)
	if !ok || err != nil || limit < 1 {
		return Rule{}, fmt.Errorf("want N/window such as 10/15m, or off; not %q", s)
	}
	window, err := time.ParseDuration(w)
	if err != nil || window < time.Second {
		return Rule{}, fmt.Errorf("want N/window with a window of at least 1s such as 10/15m; not %q", s)
	}
	return Rule{Limit: limit, Window: window}, nil
}

// Rules are the limits Werkportaal applies.
type Rules struct {
	// SignInAddress counts staff and employee sign-in attempts per client address.
	SignInAddress Rule
	// SignInAccount counts sign-in attempts per username, whether or not it exists, so
	// the refusal tells nothing about accounts.
	SignInAccount Rule
	// TokenAddress and TokenClient count POST /oauth/token per address and client ID.
	TokenAddress Rule
	TokenClient  Rule
	// RecoveryAddress counts password-reset and forgotten-username requests per address.
	RecoveryAddress Rule
	// RecoveryMails counts reset mails per account, and username mails apart. Beyond it
	// no mail is sent and the caller gets the usual neutral answer: a refusal would tell
	// that the account exists (R10, R11).
	RecoveryMails Rule
	// ResendAddress and ResendAccount count invitation resends per address and per person.
	ResendAddress Rule
	ResendAccount Rule
	// AssistantAccount counts an employee's questions to the assistant (R41): each one
	// reads several of their ledgers and lists.
	AssistantAccount Rule
	// RegulationsAccount counts an employee's questions to the regulations assistant
	// (R42): each one searches every passage of the employer's regulations.
	RegulationsAccount Rule
	// ExportAccount counts Mijn gegevens downloaden per account: each export reads all of
	// the employee's data and renders every PDF, so a few an hour are plenty.
	ExportAccount Rule
	// CalendarAddress and CalendarFeed count iCal subscription reads (R32) per address and
	// per subscription address. Calendar services poll from a few shared addresses, so
	// the per-address rule is wide; a calendar program needs a read every few minutes.
	CalendarAddress Rule
	CalendarFeed    Rule
}

// DefaultRules are generous for people and tight for floods. Sign-in per address allows
// an office behind one NAT address its Monday morning; per account it allows far more
// than the three wrong passwords that lock (R13) but stops hashing for a locked account
// at the attacker's pace.
var DefaultRules = Rules{
	SignInAddress:   Rule{Limit: 100, Window: 5 * time.Minute},
	SignInAccount:   Rule{Limit: 10, Window: 15 * time.Minute},
	TokenAddress:    Rule{Limit: 60, Window: time.Minute},
	TokenClient:     Rule{Limit: 30, Window: time.Minute},
	RecoveryAddress: Rule{Limit: 20, Window: time.Hour},
	RecoveryMails:   Rule{Limit: 3, Window: time.Hour},
	ResendAddress:   Rule{Limit: 300, Window: time.Hour},
	ResendAccount:   Rule{Limit: 5, Window: time.Hour},
	// A person types a question every few seconds at most; a script is stopped.
	AssistantAccount:   Rule{Limit: 20, Window: time.Minute},
	RegulationsAccount: Rule{Limit: 20, Window: time.Minute},
	ExportAccount:      Rule{Limit: 3, Window: time.Hour},
	CalendarAddress:    Rule{Limit: 600, Window: time.Minute},
	CalendarFeed:       Rule{Limit: 60, Window: time.Hour},
}

// EnvVars names the environment variable of each rule, for RulesFromEnv and the README.
var EnvVars = []struct {
	Name string
	Rule func(*Rules) *Rule
}{
	{"RATE_LIMIT_SIGN_IN_ADDRESS", func(r *Rules) *Rule { return &r.SignInAddress }},
	{"RATE_LIMIT_SIGN_IN_ACCOUNT", func(r *Rules) *Rule { return &r.SignInAccount }},
	{"RATE_LIMIT_TOKEN_ADDRESS", func(r *Rules) *Rule { return &r.TokenAddress }},
	{"RATE_LIMIT_TOKEN_CLIENT", func(r *Rules) *Rule { return &r.TokenClient }},
	{"RATE_LIMIT_RECOVERY_ADDRESS", func(r *Rules) *Rule { return &r.RecoveryAddress }},
	{"RATE_LIMIT_RECOVERY_MAILS", func(r *Rules) *Rule { return &r.RecoveryMails }},
	{"RATE_LIMIT_RESEND_ADDRESS", func(r *Rules) *Rule { return &r.ResendAddress }},
	{"RATE_LIMIT_RESEND_ACCOUNT", func(r *Rules) *Rule { return &r.ResendAccount }},
	{"RATE_LIMIT_ASSISTANT", func(r *Rules) *Rule { return &r.AssistantAccount }},
	{"RATE_LIMIT_REGULATIONS", func(r *Rules) *Rule { return &r.RegulationsAccount }},
	{"RATE_LIMIT_EXPORT_ACCOUNT", func(r *Rules) *Rule { return &r.ExportAccount }},
	{"RATE_LIMIT_CALENDAR_ADDRESS", func(r *Rules) *Rule { return &r.CalendarAddress }},
	{"RATE_LIMIT_CALENDAR_FEED", func(r *Rules) *Rule { return &r.CalendarFeed }},
}

// RulesFromEnv returns DefaultRules with the rules getenv sets. RATE_LIMITS=off starts
// from no limits instead (the browser tests sign the same demo users in dozens of times
// within minutes); a RATE_LIMIT_… variable still sets its own rule.
func RulesFromEnv(getenv func(string) string) (Rules, error) {
	r := DefaultRules
	switch v := getenv("RATE_LIMITS"); v {
	case "", "on":
	case "off":
		r = Rules{}
	default:
		return r, fmt.Errorf("RATE_LIMITS must be on or off, not %q", v)
	}
	for _, v := range EnvVars {
		if s := getenv(v.Name); s != "" {
			rule, err := ParseRule(s)
			if err != nil {
				return r, fmt.Errorf("%s: %w", v.Name, err)
			}
			*v.Rule(&r) = rule
		}
	}
	return r, nil
}

// Querier runs a query: the *sql.DB, or a transaction's ent client so that a count
// is undone with the change it belongs to.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Limiter counts events in the database. A nil *Limiter allows everything (domain tests
// that are not about limits).
type Limiter struct {
	DB      *sql.DB
	Dialect string
	Clock   clock.Clock
	Rules   Rules
}

// Names of the counted things; they start the stored key.
const (
	signInAddress   = "signin-addr"
	signInAccount   = "signin-acct"
	tokenAddress    = "token-addr"
	tokenClient     = "token-client"
	recoveryAddress = "recovery-addr"
	resendAddress   = "resend-addr"
	resendAccount   = "resend-acct"
	assistant       = "assistant-acct"
	regulations     = "regulations-acct"
	exportAccount   = "export-acct"
	calendarAddress = "ical-addr"
	calendarFeed    = "ical-feed"
)

// key is what is stored: the name and a hash of the subject, so the table holds no
// addresses or usernames.
func key(name, subject string) string {
	sum := sha256.Sum256([]byte(subject))
	return name + ":" + hex.EncodeToString(sum[:16])
}

// AddressKey is what a client address is counted by: an IPv6 client usually holds a
// whole /64, so that is one subject; an IPv4 address is itself.
func AddressKey(addr string) string {
	ip, err := netip.ParseAddr(addr)
	if err != nil {
		return addr
	}
	if ip.Is4() || ip.Is4In6() {
		return ip.Unmap().String()
	}
	p, _ := ip.Prefix(64)
	return p.String()
}

// Hit counts one event of subject under rule and reports whether it is within the limit,
// and if not, how long until the window ends. q runs the count (l.DB when nil).
func (l *Limiter) Hit(ctx context.Context, q Querier, name string, rule Rule, subject string) (ok bool, retryAfter time.Duration, err error) {
	if l == nil || !rule.On() {
		return true, 0, nil
	}
	if q == nil {
		q = l.DB
	}
	now := l.Clock.Now().UTC()
	start := now.Truncate(rule.Window)
	end := start.Add(rule.Window)
	rows, err := q.QueryContext(ctx, l.sql(hitSQL), key(name, subject), start, end)
	if err != nil {
		return false, 0, fmt.Errorf("ratelimit: count %s: %w", name, err)
	}
	defer func() { _ = rows.Close() }()
	var n int
	if !rows.Next() {
		return false, 0, fmt.Errorf("ratelimit: count %s: no row returned: %w", name, rows.Err())
	}
	if err := rows.Scan(&n); err != nil {
		return false, 0, fmt.Errorf("ratelimit: count %s: %w", name, err)
	}
	if err := rows.Close(); err != nil {
		return false, 0, err
	}
	if n <= rule.Limit {
		return true, 0, nil
	}
	if n == rule.Limit+1 {
		// Once per key and window, so a flood does not flood the log as well.
		slog.InfoContext(ctx, "rate limit reached", "limit", name, "rule", rule.String())
	}
	return false, end.Sub(now), nil
}

// check counts each (name, rule, subject) and refuses at the first that is over its
// limit. An empty subject (no client address known, e.g. outside HTTP) is not counted.
//
// Without q the counts of one request go in one transaction of their own, which on
// Postgres does not wait for its WAL to reach the disk (synchronous_commit off): a sign-in
// made two commits here, each a disk flush (≈ 5 ms on the bench machine), before any
// hashing. What this can lose is the counts of the last fraction of a second before a
// database crash — a few attempts uncounted, once — while every instance still reads
// and writes the same counts, in order, as long as the database runs.
func (l *Limiter) check(ctx context.Context, q Querier, msg string, hits ...hit) error {
	if q != nil || l == nil || !counts(hits) {
		refusal, err := l.checkIn(ctx, q, msg, hits...)
		return errors.Join(err, refusal)
	}
	tx, err := l.DB.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("ratelimit: %w", err)
	}
	if l.Dialect == dialect.Postgres {
		if _, err := tx.ExecContext(ctx, "SET LOCAL synchronous_commit = off"); err != nil {
			_ = tx.Rollback()
			return fmt.Errorf("ratelimit: %w", err)
		}
	}
	refusal, err := l.checkIn(ctx, tx, msg, hits...)
	if err != nil {
		_ = tx.Rollback()
		return err
	}
	// A refusal keeps the counts made up to it, as without the transaction.
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("ratelimit: %w", err)
	}
	return refusal
}

// counts reports whether any of hits is counted at all.
func counts(hits []hit) bool {
	for _, h := range hits {
		if h.subject != "" && h.rule.On() {
			return true
		}
	}
	return false
}

// checkIn counts hits through q and returns the refusal of the first over its limit.
func (l *Limiter) checkIn(ctx context.Context, q Querier, msg string, hits ...hit) (refusal, err error) {
	for _, h := range hits {
		if h.subject == "" {
			continue
		}
		ok, retry, err := l.Hit(ctx, q, h.name, h.rule, h.subject)
		if err != nil {
			return nil, err
		}
		if !ok {
			return Refusal(retry, msg), nil
		}
	}
	return nil, nil
}

type hit struct {
	name    string
	rule    Rule
	subject string
}

func (l *Limiter) rules() Rules {
	if l == nil {
		return Rules{}
	}
	return l.Rules
}

// Sign-in realms: staff and employee usernames are separate namespaces, so attempts
// against one must not use up the other's.
const (
	StaffSignIn    = "staff"
	EmployeeSignIn = "employee"
)

// SignIn counts a sign-in attempt from address for username in realm (StaffSignIn,
// EmployeeSignIn). It runs before the password is hashed, so a refused attempt costs
// one statement per rule. Both realms share the per-address count.
func (l *Limiter) SignIn(ctx context.Context, address, realm, username string) error {
	r := l.rules()
	return l.check(ctx, nil, "too many sign-in attempts; try again later",
		hit{signInAddress, r.SignInAddress, AddressKey(address)},
		hit{signInAccount, r.SignInAccount, realm + ":" + strings.ToLower(username)})
}

// Token counts a client-credentials request from address for clientID.
func (l *Limiter) Token(ctx context.Context, address, clientID string) error {
	r := l.rules()
	return l.check(ctx, nil, "too many token requests; try again later",
		hit{tokenAddress, r.TokenAddress, AddressKey(address)},
		hit{tokenClient, r.TokenClient, clientID})
}

// Recovery counts a password-reset or forgotten-username request from address. It
// counts every request, for known and unknown usernames and addresses alike.
func (l *Limiter) Recovery(ctx context.Context, address string) error {
	r := l.rules()
	return l.check(ctx, nil, "too many requests; try again later",
		hit{recoveryAddress, r.RecoveryAddress, AddressKey(address)})
}

// The recovery mails, each counted on its own: an employee who forgot both username and
// password gets both.
const (
	ResetMail    = "reset-mail"
	UsernameMail = "username-mail"
)

// RecoveryMail counts a recovery mail of kind (ResetMail, UsernameMail) to an account
// in q (the transaction that queues it) and reports whether it may be sent. Beyond the
// limit the caller sends nothing and answers as usual.
func (l *Limiter) RecoveryMail(ctx context.Context, q Querier, kind, accountID string) (bool, error) {
	ok, _, err := l.Hit(ctx, q, kind, l.rules().RecoveryMails, accountID)
	return ok, err
}

// Resend counts an invitation resend to accountID in q (the resend's transaction, so a
// resend that fails is not counted) from address.
func (l *Limiter) Resend(ctx context.Context, q Querier, address, accountID string) error {
	r := l.rules()
	return l.check(ctx, q, "too many invitations sent again; try again later",
		hit{resendAddress, r.ResendAddress, AddressKey(address)},
		hit{resendAccount, r.ResendAccount, accountID})
}

// Export counts an own-data export of accountID in q (the transaction that audits it,
// so an export that fails before it starts is not counted).
func (l *Limiter) Export(ctx context.Context, q Querier, accountID string) error {
	return l.check(ctx, q, "too many downloads of your data; try again later",
		hit{exportAccount, l.rules().ExportAccount, accountID})
}

// CalendarFeed counts a read of an iCal subscription address (R32) from address; feed
// is the address's token (only its hash is stored). It runs before the token is looked up.
func (l *Limiter) CalendarFeed(ctx context.Context, address, feed string) error {
	r := l.rules()
	return l.check(ctx, nil, "too many calendar requests; try again later",
		hit{calendarAddress, r.CalendarAddress, AddressKey(address)},
		hit{calendarFeed, r.CalendarFeed, feed})
}

// The statements of the limiter, in SQLite's placeholders and Postgres's; one statement
// counts a hit atomically, so instances on one database agree.
var (
	hitSQL = [2]string{
		`INSERT INTO "rate_limit_windows" ("key", "window_start", "count", "expires_at") VALUES (?, ?, 1, ?)
		ON CONFLICT ("key", "window_start") DO UPDATE SET "count" = "rate_limit_windows"."count" + 1
		RETURNING "count"`,
		`INSERT INTO "rate_limit_windows" ("key", "window_start", "count", "expires_at") VALUES ($1, $2, 1, $3)
		ON CONFLICT ("key", "window_start") DO UPDATE SET "count" = "rate_limit_windows"."count" + 1
		RETURNING "count"`,
	}
	sweepSQL = [2]string{
		`DELETE FROM "rate_limit_windows" WHERE "expires_at" <= ?`,
		`DELETE FROM "rate_limit_windows" WHERE "expires_at" <= $1`,
	}
)

// sql picks a statement's text for the limiter's database.
func (l *Limiter) sql(stmt [2]string) string {
	if l.Dialect == dialect.Postgres {
		return stmt[1]
	}
	return stmt[0]
}

// Sweep deletes the windows that have ended.
func (l *Limiter) Sweep(ctx context.Context) (int64, error) {
	res, err := l.DB.ExecContext(ctx, l.sql(sweepSQL), l.Clock.Now().UTC())
	if err != nil {
		return 0, fmt.Errorf("ratelimit: sweep: %w", err)
	}
	return res.RowsAffected()
}

// RunSweeper sweeps every interval until ctx ends. Several instances may sweep at once;
// the deletes are idempotent.
func (l *Limiter) RunSweeper(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if _, err := l.Sweep(ctx); err != nil && ctx.Err() == nil {
				slog.ErrorContext(ctx, "rate limit sweep", "err", err)
			}
		}
	}
}

// Refusal is the TOO_MANY_REQUESTS error of a limit that refused, with Retry-After d.
// It is all a limit says: the transports turn the code into HTTP 429 themselves.
func Refusal(d time.Duration, msg string) error {
	return apperr.TooMany(msg, RetryAfterSeconds(d))
}

// RetryAfterSeconds rounds d up to whole seconds, at least one: Retry-After counts
// seconds, and 0 would invite an immediate retry.
func RetryAfterSeconds(d time.Duration) time.Duration {
	s := (d + time.Second - 1) / time.Second
	return max(s, 1) * time.Second
}

// Regulations counts a question of the employee with account accountID to the
// regulations assistant (R42).
func (l *Limiter) Regulations(ctx context.Context, accountID string) error {
	return l.check(ctx, nil, "too many questions; try again in a minute",
		hit{regulations, l.rules().RegulationsAccount, accountID})
}

// Assistant counts a question of the employee with account accountID to the assistant
// (R41).
func (l *Limiter) Assistant(ctx context.Context, accountID string) error {
	return l.check(ctx, nil, "too many questions; try again in a minute",
		hit{assistant, l.rules().AssistantAccount, accountID})
}
