package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/demo"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Provider users sign in with a second factor (R43), the benchmark user too. The bench
// gives it the demo's published TOTP secret, sealed under the pepper of the bench's
// server, and answers the challenge with the code of that secret, as an authenticator
// app would.

// benchPepper is the client-secret pepper of the bench's server (app.Config); the
// benchmark user's TOTP secret is sealed under it.
var benchPepper = auth.DerivePepper(make([]byte, 32), "werkportaal-bench")

// enrolBenchUser seals the demo's TOTP secret for the benchmark user under benchPepper.
// It runs on every bench run: a dataset made by an older bench (or another pepper)
// gets the secret this run can answer.
func enrolBenchUser(ctx context.Context, c *ent.Client) error {
	sys := viewer.System(ctx)
	u, err := c.User.Query().Where(user.Username(demo.BenchmarkUsername)).Only(sys)
	if err != nil {
		return fmt.Errorf("benchmark user: %w", err)
	}
	sealed, err := auth.SealTOTPSecret(benchPepper, u.ID, demo.DemoTOTPSecret)
	if err != nil {
		return err
	}
	upd := c.User.UpdateOneID(u.ID).SetTotpSecret(sealed)
	if u.TotpEnrolledAt == nil {
		upd.SetTotpEnrolledAt(time.Now())
	}
	return upd.Exec(sys)
}

// login signs the benchmark user in: the password, then a code of the second factor.
func login(c *http.Client, base string, db *ent.Client) (string, error) {
	var out struct {
		Data struct {
			Login struct {
				AccessToken  string
				SecondFactor *struct{ Token, Step string }
			} `json:"login"`
		} `json:"data"`
	}
	q := `mutation($u:String!,$p:String!){login(input:{username:$u,password:$p}){accessToken secondFactor{token step}}}`
	if err := post(c, base, "", q, map[string]any{"u": demo.BenchmarkUsername, "p": demo.StaffPassword}, &out); err != nil {
		return "", err
	}
	l := out.Data.Login
	switch {
	case l.AccessToken != "":
		return l.AccessToken, nil
	case l.SecondFactor == nil:
		return "", errors.New("login of the benchmark user failed")
	case l.SecondFactor.Step != "VERIFY":
		return "", fmt.Errorf("login of the benchmark user: second-factor step %s, want VERIFY", l.SecondFactor.Step)
	}
	code, err := freshCode(db)
	if err != nil {
		return "", err
	}
	var v struct {
		Data struct {
			VerifySecondFactor struct {
				AccessToken string
				UserErrors  []struct{ Code string }
			} `json:"verifySecondFactor"`
		} `json:"data"`
	}
	q = `mutation($c:String!,$code:String!){verifySecondFactor(input:{challenge:$c,code:$code}){accessToken userErrors{code}}}`
	if err := post(c, base, "", q, map[string]any{"c": l.SecondFactor.Token, "code": code}, &v); err != nil {
		return "", err
	}
	if r := v.Data.VerifySecondFactor; r.AccessToken == "" {
		return "", fmt.Errorf("second factor of the benchmark user refused: %v", r.UserErrors)
	}
	return v.Data.VerifySecondFactor.AccessToken, nil
}

// freshCode returns a code of a time step the server has not seen used: a code of a
// used step is a replay (R43) and would count towards the lockout, so it waits for the
// next step (at most 30 seconds) when the last sign-in was in this one.
func freshCode(db *ent.Client) (string, error) {
	u, err := db.User.Query().Where(user.Username(demo.BenchmarkUsername)).Only(viewer.System(context.Background()))
	if err != nil {
		return "", err
	}
	period := int64(auth.TOTPPeriod / time.Second)
	if now := time.Now().Unix(); now/period <= u.TotpLastStep {
		time.Sleep(time.Duration((u.TotpLastStep+1)*period-now) * time.Second)
	}
	return auth.TOTPCode(demo.DemoTOTPSecret, time.Now())
}
