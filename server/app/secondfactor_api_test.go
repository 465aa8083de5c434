package app_test

import (
	"net/http"
	"testing"

	"github.com/werkportaal/werkportaal/server/auth"
)

// R43: until the second factor is done there is no session: the right password of a
// provider user answers a challenge, sets no refresh cookie, and the challenge opens
// nothing but the second-factor mutations — used as an access token it is refused
// (401) by every query and mutation, and the refresh cookie it did not get cannot
// refresh. The session starts with the code.
func TestR43PendingSecondFactorCanOnlyEnrolOrVerify(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	q := `mutation($u:String!,$p:String!){login(input:{username:$u,password:$p}){accessToken secondFactor{token step} userErrors{code}}}`
	login := e.staffPost(b, "", "", q, creds(e.fx.ProviderUser, testPassword))
	ch, _ := dig(login.Data, "login", "secondFactor", "token").(string)
	if ch == "" || dig(login.Data, "login", "accessToken") != nil || dig(login.Data, "login", "secondFactor", "step") != "ENROL" {
		t.Fatalf("login: %s", login.Raw)
	}
	if c := login.refreshCookies(t); len(c) != 0 {
		t.Fatalf("a refresh cookie before the second factor: %v", c)
	}
	for name, op := range map[string]string{
		"viewer":          `{viewer{id}}`,
		"staff users":     `{staffUsers(first:5){edges{node{id}}}}`,
		"employers":       `{employers(first:5){edges{node{id}}}}`,
		"reset own 2FA":   `mutation($id:ID!){resetStaffSecondFactor(input:{staffUserId:$id}){userErrors{code}}}`,
		"enrolment again": `mutation($c:String!){startSecondFactorEnrolment(input:{challenge:$c}){secret}}`,
	} {
		r := e.gql(ch, op, map[string]any{"id": e.fx.EmployerUserA1ID, "c": ch})
		if r.Status != http.StatusUnauthorized {
			t.Errorf("%s with the challenge as access token: %d %s", name, r.Status, r.Raw)
		}
	}
	if r := e.staffPost(b, "", "", staffRefreshQ, nil); dig(r.Data, "refreshSession", "accessToken") != nil {
		t.Fatalf("refresh before the second factor: %s", r.Raw)
	}

	r := e.staffPost(b, "", "", `mutation($c:String!){startSecondFactorEnrolment(input:{challenge:$c}){secret otpauthUri qrCode userErrors{code}}}`,
		map[string]any{"c": ch})
	secret, _ := dig(r.Data, "startSecondFactorEnrolment", "secret").(string)
	if qr, _ := dig(r.Data, "startSecondFactorEnrolment", "qrCode").(string); secret == "" || len(qr) < 100 || qr[:22] != "data:image/png;base64," {
		t.Fatalf("enrolment: %s", r.Raw)
	}
	code, err := auth.TOTPCode(secret, e.clk.Now())
	if err != nil {
		t.Fatal(err)
	}
	done := e.staffPost(b, "", "", `mutation($c:String!,$k:String!){confirmSecondFactorEnrolment(input:{challenge:$c,code:$k}){accessToken recoveryCodes userErrors{code}}}`,
		map[string]any{"c": ch, "k": code})
	tok, _ := dig(done.Data, "confirmSecondFactorEnrolment", "accessToken").(string)
	if codes, _ := dig(done.Data, "confirmSecondFactorEnrolment", "recoveryCodes").([]any); tok == "" || len(codes) != auth.RecoveryCodeCount {
		t.Fatalf("confirm: %s", done.Raw)
	}
	if len(done.refreshCookies(t)) != 1 {
		t.Fatal("the confirmed enrolment sets the refresh cookie")
	}
	if r := e.gql(tok, `{viewer{id}}`, nil); r.Status != http.StatusOK || dig(r.Data, "viewer", "id") == nil {
		t.Fatalf("the session after enrolment: %s", r.Raw)
	}
	// The secret is never shown again: a new sign-in asks for a code.
	again := e.staffPost(b, "", "", q, creds(e.fx.ProviderUser, testPassword))
	if dig(again.Data, "login", "secondFactor", "step") != "VERIFY" {
		t.Fatalf("second sign-in: %s", again.Raw)
	}
}
