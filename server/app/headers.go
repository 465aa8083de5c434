package app

import (
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/99designs/gqlgen/graphql/playground"

	"github.com/werkportaal/werkportaal/frontend"
)

// spaPolicy is the Content-Security-Policy of the SPA (index.html and its assets);
// nonce is index.html's per-response nonce and inline the hashes of its inline scripts
// and style sheets (frontend.HandlerCSP), "" and none for other files.
//
//   - script-src 'self' and the hashes: the Vite build emits external module scripts
//     and one inline script, the early session restore of the employee's home
//     (frontend/vite/earlyRestore.ts), allowed by its sha256 hash, which the server
//     computes from the index.html it embeds; no 'unsafe-inline', no nonce for scripts,
//     no eval. headers_test checks the served page's inline scripts against the policy.
//   - style-src 'self', the hashes and 'nonce-…': the build's CSS is external files but
//     for the entry's, which index.html carries inline (frontend/vite/inlineEntryCss.ts:
//     no render-blocking round trip before the first paint), allowed by their hashes as
//     the script is. React and React Aria set inline styles through the CSSOM
//     (element.style), which CSP does not govern; React Aria also injects two small
//     <style> elements (touch-action of pressable elements, overscroll in modals), which
//     carry the nonce it reads from <meta property="csp-nonce">. No 'unsafe-inline', so
//     injected <style> markup with attribute selectors cannot exfiltrate anything.
//   - style-src-attr 'unsafe-inline': the mail-text preview renders the mail in an
//     <iframe srcdoc>, which inherits this policy, and mails are styled with style
//     attributes only (server/mail shell and standard texts) because mail clients drop
//     <style>. A style attribute cannot run script or select other elements.
//   - img-src data:: small icons the build inlines as data: URLs.
//   - connect-src 'self': the API is same-origin (CORS_ALLOWED_ORIGINS is for other
//     sites calling us, not for the SPA calling others).
//   - frame-ancestors 'none' with X-Frame-Options DENY: no clickjacking.
func spaPolicy(nonce string, inline frontend.Inline) string {
	style := "style-src 'self'"
	for _, s := range inline.Styles {
		style += " " + s
	}
	if nonce != "" {
		style += " 'nonce-" + nonce + "'"
	}
	script := "script-src 'self'"
	for _, s := range inline.Scripts {
		script += " " + s
	}
	return "default-src 'self'; " + script + "; " + style + "; style-src-attr 'unsafe-inline'; " +
		"img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
		"form-action 'self'; frame-ancestors 'none'"
}

// apiCSP is the policy of everything that is not the SPA (GraphQL, token endpoint,
// downloads, health): none of it is meant to render as a page, so nothing may load or
// run if a browser is tricked into displaying it.
const apiCSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// hstsValue asks browsers to use HTTPS only, for a year. No includeSubDomains: a
// provider may run Werkportaal on a subdomain of a domain whose other hosts are not
// (yet) all HTTPS, and HSTS cannot be taken back before max-age runs out.
const hstsValue = "max-age=31536000"

// securityHeaders sets the headers every response carries; the SPA and the dev pages
// replace the CSP with their own.
func (a *App) securityHeaders(next http.Handler) http.Handler {
	hsts := strings.HasPrefix(strings.ToLower(a.cfg.PublicURL), "https://")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Content-Security-Policy", apiCSP)
		if hsts {
			h.Set("Strict-Transport-Security", hstsValue)
		}
		next.ServeHTTP(w, r)
	})
}

// withCSP replaces the policy of next's responses.
func withCSP(policy string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", policy)
		next.ServeHTTP(w, r)
	})
}

// graphiql is the dev-only GraphQL browser. gqlgen's page loads GraphiQL and React from
// jsDelivr (pinned, with SRI) and starts them with an inline script, so it gets a
// relaxed policy of its own: that host, and the inline script by its hash (computed
// from the rendered page, so a gqlgen upgrade cannot silently widen it). GraphiQL sets
// styles at run time, hence inline styles. It never exists outside APP_ENV=dev.
func graphiql() http.Handler {
	page := playground.Handler("Werkportaal GraphiQL", "/graphql")
	rec := httptest.NewRecorder()
	page.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/graphiql", nil))
	policy := "default-src 'none'; script-src " + strings.Join(append([]string{"https://cdn.jsdelivr.net"}, frontend.InlineScriptSources(rec.Body.Bytes())...), " ") +
		"; style-src 'unsafe-inline' https://cdn.jsdelivr.net; font-src https://cdn.jsdelivr.net data:; " +
		"img-src 'self' data: https://cdn.jsdelivr.net; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
	return withCSP(policy, page)
}

// metricsAuth lets a request through when no token is configured or when it carries
// "Authorization: Bearer <token>"; otherwise 401. The comparison takes the same time
// whatever the presented token, so the token cannot be guessed byte by byte.
func metricsAuth(token string, next http.Handler) http.Handler {
	if token == "" {
		return next
	}
	want := sha256.Sum256([]byte(token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		sum := sha256.Sum256([]byte(got))
		if !ok || subtle.ConstantTimeCompare(sum[:], want[:]) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="metrics"`)
			http.Error(w, "metrics need the bearer token (METRICS_TOKEN)", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// MetricsHandler serves the Prometheus metrics for a listener of their own
// (METRICS_ADDR), behind the token when one is configured.
func (a *App) MetricsHandler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", metricsAuth(a.cfg.MetricsToken, a.Metrics.Handler()))
	return mux
}

// mainMetrics is /metrics on the main listener: only with a token, because the main
// listener faces the internet and the metrics describe the instance's load and
// outbox. Without a token it does not exist there (METRICS_ADDR serves it instead).
func (a *App) mainMetrics() http.Handler {
	if a.cfg.MetricsToken == "" {
		return http.NotFoundHandler()
	}
	return metricsAuth(a.cfg.MetricsToken, a.Metrics.Handler())
}
