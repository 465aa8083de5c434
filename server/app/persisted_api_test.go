package app_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/frontend"
	"github.com/werkportaal/werkportaal/server/app"
)

// Outside dev, browser sessions run only the SPA's persisted documents; integrators
// with API credentials may send any query (docs/architecture.md, Persisted documents).
func TestOnlyKnownDocumentsOutsideDev(t *testing.T) {
	e := newEnv(t)
	a, err := app.New(e.st, e.clk, app.Config{JWTKey: testJWTKey}) // production behaviour
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(a.Handler())
	defer srv.Close()
	post := func(authz string, body map[string]any) (int, map[string]any) {
		b, _ := json.Marshal(body)
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		if authz != "" {
			req.Header.Set("Authorization", authz)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer closeBody(res)
		var out map[string]any
		_ = json.NewDecoder(res.Body).Decode(&out)
		return res.StatusCode, out
	}
	code := func(out map[string]any) string {
		c, _ := dig(out, "errors", 0, "extensions", "code").(string)
		return c
	}

	// A staff session (token from the test app, which shares store and key) with its own query text.
	staff := e.login(e.fx.ProviderUser)
	if _, out := post("Bearer "+staff, map[string]any{"query": "{ viewer { displayName } }"}); code(out) != "BAD_REQUEST" {
		t.Fatalf("staff ad-hoc query must be refused: %v", out)
	}
	// Anonymous too.
	if _, out := post("", map[string]any{"query": "{ viewer { displayName } }"}); code(out) != "BAD_REQUEST" {
		t.Fatalf("anonymous ad-hoc query must be refused: %v", out)
	}
	// One of the SPA's documents by its hash runs.
	var hash, doc string
	for h, d := range frontend.PersistedDocuments() {
		if strings.HasPrefix(d, "mutation Logout") {
			hash, doc = h, d
		}
	}
	if hash == "" {
		t.Fatal("the SPA has no Logout document")
	}
	_, out := post("", map[string]any{"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}})
	if dig(out, "data", "logout", "ok") != true {
		t.Fatalf("persisted document by hash: %v", out)
	}
	// And by its full text (what a client sends after PERSISTED_QUERY_NOT_FOUND).
	if _, out := post("", map[string]any{"query": doc}); dig(out, "data", "logout", "ok") != true {
		t.Fatalf("persisted document by text: %v", out)
	}
	// An integrator may send any query.
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {e.fx.APIClientID}, "client_secret": {e.fx.APIClientSecret}}
	res, err := http.PostForm(srv.URL+"/oauth/token", form)
	if err != nil {
		t.Fatal(err)
	}
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	_ = json.NewDecoder(res.Body).Decode(&tok)
	closeBody(res)
	if _, out := post("Bearer "+tok.AccessToken, map[string]any{"query": "{ viewer { kind } }"}); dig(out, "data", "viewer", "kind") != "API_CLIENT" {
		t.Fatalf("integrator ad-hoc query: %v", out)
	}
}
