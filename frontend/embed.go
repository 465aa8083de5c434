// Package frontend embeds the built SPA (frontend/dist, made by `npm run build`) into
// the binary and serves it: hashed assets as immutable and precompressed (brotli or gzip,
// as the browser accepts), index.html as no-cache, and
// index.html for every other path so that bookmarked SPA routes load (R24).
package frontend

import (
	"bytes"
	"crypto/rand"
	"embed"
	"encoding/base64"
	"io/fs"
	"net/http"
	"path"
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
// Other files get policy(""). A nil policy sets no header and no nonce.
func HandlerCSP(files fs.FS, policy func(nonce string) string) http.Handler {
	fileServer := http.FileServerFS(files)
	index, indexErr := fs.ReadFile(files, "index.html")
	head := bytes.Index(index, []byte("<head>"))
	serveIndex := func(w http.ResponseWriter) {
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if indexErr != nil {
			_, _ = w.Write([]byte(notBuilt))
			return
		}
		if policy == nil || head < 0 {
			_, _ = w.Write(index)
			return
		}
		nonce := newNonce()
		w.Header().Set("Content-Security-Policy", policy(nonce))
		at := head + len("<head>")
		_, _ = w.Write(index[:at])
		_, _ = w.Write([]byte(`<meta property="csp-nonce" nonce="` + nonce + `">`))
		_, _ = w.Write(index[at:])
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if policy != nil {
			w.Header().Set("Content-Security-Policy", policy(""))
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
			serveIndex(w)
		default:
			// Dot-files and dot-folders (build tooling such as .vite/) are never served.
			if st, err := fs.Stat(files, strings.TrimPrefix(p, "/")); err == nil && !st.IsDir() && !strings.Contains(p, "/.") {
				w.Header().Set("Cache-Control", "public, max-age=3600")
				serveFile(w, r, files, fileServer, p)
				return
			}
			serveIndex(w)
		}
	})
}

// newNonce returns 128 random bits, base64: unguessable per response.
func newNonce() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return base64.StdEncoding.EncodeToString(b)
}
