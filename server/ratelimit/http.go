package ratelimit

import (
	"context"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/werkportaal/werkportaal/server/apperr"
)

// A GraphQL answer is written by gqlgen long after a resolver decided to refuse, and
// gqlgen answers 200 for any executed operation. The refusal therefore leaves a note in
// the request's context, and Middleware turns an answer with a note into 429 with
// Retry-After, which clients and proxies understand without reading the body.

type noteKey struct{}

type note struct {
	mu         sync.Mutex
	retryAfter time.Duration
}

func (n *note) set(d time.Duration) {
	n.mu.Lock()
	n.retryAfter = max(n.retryAfter, d, time.Second)
	n.mu.Unlock()
}

func (n *note) get() time.Duration {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.retryAfter
}

// Refusal returns the TOO_MANY_REQUESTS error for msg and marks the HTTP answer of ctx,
// if Middleware serves it, as 429 with Retry-After d.
func Refusal(ctx context.Context, d time.Duration, msg string) error {
	if n, ok := ctx.Value(noteKey{}).(*note); ok {
		n.set(d)
	}
	return apperr.TooMany(msg, RetryAfterSeconds(d))
}

// RetryAfterSeconds rounds d up to whole seconds, at least one: Retry-After counts
// seconds, and 0 would invite an immediate retry.
func RetryAfterSeconds(d time.Duration) time.Duration {
	s := (d + time.Second - 1) / time.Second
	return max(s, 1) * time.Second
}

// SetRetryAfter sets the Retry-After header of h to d in whole seconds.
func SetRetryAfter(h http.Header, d time.Duration) {
	h.Set("Retry-After", strconv.Itoa(int(RetryAfterSeconds(d)/time.Second)))
}

// Middleware answers 429 with Retry-After when a handler refused the request with
// Refusal and would otherwise have answered 200.
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := &note{}
		next.ServeHTTP(&refusalWriter{ResponseWriter: w, n: n}, r.WithContext(context.WithValue(r.Context(), noteKey{}, n)))
	})
}

type refusalWriter struct {
	http.ResponseWriter
	n           *note
	wroteHeader bool
}

func (w *refusalWriter) WriteHeader(code int) {
	if w.wroteHeader {
		return
	}
	w.wroteHeader = true
	if d := w.n.get(); d > 0 && code == http.StatusOK {
		SetRetryAfter(w.Header(), d)
		code = http.StatusTooManyRequests
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *refusalWriter) Write(b []byte) (int, error) {
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer (flush, deadlines).
func (w *refusalWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
