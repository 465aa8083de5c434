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
	"strconv"
	"strings"

	"github.com/klauspost/compress/gzip"

	"github.com/werkportaal/werkportaal/server/negotiate"
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
// inline holds the sources ('sha256-…') of index.html's inline scripts (the early
// session restore of the employee's home, vite/earlyRestore.ts) and style sheets (the
// entry's, vite/inlineEntryCss.ts), hashed here from the embedded file, so a policy
// allows exactly what this build serves. Other files get policy("", Inline{}). A nil
// policy sets no header and no nonce.
func HandlerCSP(files fs.FS, policy func(nonce string, inline Inline) string) http.Handler {
	fileServer := http.FileServerFS(files)
	index, indexErr := fs.ReadFile(files, "index.html")
	inline := Inline{Scripts: InlineScriptSources(index), Styles: InlineStyleSources(index)}
	head := bytes.Index(index, []byte("<head>"))
	preloads := readAreaPreloads(files)
	headEnd := bytes.Index(index, []byte("</head>"))
	serveIndex := func(w http.ResponseWriter, r *http.Request, p string) {
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if indexErr != nil {
			_, _ = w.Write([]byte(notBuilt))
			return
		}
		page := make([]byte, 0, len(index)+1024)
		var meta []byte
		if policy != nil && head >= 0 {
			nonce := newNonce()
			w.Header().Set("Content-Security-Policy", policy(nonce, inline))
			meta = []byte(`<meta property="csp-nonce" nonce="` + nonce + `">`)
		}
		links := preloads.forPath(p)
		at := 0
		if meta != nil {
			at = head + len("<head>")
			page = append(append(page, index[:at]...), meta...)
		}
		if links != nil && headEnd >= at {
			page = append(append(page, index[at:headEnd]...), links...)
			at = headEnd
		}
		writeIndex(w, r, append(page, index[at:]...))
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if policy != nil {
			w.Header().Set("Content-Security-Policy", policy("", Inline{}))
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
			serveIndex(w, r, p)
		default:
			// Dot-files and dot-folders (build tooling such as .vite/) are never served.
			if st, err := fs.Stat(files, strings.TrimPrefix(p, "/")); err == nil && !st.IsDir() && !strings.Contains(p, "/.") {
				w.Header().Set("Cache-Control", "public, max-age=3600")
				serveFile(w, r, files, fileServer, p)
				return
			}
			serveIndex(w, r, p)
		}
	})
}

// indexGzipMin is the size from which index.html goes out gzipped. Below it the page fits
// the first packets anyway.
const indexGzipMin = 1400

// writeIndex writes index.html, gzipped for a browser that accepts it. The page is made
// per answer (its nonce, the area's links), so it cannot have a precompressed twin; at
// gzip's fastest level its 10 KB (the entry's style sheets are inline) cost some 50 µs
// and shrink to a third, a round of the first connection's slow start on a phone. The
// page holds nothing secret that a request could probe for by its compressed length
// (BREACH): it reflects nothing from the request.
func writeIndex(w http.ResponseWriter, r *http.Request, page []byte) {
	w.Header().Add("Vary", "Accept-Encoding")
	if len(page) < indexGzipMin || !negotiate.AcceptsEncoding(r.Header.Get("Accept-Encoding"), "gzip") {
		_, _ = w.Write(page)
		return
	}
	var buf bytes.Buffer
	gz, err := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if err != nil { // only for a level gzip does not know
		_, _ = w.Write(page)
		return
	}
	_, _ = gz.Write(page)
	_ = gz.Close()
	w.Header().Set("Content-Encoding", "gzip")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	_, _ = w.Write(buf.Bytes())
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

// Inline is what of index.html a Content-Security-Policy must allow by hash.
type Inline struct {
	// Scripts and Styles are the sources ('sha256-…') of the inline <script> and <style>
	// elements, in the order they appear.
	Scripts, Styles []string
}

var (
	inlineScript = regexp.MustCompile(`(?s)<script>(.*?)</script>`)
	inlineStyle  = regexp.MustCompile(`(?s)<style>(.*?)</style>`)
)

// InlineScriptSources returns the Content-Security-Policy source ('sha256-…') of every
// inline <script> of page (one without attributes; the build writes no other kind), in
// the order they appear.
func InlineScriptSources(page []byte) []string { return hashes(inlineScript, page) }

// InlineStyleSources is InlineScriptSources for the <style> elements.
func InlineStyleSources(page []byte) []string { return hashes(inlineStyle, page) }

func hashes(element *regexp.Regexp, page []byte) []string {
	var out []string
	for _, m := range element.FindAllSubmatch(page, -1) {
		sum := sha256.Sum256(m[1])
		out = append(out, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
	}
	return out
}
