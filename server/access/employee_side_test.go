package access_test

import (
	"context"
	"strings"
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
	other, err := f.auth.LoginEmployee(ctx, "Rosa.Reset", pw1, auth.Meta{})
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
		_, err := f.auth.LoginEmployee(ctx, "Rosa.Reset", "wrong-"+pw1, auth.Meta{})
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
	_, err = f.auth.LoginEmployee(ctx, "Rosa.Reset", pw1, auth.Meta{})
	wantUser(t, err, invalidCredentials)
	if _, err := f.auth.LoginEmployee(ctx, "Rosa.Reset", pw2, auth.Meta{}); err != nil {
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
	other, err := f.auth.LoginEmployee(ctx, "wim.wissel", pw1, auth.Meta{})
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
	_, err = f.auth.LoginEmployee(ctx, "wim.wissel", pw1, auth.Meta{})
	wantUser(t, err, invalidCredentials)
	if _, err := f.auth.LoginEmployee(ctx, "wim.wissel", pw3, auth.Meta{}); err != nil {
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
	_, err = f.auth.LoginEmployee(ctx, "Wim.W", pw3, auth.Meta{})
	wantUser(t, err, invalidCredentials)
	if _, err := f.auth.LoginEmployee(ctx, "wim.w", pw3, auth.Meta{}); err != nil {
		t.Errorf("login with the new username: %v", err)
	}

	// Staff and anonymous callers cannot use the employee's changes.
	wantApp(t, f.svc.ChangePassword(f.staff, pw3, pw1), apperr.Forbidden)
	wantApp(t, f.svc.ChangePassword(ctx, pw3, pw1), apperr.Unauthenticated)
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
