package auth_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/session"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/staffusers"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// sfFx is staff sign-in with the second factor (R43) on the shared test world.
type sfFx struct {
	t    *testing.T
	w    *testworld.World
	clk  *clock.Fake
	auth *auth.Service
	hash string
}

var testPepper = []byte("a-pepper-for-the-second-factor-tests!")

func newSFFx(t *testing.T) *sfFx {
	t.Helper()
	w := testworld.New(t, t0)
	clk := clock.NewFake(t0)
	signer, err := auth.NewSigner([]byte("0123456789abcdef0123456789abcdef"), clk.Now)
	if err != nil {
		t.Fatal(err)
	}
	as := &auth.Service{Client: w.Store.Client, Clock: clk, Dialect: w.Store.Dialect, Signer: signer, Config: auth.DefaultConfig,
		PasswordHasher: auth.NewHasher(auth.HasherConfig{Queue: 100, Wait: time.Minute}), ClientSecretPepper: testPepper}
	hash := testworld.PasswordHash(t, pw1)
	return &sfFx{t: t, w: w, clk: clk, auth: as, hash: hash}
}

func (f *sfFx) user(username string) *ent.User {
	f.t.Helper()
	return f.w.Store.Client.User.Query().Where(user.UsernameKey(strings.ToLower(username))).OnlyX(f.w.Sys)
}

// challenge signs in with the right password and returns the challenge, failing when
// a session started instead.
func (f *sfFx) challenge(username string, want auth.SecondFactorStep) string {
	f.t.Helper()
	tok, err := f.auth.LoginStaff(context.Background(), username, pw1, auth.Meta{})
	if err != nil {
		f.t.Fatalf("login %s: %v", username, err)
	}
	if tok.SecondFactor == nil || tok.AccessToken != "" || tok.RefreshToken != "" {
		f.t.Fatalf("login %s: want a %s challenge and no session, got %+v", username, want, tok)
	}
	if tok.SecondFactor.Step != want {
		f.t.Fatalf("login %s: step %s, want %s", username, tok.SecondFactor.Step, want)
	}
	return tok.SecondFactor.Token
}

// enrol runs the whole enrolment of username and returns its secret and recovery codes.
func (f *sfFx) enrol(username string) (string, []string) {
	f.t.Helper()
	ch := f.challenge(username, auth.StepEnrol)
	e, err := f.auth.StartSecondFactorEnrolment(context.Background(), ch)
	if err != nil {
		f.t.Fatal(err)
	}
	tok, codes, err := f.auth.ConfirmSecondFactorEnrolment(context.Background(), ch, f.code(e.Secret, 0), auth.Meta{})
	if err != nil || tok.AccessToken == "" {
		f.t.Fatalf("confirm: %v", err)
	}
	return e.Secret, codes
}

// code is the TOTP code of secret steps periods from now.
func (f *sfFx) code(secret string, steps int) string {
	f.t.Helper()
	c, err := auth.TOTPCode(secret, f.clk.Now().Add(time.Duration(steps)*auth.TOTPPeriod))
	if err != nil {
		f.t.Fatal(err)
	}
	return c
}

func (f *sfFx) sessions(u *ent.User) int {
	return f.w.Store.Client.Session.Query().Where(session.SubjectID(u.ID)).CountX(f.w.Sys)
}

func (f *sfFx) events(u *ent.User, action string) int {
	return f.w.Store.Client.AuditEvent.Query().Where(auditevent.TargetID(u.ID), auditevent.Action(action)).CountX(f.w.Sys)
}

// R43: provider users always need a second factor; employer users only when their
// provider requires it. A right password alone starts no session.
func TestR43SecondFactorRequiredForProviderUsers(t *testing.T) {
	f := newSFFx(t)
	ak := f.w.ProviderStaff(f.w.ProvA, "ak.twee", f.hash, viewer.AllRights...)
	wg := f.w.EmployerStaff(f.w.EmpA1, "wg.twee", f.hash, viewer.AllRights...)

	f.challenge("ak.twee", auth.StepEnrol)
	if n := f.sessions(ak); n != 0 {
		t.Fatalf("a right password alone started %d sessions", n)
	}
	tok, err := f.auth.LoginStaff(context.Background(), "wg.twee", pw1, auth.Meta{})
	if err != nil || tok.AccessToken == "" || tok.SecondFactor != nil {
		t.Fatalf("employer user without the provider's rule: %+v, %v", tok, err)
	}

	f.w.Store.Client.Provider.UpdateOneID(f.w.ProvA.ID).SetRequireSecondFactorForEmployers(true).ExecX(f.w.Sys)
	f.challenge("wg.twee", auth.StepEnrol)
	if n := f.sessions(wg); n != 1 {
		t.Fatalf("employer user under the rule: %d sessions, want the earlier one only", n)
	}
	// Another provider's rule is its own.
	f.w.EmployerStaff(f.w.EmpB1, "wg.b", f.hash, viewer.AllRights...)
	if tok, err := f.auth.LoginStaff(context.Background(), "wg.b", pw1, auth.Meta{}); err != nil || tok.AccessToken == "" {
		t.Fatalf("employer user of provider B: %+v, %v", tok, err)
	}
}

// R43: enrolment keeps the secret sealed, confirms it with a first code, makes ten
// recovery codes and is audited; the next sign-in asks for a code.
func TestR43Enrolment(t *testing.T) {
	f := newSFFx(t)
	f.w.ProviderStaff(f.w.ProvA, "ak.twee", f.hash, viewer.AllRights...)
	ch := f.challenge("ak.twee", auth.StepEnrol)
	e, err := f.auth.StartSecondFactorEnrolment(context.Background(), ch)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Secret) < 32 || !strings.HasPrefix(e.URI, "otpauth://totp/Werkportaal:ak.twee?") || len(e.QRCodePNG) < 100 {
		t.Fatalf("enrolment: %+v", e)
	}
	u := f.user("ak.twee")
	if u.TotpPendingSecret == nil || strings.Contains(*u.TotpPendingSecret, e.Secret) || u.TotpEnrolledAt != nil {
		t.Fatalf("pending secret must be stored sealed: %v", u.TotpPendingSecret)
	}
	_, _, err = f.auth.ConfirmSecondFactorEnrolment(context.Background(), ch, "000000", auth.Meta{})
	if code := f.code(e.Secret, 0); code == "000000" {
		t.Skip("the right code happens to be 000000")
	}
	testworld.WantUserError(t, err, auth.CodeInvalidSecondFactor)
	if got := f.user("ak.twee").FailedAttempts; got != 1 {
		t.Fatalf("a wrong enrolment code counts: failed %d, want 1", got)
	}
	tok, codes, err := f.auth.ConfirmSecondFactorEnrolment(context.Background(), ch, f.code(e.Secret, 0), auth.Meta{})
	if err != nil || tok.AccessToken == "" {
		t.Fatalf("confirm: %v", err)
	}
	if len(codes) != auth.RecoveryCodeCount {
		t.Fatalf("%d recovery codes", len(codes))
	}
	u = f.user("ak.twee")
	if u.TotpEnrolledAt == nil || u.TotpSecret == nil || u.TotpPendingSecret != nil || strings.Contains(*u.TotpSecret, e.Secret) ||
		len(u.RecoveryCodeHashes) != auth.RecoveryCodeCount || u.FailedAttempts != 0 {
		t.Fatalf("after enrolment: %+v", u)
	}
	for _, c := range codes {
		for _, h := range u.RecoveryCodeHashes {
			if strings.Contains(h, strings.ReplaceAll(c, "-", "")) {
				t.Fatal("a recovery code is stored in the clear")
			}
		}
	}
	if n := f.events(u, string(auth.ActionSecondFactorEnrolled)); n != 1 {
		t.Fatalf("%d enrolment events", n)
	}
	// The challenge cannot enrol twice.
	_, err = f.auth.StartSecondFactorEnrolment(context.Background(), ch)
	testworld.WantUserError(t, err, auth.CodeSecondFactorExpired)
	f.clk.Advance(auth.TOTPPeriod)
	next := f.challenge("ak.twee", auth.StepVerify)
	if _, err := f.auth.VerifySecondFactor(context.Background(), next, f.code(e.Secret, 0), "", auth.Meta{}); err != nil {
		t.Fatal(err)
	}
}

// R43: a code is accepted once; a code of the same or an earlier time step after it is
// a replay, on every instance (the last step is in the database).
func TestR43ReplayRefused(t *testing.T) {
	f := newSFFx(t)
	f.w.ProviderStaff(f.w.ProvA, "ak.twee", f.hash, viewer.AllRights...)
	secret, _ := f.enrol("ak.twee")
	f.clk.Advance(2 * auth.TOTPPeriod)
	code := f.code(secret, 0)
	if _, err := f.auth.VerifySecondFactor(context.Background(), f.challenge("ak.twee", auth.StepVerify), code, "", auth.Meta{}); err != nil {
		t.Fatal(err)
	}
	// A second instance: another Service over the same database.
	other := *f.auth
	_, err := other.VerifySecondFactor(context.Background(), f.challenge("ak.twee", auth.StepVerify), code, "", auth.Meta{})
	testworld.WantUserError(t, err, auth.CodeInvalidSecondFactor)
	// The previous step's code is within the drift allowed, but older than the one used.
	_, err = f.auth.VerifySecondFactor(context.Background(), f.challenge("ak.twee", auth.StepVerify), f.code(secret, -1), "", auth.Meta{})
	testworld.WantUserError(t, err, auth.CodeInvalidSecondFactor)
	f.w.Store.Client.User.Update().Where(user.UsernameKey("ak.twee")).SetFailedAttempts(0).ExecX(f.w.Sys)
	f.clk.Advance(auth.TOTPPeriod)
	if _, err := f.auth.VerifySecondFactor(context.Background(), f.challenge("ak.twee", auth.StepVerify), f.code(secret, 0), "", auth.Meta{}); err != nil {
		t.Fatalf("the next step's code: %v", err)
	}
}

// R43: a recovery code works once, typed in any case with or without dashes.
func TestR43RecoveryCodeSingleUse(t *testing.T) {
	f := newSFFx(t)
	f.w.ProviderStaff(f.w.ProvA, "ak.twee", f.hash, viewer.AllRights...)
	_, codes := f.enrol("ak.twee")
	typed := strings.ToUpper(strings.ReplaceAll(codes[3], "-", " "))
	tok, err := f.auth.VerifySecondFactor(context.Background(), f.challenge("ak.twee", auth.StepVerify), "", typed, auth.Meta{})
	if err != nil || tok.AccessToken == "" {
		t.Fatalf("recovery code: %v", err)
	}
	u := f.user("ak.twee")
	if len(u.RecoveryCodeHashes) != auth.RecoveryCodeCount-1 {
		t.Fatalf("%d recovery codes left", len(u.RecoveryCodeHashes))
	}
	if n := f.events(u, string(auth.ActionRecoveryCodeUsed)); n != 1 {
		t.Fatalf("%d recovery-code events", n)
	}
	_, err = f.auth.VerifySecondFactor(context.Background(), f.challenge("ak.twee", auth.StepVerify), "", codes[3], auth.Meta{})
	testworld.WantUserError(t, err, auth.CodeInvalidSecondFactor)
	if _, err := f.auth.VerifySecondFactor(context.Background(), f.challenge("ak.twee", auth.StepVerify), "", codes[4], auth.Meta{}); err != nil {
		t.Fatalf("another recovery code: %v", err)
	}
}

// R13, R43: wrong codes count towards the staff lockout, three in a row lock for an
// hour, and a right password in between does not clear the count; once locked, the
// right code gets the same answer as a wrong one.
func TestR43WrongCodesLock(t *testing.T) {
	f := newSFFx(t)
	f.w.ProviderStaff(f.w.ProvA, "ak.twee", f.hash, viewer.AllRights...)
	secret, _ := f.enrol("ak.twee")
	f.clk.Advance(auth.TOTPPeriod)
	wrong := "123456"
	if wrong == f.code(secret, 0) || wrong == f.code(secret, -1) || wrong == f.code(secret, 1) {
		wrong = "654321"
	}
	for i := range auth.MaxFailedLogins {
		// A fresh password sign-in before each code: it must not reset the count.
		_, err := f.auth.VerifySecondFactor(context.Background(), f.challenge("ak.twee", auth.StepVerify), wrong, "", auth.Meta{})
		testworld.WantUserError(t, err, auth.CodeInvalidSecondFactor)
		if i < auth.MaxFailedLogins-1 {
			if got := f.user("ak.twee").FailedAttempts; got != i+1 {
				t.Fatalf("after %d wrong codes: failed %d", i+1, got)
			}
		}
	}
	u := f.user("ak.twee")
	if u.LockedUntil == nil || !u.LockedUntil.Equal(f.clk.Now().Add(auth.LockDuration)) {
		t.Fatalf("locked until %v", u.LockedUntil)
	}
	if n := f.events(u, string(auth.ActionStaffLocked)); n != 1 {
		t.Fatalf("%d lock events", n)
	}
	// Locked: the right password and the right code both get the usual answers.
	_, err := f.auth.LoginStaff(context.Background(), "ak.twee", pw1, auth.Meta{})
	testworld.WantUserError(t, err, auth.CodeInvalidCredentials)
	f.clk.Advance(auth.LockDuration)
	ch := f.challenge("ak.twee", auth.StepVerify)
	f.w.Store.Client.User.Update().Where(user.UsernameKey("ak.twee")).SetLockedUntil(f.clk.Now().Add(time.Minute)).ExecX(f.w.Sys)
	_, err = f.auth.VerifySecondFactor(context.Background(), ch, f.code(secret, 0), "", auth.Meta{})
	testworld.WantUserError(t, err, auth.CodeInvalidSecondFactor)
	f.clk.Advance(time.Minute)
	if _, err := f.auth.VerifySecondFactor(context.Background(), ch, f.code(secret, 0), "", auth.Meta{}); err != nil {
		t.Fatalf("after the lock: %v", err)
	}
	if got := f.user("ak.twee"); got.FailedAttempts != 0 || got.LockedUntil != nil {
		t.Fatalf("a right code clears the count: %+v", got)
	}

	// A wrong password and wrong codes share the count.
	f.clk.Advance(auth.TOTPPeriod)
	_, err = f.auth.LoginStaff(context.Background(), "ak.twee", "fout-"+pw1, auth.Meta{})
	testworld.WantUserError(t, err, auth.CodeInvalidCredentials)
	for range 2 {
		_, err = f.auth.VerifySecondFactor(context.Background(), f.challenge("ak.twee", auth.StepVerify), "", "geen-code", auth.Meta{})
		testworld.WantUserError(t, err, auth.CodeInvalidSecondFactor)
	}
	if f.user("ak.twee").LockedUntil == nil {
		t.Fatal("one wrong password and two wrong recovery codes must lock")
	}
}

// R43: a challenge is no access token and expires; a password change voids it.
func TestR43ChallengeIsNotASession(t *testing.T) {
	f := newSFFx(t)
	f.w.ProviderStaff(f.w.ProvA, "ak.twee", f.hash, viewer.AllRights...)
	secret, _ := f.enrol("ak.twee")
	f.clk.Advance(auth.TOTPPeriod)
	ch := f.challenge("ak.twee", auth.StepVerify)
	if _, err := f.auth.Authenticate(context.Background(), ch); apperr.CodeOf(err) != apperr.Unauthenticated {
		t.Fatalf("a challenge used as an access token: %v", err)
	}
	f.clk.Advance(auth.ChallengeTTL)
	_, err := f.auth.VerifySecondFactor(context.Background(), ch, f.code(secret, 0), "", auth.Meta{})
	testworld.WantUserError(t, err, auth.CodeSecondFactorExpired)

	ch = f.challenge("ak.twee", auth.StepVerify)
	other, err := auth.HashPassword("Een-ander-wachtwoord-2026")
	if err != nil {
		t.Fatal(err)
	}
	f.w.Store.Client.User.Update().Where(user.UsernameKey("ak.twee")).SetPasswordHash(other).ExecX(f.w.Sys)
	_, err = f.auth.VerifySecondFactor(context.Background(), ch, f.code(secret, 0), "", auth.Meta{})
	testworld.WantUserError(t, err, auth.CodeSecondFactorExpired)
	_, err = f.auth.VerifySecondFactor(context.Background(), "not-a-token", f.code(secret, 0), "", auth.Meta{})
	testworld.WantUserError(t, err, auth.CodeSecondFactorExpired)
}

// R43, R27: resetting a user's second factor clears it, ends their sessions and is
// audited; their next sign-in enrols again.
func TestR43ResetSecondFactor(t *testing.T) {
	f := newSFFx(t)
	admin := f.w.ProviderStaff(f.w.ProvA, "ak.admin", f.hash, viewer.AllRights...)
	f.w.ProviderStaff(f.w.ProvA, "ak.twee", f.hash, viewer.AllRights...)
	f.enrol("ak.twee")
	u := f.user("ak.twee")
	svc := &staffusers.Service{Client: f.w.Store.Client, Clock: f.clk, Auth: f.auth}
	if _, err := svc.ResetSecondFactor(viewer.NewContext(context.Background(), auth.StaffPrincipal(admin)), u.ID); err != nil {
		t.Fatal(err)
	}
	got := f.user("ak.twee")
	if got.TotpEnrolledAt != nil || got.TotpSecret != nil || len(got.RecoveryCodeHashes) != 0 || got.TotpLastStep != 0 {
		t.Fatalf("after reset: %+v", got)
	}
	if n := f.events(u, string(staffusers.ActionSecondFactorReset)); n != 1 {
		t.Fatalf("%d reset events", n)
	}
	if n := f.w.Store.Client.Session.Query().Where(session.SubjectID(u.ID), session.RevokedAtIsNil()).CountX(f.w.Sys); n != 0 {
		t.Fatalf("%d sessions still live", n)
	}
	f.challenge("ak.twee", auth.StepEnrol)
}
