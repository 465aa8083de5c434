package frontend

import (
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"

	"github.com/werkportaal/werkportaal/server/negotiate"
)

// twins are the precompressed files `npm run build` writes beside each text asset
// (frontend/scripts/precompress.mjs), best first: brotli is a fifth smaller than gzip on
// the SPA's JavaScript.
var twins = []struct{ coding, suffix string }{{"br", ".br"}, {"gzip", ".gz"}}

// serveFile serves name from files, as its precompressed twin when the request accepts
// one: compressing at build time costs no CPU per request and compresses harder than a
// per-request encoder could afford.
func serveFile(w http.ResponseWriter, r *http.Request, files fs.FS, fileServer http.Handler, name string) {
	// Caches must key on the encoding even for this request's answer, which may be plain.
	w.Header().Add("Vary", "Accept-Encoding")
	accept := r.Header.Get("Accept-Encoding")
	for _, t := range twins {
		if !negotiate.AcceptsEncoding(accept, t.coding) {
			continue
		}
		if serveTwin(w, r, files, name, t.coding, t.suffix) {
			return
		}
	}
	fileServer.ServeHTTP(w, r)
}

// serveTwin answers with name+suffix encoded as coding, and reports false when there
// is no such twin (small files, images).
func serveTwin(w http.ResponseWriter, r *http.Request, files fs.FS, name, coding, suffix string) bool {
	f, err := files.Open(strings.TrimPrefix(name, "/") + suffix)
	if err != nil {
		return false
	}
	defer func() { _ = f.Close() }()
	st, err := f.Stat()
	if err != nil || st.IsDir() {
		return false
	}
	rs, ok := f.(io.ReadSeeker)
	if !ok {
		return false
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	// Set before ServeContent, which would otherwise sniff the compressed bytes.
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Encoding", coding)
	http.ServeContent(w, r, name, st.ModTime(), rs)
	return true
}
