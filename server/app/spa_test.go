package app_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/werkportaal/werkportaal/frontend"
	"github.com/werkportaal/werkportaal/server/app"
)

const (
	spaIndex   = `<!doctype html><html lang="nl"><head><title>Werkportaal test</title><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>`
	spaAppJS   = `console.log("werkportaal app abc123");`
	spaFavicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>`
)

// spaFiles is a built SPA in miniature, so the tests do not depend on `npm run build`.
func spaFiles() fstest.MapFS {
	return fstest.MapFS{
		"index.html":               {Data: []byte(spaIndex)},
		"assets/app-abc123.js":     {Data: []byte(spaAppJS)},
		"favicon.svg":              {Data: []byte(spaFavicon)},
		".gitkeep":                 {Data: []byte("")},
		"assets/img/logo-1a2b.svg": {Data: []byte(spaFavicon)},
		".vite/manifest.json":      {Data: []byte(`{"secret":"build tooling"}`)},
	}
}

// Build tooling in dot-folders is never served: the path falls back to the SPA.
func TestSPADotFoldersAreNotServed(t *testing.T) {
	h := frontend.Handler(spaFiles())
	for _, p := range []string{"/.vite/manifest.json", "/.gitkeep"} {
		_, body := spaDo(h, http.MethodGet, p)
		if strings.Contains(body, "build tooling") || body != spaIndex {
			t.Errorf("%s served %q, want index.html", p, body)
		}
	}
}

// spaDo sends a request to h and returns the recorded answer and its body.
func spaDo(h http.Handler, method, target string) (*http.Response, string) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	res := rec.Result()
	body, _ := io.ReadAll(res.Body)
	return res, string(body)
}

func TestSPAHashedAssetIsImmutable(t *testing.T) {
	h := frontend.Handler(spaFiles())
	if res, body := spaDo(h, http.MethodGet, "/assets/img/logo-1a2b.svg"); res.StatusCode != http.StatusOK || body != spaFavicon ||
		res.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" {
		t.Errorf("nested asset: %d %q %q", res.StatusCode, res.Header.Get("Cache-Control"), body)
	}
	res, body := spaDo(h, http.MethodGet, "/assets/app-abc123.js")
	if res.StatusCode != http.StatusOK || body != spaAppJS {
		t.Fatalf("asset: %d %q", res.StatusCode, body)
	}
	if got := res.Header.Get("Cache-Control"); got != "public, max-age=31536000, immutable" {
		t.Errorf("Cache-Control = %q, want public, max-age=31536000, immutable", got)
	}
	if got := res.Header.Get("Content-Type"); !strings.HasPrefix(got, "text/javascript") {
		t.Errorf("Content-Type = %q, want text/javascript", got)
	}
}

func TestSPAMissingAssetIs404(t *testing.T) {
	h := frontend.Handler(spaFiles())
	for _, p := range []string{"/assets/missing.js", "/assets/app-abc124.js", "/assets/sub/app-abc123.js", "/assets/../assets/missing.js"} {
		res, body := spaDo(h, http.MethodGet, p)
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", p, res.StatusCode)
		}
		if strings.Contains(body, "<div id=\"root\">") {
			t.Errorf("%s: served the SPA instead of 404", p)
		}
		if got := res.Header.Get("Cache-Control"); strings.Contains(got, "immutable") {
			t.Errorf("%s: a 404 must not be cached as immutable (Cache-Control %q)", p, got)
		}
	}
}

func TestSPAAssetsDirIsNotSPA(t *testing.T) {
	h := frontend.Handler(spaFiles())
	for _, p := range []string{"/assets/", "/assets", "/assets/img/", "/assets/img"} {
		if res, body := spaDo(h, http.MethodGet, p); res.StatusCode != http.StatusNotFound || body == spaIndex || strings.Contains(body, "logo-1a2b") {
			t.Errorf("%s: status %d %q, want 404 (no SPA fallback, no listing under /assets)", p, res.StatusCode, body)
		}
	}
}

func TestSPARoutesServeIndex(t *testing.T) {
	h := frontend.Handler(spaFiles())
	for _, p := range []string{"/", "/index.html", "/beheer/werkgevers/emp_x", "/inloggen", "/inloggen?terug=/beheer", "/beheer/../inloggen", "/.gitkeep"} {
		res, body := spaDo(h, http.MethodGet, p)
		if res.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d, want 200", p, res.StatusCode)
			continue
		}
		if body != spaIndex {
			t.Errorf("%s: body %q, want index.html", p, body)
		}
		if got := res.Header.Get("Cache-Control"); got != "no-cache" {
			t.Errorf("%s: Cache-Control = %q, want no-cache", p, got)
		}
		if got := res.Header.Get("Content-Type"); got != "text/html; charset=utf-8" {
			t.Errorf("%s: Content-Type = %q, want text/html; charset=utf-8", p, got)
		}
	}
	// HEAD answers like GET, without a body.
	if res, body := spaDo(h, http.MethodHead, "/inloggen"); res.StatusCode != http.StatusOK || res.Header.Get("Cache-Control") != "no-cache" {
		t.Errorf("HEAD /inloggen: %d %q %q", res.StatusCode, res.Header.Get("Cache-Control"), body)
	}
}

func TestSPAStaticFile(t *testing.T) {
	h := frontend.Handler(spaFiles())
	res, body := spaDo(h, http.MethodGet, "/favicon.svg")
	if res.StatusCode != http.StatusOK || body != spaFavicon {
		t.Fatalf("favicon: %d %q", res.StatusCode, body)
	}
	if got := res.Header.Get("Content-Type"); got != "image/svg+xml" {
		t.Errorf("Content-Type = %q, want image/svg+xml", got)
	}
	if got := res.Header.Get("Cache-Control"); got != "public, max-age=3600" {
		t.Errorf("Cache-Control = %q, want public, max-age=3600", got)
	}
}

func TestSPARefusesOtherMethods(t *testing.T) {
	h := frontend.Handler(spaFiles())
	for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete} {
		for _, p := range []string{"/", "/inloggen", "/assets/app-abc123.js"} {
			res, body := spaDo(h, m, p)
			if res.StatusCode != http.StatusMethodNotAllowed {
				t.Errorf("%s %s: status %d, want 405", m, p, res.StatusCode)
			}
			if got := res.Header.Get("Allow"); got != "GET, HEAD" {
				t.Errorf("%s %s: Allow = %q, want GET, HEAD", m, p, got)
			}
			if strings.Contains(body, "<div id=\"root\">") {
				t.Errorf("%s %s: served the SPA", m, p)
			}
		}
	}
}

func TestSPANotBuilt(t *testing.T) {
	// A binary built without the SPA still answers routes, with a hint, not a 404.
	h := frontend.Handler(fstest.MapFS{})
	res, body := spaDo(h, http.MethodGet, "/inloggen")
	if res.StatusCode != http.StatusOK || !strings.Contains(body, "make run") || res.Header.Get("Cache-Control") != "no-cache" {
		t.Errorf("not built: %d %q %q", res.StatusCode, res.Header.Get("Cache-Control"), body)
	}
}

// spaGet sends a GET to the running app with optional headers.
func spaGet(t *testing.T, url string, hdr map[string]string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer closeBody(res)
	body, _ := io.ReadAll(res.Body)
	return res, string(body)
}

func TestAppOperationalEndpoints(t *testing.T) {
	e := newEnv(t)
	generated := regexp.MustCompile(`^[0-9a-f]{24}$`)
	seen := map[string]bool{}
	check := func(name string, res *http.Response) {
		t.Helper()
		id := res.Header.Get("X-Request-Id")
		if !generated.MatchString(id) {
			t.Errorf("%s: X-Request-Id = %q, want a generated 24-hex id", name, id)
		}
		if seen[id] {
			t.Errorf("%s: X-Request-Id %q repeated", name, id)
		}
		seen[id] = true
		if got := res.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options = %q, want nosniff", name, got)
		}
	}

	// GET /graphql without a query is the GraphQL endpoint refusing, not the SPA.
	res, body := spaGet(t, e.srv.URL+"/graphql", nil)
	check("GET /graphql", res)
	if res.StatusCode == http.StatusOK || res.StatusCode >= 500 {
		t.Errorf("GET /graphql without query: status %d, want a 4xx", res.StatusCode)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("GET /graphql without query: Content-Type %q, want application/json", ct)
	}
	if strings.Contains(strings.ToLower(body), "<html") || !strings.Contains(body, `"errors"`) {
		t.Errorf("GET /graphql without query: body %q, want a GraphQL error", body)
	}

	res, body = spaGet(t, e.srv.URL+"/healthz", nil)
	check("/healthz", res)
	if res.StatusCode != http.StatusOK || strings.TrimSpace(body) != "ok" {
		t.Errorf("/healthz: %d %q, want 200 ok", res.StatusCode, body)
	}
	res, body = spaGet(t, e.srv.URL+"/readyz", nil)
	check("/readyz", res)
	if res.StatusCode != http.StatusOK || strings.TrimSpace(body) != "ready" {
		t.Errorf("/readyz: %d %q, want 200 ready", res.StatusCode, body)
	}
	// Without METRICS_TOKEN the main listener has no /metrics (and does not serve the
	// SPA there either); MetricsHandler, for METRICS_ADDR, serves what this one counted.
	res, body = spaGet(t, e.srv.URL+"/metrics", nil)
	check("/metrics", res)
	if res.StatusCode != http.StatusNotFound || strings.Contains(body, "werkportaal_") || strings.Contains(body, "<html") {
		t.Errorf("/metrics on the main listener without a token: %d %q", res.StatusCode, body)
	}
	res, body = spaDo(e.app.MetricsHandler(), http.MethodGet, "/metrics")
	if res.StatusCode != http.StatusOK {
		t.Errorf("/metrics: status %d", res.StatusCode)
	}
	for _, want := range []string{
		"# TYPE werkportaal_http_requests_total counter",
		`werkportaal_http_requests_total{route="/healthz",status="200"} 1`,
		`werkportaal_http_requests_total{route="/readyz",status="200"} 1`,
		`werkportaal_http_request_duration_seconds_count{route="/graphql"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}

	// SPA routes through the app are index.html, no-cache.
	res, body = spaGet(t, e.srv.URL+"/beheer/werkgevers/emp_x", nil)
	check("SPA route", res)
	if res.StatusCode != http.StatusOK || res.Header.Get("Cache-Control") != "no-cache" ||
		!strings.Contains(strings.ToLower(body), "<html") {
		t.Errorf("SPA route: %d %q", res.StatusCode, res.Header.Get("Cache-Control"))
	}

	// A caller's plain request id is echoed back; anything else is replaced.
	const mine = "trace-2026.11_24-abc"
	res, _ = spaGet(t, e.srv.URL+"/healthz", map[string]string{"X-Request-Id": mine})
	if got := res.Header.Get("X-Request-Id"); got != mine {
		t.Errorf("valid X-Request-Id: echoed %q, want %q", got, mine)
	}
	for name, bad := range map[string]string{
		"spaces":    "hello world request",
		"too long":  strings.Repeat("a", 200),
		"too short": "abc",
		"quote":     `abcdefgh"}`,
	} {
		res, _ := spaGet(t, e.srv.URL+"/healthz", map[string]string{"X-Request-Id": bad})
		got := res.Header.Get("X-Request-Id")
		if got == bad || !generated.MatchString(got) {
			t.Errorf("%s X-Request-Id: answered %q, want a fresh generated id", name, got)
		}
	}
	// The request id also reaches GraphQL errors, for support.
	res2 := e.gql("", `{ nosuchfield }`, nil)
	if len(res2.Errors) == 0 {
		t.Fatalf("unknown field accepted: %s", res2.Raw)
	}
	if id, _ := res2.Errors[0].Extensions["requestId"].(string); !generated.MatchString(id) {
		t.Errorf("GraphQL error without requestId: %s", res2.Raw)
	}
}

// spaWithTwins is spaFiles with the precompressed twins `npm run build` writes beside a
// text asset (frontend/scripts/precompress.mjs); the favicon has none.
func spaWithTwins() fstest.MapFS {
	fs := spaFiles()
	fs["assets/app-abc123.js.br"] = &fstest.MapFile{Data: []byte("BROTLI-BYTES")}
	fs["assets/app-abc123.js.gz"] = &fstest.MapFile{Data: []byte("GZIP-BYTES")}
	return fs
}

func spaGetEncoded(h http.Handler, target, acceptEncoding string) (*http.Response, string) {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	if acceptEncoding != "" {
		req.Header.Set("Accept-Encoding", acceptEncoding)
	}
	h.ServeHTTP(rec, req)
	res := rec.Result()
	body, _ := io.ReadAll(res.Body)
	return res, string(body)
}

// An asset goes out as the best precompressed twin the browser accepts, with the type of
// the original and Vary: Accept-Encoding; without an accepted twin, as it is (R24: phones
// on mobile networks download a fraction of the bytes).
func TestSPAAssetsArePrecompressed(t *testing.T) {
	h := frontend.Handler(spaWithTwins())
	cases := []struct{ accept, encoding, body string }{
		{"gzip, deflate, br, zstd", "br", "BROTLI-BYTES"},
		{"gzip, deflate", "gzip", "GZIP-BYTES"},
		{"br;q=0, gzip;q=0.8", "gzip", "GZIP-BYTES"},
		{"*", "br", "BROTLI-BYTES"},
		{"*, br;q=0", "gzip", "GZIP-BYTES"},
		{"GZIP", "gzip", "GZIP-BYTES"},
		{"identity", "", spaAppJS},
		{"", "", spaAppJS},
		{"gzip;q=0, br;q=0.0", "", spaAppJS},
	}
	for _, c := range cases {
		res, body := spaGetEncoded(h, "/assets/app-abc123.js", c.accept)
		if res.StatusCode != http.StatusOK || body != c.body || res.Header.Get("Content-Encoding") != c.encoding {
			t.Errorf("Accept-Encoding %q: %d, encoding %q, body %q; want %q, %q", c.accept, res.StatusCode,
				res.Header.Get("Content-Encoding"), body, c.encoding, c.body)
		}
		if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/javascript") {
			t.Errorf("Accept-Encoding %q: Content-Type %q, want the original's text/javascript", c.accept, ct)
		}
		if res.Header.Get("Vary") != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: Vary %q", c.accept, res.Header.Get("Vary"))
		}
		if res.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" {
			t.Errorf("Accept-Encoding %q: Cache-Control %q", c.accept, res.Header.Get("Cache-Control"))
		}
	}
	// A file without twins is served as it is, whatever the browser accepts.
	if res, body := spaGetEncoded(h, "/favicon.svg", "br, gzip"); body != spaFavicon || res.Header.Get("Content-Encoding") != "" {
		t.Errorf("favicon: encoding %q, body %q", res.Header.Get("Content-Encoding"), body)
	}
	// index.html is rewritten per answer (CSP nonce) and never comes from a twin.
	if res, body := spaGetEncoded(h, "/", "br"); body != spaIndex || res.Header.Get("Content-Encoding") != "" {
		t.Errorf("index: encoding %q, body %q", res.Header.Get("Content-Encoding"), body)
	}
}

// index.html, made per answer, goes out gzipped (not from a twin) to a browser that
// accepts gzip once it is larger than a packet, with Vary: Accept-Encoding; the same
// page plain to one that does not, and a small page always plain.
func TestSPAIndexIsGzipped(t *testing.T) {
	files := spaWithTwins()
	big := strings.Replace(spaIndex, "<title>", "<style>"+strings.Repeat("._x{color:#1f4e8c}", 200)+"</style><title>", 1)
	files["index.html"] = &fstest.MapFile{Data: []byte(big)}
	h := frontend.HandlerCSP(files, app.SPAPolicy)
	nonce := regexp.MustCompile(`nonce="[^"]+"`)
	for _, c := range []struct{ accept, encoding string }{
		{"gzip, deflate, br, zstd", "gzip"}, {"br", ""}, {"gzip;q=0", ""}, {"", ""},
	} {
		res, body := spaGetEncoded(h, "/werknemer", c.accept)
		if res.Header.Get("Content-Encoding") != c.encoding || res.Header.Get("Vary") != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: encoding %q, Vary %q; want %q", c.accept, res.Header.Get("Content-Encoding"), res.Header.Get("Vary"), c.encoding)
		}
		if c.encoding == "gzip" {
			if len(body) >= len(big)/4 {
				t.Errorf("Accept-Encoding %q: %d bytes for a page of %d", c.accept, len(body), len(big))
			}
			body = string(gunzip(t, []byte(body)))
		}
		if got := nonce.ReplaceAllString(body, `nonce="N"`); !strings.Contains(got, `<meta property="csp-nonce" nonce="N">`) ||
			strings.Replace(got, `<meta property="csp-nonce" nonce="N">`, "", 1) != big {
			t.Errorf("Accept-Encoding %q: the page changed: %q", c.accept, body)
		}
	}
	if res, body := spaGetEncoded(frontend.Handler(spaFiles()), "/", "gzip"); body != spaIndex || res.Header.Get("Content-Encoding") != "" {
		t.Errorf("small index: encoding %q, body %q", res.Header.Get("Content-Encoding"), body)
	}
}

// gunzip is the inflated gz.
func gunzip(t *testing.T, gz []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return plain
}

// The index.html of an app area's paths names the area's lazy chunks, so a phone fetches
// them alongside the entry; other paths get index.html unchanged, and the list itself
// (a dot-file of the build) is never served.
func TestSPAIndexNamesTheChunksOfItsArea(t *testing.T) {
	files := spaFiles()
	files[".area-preloads.json"] = &fstest.MapFile{Data: []byte(`{
		"/werknemer": {"js": ["/assets/EmployeeArea-1.js", "/assets/graphql-2.js"], "css": ["/assets/EmployeeArea-3.css"]},
		"/inloggen": {"js": ["/assets/StaffArea-4.js"], "css": []},
		"/werknemer/uitnodiging": {"js": ["/assets/EmployeeArea-1.js", "/assets/InvitationPage-5.js"], "css": []}
	}`)}
	h := frontend.Handler(files)
	employee := `<link rel="modulepreload" crossorigin href="/assets/EmployeeArea-1.js">` +
		`<link rel="modulepreload" crossorigin href="/assets/graphql-2.js">` +
		`<link rel="stylesheet" crossorigin href="/assets/EmployeeArea-3.css">`
	staff := `<link rel="modulepreload" crossorigin href="/assets/StaffArea-4.js">`
	// A page with chunks of its own inside the area: the longest prefix wins.
	invitation := `<link rel="modulepreload" crossorigin href="/assets/EmployeeArea-1.js">` +
		`<link rel="modulepreload" crossorigin href="/assets/InvitationPage-5.js">`
	for path, want := range map[string]string{
		"/werknemer":               strings.Replace(spaIndex, "</head>", employee+"</head>", 1),
		"/werknemer/inloggen":      strings.Replace(spaIndex, "</head>", employee+"</head>", 1),
		"/werknemer/uitnodiging":   strings.Replace(spaIndex, "</head>", invitation+"</head>", 1),
		"/werknemer/uitnodiging/x": strings.Replace(spaIndex, "</head>", invitation+"</head>", 1),
		"/werknemer/uitnodigingen": strings.Replace(spaIndex, "</head>", employee+"</head>", 1),
		"/inloggen":                strings.Replace(spaIndex, "</head>", staff+"</head>", 1),
		"/werknemersportaal":       spaIndex,
		"/":                        spaIndex,
		"/beheer/werkgevers":       spaIndex,
		"/.area-preloads.json":     spaIndex,
	} {
		if _, body := spaDo(h, http.MethodGet, path); body != want {
			t.Errorf("%s served\n%s\nwant\n%s", path, body, want)
		}
	}
	// With a Content-Security-Policy the nonce comes first and the links still before </head>.
	h = frontend.HandlerCSP(files, func(string, frontend.Inline) string { return "default-src 'self'" })
	_, body := spaDo(h, http.MethodGet, "/werknemer/inloggen")
	if !regexp.MustCompile(`^<!doctype html><html lang="nl"><head><meta property="csp-nonce" nonce="[^"]+"><title>`).MatchString(body) ||
		!strings.Contains(body, employee+"</head>") {
		t.Errorf("with a policy: %s", body)
	}
}
