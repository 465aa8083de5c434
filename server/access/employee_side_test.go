package access_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/access/status"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/mail"
)

const invalidCredentials = "INVALID_CREDENTIALS"

// TestR10PasswordReset: the request answers nil for known and unknown usernames and
// mails only the known one; the link works once, for one hour, and only the newest
// link works; a reset clears a lockout and ends every other session.
func TestR10PasswordReset(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	p := f.person(f.A1, "Rosa", "Reset", "rosa@example.nl", false)
	reg := f.register(p, "Rosa.Reset", pw1)
	other, err := f.svc.Login(ctx, "Rosa.Reset", pw1, auth.Meta{})
	must(t, err)

	for _, c := range []struct {
		username string
		mails    int
	}{
		{"nobody.here", 0},
		{"rosa.reset", 0}, // usernames are case-sensitive (R13)
		{"Rosa.Reset", 1},
	} {
		before := f.rows()
		if err := f.svc.RequestPasswordReset(ctx, c.username, "nl"); err != nil {
			t.Errorf("request for %q: %v, want nil", c.username, err)
		}
		if got := f.rows().outbox - before.outbox; got != c.mails {
			t.Errorf("request for %q queued %d mails, want %d", c.username, got, c.mails)
		}
		if c.mails == 0 && f.rows() != before {
			t.Errorf("request for %q wrote rows", c.username)
		}
	}
	ms := f.mails(outboxmail.KindPASSWORD_RESET, "rosa@example.nl")
	if len(ms) != 1 {
		t.Fatalf("%d PASSWORD_RESET mails", len(ms))
	}
	old := tokenIn(t, resetLink, ms[0].TextBody)

	// A newer request kills the older link.
	must(t, f.svc.RequestPasswordReset(ctx, "Rosa.Reset", "nl"))
	ms = f.mails(outboxmail.KindPASSWORD_RESET, "rosa@example.nl")
	tok := tokenIn(t, resetLink, ms[len(ms)-1].TextBody)
	if st, _ := f.svc.PasswordResetState(ctx, old); st != access.ResetInvalid {
		t.Errorf("older link: %s, want INVALID", st)
	}
	_, err = f.svc.ResetPassword(ctx, old, pw2, auth.Meta{})
	wantUser(t, err, access.CodeResetLinkInvalid)

	// Lock the account first: the reset must clear the lockout.
	for range 3 {
		_, err := f.svc.Login(ctx, "Rosa.Reset", "wrong-"+pw1, auth.Meta{})
		wantUser(t, err, invalidCredentials)
	}
	if f.status(p) != status.Locked {
		t.Fatalf("status %s, want LOCKED", f.status(p))
	}
	// A weak password is refused and leaves the link usable.
	_, err = f.svc.ResetPassword(ctx, tok, "kort", auth.Meta{})
	wantUser(t, err, "PASSWORD_TOO_SHORT")
	if st, _ := f.svc.PasswordResetState(ctx, tok); st != access.ResetValid {
		t.Errorf("link after a refused password: %s", st)
	}

	tt, err := f.svc.ResetPassword(ctx, tok, pw2, auth.Meta{})
	must(t, err)
	if f.status(p) != status.Active {
		t.Errorf("status after reset %s, want ACTIVE (lockout cleared)", f.status(p))
	}
	for _, old := range []string{reg.AccessToken, other.AccessToken} {
		_, err := f.auth.Authenticate(ctx, old)
		wantApp(t, err, apperr.Unauthenticated)
	}
	if _, err := f.auth.Authenticate(ctx, tt.AccessToken); err != nil {
		t.Errorf("the reset's own session: %v", err)
	}
	if n := f.liveSessions(f.account(p)); n != 1 {
		t.Errorf("%d live sessions after reset, want 1", n)
	}
	_, err = f.svc.Login(ctx, "Rosa.Reset", pw1, auth.Meta{})
	wantUser(t, err, invalidCredentials)
	if _, err := f.svc.Login(ctx, "Rosa.Reset", pw2, auth.Meta{}); err != nil {
		t.Errorf("login with the new password: %v", err)
	}
	if n := f.audits(string(audit.PasswordReset), p); n != 1 {
		t.Errorf("%d PASSWORD_RESET events", n)
	}

	// Single use.
	if st, _ := f.svc.PasswordResetState(ctx, tok); st != access.ResetUsed {
		t.Errorf("used link: %s", st)
	}
	_, err = f.svc.ResetPassword(ctx, tok, pw3, auth.Meta{})
	wantUser(t, err, access.CodeResetLinkUsed)

	// One hour.
	must(t, f.svc.RequestPasswordReset(ctx, "Rosa.Reset", "nl"))
	ms = f.mails(outboxmail.KindPASSWORD_RESET, "rosa@example.nl")
	tok = tokenIn(t, resetLink, ms[len(ms)-1].TextBody)
	f.clk.Advance(access.ResetTTL - time.Second)
	if st, _ := f.svc.PasswordResetState(ctx, tok); st != access.ResetValid {
		t.Errorf("link at 59:59: %s", st)
	}
	f.clk.Advance(time.Second)
	if st, _ := f.svc.PasswordResetState(ctx, tok); st != access.ResetExpired {
		t.Errorf("link at 1h: %s", st)
	}
	_, err = f.svc.ResetPassword(ctx, tok, pw3, auth.Meta{})
	wantUser(t, err, access.CodeResetLinkExpired)

	// Unknown and malformed tokens.
	for _, bad := range []string{"", "onbekend", strings.Repeat("x", 200)} {
		_, err = f.svc.ResetPassword(ctx, bad, pw3, auth.Meta{})
		wantUser(t, err, access.CodeResetLinkInvalid)
	}
}

// TestR11RequestUsername: known and unknown addresses both answer nil; only the known
// one gets mail, one per account when the address registered at two employers (R18).
func TestR11RequestUsername(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	a := f.person(f.A1, "Twee", "Banen", "twee@example.nl", false)
	b := f.person(f.A2, "Twee", "Banen", "twee@example.nl", false)
	f.register(a, "twee.bij.mkb", pw1)
	f.register(b, "twee.bij.bakker", pw2)
	if f.account(a).ID == f.account(b).ID {
		t.Fatal("two persons share an account")
	}
	solo := f.person(f.A1, "Een", "Baan", "een@example.nl", false)
	f.register(solo, "een.baan", pw3)

	for _, c := range []struct {
		email string
		mails int
	}{
		{"onbekend@example.nl", 0},
		{"twee@example.nl", 2},
		{"  TWEE@Example.NL ", 2}, // the address is compared normalised
		{"een@example.nl", 1},
	} {
		before := f.rows()
		if err := f.svc.RequestUsername(ctx, c.email, "nl"); err != nil {
			t.Errorf("request for %q: %v, want nil", c.email, err)
		}
		if got := f.rows().outbox - before.outbox; got != c.mails {
			t.Errorf("request for %q queued %d mails, want %d", c.email, got, c.mails)
		}
	}
	ms := f.mails(outboxmail.KindUSERNAME, "twee@example.nl")
	if len(ms) != 4 {
		t.Fatalf("%d USERNAME mails to twee@", len(ms))
	}
	seen := map[string]bool{}
	for _, m := range ms[:2] {
		for _, u := range []string{"twee.bij.mkb", "twee.bij.bakker"} {
			if strings.Contains(m.TextBody, u) {
				if seen[u] {
					t.Errorf("%s mailed twice in one request", u)
				}
				seen[u] = true
				if (u == "twee.bij.mkb") != (*m.EmployerID == f.A1.ID) {
					t.Errorf("mail for %s carries employer %s", u, *m.EmployerID)
				}
			}
		}
	}
	if len(seen) != 2 {
		t.Errorf("one request mails both usernames, got %v", seen)
	}
	if n := f.audits(string(audit.UsernameSent), nil); n != 5 {
		t.Errorf("%d USERNAME_SENT events, want 5", n)
	}
	// An invalid address is a user error, whatever exists.
	wantUser(t, f.svc.RequestUsername(ctx, "geen adres", "nl"), access.CodeInvalidEmail)
}

// TestR11RequestUsernameRegisteredWithCapitals: payroll data may carry an address with
// capitals; the employee types it in any case and still gets the username (R11).
func TestR11RequestUsernameRegisteredWithCapitals(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	p := f.person(f.A1, "Kees", "Kapitaal", "Kees.Kapitaal@Example.NL", false)
	f.register(p, "kees.k", pw1)
	before := f.rows()
	must(t, f.svc.RequestUsername(ctx, "kees.kapitaal@example.nl", "nl"))
	if got := f.rows().outbox - before.outbox; got != 1 {
		t.Errorf("queued %d USERNAME mails, want 1", got)
	}
}

// TestR12ChangePasswordAndUsername: the current password is required; no mail is sent;
// other sessions end, the current one stays; usernames stay unique ignoring case.
func TestR12ChangePasswordAndUsername(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	p := f.person(f.A1, "Wim", "Wissel", "wim@example.nl", false)
	cur := f.register(p, "wim.wissel", pw1)
	other, err := f.svc.Login(ctx, "wim.wissel", pw1, auth.Meta{})
	must(t, err)
	taken := f.person(f.A2, "Ander", "Iemand", "ander@example.nl", false)
	f.register(taken, "bezet.naam", pw2)
	me := employee(cur)

	before := f.rows()
	err = f.svc.ChangePassword(me, "niet-het-wachtwoord", pw3)
	wantUser(t, err, access.CodeCurrentPasswordWrong)
	err = f.svc.ChangePassword(me, pw1, "kort")
	wantUser(t, err, "PASSWORD_TOO_SHORT")
	if ue, _ := apperr.AsUser(err); len(ue.Field) != 1 || ue.Field[0] != "newPassword" {
		t.Errorf("weak new password field %v", ue.Field)
	}
	if f.rows() != before {
		t.Errorf("refused changes wrote rows")
	}

	must(t, f.svc.ChangePassword(me, pw1, pw3))
	after := f.rows()
	if after.outbox != before.outbox {
		t.Errorf("a password change queued %d mails", after.outbox-before.outbox)
	}
	if _, err := f.auth.Authenticate(ctx, cur.AccessToken); err != nil {
		t.Errorf("the current session ended: %v", err)
	}
	_, err = f.auth.Authenticate(ctx, other.AccessToken)
	wantApp(t, err, apperr.Unauthenticated)
	_, err = f.svc.Login(ctx, "wim.wissel", pw1, auth.Meta{})
	wantUser(t, err, invalidCredentials)
	if _, err := f.svc.Login(ctx, "wim.wissel", pw3, auth.Meta{}); err != nil {
		t.Errorf("login with the new password: %v", err)
	}
	if n := f.audits(string(audit.PasswordChanged), p); n != 1 {
		t.Errorf("%d PASSWORD_CHANGED events", n)
	}

	before = f.rows()
	for _, c := range []struct {
		username string
		code     apperr.UserCode
	}{
		{"Bezet.Naam", access.CodeUsernameTaken},
		{"BEZET.NAAM", access.CodeUsernameTaken},
		{"x", access.CodeUsernameInvalid},
	} {
		_, err := f.svc.ChangeUsername(me, c.username)
		wantUser(t, err, c.code)
	}
	if f.rows() != before {
		t.Errorf("refused username changes wrote rows")
	}
	a, err := f.svc.ChangeUsername(me, "Wim.W")
	must(t, err)
	if *a.Username != "Wim.W" {
		t.Errorf("username %s", *a.Username)
	}
	// Only the case of the own username changes: allowed.
	if _, err := f.svc.ChangeUsername(me, "wim.w"); err != nil {
		t.Errorf("changing only the case of the own username: %v", err)
	}
	if f.rows().outbox != before.outbox {
		t.Errorf("a username change queued mail")
	}
	if n := f.audits(string(audit.UsernameChanged), p); n != 2 {
		t.Errorf("%d USERNAME_CHANGED events, want 2", n)
	}
	_, err = f.svc.Login(ctx, "Wim.W", pw3, auth.Meta{})
	wantUser(t, err, invalidCredentials)
	if _, err := f.svc.Login(ctx, "wim.w", pw3, auth.Meta{}); err != nil {
		t.Errorf("login with the new username: %v", err)
	}

	// Staff and anonymous callers cannot use the employee's changes.
	wantApp(t, f.svc.ChangePassword(f.staff, pw3, pw1), apperr.Forbidden)
	wantApp(t, f.svc.ChangePassword(ctx, pw3, pw1), apperr.Unauthenticated)
}

// TestR13LoginCaseSensitiveAndLockout: username and password are case-sensitive; three
// wrong passwords in a row lock for one hour with one lockout mail and one audit event;
// during the hour even the right password fails; after it, it works.
func TestR13LoginCaseSensitiveAndLockout(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	p := f.person(f.A1, "Lot", "Slot", "lot@example.nl", false)
	f.register(p, "Lot.Slot", pw1)

	for _, c := range []struct{ name, username, password string }{
		{"username lower case", "lot.slot", pw1},
		{"username upper case", "LOT.SLOT", pw1},
		{"unknown username", "lot.slot2", pw1},
		{"password other case", "Lot.Slot", strings.ToLower(pw1)},
		{"empty password", "Lot.Slot", ""},
	} {
		_, err := f.svc.Login(ctx, c.username, c.password, auth.Meta{})
		if userCode(t, err) != invalidCredentials {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	// Two wrong passwords were counted; a success resets the count.
	tt, err := f.svc.Login(ctx, "Lot.Slot", pw1, auth.Meta{})
	must(t, err)
	if tt.Principal.PersonID != p.ID {
		t.Errorf("principal %+v", tt.Principal)
	}
	if a := f.account(p); a.FailedAttempts != 0 || a.LastLoginAt == nil {
		t.Errorf("after a success: %d failed, last login %v", a.FailedAttempts, a.LastLoginAt)
	}

	for i := 1; i <= 3; i++ {
		_, err := f.svc.Login(ctx, "Lot.Slot", "fout-"+pw1, auth.Meta{})
		wantUser(t, err, invalidCredentials)
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
		_, err := f.svc.Login(ctx, "Lot.Slot", pw1, auth.Meta{})
		wantUser(t, err, invalidCredentials)
		_, err = f.svc.Login(ctx, "Lot.Slot", "fout", auth.Meta{})
		wantUser(t, err, invalidCredentials)
	}
	if ms := f.mails(outboxmail.KindACCOUNT_LOCKED, "lot@example.nl"); len(ms) != 1 {
		t.Errorf("%d ACCOUNT_LOCKED mails after tries during the lock, want 1", len(ms))
	}
	f.clk.Set(t0.Add(time.Hour))
	if _, err := f.svc.Login(ctx, "Lot.Slot", pw1, auth.Meta{}); err != nil {
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
	f := newFx(t)
	ctx := context.Background()
	p := f.person(f.A1, "Para", "Lel", "para@example.nl", false)
	f.register(p, "para.lel", pw1)

	const n = 50
	var wg sync.WaitGroup
	errs := make([]error, n)
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			_, errs[i] = f.svc.Login(ctx, "para.lel", "verkeerd-wachtwoord", auth.Meta{})
		}()
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if ue, ok := apperr.AsUser(err); !ok || ue.Code != invalidCredentials {
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

// TestR10PasswordResetMailSpeaksTheLanguage: the reset mail in English states the
// expiry in English, not with Dutch month names and "om".
func TestR10PasswordResetMailSpeaksTheLanguage(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	p := f.person(f.A1, "Emma", "English", "emma@example.nl", false)
	f.register(p, "emma.english", pw1)
	for _, c := range []struct {
		locale string
		want   string
	}{
		{"en", mail.FormatTime(t0.Add(access.ResetTTL), mail.EN)},
		{"nl", mail.FormatTime(t0.Add(access.ResetTTL), mail.NL)},
	} {
		must(t, f.svc.RequestPasswordReset(ctx, "emma.english", c.locale))
		ms := f.mails(outboxmail.KindPASSWORD_RESET, "emma@example.nl")
		m := ms[len(ms)-1]
		if string(m.Locale) != c.locale {
			t.Errorf("locale %s, want %s", m.Locale, c.locale)
		}
		if !strings.Contains(m.TextBody, c.want) || !strings.Contains(m.HTMLBody, c.want) {
			t.Errorf("%s mail does not state the expiry as %q:\n%s", c.locale, c.want, m.TextBody)
		}
	}
}
