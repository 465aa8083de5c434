// Package obs is what operations see: JSON logs that carry the request id, the
// request-id and access-log middleware, Prometheus metrics, and panic recovery.
package obs

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/reqid"
)

// NewLogger returns a JSON logger whose records carry the request id of their context.
func NewLogger(w io.Writer, level slog.Level) *slog.Logger {
	return slog.New(requestIDHandler{slog.NewJSONHandler(w, &slog.HandlerOptions{Level: level})})
}

type requestIDHandler struct{ slog.Handler }

func (h requestIDHandler) Handle(ctx context.Context, r slog.Record) error {
	if id := reqid.FromContext(ctx); id != "" {
		r.AddAttrs(slog.String("request_id", id))
	}
	return h.Handler.Handle(ctx, r)
}

func (h requestIDHandler) WithAttrs(a []slog.Attr) slog.Handler {
	return requestIDHandler{h.Handler.WithAttrs(a)}
}

func (h requestIDHandler) WithGroup(n string) slog.Handler {
	return requestIDHandler{h.Handler.WithGroup(n)}
}

// validID accepts a caller's request id only if it is short and plain, so log lines
// cannot be forged through the header.
var validID = regexp.MustCompile(`^[A-Za-z0-9._-]{8,64}$`)

func newID() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// Metrics are the Prometheus metrics of the HTTP server.
type Metrics struct {
	Registry *prometheus.Registry
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
	// RedactPath, when set, gives the path the request log shows instead of the real one.
	RedactPath func(path string) string
}

// NewMetrics registers the HTTP metrics and the Go and process collectors.
func NewMetrics() *Metrics {
	reg := prometheus.NewRegistry()
	m := &Metrics{
		Registry: reg,
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "werkportaal_http_requests_total", Help: "HTTP requests by route and status.",
		}, []string{"route", "status"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "werkportaal_http_request_duration_seconds", Help: "HTTP request duration by route.",
			Buckets: prometheus.DefBuckets,
		}, []string{"route"}),
	}
	reg.MustRegister(m.requests, m.duration, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Count registers a counter that code without Prometheus adds to.
func (m *Metrics) Count(name, help string) *atomic.Int64 {
	n := new(atomic.Int64)
	m.Registry.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: name, Help: help},
		func() float64 { return float64(n.Load()) }))
	return n
}

// Handler serves /metrics. A collector that fails (the outbox gauges while the
// database is away) is left out and logged; the rest is still served.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError})
}

type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logPath is the request's path as the log may show it: RedactPath hides secrets that
// travel in a path (the iCal subscription token).
func (m *Metrics) logPath(r *http.Request) string {
	if m.RedactPath == nil {
		return r.URL.Path
	}
	return m.RedactPath(r.URL.Path)
}

// Middleware gives every request an id (X-Request-Id, echoed back), recovers panics,
// logs one line per request and records metrics under route(r).
func (m *Metrics) Middleware(route func(*http.Request) string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			id := r.Header.Get("X-Request-Id")
			if !validID.MatchString(id) {
				id = newID()
			}
			w.Header().Set("X-Request-Id", id)
			ctx := reqid.NewContext(r.Context(), id)
			sw := &statusWriter{ResponseWriter: w}
			defer func() {
				if p := recover(); p != nil {
					slog.ErrorContext(ctx, "panic", "panic", p, "path", m.logPath(r))
					if sw.status == 0 {
						apperr.WriteHTTP(ctx, sw, http.StatusInternalServerError, apperr.Internal, "internal error; quote request id "+id)
					}
				}
				if sw.status == 0 {
					sw.status = http.StatusOK
				}
				rt := route(r)
				d := time.Since(start)
				m.requests.WithLabelValues(rt, strconv.Itoa(sw.status)).Inc()
				m.duration.WithLabelValues(rt).Observe(d.Seconds())
				slog.InfoContext(ctx, "request", "method", r.Method, "path", m.logPath(r), "status", sw.status,
					"bytes", sw.bytes, "duration_ms", float64(d.Microseconds())/1000)
			}()
			next.ServeHTTP(sw, r.WithContext(ctx))
		})
	}
}
