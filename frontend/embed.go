// Package frontend embeds the built SPA (frontend/dist, made by `npm run build`) into
// the binary and serves it: hashed assets as immutable and precompressed (brotli or gzip,
// as the browser accepts), index.html as no-cache, and
// index.html for every other path so that bookmarked SPA routes load (R24).
package frontend

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/json"
	"html"
	"io/fs"
	"net/http"
	"path"
	"regexp"
	"strings"
)

//go:embed all:dist
var dist embed.FS

// Files returns the built SPA.
func Files() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err)
	}
	return sub
}

// notBuilt is served when the binary was built without the SPA (go run ./server on a
// fresh clone); make run builds it first.
const notBuilt = `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Werkportaal</title>
<p>De app is niet meegebouwd. Start Werkportaal met <code>make run</code>.</p>
<p lang="en">The web app was not built into this binary. Start Werkportaal with <code>make run</code>.</p></html>`

// Handler serves the SPA from files, without a Content-Security-Policy of its own.
func Handler(files fs.FS) http.Handler { return HandlerCSP(files, nil) }

// HandlerCSP serves the SPA from files with the Content-Security-Policy that policy
// returns. index.html gets a fresh nonce per response, passed to policy and written
// into index.html as <meta property="csp-nonce" nonce="…">: React Aria reads it from
// there for the few <style> elements it injects at run time (touch-action of pressable
// elements, overscroll in modals), so those pass a policy without 'unsafe-inline'.
// scripts are the sources ('sha256-…') of index.html's inline scripts (the early
// session restore of the employee's home, vite/earlyRestore.ts), hashed here from the
// embedded file, so a policy allows exactly the scripts this build serves.
// Other files get policy("", nil). A nil policy sets no header and no nonce.
func HandlerCSP(files fs.FS, policy func(nonce string, scripts []string) string) http.Handler {
	fileServer := http.FileServerFS(files)
	index, indexErr := fs.ReadFile(files, "index.html")
	scripts := InlineScriptSources(index)
	head := bytes.Index(index, []byte("<head>"))
	preloads := readAreaPreloads(files)
	headEnd := bytes.Index(index, []byte("</head>"))
	serveIndex := func(w http.ResponseWriter, p string) {
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if indexErr != nil {
			_, _ = w.Write([]byte(notBuilt))
			return
		}
		var meta []byte
		if policy != nil && head >= 0 {
			nonce := newNonce()
			w.Header().Set("Content-Security-Policy", policy(nonce, scripts))
			meta = []byte(`<meta property="csp-nonce" nonce="` + nonce + `">`)
		}
		links := preloads.forPath(p)
		if meta == nil && (links == nil || headEnd < 0) {
			_, _ = w.Write(index)
			return
		}
		at := 0
		if meta != nil {
			at = head + len("<head>")
			_, _ = w.Write(index[:at])
			_, _ = w.Write(meta)
		}
		if links != nil && headEnd >= at {
			_, _ = w.Write(index[at:headEnd])
			_, _ = w.Write(links)
			at = headEnd
		}
		_, _ = w.Write(index[at:])
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if policy != nil {
			w.Header().Set("Content-Security-Policy", policy("", nil))
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		p := path.Clean("/" + r.URL.Path)
		switch {
		case p == "/assets" || strings.HasPrefix(p, "/assets/"):
			// Vite puts a content hash in every asset name, so an asset never changes.
			// Only files: no SPA fallback and no directory listing under /assets.
			if st, err := fs.Stat(files, strings.TrimPrefix(p, "/")); err != nil || st.IsDir() {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
			serveFile(w, r, files, fileServer, p)
		case p == "/" || p == "/index.html":
			serveIndex(w, p)
		default:
			// Dot-files and dot-folders (build tooling such as .vite/) are never served.
			if st, err := fs.Stat(files, strings.TrimPrefix(p, "/")); err == nil && !st.IsDir() && !strings.Contains(p, "/.") {
				w.Header().Set("Cache-Control", "public, max-age=3600")
				serveFile(w, r, files, fileServer, p)
				return
			}
			serveIndex(w, p)
		}
	})
}

// areaPreloads holds, per path prefix of an app area, the <link> tags that name the
// area's lazy chunks, written by the build (frontend/vite/areaPreloads.ts): with them
// the browser fetches the chunks in parallel with the entry instead of one round trip
// after another, which is most of a phone's wait for the sign-in page.
type areaPreloads map[string][]byte

// readAreaPreloads reads the build's list; a build without it (or an older one) just
// gets no hints.
func readAreaPreloads(files fs.FS) areaPreloads {
	raw, err := fs.ReadFile(files, ".area-preloads.json")
	if err != nil {
		return nil
	}
	var areas map[string]struct{ JS, CSS []string }
	if json.Unmarshal(raw, &areas) != nil {
		return nil
	}
	out := areaPreloads{}
	for prefix, a := range areas {
		var b strings.Builder
		for _, f := range a.JS {
			b.WriteString(`<link rel="modulepreload" crossorigin href="` + html.EscapeString(f) + `">`)
		}
		for _, f := range a.CSS {
			b.WriteString(`<link rel="stylesheet" crossorigin href="` + html.EscapeString(f) + `">`)
		}
		out[prefix] = []byte(b.String())
	}
	return out
}

// forPath returns the tags of the longest prefix p is under (a page with chunks of its
// own inside its area, /werknemer/uitnodiging, before the area, /werknemer), or nil.
func (a areaPreloads) forPath(p string) []byte {
	var found []byte
	longest := -1
	for prefix, links := range a {
		if (p == prefix || strings.HasPrefix(p, prefix+"/")) && len(prefix) > longest {
			found, longest = links, len(prefix)
		}
	}
	return found
}

// newNonce returns 128 random bits, base64: unguessable per response.
func newNonce() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return base64.StdEncoding.EncodeToString(b)
}

var inlineScript = regexp.MustCompile(`(?s)<script>(.*?)</script>`)

// InlineScriptSources returns the Content-Security-Policy source ('sha256-…') of every
// inline <script> of page (one without attributes; the build writes no other kind), in
// the order they appear.
func InlineScriptSources(page []byte) []string {
	var out []string
	for _, m := range inlineScript.FindAllSubmatch(page, -1) {
		sum := sha256.Sum256(m[1])
		out = append(out, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
	}
	return out
}
