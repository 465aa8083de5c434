package auth_test

import (
	"context"
	"slices"
	"testing"

	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// signedIn is the context of staff user username, signed in.
func (f *sfFx) signedIn(username string) context.Context {
	return viewer.NewContext(context.Background(), auth.StaffPrincipal(f.user(username)))
}

// R43, R27: a signed-in staff user renews their recovery codes with the current
// password; the old codes stop working, the new ones work once, and it is audited.
func TestR43RenewRecoveryCodesWithPassword(t *testing.T) {
	f := newSFFx(t)
	f.w.ProviderStaff(f.w.ProvA, "ak.twee", f.hash, viewer.AllRights...)
	_, old := f.enrol("ak.twee")
	ctx := f.signedIn("ak.twee")

	st, err := f.auth.OwnSecondFactor(ctx)
	if err != nil || st == nil || st.EnrolledAt == nil || st.RecoveryCodesLeft != auth.RecoveryCodeCount {
		t.Fatalf("own second factor: %+v, %v", st, err)
	}

	_, err = f.auth.RenewRecoveryCodes(ctx, "fout-"+pw1, "")
	testworld.WantUserError(t, err, auth.CodeCurrentPasswordWrong, "password")
	if got := f.user("ak.twee").FailedAttempts; got != 1 {
		t.Fatalf("a wrong password counts towards the lockout: failed %d, want 1", got)
	}

	fresh, err := f.auth.RenewRecoveryCodes(ctx, pw1, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(fresh) != auth.RecoveryCodeCount {
		t.Fatalf("%d new codes", len(fresh))
	}
	for _, c := range fresh {
		if slices.Contains(old, c) {
			t.Fatalf("new code %s is an old one", c)
		}
	}
	u := f.user("ak.twee")
	if len(u.RecoveryCodeHashes) != auth.RecoveryCodeCount || u.FailedAttempts != 0 {
		t.Fatalf("after renewal: %d hashes, failed %d", len(u.RecoveryCodeHashes), u.FailedAttempts)
	}
	if n := f.events(u, string(auth.ActionRecoveryCodesRenewed)); n != 1 {
		t.Fatalf("%d renewal events", n)
	}

	_, err = f.auth.VerifySecondFactor(context.Background(), f.challenge("ak.twee", auth.StepVerify), "", old[0], auth.Meta{})
	testworld.WantUserError(t, err, auth.CodeInvalidSecondFactor)
	f.w.Store.Client.User.Update().Where(user.UsernameKey("ak.twee")).SetFailedAttempts(0).ExecX(f.w.Sys)
	if _, err := f.auth.VerifySecondFactor(context.Background(), f.challenge("ak.twee", auth.StepVerify), "", fresh[0], auth.Meta{}); err != nil {
		t.Fatalf("a new code: %v", err)
	}
	_, err = f.auth.VerifySecondFactor(context.Background(), f.challenge("ak.twee", auth.StepVerify), "", fresh[0], auth.Meta{})
	testworld.WantUserError(t, err, auth.CodeInvalidSecondFactor)
	if st, _ := f.auth.OwnSecondFactor(ctx); st.RecoveryCodesLeft != auth.RecoveryCodeCount-1 {
		t.Fatalf("%d codes left", st.RecoveryCodesLeft)
	}
}

// R43: renewing with a code of the app uses the code up (replay refused, on every
// instance), and wrong codes lock like at sign-in (R13); a locked user renews nothing.
func TestR43RenewRecoveryCodesWithCode(t *testing.T) {
	f := newSFFx(t)
	f.w.ProviderStaff(f.w.ProvA, "ak.twee", f.hash, viewer.AllRights...)
	secret, _ := f.enrol("ak.twee")
	ctx := f.signedIn("ak.twee")
	f.clk.Advance(2 * auth.TOTPPeriod)

	code := f.code(secret, 0)
	if _, err := f.auth.RenewRecoveryCodes(ctx, "", code); err != nil {
		t.Fatal(err)
	}
	other := *f.auth
	_, err := other.RenewRecoveryCodes(ctx, "", code)
	testworld.WantUserError(t, err, auth.CodeInvalidSecondFactor, "code")
	if n := f.events(f.user("ak.twee"), string(auth.ActionRecoveryCodesRenewed)); n != 1 {
		t.Fatalf("%d renewal events after a replay", n)
	}

	f.clk.Advance(auth.TOTPPeriod)
	wrong := "123456"
	if wrong == f.code(secret, 0) || wrong == f.code(secret, -1) || wrong == f.code(secret, 1) {
		wrong = "654321"
	}
	// One wrong code above (the replay); two more lock.
	for range auth.MaxFailedLogins - 1 {
		_, err := f.auth.RenewRecoveryCodes(ctx, "", wrong)
		testworld.WantUserError(t, err, auth.CodeInvalidSecondFactor)
	}
	u := f.user("ak.twee")
	if u.LockedUntil == nil || !u.LockedUntil.Equal(f.clk.Now().Add(auth.LockDuration)) {
		t.Fatalf("locked until %v", u.LockedUntil)
	}
	before := u.RecoveryCodeHashes
	_, err = f.auth.RenewRecoveryCodes(ctx, pw1, "")
	testworld.WantUserError(t, err, auth.CodeCurrentPasswordWrong)
	if !slices.Equal(f.user("ak.twee").RecoveryCodeHashes, before) {
		t.Fatal("a locked user renewed their codes")
	}
}

// R43: only a signed-in staff user with a second factor renews codes, with exactly one
// proof; integrators and employees cannot.
func TestR43RenewRecoveryCodesRefusals(t *testing.T) {
	f := newSFFx(t)
	f.w.EmployerStaff(f.w.EmpA1, "wg.twee", f.hash, viewer.AllRights...)
	_, err := f.auth.RenewRecoveryCodes(f.signedIn("wg.twee"), pw1, "")
	testworld.WantUserError(t, err, auth.CodeSecondFactorNotEnrolled)
	if st, err := f.auth.OwnSecondFactor(f.signedIn("wg.twee")); err != nil || st == nil || st.EnrolledAt != nil || st.RecoveryCodesLeft != 0 {
		t.Fatalf("own second factor without one: %+v, %v", st, err)
	}

	f.w.ProviderStaff(f.w.ProvA, "ak.twee", f.hash, viewer.AllRights...)
	f.enrol("ak.twee")
	ctx := f.signedIn("ak.twee")
	for _, in := range [][2]string{{"", ""}, {pw1, "123456"}} {
		if _, err := f.auth.RenewRecoveryCodes(ctx, in[0], in[1]); apperr.CodeOf(err) != apperr.BadRequest {
			t.Fatalf("password %q and code %q: %v", in[0], in[1], err)
		}
	}
	client := viewer.NewContext(context.Background(), &viewer.Principal{Kind: viewer.KindAPIClient, ID: "cli_1",
		Scope: viewer.ScopeProvider, ProviderID: f.w.ProvA.ID, Rights: viewer.AllRights})
	if _, err := f.auth.RenewRecoveryCodes(client, pw1, ""); apperr.CodeOf(err) != apperr.Forbidden {
		t.Fatalf("an integrator: %v", err)
	}
	if st, err := f.auth.OwnSecondFactor(client); err != nil || st != nil {
		t.Fatalf("an integrator's own second factor: %+v, %v", st, err)
	}
	if _, err := f.auth.RenewRecoveryCodes(context.Background(), pw1, ""); apperr.CodeOf(err) != apperr.Unauthenticated {
		t.Fatalf("nobody signed in: %v", err)
	}
}
