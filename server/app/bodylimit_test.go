package app_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/server/app"
)

const activateQ = `mutation($e:ID!,$c:String!){activateProduct(input:{employerId:$e,productCode:$c}){
	employer{id} userErrors{code}}}`

// paddedBody is a GraphQL request of exactly size bytes: the activation mutation with
// a comment that fills it up.
func paddedBody(t *testing.T, employerID string, size int) []byte {
	t.Helper()
	build := func(pad int) []byte {
		b, _ := json.Marshal(map[string]any{
			"query":     "# " + strings.Repeat("x", pad) + "\n" + activateQ,
			"variables": map[string]any{"e": employerID, "c": "MIJNLOKET"},
		})
		return b
	}
	base := len(build(0))
	b := build(size - base)
	if len(b) != size {
		t.Fatalf("padded body has %d bytes, want %d", len(b), size)
	}
	return b
}

// rawPost sends body to /graphql; chunked hides the length from the server.
func rawPost(t *testing.T, url, token string, body []byte, chunked bool) (int, string) {
	t.Helper()
	var rd io.Reader = bytes.NewReader(body)
	if chunked {
		rd = io.MultiReader(rd) // not a *bytes.Reader: no Content-Length, chunked encoding
	}
	req, _ := http.NewRequest(http.MethodPost, url+"/graphql", rd)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	if chunked && req.ContentLength != 0 {
		t.Fatalf("chunked request has Content-Length %d", req.ContentLength)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer closeBody(res)
	raw, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(raw)
}

func TestBodyOverOneMiBIsRefused(t *testing.T) {
	e := newEnv(t)
	tok := e.login(e.fx.ProviderUser)
	activations := func() int { return e.count(e.st.Client.ProductActivation.Query()) }
	audits := func() int { return e.count(e.st.Client.AuditEvent.Query()) }
	act0, aud0 := activations(), audits()

	// One byte over the limit: 413 before anything runs.
	status, body := rawPost(t, e.srv.URL, tok, paddedBody(t, e.fx.A1.ID, 1<<20+1), false)
	if status != http.StatusRequestEntityTooLarge {
		t.Errorf("1 MiB + 1 byte: status %d, want 413: %.200s", status, body)
	}
	if n := activations(); n != act0 {
		t.Errorf("refused request activated a product: %d → %d", act0, n)
	}
	if n := audits(); n != aud0 {
		t.Errorf("refused request wrote audit events: %d → %d", aud0, n)
	}
	// Far over the limit too.
	status, _ = rawPost(t, e.srv.URL, tok, paddedBody(t, e.fx.A1.ID, 3<<20), false)
	if status != http.StatusRequestEntityTooLarge {
		t.Errorf("3 MiB: status %d, want 413", status)
	}
	// The token endpoint has the same limit.
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/oauth/token",
		strings.NewReader("grant_type=client_credentials&client_secret="+strings.Repeat("s", 1<<20)))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if res, err := http.DefaultClient.Do(req); err != nil {
		t.Fatal(err)
	} else {
		closeBody(res)
		if res.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("/oauth/token over 1 MiB: status %d, want 413", res.StatusCode)
		}
	}

	// Control: the very same mutation at exactly 1 MiB is served and does change things,
	// so the refusals above were the size limit and nothing else.
	status, body = rawPost(t, e.srv.URL, tok, paddedBody(t, e.fx.A1.ID, 1<<20), false)
	var r gqlResponse
	if err := json.Unmarshal([]byte(body), &r); err != nil || status != http.StatusOK || len(r.Errors) != 0 {
		t.Fatalf("exactly 1 MiB: %d %.300s", status, body)
	}
	if dig(r.Data, "activateProduct", "employer", "id") != e.fx.A1.ID {
		t.Fatalf("exactly 1 MiB: activation failed: %.300s", body)
	}
	if n := activations(); n != act0+1 {
		t.Errorf("accepted request: activations %d → %d, want +1", act0, n)
	}
	if n := audits(); n <= aud0 {
		t.Errorf("accepted request wrote no audit event")
	}
}

func TestChunkedBodyOverOneMiBIsRefused(t *testing.T) {
	e := newEnv(t)
	tok := e.login(e.fx.ProviderUser)
	act0 := e.count(e.st.Client.ProductActivation.Query())

	// Without Content-Length the limit is enforced while reading: the request is refused
	// (see TestChunkedBodyOverOneMiBGets413 for the status) and nothing runs.
	status, body := rawPost(t, e.srv.URL, tok, paddedBody(t, e.fx.A1.ID, 1<<20+1), true)
	if status != http.StatusRequestEntityTooLarge {
		var r gqlResponse
		if err := json.Unmarshal([]byte(body), &r); err != nil || r.Data != nil ||
			!slices.Equal(r.codes(), []string{"BAD_REQUEST"}) || !strings.Contains(r.Errors[0].Message, "too large") {
			t.Errorf("chunked 1 MiB + 1: %d %.300s, want 413 or a BAD_REQUEST 'too large' error without data", status, body)
		}
	}
	if n := e.count(e.st.Client.ProductActivation.Query()); n != act0 {
		t.Errorf("refused chunked request activated a product: %d → %d", act0, n)
	}
	// Control: a small chunked request is served.
	status, body = rawPost(t, e.srv.URL, tok, paddedBody(t, e.fx.A1.ID, 4096), true)
	if status != http.StatusOK || !strings.Contains(body, e.fx.A1.ID) {
		t.Errorf("small chunked request: %d %.300s", status, body)
	}
}

func TestChunkedBodyOverOneMiBGets413(t *testing.T) {
	e := newEnv(t)
	tok := e.login(e.fx.ProviderUser)
	if status, body := rawPost(t, e.srv.URL, tok, paddedBody(t, e.fx.A1.ID, 1<<20+1), true); status != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked 1 MiB + 1: status %d, want 413: %.200s", status, body)
	}
}

// preflight sends a CORS preflight for a credentialed POST /graphql from origin.
func preflight(t *testing.T, url, origin string) http.Header {
	t.Helper()
	req, _ := http.NewRequest(http.MethodOptions, url+"/graphql", nil)
	req.Header.Set("Origin", origin)
	req.Header.Set("Access-Control-Request-Method", http.MethodPost)
	req.Header.Set("Access-Control-Request-Headers", "authorization,content-type")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	closeBody(res)
	if res.StatusCode >= 300 {
		t.Errorf("preflight from %s: status %d", origin, res.StatusCode)
	}
	return res.Header
}

func newCORSApp(t *testing.T, e *env, origins []string) *httptest.Server {
	t.Helper()
	a, err := app.New(e.st, e.clk, app.Config{JWTKey: testJWTKey, AllowedOrigins: origins, AdHocQueries: true})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(a.Handler())
	t.Cleanup(srv.Close)
	return srv
}

func assertNoCORS(t *testing.T, name string, h http.Header) {
	t.Helper()
	for _, k := range []string{"Access-Control-Allow-Origin", "Access-Control-Allow-Credentials", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers"} {
		if v := h.Values(k); len(v) != 0 {
			t.Errorf("%s: %s = %v, want none", name, k, v)
		}
	}
}

func TestCORSAllowList(t *testing.T) {
	e := newEnv(t)
	srv := newCORSApp(t, e, []string{"https://app.example"})

	h := preflight(t, srv.URL, "https://app.example")
	if got := h.Values("Access-Control-Allow-Origin"); len(got) != 1 || got[0] != "https://app.example" {
		t.Errorf("allowed origin: Access-Control-Allow-Origin = %v, want [https://app.example]", got)
	}
	if got := h.Get("Access-Control-Allow-Credentials"); got != "true" {
		t.Errorf("allowed origin: Access-Control-Allow-Credentials = %q, want true", got)
	}
	if got := h.Get("Access-Control-Allow-Methods"); got != http.MethodPost {
		t.Errorf("allowed origin: Access-Control-Allow-Methods = %q, want POST", got)
	}
	if got := strings.ToLower(h.Get("Access-Control-Allow-Headers")); !strings.Contains(got, "authorization") || !strings.Contains(got, "content-type") {
		t.Errorf("allowed origin: Access-Control-Allow-Headers = %q, want authorization and content-type", got)
	}
	if got := h.Get("Access-Control-Max-Age"); got != "600" {
		t.Errorf("allowed origin: Access-Control-Max-Age = %q, want 600", got)
	}
	if !strings.Contains(strings.Join(h.Values("Vary"), ","), "Origin") {
		t.Errorf("preflight answer does not vary by Origin: %v", h.Values("Vary"))
	}

	// Other origins, including look-alikes, get nothing.
	for _, o := range []string{"https://evil.example", "http://app.example", "https://app.example.evil", "https://sub.app.example", "null"} {
		assertNoCORS(t, "origin "+o, preflight(t, srv.URL, o))
	}

	// An actual credentialed request from the allowed origin: the origin is echoed, never *.
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", strings.NewReader(`{"query":"{__typename}"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Origin", "https://app.example")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	closeBody(res)
	if got := res.Header.Get("Access-Control-Allow-Origin"); got != "https://app.example" {
		t.Errorf("actual request: Access-Control-Allow-Origin = %q, want https://app.example", got)
	}
	if got := res.Header.Get("Access-Control-Allow-Credentials"); got != "true" {
		t.Errorf("actual request: Access-Control-Allow-Credentials = %q, want true", got)
	}
	if got := res.Header.Get("Access-Control-Expose-Headers"); !strings.EqualFold(got, "X-Request-Id") {
		t.Errorf("actual request: Access-Control-Expose-Headers = %q, want X-Request-Id", got)
	}
	// The token endpoint follows the same list.
	req, _ = http.NewRequest(http.MethodOptions, srv.URL+"/oauth/token", nil)
	req.Header.Set("Origin", "https://evil.example")
	req.Header.Set("Access-Control-Request-Method", http.MethodPost)
	if res, err := http.DefaultClient.Do(req); err != nil {
		t.Fatal(err)
	} else {
		closeBody(res)
		assertNoCORS(t, "/oauth/token from evil", res.Header)
	}
}

func TestCORSNoOriginsConfigured(t *testing.T) {
	e := newEnv(t) // the harness app configures no allowed origins
	for _, o := range []string{"https://evil.example", "https://app.example"} {
		h := preflight(t, e.srv.URL, o)
		assertNoCORS(t, "no allow-list, origin "+o, h)
		for _, v := range h.Values("Access-Control-Allow-Origin") {
			if v == "*" {
				t.Errorf("Access-Control-Allow-Origin: * (with credentials allowed)")
			}
		}
	}
}
