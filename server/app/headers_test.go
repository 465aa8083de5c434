package app_test

import (
	"crypto/sha256"
	"encoding/base64"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/werkportaal/werkportaal/frontend"
	"github.com/werkportaal/werkportaal/server/app"
)

// directive returns the sources of one CSP directive ("" when absent).
func directive(policy, name string) (string, bool) {
	for _, d := range strings.Split(policy, ";") {
		d = strings.TrimSpace(d)
		if d == name || strings.HasPrefix(d, name+" ") {
			return strings.TrimSpace(strings.TrimPrefix(d, name)), true
		}
	}
	return "", false
}

func newApp(t *testing.T, e *env, cfg app.Config) http.Handler {
	t.Helper()
	cfg.JWTKey = testJWTKey
	a, err := app.New(e.st, e.clk, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return a.Handler()
}

func record(h http.Handler, method, target string, hdr map[string]string) *http.Response {
	req := httptest.NewRequest(method, target, strings.NewReader(`{"query":"{ __typename }"}`))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

// TestSecurityHeaders: every answer of the app (SPA, GraphQL, token endpoint,
// downloads, health) carries nosniff, no framing and a Content-Security-Policy; the SPA's
// policy allows only its own scripts and styles, everything else may load nothing.
// HSTS only when PUBLIC_URL is https.
func TestSecurityHeaders(t *testing.T) {
	e := newEnv(t)
	plain := newApp(t, e, app.Config{PublicURL: "http://127.0.0.1:8080"})
	secure := newApp(t, e, app.Config{PublicURL: "https://werkportaal.example.nl"})
	requests := []struct{ method, path string }{
		{http.MethodGet, "/"},
		{http.MethodGet, "/beheer/werkgevers/emp_x"},
		{http.MethodGet, "/werknemer/inloggen"},
		{http.MethodPost, "/graphql"},
		{http.MethodPost, "/oauth/token"},
		{http.MethodGet, "/downloads/payslips/lst_x.pdf"},
		{http.MethodGet, "/healthz"},
		{http.MethodGet, "/metrics"},
	}
	for _, r := range requests {
		name := r.method + " " + r.path
		res := record(plain, r.method, r.path, nil)
		h := res.Header
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("X-Frame-Options") != "DENY" || h.Get("Referrer-Policy") == "" {
			t.Errorf("%s: nosniff %q, frame %q, referrer %q", name, h.Get("X-Content-Type-Options"), h.Get("X-Frame-Options"), h.Get("Referrer-Policy"))
		}
		if got := h.Get("Strict-Transport-Security"); got != "" {
			t.Errorf("%s over an http PUBLIC_URL: HSTS %q", name, got)
		}
		csp := h.Get("Content-Security-Policy")
		if fa, _ := directive(csp, "frame-ancestors"); fa != "'none'" {
			t.Errorf("%s: CSP %q lacks frame-ancestors 'none'", name, csp)
		}
		spa := r.method == http.MethodGet && r.path != "/healthz" && r.path != "/metrics" && !strings.HasPrefix(r.path, "/downloads/")
		if spa {
			// 'self' and the hash of each inline script the served page has, nothing else.
			page, _ := io.ReadAll(res.Body)
			if src, _ := directive(csp, "script-src"); src != strings.Join(append([]string{"'self'"}, inlineScriptHashes(string(page))...), " ") {
				t.Errorf("%s: script-src %q, want 'self' and the hashes of the page's inline scripts", name, src)
			}
			if src, _ := directive(csp, "style-src"); !strings.HasPrefix(src, "'self'") || strings.Contains(src, "unsafe") {
				t.Errorf("%s: style-src %q", name, src)
			}
			if src, _ := directive(csp, "connect-src"); src != "'self'" {
				t.Errorf("%s: connect-src %q", name, src)
			}
		} else if def, _ := directive(csp, "default-src"); def != "'none'" {
			t.Errorf("%s: CSP %q, want default-src 'none'", name, csp)
		}

		res = record(secure, r.method, r.path, nil)
		if got := res.Header.Get("Strict-Transport-Security"); got != "max-age=31536000" {
			t.Errorf("%s over an https PUBLIC_URL: HSTS %q", name, got)
		}
	}
}

// TestSPANonce: index.html gets a fresh nonce per answer, in its <meta
// property="csp-nonce"> (where React Aria reads it for the styles it injects) and in
// the policy's style-src; nowhere in script-src. Other files get the policy without one.
func TestSPANonce(t *testing.T) {
	h := frontend.HandlerCSP(spaFiles(), app.SPAPolicy)
	meta := regexp.MustCompile(`^<!doctype html><html lang="nl"><head><meta property="csp-nonce" nonce="([A-Za-z0-9+/]{22}==)"><title>`)
	seen := map[string]bool{}
	for _, p := range []string{"/", "/werknemer/inloggen", "/beheer"} {
		res, body := spaDo(h, http.MethodGet, p)
		m := meta.FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("%s: no nonce meta in %q", p, body)
		}
		nonce := m[1]
		if seen[nonce] {
			t.Errorf("%s: nonce %s repeated", p, nonce)
		}
		seen[nonce] = true
		csp := res.Header.Get("Content-Security-Policy")
		if style, _ := directive(csp, "style-src"); style != "'self' 'nonce-"+nonce+"'" {
			t.Errorf("%s: style-src %q, want the nonce %s", p, style, nonce)
		}
		if script, _ := directive(csp, "script-src"); script != "'self'" {
			t.Errorf("%s: script-src %q", p, script)
		}
		if strings.TrimPrefix(body, m[0]) != strings.TrimPrefix(spaIndex, `<!doctype html><html lang="nl"><head><title>`) {
			t.Errorf("%s: index.html changed beyond the meta: %q", p, body)
		}
	}
	if style := assetDirective(h, "style-src"); style != "'self'" {
		t.Errorf("asset: style-src %q", style)
	}
}

// assetDirective is the directive name of the policy an asset of h is served with.
func assetDirective(h http.Handler, name string) string {
	res, _ := spaDo(h, http.MethodGet, "/assets/app-abc123.js")
	d, _ := directive(res.Header.Get("Content-Security-Policy"), name)
	return d
}

// cspHash is the Content-Security-Policy source of an inline element's text, computed
// here independently of the server's frontend.InlineScriptSources and InlineStyleSources.
func cspHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// builtIndex is the built SPA's index.html; the test stops (skipped) after what it has
// checked on its miniature when the SPA is not built.
func builtIndex(t *testing.T) string {
	t.Helper()
	built, err := fs.ReadFile(frontend.Files(), "index.html")
	if err != nil {
		t.Skip("the SPA is not built (make build): only the miniature was checked")
	}
	return string(built)
}

// inlineScriptHashes hashes the inline scripts of page itself, independently of the
// server's frontend.InlineScriptSources.
func inlineScriptHashes(page string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`(?s)<script\b([^>]*)>(.*?)</script>`).FindAllStringSubmatch(page, -1) {
		if strings.Contains(m[1], "src=") {
			continue
		}
		out = append(out, cspHash(m[2]))
	}
	return out
}

// TestSPAInlineScriptByHash: an inline script of index.html runs by its sha256 hash,
// which the server computes from the file it serves: the policy of index.html names the
// hash of exactly the script in the served page, whatever the path (the script itself
// decides where it acts), never 'unsafe-inline' or a nonce for scripts; assets get no
// hash. The built SPA's script (the early session restore of the employee's home) is
// checked the same way on the served /werknemer.
func TestSPAInlineScriptByHash(t *testing.T) {
	const script = `(function (w) { if (w.location.pathname === "/werknemer") w.early = fetch("/graphql"); })(window);`
	files := spaFiles()
	files["index.html"] = &fstest.MapFile{Data: []byte(strings.Replace(spaIndex, "<title>", "<script>"+script+"</script><title>", 1))}
	h := frontend.HandlerCSP(files, app.SPAPolicy)
	want := "'self' " + cspHash(script)
	for _, p := range []string{"/", "/werknemer", "/werknemer/inloggen", "/beheer"} {
		res, body := spaDo(h, http.MethodGet, p)
		if !strings.Contains(body, "<script>"+script+"</script>") {
			t.Fatalf("%s: the served page lost its inline script: %q", p, body)
		}
		csp := res.Header.Get("Content-Security-Policy")
		src, _ := directive(csp, "script-src")
		if src != want || src != strings.Join(append([]string{"'self'"}, inlineScriptHashes(body)...), " ") {
			t.Errorf("%s: script-src %q, want %q", p, src, want)
		}
		if strings.Contains(src, "unsafe") || strings.Contains(src, "nonce") {
			t.Errorf("%s: script-src %q", p, src)
		}
	}
	if src := assetDirective(h, "script-src"); src != "'self'" {
		t.Errorf("asset: script-src %q", src)
	}

	// The build's own: when the SPA is built, /werknemer carries the early restore script
	// and the policy its hash.
	built := builtIndex(t)
	if len(inlineScriptHashes(built)) == 0 {
		t.Fatal("the built index.html has no inline script: the early restore of the employee's home is missing (frontend/vite/earlyRestore.ts)")
	}
	res, body := spaDo(frontend.HandlerCSP(frontend.Files(), app.SPAPolicy), http.MethodGet, "/werknemer")
	src, _ := directive(res.Header.Get("Content-Security-Policy"), "script-src")
	hashes := inlineScriptHashes(body)
	if len(hashes) == 0 || src != strings.Join(append([]string{"'self'"}, hashes...), " ") {
		t.Errorf("built /werknemer: script-src %q, the page's inline scripts %v", src, hashes)
	}
	if !strings.Contains(body, "__werkportaalEarly") {
		t.Errorf("built /werknemer: the inline script is not the early restore: %q", body)
	}
}

// TestSPAInlineStyleByHash: the entry's style sheets, inline in index.html
// (frontend/vite/inlineEntryCss.ts), are allowed by their sha256 hashes, which the
// server computes from the file it serves, before the per-answer nonce; never by
// 'unsafe-inline'. The built SPA is checked the same way on the served sign-in page.
func TestSPAInlineStyleByHash(t *testing.T) {
	const sheet = `body{margin:0}._header_1{background:#1f4e8c}`
	files := spaFiles()
	files["index.html"] = &fstest.MapFile{Data: []byte(strings.Replace(spaIndex, "<title>", "<style>"+sheet+"</style><title>", 1))}
	h := frontend.HandlerCSP(files, app.SPAPolicy)
	hash := cspHash(sheet)
	nonce := regexp.MustCompile(`<meta property="csp-nonce" nonce="([^"]+)">`)
	for _, p := range []string{"/", "/werknemer/inloggen", "/beheer"} {
		res, body := spaDo(h, http.MethodGet, p)
		m := nonce.FindStringSubmatch(body)
		if m == nil || !strings.Contains(body, "<style>"+sheet+"</style>") {
			t.Fatalf("%s: the served page lost its nonce or its style sheet: %q", p, body)
		}
		style, _ := directive(res.Header.Get("Content-Security-Policy"), "style-src")
		if want := "'self' " + hash + " 'nonce-" + m[1] + "'"; style != want {
			t.Errorf("%s: style-src %q, want %q", p, style, want)
		}
		if script, _ := directive(res.Header.Get("Content-Security-Policy"), "script-src"); script != "'self'" {
			t.Errorf("%s: a style sheet's hash in script-src %q", p, script)
		}
	}
	if style := assetDirective(h, "style-src"); style != "'self'" {
		t.Errorf("asset: style-src %q", style)
	}

	sheets := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindAllStringSubmatch(builtIndex(t), -1)
	if len(sheets) == 0 {
		t.Fatal("the built index.html has no inline style sheet: the entry's CSS is linked, a round trip before the first paint (frontend/vite/inlineEntryCss.ts)")
	}
	res, _ := spaDo(frontend.HandlerCSP(frontend.Files(), app.SPAPolicy), http.MethodGet, "/werknemer/inloggen")
	style, _ := directive(res.Header.Get("Content-Security-Policy"), "style-src")
	for _, m := range sheets {
		if h := cspHash(m[1]); !strings.Contains(style, h) {
			t.Errorf("built /werknemer/inloggen: style-src %q lacks %s", style, h)
		}
	}
}

// TestGraphiQLPolicyInDevOnly: the dev-only GraphiQL page runs its inline start script
// by hash (no 'unsafe-inline' for scripts) and loads only from jsDelivr; outside dev
// the path is the SPA with its strict policy.
func TestGraphiQLPolicyInDevOnly(t *testing.T) {
	e := newEnv(t)
	dev := newApp(t, e, app.Config{Dev: true})
	res := record(dev, http.MethodGet, "/graphiql", nil)
	rec := httptest.NewRecorder()
	_, _ = rec.Body.ReadFrom(res.Body)
	page := rec.Body.String()
	csp := res.Header.Get("Content-Security-Policy")
	script, _ := directive(csp, "script-src")
	if res.StatusCode != http.StatusOK || strings.Contains(script, "unsafe") || !strings.Contains(script, "https://cdn.jsdelivr.net") {
		t.Fatalf("GraphiQL: %d, script-src %q", res.StatusCode, script)
	}
	inline := regexp.MustCompile(`(?s)<script>(.*?)</script>`).FindAllStringSubmatch(page, -1)
	if len(inline) == 0 {
		t.Fatal("GraphiQL page has no inline script; the hash test tests nothing")
	}
	for _, m := range inline {
		if h := cspHash(m[1]); !strings.Contains(script, h) {
			t.Errorf("script-src %q lacks %s", script, h)
		}
	}
	if def, _ := directive(csp, "default-src"); def != "'none'" {
		t.Errorf("GraphiQL default-src %q", def)
	}

	prod := newApp(t, e, app.Config{})
	res = record(prod, http.MethodGet, "/graphiql", nil)
	spa, _ := io.ReadAll(res.Body)
	// The SPA's policy: its own scripts and the hashes of its page's inline scripts only.
	if script, _ := directive(res.Header.Get("Content-Security-Policy"), "script-src"); script != strings.Join(append([]string{"'self'"}, inlineScriptHashes(string(spa))...), " ") ||
		strings.Contains(script, "jsdelivr") {
		t.Errorf("/graphiql outside dev: script-src %q", script)
	}
}

// TestMetricsProtection: /metrics on the main listener only with METRICS_TOKEN as a
// bearer token; the separate listener's handler (METRICS_ADDR) is open without a token
// and asks for it when one is set.
func TestMetricsProtection(t *testing.T) {
	e := newEnv(t)
	const token = "metrics-token-0123456789abcdef"
	bearer := func(tok string) map[string]string { return map[string]string{"Authorization": "Bearer " + tok} }
	status := func(h http.Handler, hdr map[string]string) int {
		return record(h, http.MethodGet, "/metrics", hdr).StatusCode
	}

	open, err := app.New(e.st, e.clk, app.Config{JWTKey: testJWTKey})
	if err != nil {
		t.Fatal(err)
	}
	if got := status(open.Handler(), nil); got != http.StatusNotFound {
		t.Errorf("main listener, no token configured: %d, want 404", got)
	}
	if got := status(open.Handler(), bearer(token)); got != http.StatusNotFound {
		t.Errorf("main listener, no token configured, a token sent: %d, want 404", got)
	}
	if got := status(open.MetricsHandler(), nil); got != http.StatusOK {
		t.Errorf("metrics listener without a token configured: %d, want 200", got)
	}

	locked, err := app.New(e.st, e.clk, app.Config{JWTKey: testJWTKey, MetricsToken: token})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []http.Handler{locked.Handler(), locked.MetricsHandler()} {
		for name, hdr := range map[string]map[string]string{
			"none":      nil,
			"wrong":     bearer(token + "x"),
			"prefix":    bearer(token[:10]),
			"basic":     {"Authorization": "Basic " + base64.StdEncoding.EncodeToString([]byte("x:"+token))},
			"lowercase": {"Authorization": "bearer-" + token},
		} {
			res := record(h, http.MethodGet, "/metrics", hdr)
			if res.StatusCode != http.StatusUnauthorized || !strings.HasPrefix(res.Header.Get("WWW-Authenticate"), "Bearer") {
				t.Errorf("%s token: %d %q, want 401 with a Bearer challenge", name, res.StatusCode, res.Header.Get("WWW-Authenticate"))
			}
		}
		res := record(h, http.MethodGet, "/metrics", bearer(token))
		rec := httptest.NewRecorder()
		_, _ = rec.Body.ReadFrom(res.Body)
		if res.StatusCode != http.StatusOK || !strings.Contains(rec.Body.String(), "go_goroutines") ||
			!strings.Contains(rec.Body.String(), "werkportaal_mail_outbox_pending 0") {
			t.Errorf("right token: %d", res.StatusCode)
		}
	}
}
