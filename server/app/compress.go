package app

import (
	"bufio"
	"net"
	"net/http"
	"sync"

	"github.com/klauspost/compress/gzip"

	"github.com/werkportaal/werkportaal/server/negotiate"
)

// compressMin is the size below which an answer goes out as it is: gzip's header and
// trailer (18 bytes) and the CPU buy nothing on an answer that fits in one packet.
const compressMin = 1400

// gzipWriters are reused: a gzip writer allocates about 800 KB of tables when made.
var gzipWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	return w
}}

// compressAnswers gzips the GraphQL answers above compressMin for clients that accept
// gzip: a payslip or an employments page of 50 rows is 10–40 KB of JSON that shrinks
// five- to tenfold, which is what a phone on a mobile network waits for (R24). The
// fastest level, because the answer is made per request and the CPU is the server's.
//
// BREACH (a secret guessed from compressed lengths of answers that also reflect
// attacker-chosen text) needs the victim's browser to send a credentialed request the
// attacker chose; the API's credential is a bearer token, which a browser never attaches
// on its own, so no cross-site request gets a compressed answer that holds a secret. The
// answers that set a cookie (the staff refresh) are left uncompressed all the same.
func compressAnswers(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Vary", "Accept-Encoding")
		if !negotiate.AcceptsEncoding(r.Header.Get("Accept-Encoding"), "gzip") {
			next.ServeHTTP(w, r)
			return
		}
		cw := &compressWriter{ResponseWriter: w, status: http.StatusOK}
		defer cw.finish()
		next.ServeHTTP(cw, r)
	})
}

// compressWriter holds the answer back until it knows whether it is large enough to
// compress: until compressMin bytes arrived or the handler returned.
type compressWriter struct {
	http.ResponseWriter
	status      int
	wroteHeader bool // the handler called WriteHeader
	decided     bool // headers went out, plain or gzip
	buf         []byte
	gz          *gzip.Writer
}

func (c *compressWriter) WriteHeader(status int) {
	if c.wroteHeader || c.decided {
		return
	}
	c.wroteHeader, c.status = true, status
	// Informational answers and answers without a body pass at once.
	if status < 200 || status == http.StatusNoContent || status == http.StatusNotModified {
		c.decided = true
		c.ResponseWriter.WriteHeader(status)
	}
}

func (c *compressWriter) Write(p []byte) (int, error) {
	if c.decided {
		if c.gz != nil {
			return c.gz.Write(p)
		}
		return c.ResponseWriter.Write(p)
	}
	c.buf = append(c.buf, p...)
	if len(c.buf) >= compressMin {
		if err := c.decide(true); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// decide sends the headers, gzip when large is set and the answer may be compressed,
// and the bytes held back.
func (c *compressWriter) decide(large bool) error {
	c.decided = true
	h := c.Header()
	if large && h.Get("Content-Encoding") == "" && h.Get("Set-Cookie") == "" {
		h.Del("Content-Length")
		h.Set("Content-Encoding", "gzip")
		c.gz = gzipWriters.Get().(*gzip.Writer)
		c.gz.Reset(c.ResponseWriter)
		c.ResponseWriter.WriteHeader(c.status)
		_, err := c.gz.Write(c.buf)
		c.buf = nil
		return err
	}
	c.ResponseWriter.WriteHeader(c.status)
	_, err := c.ResponseWriter.Write(c.buf)
	c.buf = nil
	return err
}

func (c *compressWriter) finish() {
	if !c.decided {
		if len(c.buf) == 0 && !c.wroteHeader {
			return // the handler wrote nothing: net/http sends its own 200
		}
		_ = c.decide(false)
	}
	if c.gz != nil {
		_ = c.gz.Close()
		c.gz.Reset(nil)
		gzipWriters.Put(c.gz)
		c.gz = nil
	}
}

// Flush sends what is held back, so a streaming handler keeps streaming.
func (c *compressWriter) Flush() {
	if !c.decided {
		_ = c.decide(len(c.buf) >= compressMin)
	}
	if c.gz != nil {
		_ = c.gz.Flush()
	}
	if f, ok := c.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Hijack is for protocol upgrades, which never carry a compressed body.
func (c *compressWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	return http.NewResponseController(c.ResponseWriter).Hijack()
}

func (c *compressWriter) Unwrap() http.ResponseWriter { return c.ResponseWriter }
