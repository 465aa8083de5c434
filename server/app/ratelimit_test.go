package app_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/server/app"
	"github.com/werkportaal/werkportaal/server/clientip"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/ratelimit"
)

// postFrom posts a GraphQL request to base as a client behind a proxy that says the
// client is xff ("" for no header).
func postFrom(t *testing.T, base, xff, tok, query string, vars map[string]any) staffCall {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if xff != "" {
		req.Header.Set("X-Forwarded-For", xff)
	}
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = res.Body.Close() }()
	raw, _ := io.ReadAll(res.Body)
	out := staffCall{header: res.Header}
	out.Status, out.Raw = res.StatusCode, string(raw)
	if err := json.Unmarshal(raw, &out.gqlResponse); err != nil {
		t.Fatalf("not JSON (%d): %s", res.StatusCode, raw)
	}
	return out
}

// assertTooMany checks the refusal beyond a limit: HTTP 429, Retry-After in whole
// seconds, and the stable code TOO_MANY_REQUESTS.
func assertTooMany(t *testing.T, what string, c staffCall, retryAfter string) {
	t.Helper()
	if c.Status != http.StatusTooManyRequests || c.header.Get("Retry-After") != retryAfter ||
		len(c.codes()) != 1 || c.codes()[0] != "TOO_MANY_REQUESTS" {
		t.Errorf("%s: %d Retry-After %q %s; want 429, Retry-After %s, TOO_MANY_REQUESTS",
			what, c.Status, c.header.Get("Retry-After"), c.Raw, retryAfter)
	}
}

// Rate limits in the database (R10, R11, R13): two instances (two app.New on one database) count sign-in attempts in
// the same windows: the limit is reached across them, the refusal says when the window
// ends, and with the injected clock the next window starts from zero.
func TestSignInLimitSharedByTwoInstances(t *testing.T) {
	rules := ratelimit.Rules{SignInAccount: ratelimit.Rule{Limit: 4, Window: 15 * time.Minute}}
	cfg := func(c *app.Config) { c.RateLimits = &rules }
	e := newEnvWith(t, cfg)
	c := app.Config{JWTKey: testJWTKey, AdHocQueries: true}
	cfg(&c)
	second, err := app.New(e.st, e.clk, c)
	if err != nil {
		t.Fatal(err)
	}
	srv2 := httptest.NewServer(second.Handler())
	t.Cleanup(srv2.Close)
	e.clk.Advance(5 * time.Minute) // 09:05: the window 09:00–09:15 ends in 10 minutes

	name := e.fx.EmployerUserA2 // no second factor: the answer is the session itself
	bases := []string{e.srv.URL, srv2.URL}
	// Two wrong passwords and the right one, alternating instances: all answered.
	for i, pw := range []string{"fout-1", "fout-2", testPassword} {
		r := postFrom(t, bases[i%2], "", "", staffLoginQ, creds(name, pw))
		if r.Status != http.StatusOK || len(r.Errors) != 0 {
			t.Fatalf("attempt %d: %d %s", i+1, r.Status, r.Raw)
		}
	}
	if r := postFrom(t, bases[1], "", "", staffLoginQ, creds(name, testPassword)); dig(r.Data, "login", "accessToken") == nil {
		t.Fatalf("fourth attempt, the limit: %s", r.Raw)
	}
	// The fifth, on either instance, is over the limit — with the right password too,
	// and for the username in any case (usernames are unique ignoring case).
	for i, base := range bases {
		assertTooMany(t, "fifth attempt", postFrom(t, base, "", "", staffLoginQ, creds(name, testPassword)), "600")
		assertTooMany(t, "other case", postFrom(t, bases[1-i], "", "", staffLoginQ, creds(strings.ToUpper(name), "x")), "600")
	}
	// Another account is not affected.
	if r := postFrom(t, bases[1], "", "", staffLoginQ, creds(e.fx.EmployerUserA1, testPassword)); dig(r.Data, "login", "accessToken") == nil {
		t.Errorf("another account: %s", r.Raw)
	}
	e.clk.Advance(10 * time.Minute) // 09:15, the next window
	for _, base := range bases {
		if r := postFrom(t, base, "", "", staffLoginQ, creds(name, testPassword)); dig(r.Data, "login", "accessToken") == nil {
			t.Errorf("in the next window: %d %s", r.Status, r.Raw)
		}
	}
	// The ended window goes with the sweep.
	if n, err := e.app.Limits.Sweep(t.Context()); err != nil || n != 2 {
		t.Errorf("sweep: %d windows, err %v; want the two of 09:00–09:15", n, err)
	}
}

// Rate limits in the database (R10, R11, R13): the client address is the connection's peer; X-Forwarded-For counts only
// from a proxy named in TRUSTED_PROXIES. Employee sign-ins count like staff ones.
func TestSignInLimitPerClientAddress(t *testing.T) {
	rules := ratelimit.Rules{SignInAddress: ratelimit.Rule{Limit: 2, Window: time.Hour}}
	trusted, err := clientip.ParseTrusted("127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	e := newEnvWith(t, func(c *app.Config) { c.RateLimits, c.TrustedProxies = &rules, trusted })
	for i := range 2 {
		r := postFrom(t, e.srv.URL, "203.0.113.1", "", empLoginQ, creds("iemand-"+itoa(i), "x"))
		if dig(r.Data, "employeeLogin", "userErrors", 0, "code") != "INVALID_CREDENTIALS" {
			t.Fatalf("attempt %d: %s", i+1, r.Raw)
		}
	}
	assertTooMany(t, "third from the address", postFrom(t, e.srv.URL, "203.0.113.1", "", staffLoginQ, creds(e.fx.EmployerUserA1, testPassword)), "3600")
	// The proxy put the client last; what the client itself wrote before it is ignored.
	assertTooMany(t, "spoofed address in front", postFrom(t, e.srv.URL, "198.51.100.77, 203.0.113.1", "", staffLoginQ, creds(e.fx.EmployerUserA1, testPassword)), "3600")
	if r := postFrom(t, e.srv.URL, "203.0.113.2", "", staffLoginQ, creds(e.fx.EmployerUserA1, testPassword)); dig(r.Data, "login", "accessToken") == nil {
		t.Errorf("another client behind the proxy: %s", r.Raw)
	}

	// Without TRUSTED_PROXIES the header is the caller's word and counts for nothing.
	e2 := newEnvWith(t, func(c *app.Config) { c.RateLimits = &rules })
	postFrom(t, e2.srv.URL, "203.0.113.1", "", staffLoginQ, creds("a", "x"))
	postFrom(t, e2.srv.URL, "203.0.113.2", "", staffLoginQ, creds("b", "x"))
	assertTooMany(t, "untrusted X-Forwarded-For", postFrom(t, e2.srv.URL, "203.0.113.3", "", staffLoginQ, creds("c", "x")), "3600")
}

// Rate limits in the database (R10, R11, R13): /oauth/token beyond its limit answers 429 with Retry-After and the code.
func TestTokenLimit(t *testing.T) {
	rules := ratelimit.Rules{TokenClient: ratelimit.Rule{Limit: 2, Window: time.Minute}}
	e := newEnvWith(t, func(c *app.Config) { c.RateLimits = &rules })
	checkOAuthSuccess(t, e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret), "", ""))
	if r := e.oauthToken(http.MethodPost, e.clientForm("wrong"), "", ""); r.status != http.StatusUnauthorized {
		t.Fatalf("wrong secret: %d %s", r.status, r.raw)
	}
	r := e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret), "", "")
	if r.status != http.StatusTooManyRequests || r.header.Get("Retry-After") != "60" ||
		r.body["error"] != "too_many_requests" || r.body["code"] != "TOO_MANY_REQUESTS" {
		t.Errorf("third token request: %d Retry-After %q %s", r.status, r.header.Get("Retry-After"), r.raw)
	}
	other := url.Values{"grant_type": {"client_credentials"}, "client_id": {"cli_onbekend"}, "client_secret": {"x"}}
	if r := e.oauthToken(http.MethodPost, other, "", ""); r.status != http.StatusUnauthorized {
		t.Errorf("another client ID: %d %s", r.status, r.raw)
	}
}

// R10, R11: 30 requests for one employee, from 30 addresses, queue at most
// three reset mails and three username mails an hour; every request gets the same neutral
// answer as an unknown username or address, so the cap tells nothing. An hour later the
// employee can ask again.
func TestRecoveryMailsCappedPerAccountWithTheSameAnswer(t *testing.T) {
	trusted, err := clientip.ParseTrusted("127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	// The default rules (3 recovery mails per account an hour) behind a proxy.
	e := newEnvWith(t, func(c *app.Config) { c.TrustedProxies = trusted })
	staff := e.login(e.fx.EmployerUserA1)
	p := e.fx.PersonsA1[46]
	e.registerEmployee(staff, p, "anna.zevenenveertig")

	for _, c := range []struct {
		name, query string
		known       map[string]any
		unknown     map[string]any
		kind        mail.Kind
	}{
		{"requestPasswordReset", `mutation($v:String!){requestPasswordReset(input:{username:$v}){ok userErrors{code}}}`,
			map[string]any{"v": "anna.zevenenveertig"}, map[string]any{"v": "niemand.bekend"}, mail.PasswordReset},
		{"requestUsername", `mutation($v:String!){requestUsername(input:{email:$v}){ok userErrors{code}}}`,
			map[string]any{"v": *p.Email}, map[string]any{"v": "niemand@example.nl"}, mail.Username},
	} {
		t.Run(c.name, func(t *testing.T) {
			neutral := postFrom(t, e.srv.URL, "192.0.2.200", "", c.query, c.unknown)
			if dig(neutral.Data, c.name, "ok") != true {
				t.Fatalf("unknown: %s", neutral.Raw)
			}
			for i := range 30 {
				r := postFrom(t, e.srv.URL, "203.0.113."+itoa(i+1), "", c.query, c.known)
				if r.Status != http.StatusOK || r.Raw != neutral.Raw {
					t.Fatalf("request %d: %d %s, want the neutral answer %s", i+1, r.Status, r.Raw, neutral.Raw)
				}
			}
			if ms := e.outbox(c.kind, *p.Email); len(ms) != 3 {
				t.Errorf("%d %s mails after 30 requests, want 3", len(ms), c.kind)
			}
			e.clk.Advance(time.Hour)
			postFrom(t, e.srv.URL, "203.0.113.99", "", c.query, c.known)
			if ms := e.outbox(c.kind, *p.Email); len(ms) != 4 {
				t.Errorf("%d %s mails an hour later, want 4", len(ms), c.kind)
			}
		})
	}
}

// Rate limits in the database (R10, R11, R13): recovery requests from one address beyond its limit get 429, known and
// unknown usernames alike.
func TestRecoveryLimitPerAddress(t *testing.T) {
	rules := ratelimit.DefaultRules
	rules.RecoveryAddress = ratelimit.Rule{Limit: 3, Window: time.Hour}
	e := newEnvWith(t, func(c *app.Config) { c.RateLimits = &rules })
	reset := `mutation($v:String!){requestPasswordReset(input:{username:$v}){ok userErrors{code}}}`
	forgot := `mutation($v:String!){requestUsername(input:{email:$v}){ok userErrors{code}}}`
	postFrom(t, e.srv.URL, "", "", reset, map[string]any{"v": "niemand"})
	postFrom(t, e.srv.URL, "", "", forgot, map[string]any{"v": "niemand@example.nl"})
	postFrom(t, e.srv.URL, "", "", reset, map[string]any{"v": "anna.0"})
	assertTooMany(t, "fourth reset request", postFrom(t, e.srv.URL, "", "", reset, map[string]any{"v": "anna.1"}), "3600")
	assertTooMany(t, "fourth username request", postFrom(t, e.srv.URL, "", "", forgot, map[string]any{"v": "niemand@example.nl"}), "3600")
}

// Rate limits in the database (R10, R11, R13): resendInvitation beyond the person's limit answers 429 TOO_MANY_REQUESTS
// and sends nothing; a resend refused for another reason does not count.
func TestResendInvitationLimit(t *testing.T) {
	rules := ratelimit.DefaultRules
	rules.ResendAccount = ratelimit.Rule{Limit: 2, Window: time.Hour}
	e := newEnvWith(t, func(c *app.Config) { c.RateLimits = &rules })
	staff := e.login(e.fx.EmployerUserA1)
	p := e.fx.PersonsA1[47]
	e.grantAndMailedToken(staff, p)
	resendQ := `mutation($p:ID!){resendInvitation(input:{personId:$p}){person{id} userErrors{code}}}`
	for i := range 2 {
		r := postFrom(t, e.srv.URL, "", staff, resendQ, map[string]any{"p": p.ID})
		noUserErrors(t, "resend "+itoa(i+1), r.gqlResponse, "resendInvitation")
	}
	assertTooMany(t, "third resend", postFrom(t, e.srv.URL, "", staff, resendQ, map[string]any{"p": p.ID}), "3600")
	if ms := e.outbox(mail.Invitation, *p.Email); len(ms) != 3 {
		t.Errorf("%d invitation mails, want the grant's and two resends", len(ms))
	}
	// NO_INVITATION does not use up another person's resends.
	other := e.fx.PersonsA1[48]
	for range 3 {
		r := postFrom(t, e.srv.URL, "", staff, resendQ, map[string]any{"p": other.ID})
		if dig(r.Data, "resendInvitation", "userErrors", 0, "code") != "NO_INVITATION" {
			t.Fatalf("resend without invitation: %s", r.Raw)
		}
	}
	e.grantAndMailedToken(staff, other)
	r := postFrom(t, e.srv.URL, "", staff, resendQ, map[string]any{"p": other.ID})
	noUserErrors(t, "resend after refusals", r.gqlResponse, "resendInvitation")
}
