package demo_test

import (
	"context"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/demo"
	"github.com/werkportaal/werkportaal/server/store/storetest"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// R43: the demo's provider users sign in with the published second factor, sealed under
// the server's pepper; the employer user needs none (its provider does not require it).
func TestR43DemoProviderUsersHaveTheKnownSecondFactor(t *testing.T) {
	s := storetest.Open(t)
	pepper := []byte("werkportaal-dev-only-client-secret-pepper")
	now := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	if _, _, err := demo.Seed(context.Background(), s.Client, now, demo.ClientSecretPepper(pepper)); err != nil {
		t.Fatal(err)
	}
	clk := clock.NewFake(now)
	signer, err := auth.NewSigner([]byte("0123456789abcdef0123456789abcdef"), clk.Now)
	if err != nil {
		t.Fatal(err)
	}
	as := &auth.Service{Client: s.Client, Clock: clk, Dialect: s.Dialect, Signer: signer, Config: auth.DefaultConfig, ClientSecretPepper: pepper}
	for _, name := range []string{demo.ProviderUsername, demo.SecondProviderUsername} {
		tok, err := as.LoginStaff(context.Background(), name, demo.StaffPassword, auth.Meta{})
		if err != nil || tok.SecondFactor == nil || tok.SecondFactor.Step != auth.StepVerify {
			t.Fatalf("%s: %+v, %v", name, tok, err)
		}
		code, err := auth.TOTPCode(demo.DemoTOTPSecret, clk.Now())
		if err != nil {
			t.Fatal(err)
		}
		if done, err := as.VerifySecondFactor(context.Background(), tok.SecondFactor.Token, code, "", auth.Meta{}); err != nil || done.AccessToken == "" {
			t.Fatalf("%s: code of the demo secret: %v", name, err)
		}
	}
	tok, err := as.LoginStaff(context.Background(), demo.EmployerUsername, demo.StaffPassword, auth.Meta{})
	if err != nil || tok.AccessToken == "" {
		t.Fatalf("employer user: %+v, %v", tok, err)
	}
	u := s.Client.User.Query().Where(user.UsernameKey(demo.ProviderUsername)).OnlyX(viewer.System(context.Background()))
	if u.TotpSecret == nil || *u.TotpSecret == demo.DemoTOTPSecret {
		t.Fatal("the demo secret must be stored sealed")
	}
}
