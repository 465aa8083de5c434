package app_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/werkportaal/werkportaal/ent/session"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/app"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/httpapi"
	"github.com/werkportaal/werkportaal/server/viewer"
)

const (
	staffLoginQ = `mutation($u:String!,$p:String!){login(input:{username:$u,password:$p}){
		accessToken accessTokenExpiresAt viewer{id kind} userErrors{field code message}}}`
	staffRefreshQ = `mutation{refreshSession{accessToken accessTokenExpiresAt viewer{id} userErrors{code}}}`
	staffLogoutQ  = `mutation{logout{ok userErrors{code}}}`
)

// staffCall is one POST /graphql with its response headers.
type staffCall struct {
	gqlResponse
	header http.Header
}

// refreshCookies returns the wp_refresh cookies the response sets.
func (c staffCall) refreshCookies(t *testing.T) []*http.Cookie {
	t.Helper()
	var out []*http.Cookie
	for _, line := range c.header.Values("Set-Cookie") {
		ck, err := http.ParseSetCookie(line)
		if err != nil {
			t.Fatalf("bad Set-Cookie %q: %v", line, err)
		}
		if ck.Name == httpapi.StaffRefreshCookie {
			out = append(out, ck)
		}
	}
	return out
}

// staffPost sends a GraphQL request through client with an optional bearer token
// and an optional raw Cookie header, and keeps the response headers.
func (e *env) staffPost(client *http.Client, authz, cookie, query string, vars map[string]any) staffCall {
	e.t.Helper()
	return staffPostTo(e.t, client, e.srv.URL, authz, cookie, query, vars)
}

func staffPostTo(t *testing.T, client *http.Client, base, authz, cookie, query string, vars map[string]any) staffCall {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if authz != "" {
		req.Header.Set("Authorization", authz)
	}
	if cookie != "" {
		req.Header.Set("Cookie", cookie)
	}
	res, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer closeBody(res)
	raw, _ := io.ReadAll(res.Body)
	out := staffCall{header: res.Header}
	out.Status, out.Raw = res.StatusCode, string(raw)
	if err := json.Unmarshal(raw, &out.gqlResponse); err != nil {
		t.Fatalf("not JSON (%d): %s", res.StatusCode, raw)
	}
	return out
}

func creds(u, p string) map[string]any { return map[string]any{"u": u, "p": p} }

// assertInvalidCredentials checks the one failed-login answer.
func assertInvalidCredentials(t *testing.T, name string, c staffCall) {
	t.Helper()
	if c.Status != http.StatusOK || len(c.Errors) != 0 {
		t.Errorf("%s: %d %s, want 200 without top-level errors", name, c.Status, c.Raw)
	}
	if got := dig(c.Data, "login", "userErrors", 0, "code"); got != "INVALID_CREDENTIALS" {
		t.Errorf("%s: userErrors[0].code = %v, want INVALID_CREDENTIALS (%s)", name, got, c.Raw)
	}
	if n := len(dig(c.Data, "login", "userErrors").([]any)); n != 1 {
		t.Errorf("%s: %d userErrors, want 1", name, n)
	}
	for _, f := range []string{"accessToken", "accessTokenExpiresAt", "viewer"} {
		if v, ok := dig(c.Data, "login").(map[string]any)[f]; !ok || v != nil {
			t.Errorf("%s: login.%s = %v, want null", name, f, v)
		}
	}
	if cks := c.refreshCookies(t); len(cks) != 0 {
		t.Errorf("%s: failed login sets a refresh cookie: %v", name, c.header.Values("Set-Cookie"))
	}
}

func TestStaffLoginFailuresLookAlike(t *testing.T) {
	e := newEnv(t)
	sessionsBefore := e.count(e.st.Client.Session.Query())
	unknown := e.staffPost(http.DefaultClient, "", "", staffLoginQ, creds("niemand-bekend", testPassword))
	wrongPw := e.staffPost(http.DefaultClient, "", "", staffLoginQ, creds(e.fx.ProviderUser, testPassword+"x"))
	wrongCase := e.staffPost(http.DefaultClient, "", "", staffLoginQ, creds(strings.ToUpper(e.fx.ProviderUser), testPassword))

	assertInvalidCredentials(t, "unknown username", unknown)
	assertInvalidCredentials(t, "wrong password", wrongPw)
	assertInvalidCredentials(t, "wrong-case username", wrongCase)
	if unknown.Raw != wrongPw.Raw || unknown.Raw != wrongCase.Raw {
		t.Errorf("failed logins differ:\nunknown:    %s\nwrong pw:   %s\nwrong case: %s", unknown.Raw, wrongPw.Raw, wrongCase.Raw)
	}
	if n := e.count(e.st.Client.Session.Query()); n != sessionsBefore {
		t.Errorf("failed logins created sessions: %d → %d", sessionsBefore, n)
	}
	// A wrong-case username is not a wrong password of the real user: it does not count
	// towards the lockout. The wrong password did.
	u, err := e.st.Client.User.Query().Where(user.Username(e.fx.ProviderUser)).Only(viewer.System(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	if u.FailedAttempts != 1 {
		t.Errorf("failed_attempts = %d, want 1", u.FailedAttempts)
	}
}

func TestStaffLoginSetsRefreshCookie(t *testing.T) {
	e := newEnv(t)
	c := e.staffPost(http.DefaultClient, "", "", staffLoginQ, creds(e.fx.EmployerUserA1, testPassword))
	if c.Status != http.StatusOK || len(c.Errors) != 0 {
		t.Fatalf("login: %d %s", c.Status, c.Raw)
	}
	tok, _ := dig(c.Data, "login", "accessToken").(string)
	if tok == "" || dig(c.Data, "login", "viewer", "id") != e.fx.EmployerUserA1ID || dig(c.Data, "login", "viewer", "kind") != "STAFF_USER" {
		t.Fatalf("login payload: %s", c.Raw)
	}
	if ues := dig(c.Data, "login", "userErrors").([]any); len(ues) != 0 {
		t.Errorf("userErrors = %v, want []", ues)
	}
	// The access token lives 10 minutes (auth.DefaultConfig.AccessTTL).
	if got, want := dig(c.Data, "login", "accessTokenExpiresAt"), e.clk.Now().Add(10*time.Minute).Format(time.RFC3339); got != want {
		t.Errorf("accessTokenExpiresAt = %v, want %s", got, want)
	}

	cks := c.refreshCookies(t)
	if len(cks) != 1 {
		t.Fatalf("Set-Cookie = %v, want one %s", c.header.Values("Set-Cookie"), httpapi.StaffRefreshCookie)
	}
	ck := cks[0]
	raw := ""
	for _, line := range c.header.Values("Set-Cookie") {
		if strings.HasPrefix(line, httpapi.StaffRefreshCookie+"=") {
			raw = line
		}
	}
	if !ck.HttpOnly || !strings.Contains(raw, "; HttpOnly") {
		t.Errorf("refresh cookie is not HttpOnly: %s", raw)
	}
	if ck.SameSite != http.SameSiteStrictMode || !strings.Contains(raw, "; SameSite=Strict") {
		t.Errorf("refresh cookie is not SameSite=Strict: %s", raw)
	}
	if ck.Path != "/graphql" || !strings.Contains(raw, "; Path=/graphql") {
		t.Errorf("refresh cookie path = %q, want /graphql: %s", ck.Path, raw)
	}
	if ck.Secure {
		t.Errorf("Secure set although SecureCookies is off: %s", raw)
	}
	if len(ck.Value) != 43 { // 32 random bytes, base64url without padding
		t.Errorf("refresh cookie value %q has %d characters, want 43", ck.Value, len(ck.Value))
	}
	// It expires with the staff session, 12 hours after sign-in.
	if want := e.clk.Now().Add(12 * time.Hour); !ck.Expires.Equal(want) {
		t.Errorf("refresh cookie expires %v, want %v", ck.Expires, want)
	}
	// Only the hash of the refresh token is stored.
	ses, err := e.st.Client.Session.Query().Where(session.SubjectID(e.fx.EmployerUserA1ID)).Only(viewer.System(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	if ses.RefreshHash == nil || *ses.RefreshHash != auth.HashToken(ck.Value) {
		t.Errorf("stored refresh hash %v is not the SHA-256 of the cookie", ses.RefreshHash)
	}

	// Behind HTTPS (SecureCookies) the cookie is Secure too.
	sec, err := app.New(e.st, e.clk, app.Config{JWTKey: testJWTKey, SecureCookies: true, AdHocQueries: true})
	if err != nil {
		t.Fatal(err)
	}
	secSrv := httptest.NewServer(sec.Handler())
	defer secSrv.Close()
	c = staffPostTo(t, http.DefaultClient, secSrv.URL, "", "", staffLoginQ, creds(e.fx.EmployerUserA1, testPassword))
	if cks := c.refreshCookies(t); len(cks) != 1 || !cks[0].Secure || !cks[0].HttpOnly || cks[0].SameSite != http.SameSiteStrictMode {
		t.Errorf("SecureCookies: Set-Cookie = %v, want Secure; HttpOnly; SameSite=Strict", c.header.Values("Set-Cookie"))
	}
}

func TestStaffRefreshRotatesCookie(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	login := e.staffPost(b, "", "", staffLoginQ, creds(e.fx.EmployerUserA1, testPassword))
	oldTok, _ := dig(login.Data, "login", "accessToken").(string)
	oldCookies := login.refreshCookies(t)
	if oldTok == "" || len(oldCookies) != 1 {
		t.Fatalf("login: %s %v", login.Raw, login.header.Values("Set-Cookie"))
	}
	oldValue := oldCookies[0].Value

	// Eleven minutes later the access token has expired; the refresh cookie has not.
	e.clk.Advance(11 * time.Minute)
	if r := e.gql(oldTok, `{viewer{id}}`, nil); r.Status != http.StatusUnauthorized {
		t.Errorf("expired access token: status %d, want 401: %s", r.Status, r.Raw)
	}

	ref := e.staffPost(b, "", "", staffRefreshQ, nil) // the jar sends the cookie
	newTok, _ := dig(ref.Data, "refreshSession", "accessToken").(string)
	if ref.Status != http.StatusOK || newTok == "" || len(dig(ref.Data, "refreshSession", "userErrors").([]any)) != 0 {
		t.Fatalf("refreshSession: %d %s", ref.Status, ref.Raw)
	}
	if newTok == oldTok {
		t.Errorf("refreshSession returned the old access token")
	}
	if got, want := dig(ref.Data, "refreshSession", "accessTokenExpiresAt"), e.clk.Now().Add(10*time.Minute).Format(time.RFC3339); got != want {
		t.Errorf("accessTokenExpiresAt = %v, want %s", got, want)
	}
	newCookies := ref.refreshCookies(t)
	if len(newCookies) != 1 || newCookies[0].Value == "" || newCookies[0].Value == oldValue {
		t.Fatalf("refresh did not rotate the cookie: %v", ref.header.Values("Set-Cookie"))
	}
	if !newCookies[0].HttpOnly || newCookies[0].SameSite != http.SameSiteStrictMode || newCookies[0].Path != "/graphql" {
		t.Errorf("rotated cookie lost its attributes: %v", ref.header.Values("Set-Cookie"))
	}
	if r := e.gql(newTok, `{viewer{id kind}}`, nil); r.Status != http.StatusOK || dig(r.Data, "viewer", "kind") != "STAFF_USER" {
		t.Errorf("new access token: %d %s", r.Status, r.Raw)
	}

	// The old refresh cookie is single-use: presented again, it is refused and cleared.
	replay := e.staffPost(http.DefaultClient, "", httpapi.StaffRefreshCookie+"="+oldValue, staffRefreshQ, nil)
	if replay.Status != http.StatusOK || len(replay.Errors) != 0 {
		t.Fatalf("replay: %d %s", replay.Status, replay.Raw)
	}
	if got := dig(replay.Data, "refreshSession", "userErrors", 0, "code"); got != "SESSION_EXPIRED" {
		t.Errorf("replayed refresh cookie: code = %v, want SESSION_EXPIRED (%s)", got, replay.Raw)
	}
	if got := dig(replay.Data, "refreshSession", "accessToken"); got != nil {
		t.Errorf("replayed refresh cookie got an access token")
	}
	if cks := replay.refreshCookies(t); len(cks) != 1 || cks[0].Value != "" || cks[0].MaxAge >= 0 {
		t.Errorf("replay should clear the cookie: %v", replay.header.Values("Set-Cookie"))
	}

	// Without any cookie there is nothing to refresh either.
	none := e.staffPost(http.DefaultClient, "", "", staffRefreshQ, nil)
	if got := dig(none.Data, "refreshSession", "userErrors", 0, "code"); got != "SESSION_EXPIRED" {
		t.Errorf("refresh without cookie: %s", none.Raw)
	}
}

// A refresh cookie that was already rotated away is a copy once the grace for two
// racing tabs has passed: presenting it ends the session for the holder of the new
// cookie too, and the access token of that session stops working at once.
func TestStaffRefreshReuseEndsSession(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	login := e.staffPost(b, "", "", staffLoginQ, creds(e.fx.EmployerUserA1, testPassword))
	first := login.refreshCookies(t)
	if len(first) != 1 {
		t.Fatalf("login: %s", login.Raw)
	}
	stolen := first[0].Value

	ref := e.staffPost(b, "", "", staffRefreshQ, nil)
	tok, _ := dig(ref.Data, "refreshSession", "accessToken").(string)
	if tok == "" {
		t.Fatalf("refreshSession: %s", ref.Raw)
	}
	replay := func() staffCall {
		return e.staffPost(http.DefaultClient, "", httpapi.StaffRefreshCookie+"="+stolen, staffRefreshQ, nil)
	}

	// Within the grace (a second tab racing the first) the old cookie is only refused.
	e.clk.Advance(auth.RefreshReuseGrace / 2)
	if got := dig(replay().Data, "refreshSession", "userErrors", 0, "code"); got != "SESSION_EXPIRED" {
		t.Fatalf("replay within grace: code %v", got)
	}
	if r := e.gql(tok, `{viewer{id}}`, nil); r.Status != http.StatusOK {
		t.Fatalf("session should survive a replay within the grace: %d %s", r.Status, r.Raw)
	}

	// After the grace the replay ends the session.
	e.clk.Advance(auth.RefreshReuseGrace)
	if got := dig(replay().Data, "refreshSession", "userErrors", 0, "code"); got != "SESSION_EXPIRED" {
		t.Fatalf("replay after grace: code %v", got)
	}
	if r := e.gql(tok, `{viewer{id}}`, nil); r.Status != http.StatusUnauthorized {
		t.Errorf("access token of a session ended by reuse: status %d, want 401", r.Status)
	}
	again := e.staffPost(b, "", "", staffRefreshQ, nil) // the legitimate holder's current cookie
	if got := dig(again.Data, "refreshSession", "userErrors", 0, "code"); got != "SESSION_EXPIRED" {
		t.Errorf("current cookie of a session ended by reuse: %s", again.Raw)
	}
	ses, err := e.st.Client.Session.Query().Only(viewer.System(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	if ses.RevokeReason == nil || *ses.RevokeReason != auth.RevokeReasonRefreshReuse {
		t.Errorf("revoke reason = %v, want %s", ses.RevokeReason, auth.RevokeReasonRefreshReuse)
	}
}

func TestStaffLogoutEndsSession(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	login := e.staffPost(b, "", "", staffLoginQ, creds(e.fx.EmployerUserA2, testPassword))
	tok, _ := dig(login.Data, "login", "accessToken").(string)
	cks := login.refreshCookies(t)
	if tok == "" || len(cks) != 1 {
		t.Fatalf("login: %s", login.Raw)
	}
	if r := e.gql(tok, `{viewer{kind}}`, nil); r.Status != http.StatusOK {
		t.Fatalf("before logout: %d %s", r.Status, r.Raw)
	}

	out := e.staffPost(b, "Bearer "+tok, "", staffLogoutQ, nil)
	if out.Status != http.StatusOK || dig(out.Data, "logout", "ok") != true {
		t.Fatalf("logout: %d %s", out.Status, out.Raw)
	}
	cleared := out.refreshCookies(t)
	if len(cleared) != 1 || cleared[0].Value != "" || cleared[0].MaxAge >= 0 || cleared[0].Path != "/graphql" {
		t.Errorf("logout should clear the refresh cookie: %v", out.header.Values("Set-Cookie"))
	}

	r := e.gql(tok, `{viewer{kind}}`, nil)
	if r.Status != http.StatusUnauthorized || !slices.Equal(r.codes(), []string{"UNAUTHENTICATED"}) {
		t.Errorf("access token after logout: %d %s, want 401 UNAUTHENTICATED", r.Status, r.Raw)
	}
	// The refresh token died with the session, even if a client kept it.
	ref := e.staffPost(http.DefaultClient, "", httpapi.StaffRefreshCookie+"="+cks[0].Value, staffRefreshQ, nil)
	if got := dig(ref.Data, "refreshSession", "userErrors", 0, "code"); got != "SESSION_EXPIRED" {
		t.Errorf("refresh after logout: %s", ref.Raw)
	}
	ses, err := e.st.Client.Session.Query().Where(session.RefreshHash(auth.HashToken(cks[0].Value))).Only(viewer.System(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	if ses.RevokedAt == nil || !ses.RevokedAt.Equal(e.clk.Now()) || ses.RevokeReason == nil || *ses.RevokeReason != "LOGOUT" {
		t.Errorf("session after logout: revoked_at %v reason %v, want now and LOGOUT", ses.RevokedAt, ses.RevokeReason)
	}
}

// TestStaffLockoutR13 (R13, R43): staff sign-in locks like an employee's — three wrong
// passwords in a row lock it for one hour. Earlier, staff locked after five wrong
// passwords for 15 minutes, a rule no document stated; this test asserted that rule.
func TestStaffLockoutR13(t *testing.T) {
	e := newEnv(t)
	ctx := viewer.System(context.Background())
	name := e.fx.EmployerUserA1
	loadUser := func() (failed int, locked *time.Time) {
		t.Helper()
		u, err := e.st.Client.User.Get(ctx, e.fx.EmployerUserA1ID)
		if err != nil {
			t.Fatal(err)
		}
		return u.FailedAttempts, u.LockedUntil
	}

	var wrong staffCall
	for i := 1; i <= 2; i++ {
		wrong = e.staffPost(http.DefaultClient, "", "", staffLoginQ, creds(name, "fout-wachtwoord"))
		assertInvalidCredentials(t, "wrong password", wrong)
	}
	if failed, locked := loadUser(); failed != 2 || locked != nil {
		t.Fatalf("after 2 wrong passwords: failed_attempts %d, locked_until %v; want 2, none", failed, locked)
	}
	e.staffPost(http.DefaultClient, "", "", staffLoginQ, creds(name, "fout-wachtwoord"))
	lockedAt := e.clk.Now()
	if _, locked := loadUser(); locked == nil || !locked.Equal(lockedAt.Add(time.Hour)) {
		t.Fatalf("after 3 wrong passwords: locked_until %v, want %v", locked, lockedAt.Add(time.Hour))
	}

	// Locked: the right password gets exactly the wrong-password answer.
	right := e.staffPost(http.DefaultClient, "", "", staffLoginQ, creds(name, testPassword))
	assertInvalidCredentials(t, "right password while locked", right)
	if right.Raw != wrong.Raw {
		t.Errorf("locked answer differs from wrong password:\n%s\n%s", right.Raw, wrong.Raw)
	}
	e.clk.Advance(59 * time.Minute)
	assertInvalidCredentials(t, "right password after 59 minutes",
		e.staffPost(http.DefaultClient, "", "", staffLoginQ, creds(name, testPassword)))
	// Other users are not affected.
	if tok := e.login(e.fx.EmployerUserA1Email); tok == "" {
		t.Fatal("other user cannot sign in")
	}

	e.clk.Advance(2 * time.Minute) // 61 minutes after the lock
	ok := e.staffPost(http.DefaultClient, "", "", staffLoginQ, creds(name, testPassword))
	if tok, _ := dig(ok.Data, "login", "accessToken").(string); tok == "" {
		t.Fatalf("after an hour the right password should work: %s", ok.Raw)
	}
	if failed, locked := loadUser(); failed != 0 || locked != nil {
		t.Errorf("after a good login: failed_attempts %d, locked_until %v; want 0, none", failed, locked)
	}
}

func TestStaffBadAuthorizationHeader(t *testing.T) {
	e := newEnv(t)
	tok := e.login(e.fx.ProviderUser)

	// The same session, subject and claims, signed with another key.
	var claims auth.Claims
	if _, _, err := jwt.NewParser().ParseUnverified(tok, &claims); err != nil {
		t.Fatal(err)
	}
	other, err := auth.NewSigner([]byte("another-key-another-key-another-key!"), e.clk.Now)
	if err != nil {
		t.Fatal(err)
	}
	forged, _, err := other.Issue(claims.SessionID, claims.Kind, claims.Subject, 10*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	// And an unsigned one (alg none).
	none, err := jwt.NewWithClaims(jwt.SigningMethodNone, claims).SignedString(jwt.UnsafeAllowNoneSignatureType)
	if err != nil {
		t.Fatal(err)
	}

	cases := map[string]string{
		"basic scheme":      "Basic " + tok,
		"bearer, no token":  "Bearer",
		"bearer, blank":     "Bearer ",
		"no space":          "Bearer" + tok,
		"token scheme":      "Token " + tok,
		"not a JWT":         "Bearer not-a-jwt",
		"truncated JWT":     "Bearer " + tok[:len(tok)-5],
		"other signing key": "Bearer " + forged,
		"alg none":          "Bearer " + none,
	}
	for name, authz := range cases {
		t.Run(name, func(t *testing.T) {
			c := e.staffPost(http.DefaultClient, authz, "", `{viewer{id}}`, nil)
			if c.Status != http.StatusUnauthorized {
				t.Fatalf("status %d, want 401: %s", c.Status, c.Raw)
			}
			if !slices.Equal(c.codes(), []string{"UNAUTHENTICATED"}) {
				t.Errorf("codes %v, want [UNAUTHENTICATED]", c.codes())
			}
			if got := c.header.Get("WWW-Authenticate"); !strings.HasPrefix(got, "Bearer") {
				t.Errorf("WWW-Authenticate = %q, want Bearer …", got)
			}
			if c.Data != nil {
				t.Errorf("401 answer carries data: %s", c.Raw)
			}
		})
	}
	// Control: the genuine token works, with the scheme in any case.
	for _, scheme := range []string{"Bearer ", "bearer "} {
		if c := e.staffPost(http.DefaultClient, scheme+tok, "", `{viewer{kind}}`, nil); c.Status != http.StatusOK || dig(c.Data, "viewer", "kind") != "STAFF_USER" {
			t.Errorf("%q token: %d %s", scheme, c.Status, c.Raw)
		}
	}
}
