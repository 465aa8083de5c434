package app_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/werkportaal/werkportaal/ent/session"
	"github.com/werkportaal/werkportaal/server/app"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// oauthReply is one answer of POST /oauth/token.
type oauthReply struct {
	status int
	header http.Header
	raw    string
	body   map[string]any
}

// oauthToken calls the token endpoint with method, form body and (when basicID is set)
// HTTP Basic credentials.
func (e *env) oauthToken(method string, form url.Values, basicID, basicSecret string) oauthReply {
	e.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, e.srv.URL+"/oauth/token", body)
	if err != nil {
		e.t.Fatal(err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if basicID != "" {
		req.SetBasicAuth(basicID, basicSecret)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer closeBody(res)
	raw, _ := io.ReadAll(res.Body)
	out := oauthReply{status: res.StatusCode, header: res.Header, raw: string(raw)}
	if err := json.Unmarshal(raw, &out.body); err != nil {
		e.t.Fatalf("token endpoint answered %d with non-JSON %q", res.StatusCode, raw)
	}
	return out
}

func (e *env) clientForm(secret string) url.Values {
	return url.Values{
		"grant_type":    {"client_credentials"},
		"client_id":     {e.fx.APIClientID},
		"client_secret": {secret},
	}
}

// checkOAuthSuccess asserts a successful token answer and returns the access token.
func checkOAuthSuccess(t *testing.T, r oauthReply) string {
	t.Helper()
	if r.status != http.StatusOK {
		t.Fatalf("status %d, want 200: %s", r.status, r.raw)
	}
	if got := r.header.Get("Cache-Control"); got != "no-store" {
		t.Errorf("Cache-Control = %q, want no-store", got)
	}
	if got := r.header.Get("Content-Type"); !strings.HasPrefix(got, "application/json") {
		t.Errorf("Content-Type = %q, want application/json", got)
	}
	if got := r.body["token_type"]; got != "Bearer" {
		t.Errorf("token_type = %v, want Bearer", got)
	}
	tok, _ := r.body["access_token"].(string)
	var claims auth.Claims
	if _, _, err := jwt.NewParser().ParseUnverified(tok, &claims); err != nil {
		t.Fatalf("access_token %q is not a JWT: %v", tok, err)
	}
	if claims.Kind != "API_CLIENT" || claims.SessionID == "" || claims.ExpiresAt == nil {
		t.Errorf("access token claims: kind %q sid %q exp %v", claims.Kind, claims.SessionID, claims.ExpiresAt)
	}
	// expires_in is what the token itself says, in whole seconds, and at most an hour.
	exp, ok := r.body["expires_in"].(float64)
	if !ok || exp <= 0 || exp > 3600 || exp != float64(claims.ExpiresAt.Unix()-claims.IssuedAt.Unix()) {
		t.Errorf("expires_in = %v, want the token's lifetime %v (at most 3600)", r.body["expires_in"], claims.ExpiresAt.Sub(claims.IssuedAt.Time))
	}
	if _, ok := r.body["refresh_token"]; ok {
		t.Errorf("client-credentials answer carries a refresh_token: %s", r.raw)
	}
	return tok
}

// checkAPIViewer asserts that token signs the integrator in on /graphql.
func checkAPIViewer(t *testing.T, e *env, token string) {
	t.Helper()
	r := e.gql(token, `{ viewer { id kind scope rights } }`, nil)
	if r.Status != http.StatusOK || len(r.Errors) != 0 {
		t.Fatalf("viewer with the API token: %d %s", r.Status, r.Raw)
	}
	if got := dig(r.Data, "viewer", "kind"); got != "API_CLIENT" {
		t.Errorf("viewer.kind = %v, want API_CLIENT", got)
	}
	if got := dig(r.Data, "viewer", "scope"); got != "PROVIDER" {
		t.Errorf("viewer.scope = %v, want PROVIDER", got)
	}
	if got := dig(r.Data, "viewer", "id"); got != e.fx.APIClientID {
		t.Errorf("viewer.id = %v, want %s", got, e.fx.APIClientID)
	}
	rights, _ := dig(r.Data, "viewer", "rights").([]any)
	if len(rights) != len(viewer.AllRights) {
		t.Fatalf("viewer.rights = %v, want all %d rights", rights, len(viewer.AllRights))
	}
	for i, want := range viewer.AllRights {
		if rights[i] != string(want) {
			t.Errorf("viewer.rights[%d] = %v, want %s", i, rights[i], want)
		}
	}
}

func TestOAuthTokenFormCredentials(t *testing.T) {
	e := newEnv(t)
	r := e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret), "", "")
	tok := checkOAuthSuccess(t, r)
	checkAPIViewer(t, e, tok)

	// The token is bound to one server-side API_CLIENT session of the client.
	if n := e.count(e.st.Client.Session.Query().Where(session.SubjectID(e.fx.APIClientID), session.KindEQ(session.KindAPI_CLIENT))); n != 1 {
		t.Errorf("API client sessions = %d, want 1", n)
	}
	c, err := e.st.Client.APIClient.Get(viewer.System(context.Background()), e.fx.APIClientID)
	if err != nil {
		t.Fatal(err)
	}
	if c.LastUsedAt == nil || !c.LastUsedAt.Equal(e.clk.Now()) {
		t.Errorf("last_used_at = %v, want %v", c.LastUsedAt, e.clk.Now())
	}
}

func TestOAuthTokenBasicAuth(t *testing.T) {
	e := newEnv(t)
	r := e.oauthToken(http.MethodPost, url.Values{"grant_type": {"client_credentials"}}, e.fx.APIClientID, e.fx.APIClientSecret)
	checkAPIViewer(t, e, checkOAuthSuccess(t, r))

	// Basic wins over the form: a right form secret does not rescue a wrong Basic one.
	r = e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret), e.fx.APIClientID, "wrong")
	if r.status != http.StatusUnauthorized || r.body["error"] != "invalid_client" {
		t.Errorf("wrong Basic secret with right form secret: %d %s, want 401 invalid_client", r.status, r.raw)
	}
}

func TestOAuthTokenErrors(t *testing.T) {
	e := newEnv(t)
	sessionsBefore := e.count(e.st.Client.Session.Query())

	wrongSecret := e.oauthToken(http.MethodPost, e.clientForm("not-the-secret"), "", "")
	unknown := e.oauthToken(http.MethodPost, url.Values{
		"grant_type": {"client_credentials"}, "client_id": {"cli_01JDOESNOTEXIST0000000000"}, "client_secret": {e.fx.APIClientSecret},
	}, "", "")
	noGrant := e.oauthToken(http.MethodPost, url.Values{
		"client_id": {e.fx.APIClientID}, "client_secret": {e.fx.APIClientSecret},
	}, "", "")
	otherGrant := e.oauthToken(http.MethodPost, url.Values{
		"grant_type": {"password"}, "client_id": {e.fx.APIClientID}, "client_secret": {e.fx.APIClientSecret},
	}, "", "")
	get := e.oauthToken(http.MethodGet, nil, e.fx.APIClientID, e.fx.APIClientSecret)

	cases := []struct {
		name   string
		r      oauthReply
		status int
		code   string
	}{
		{"wrong secret", wrongSecret, http.StatusUnauthorized, "invalid_client"},
		{"unknown client", unknown, http.StatusUnauthorized, "invalid_client"},
		{"missing grant_type", noGrant, http.StatusBadRequest, "unsupported_grant_type"},
		{"password grant", otherGrant, http.StatusBadRequest, "unsupported_grant_type"},
		{"GET", get, http.StatusMethodNotAllowed, "invalid_request"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.r.status != c.status {
				t.Errorf("status %d, want %d: %s", c.r.status, c.status, c.r.raw)
			}
			if got := c.r.body["error"]; got != c.code {
				t.Errorf("error = %v, want %s", got, c.code)
			}
			if d, _ := c.r.body["error_description"].(string); d == "" {
				t.Errorf("no error_description: %s", c.r.raw)
			}
			if _, ok := c.r.body["access_token"]; ok {
				t.Errorf("error answer carries an access_token: %s", c.r.raw)
			}
			if got := c.r.header.Get("Cache-Control"); got != "no-store" {
				t.Errorf("Cache-Control = %q, want no-store", got)
			}
			if c.status == http.StatusUnauthorized && c.r.header.Get("WWW-Authenticate") == "" {
				t.Errorf("401 without WWW-Authenticate")
			}
		})
	}
	if got := get.header.Get("Allow"); got != http.MethodPost {
		t.Errorf("GET: Allow = %q, want POST", got)
	}
	// An attacker cannot tell an existing client from an unknown one.
	if wrongSecret.raw != unknown.raw {
		t.Errorf("wrong secret and unknown client differ:\n%s\n%s", wrongSecret.raw, unknown.raw)
	}
	if n := e.count(e.st.Client.Session.Query()); n != sessionsBefore {
		t.Errorf("failed token requests created sessions: %d → %d", sessionsBefore, n)
	}
}

func TestOAuthDisabledClientTokenStops(t *testing.T) {
	e := newEnv(t)
	tok := checkOAuthSuccess(t, e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret), "", ""))
	checkAPIViewer(t, e, tok)

	err := e.st.Client.APIClient.UpdateOneID(e.fx.APIClientID).SetDisabledAt(e.clk.Now()).
		Exec(viewer.System(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	r := e.gql(tok, `{ viewer { kind } }`, nil)
	if r.Status != http.StatusUnauthorized {
		t.Fatalf("disabled client's token: status %d, want 401: %s", r.Status, r.Raw)
	}
	if got := r.codes(); len(got) != 1 || got[0] != "UNAUTHENTICATED" {
		t.Errorf("codes = %v, want [UNAUTHENTICATED]", got)
	}
	if r.Data != nil {
		t.Errorf("401 answer carries data: %s", r.Raw)
	}

	// And a disabled client gets no new token, with the same answer as a wrong secret.
	again := e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret), "", "")
	wrong := e.oauthToken(http.MethodPost, e.clientForm("not-the-secret"), "", "")
	if again.status != http.StatusUnauthorized || again.body["error"] != "invalid_client" {
		t.Errorf("disabled client token request: %d %s, want 401 invalid_client", again.status, again.raw)
	}
	if again.raw != wrong.raw {
		t.Errorf("disabled client and wrong secret differ:\n%s\n%s", again.raw, wrong.raw)
	}
}

func TestOAuthTokenExpiresByTheClock(t *testing.T) {
	e := newEnv(t)
	r := e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret), "", "")
	tok := checkOAuthSuccess(t, r)
	life := time.Duration(r.body["expires_in"].(float64)) * time.Second

	// A minute before the advertised expiry the token still works …
	e.clk.Advance(life - time.Minute)
	if r := e.gql(tok, `{ viewer { kind } }`, nil); r.Status != http.StatusOK || dig(r.Data, "viewer", "kind") != "API_CLIENT" {
		t.Errorf("%v after issue the token should still work: %d %s", life-time.Minute, r.Status, r.Raw)
	}
	// … and an hour and a minute after issue it is dead, whatever the lifetime.
	e.clk.Advance(61*time.Minute - (life - time.Minute))
	r2 := e.gql(tok, `{ viewer { kind } }`, nil)
	if r2.Status != http.StatusUnauthorized {
		t.Fatalf("after 61 minutes: status %d, want 401: %s", r2.Status, r2.Raw)
	}
	if got := r2.codes(); len(got) != 1 || got[0] != "UNAUTHENTICATED" {
		t.Errorf("codes = %v, want [UNAUTHENTICATED]", got)
	}
	// The client simply asks for a new token.
	checkAPIViewer(t, e, checkOAuthSuccess(t, e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret), "", "")))
}

func TestOAuthTokenLivesOneHour(t *testing.T) {
	e := newEnv(t)
	r := e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret), "", "")
	tok := checkOAuthSuccess(t, r)
	if exp, _ := r.body["expires_in"].(float64); exp < 3590 || exp > 3600 {
		t.Errorf("expires_in = %v, want ≈ 3600", r.body["expires_in"])
	}
	e.clk.Advance(59 * time.Minute)
	if r := e.gql(tok, `{ viewer { kind } }`, nil); r.Status != http.StatusOK || dig(r.Data, "viewer", "kind") != "API_CLIENT" {
		t.Errorf("after 59 minutes the token should still work: %d %s", r.Status, r.Raw)
	}
	e.clk.Advance(2 * time.Minute)
	if r := e.gql(tok, `{ viewer { kind } }`, nil); r.Status != http.StatusUnauthorized {
		t.Errorf("after 61 minutes: status %d, want 401: %s", r.Status, r.Raw)
	}
}

// countingHasher counts the argon2id verifications that reach the hasher.
type countingHasher struct {
	auth.PasswordHasher
	verifies atomic.Int64
}

func (h *countingHasher) Verify(ctx context.Context, phc, password string) (bool, bool, error) {
	h.verifies.Add(1)
	return h.PasswordHasher.Verify(ctx, phc, password)
}

// R44: an integrator's secret stored as argon2id by an earlier version is
// rewritten as HMAC-SHA-256 under the server's pepper at its first successful use; from
// then on a token costs no argon2id run, wrong secrets stay wrong, and a failed attempt
// migrates nothing.
func TestClientSecretMigratesToHMACOnUse(t *testing.T) {
	pepper := []byte("a-pepper-for-this-test-a-pepper-for-this-test")
	e := newEnvWith(t, func(c *app.Config) { c.ClientSecretPepper = pepper })
	counter := &countingHasher{PasswordHasher: e.app.Auth.Passwords()}
	e.app.Auth.PasswordHasher = counter
	ctx := viewer.System(context.Background())
	stored := func() string {
		t.Helper()
		c, err := e.st.Client.APIClient.Get(ctx, e.fx.APIClientID)
		if err != nil {
			t.Fatal(err)
		}
		return c.SecretHash
	}
	before := stored()
	if !strings.HasPrefix(before, "$argon2id$") {
		t.Fatalf("fixture secret is %q, want an argon2id hash of an earlier version", before)
	}

	if r := e.oauthToken(http.MethodPost, e.clientForm("wrong-secret"), "", ""); r.status != http.StatusUnauthorized {
		t.Fatalf("wrong secret: %d %s", r.status, r.raw)
	}
	if stored() != before {
		t.Fatal("a wrong secret migrated the hash")
	}
	checkAPIViewer(t, e, checkOAuthSuccess(t, e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret), "", "")))
	want, err := auth.ClientSecretHash(pepper, e.fx.APIClientSecret)
	if err != nil {
		t.Fatal(err)
	}
	if got := stored(); got != want {
		t.Fatalf("after the first use the secret is stored as %q, want the HMAC %q", got, want)
	}

	counter.verifies.Store(0)
	checkAPIViewer(t, e, checkOAuthSuccess(t, e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret), "", "")))
	if r := e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret+"x"), "", ""); r.status != http.StatusUnauthorized {
		t.Errorf("wrong secret after migration: %d %s", r.status, r.raw)
	}
	unknown := url.Values{"grant_type": {"client_credentials"}, "client_id": {"cli_onbekend"}, "client_secret": {"x"}}
	if r := e.oauthToken(http.MethodPost, unknown, "", ""); r.status != http.StatusUnauthorized {
		t.Errorf("unknown client: %d %s", r.status, r.raw)
	}
	if n := counter.verifies.Load(); n != 0 {
		t.Errorf("%d argon2id verifications after the migration, want 0", n)
	}
}
