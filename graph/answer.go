package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/werkportaal/werkportaal/server/apperr"
)

type answerKey struct{}

// answerStatus is the HTTP status of a GraphQL answer that gqlgen would send as 200
// but that carries an error with one of these codes, so that clients and proxies see
// it without reading the body; both come with Retry-After. When an answer has several,
// the first in this table wins.
var answerStatus = []struct {
	code   apperr.Code
	status int
}{
	{apperr.ServiceUnavailable, http.StatusServiceUnavailable}, // the database is away
	{apperr.TooManyRequests, http.StatusTooManyRequests},       // a rate limit or the hashing bound refused
}

// answerWriter holds what the HTTP answer of a GraphQL request needs beyond gqlgen's
// own: the status of answerStatus for the codes that presentError presented, and a
// code and request id on every error of a 4xx or 5xx answer, including the ones
// gqlgen's transports write without the error presenter (a mutation over GET, a
// malformed multipart request).
type answerWriter struct {
	http.ResponseWriter
	ctx    context.Context
	status int // 0 until the header is written
	held   *bytes.Buffer

	mu        sync.Mutex                    // presentError runs from concurrent resolvers
	presented map[apperr.Code]time.Duration // code → the longest Retry-After among its errors
}

func newAnswerWriter(ctx context.Context, w http.ResponseWriter) (context.Context, *answerWriter) {
	aw := &answerWriter{ResponseWriter: w}
	ctx = context.WithValue(ctx, answerKey{}, aw)
	aw.ctx = ctx
	return ctx, aw
}

// presented records that the answer of the request in ctx carries err with code.
func presented(ctx context.Context, code apperr.Code, err error) {
	aw, ok := ctx.Value(answerKey{}).(*answerWriter)
	if !ok {
		return
	}
	retry, _ := apperr.RetryAfterOf(err)
	if code == apperr.ServiceUnavailable {
		retry = apperr.RetryAfterSeconds * time.Second
	}
	aw.mu.Lock()
	defer aw.mu.Unlock()
	if aw.presented == nil {
		aw.presented = map[apperr.Code]time.Duration{}
	}
	aw.presented[code] = max(aw.presented[code], retry)
}

// presentedStatus is the status that answerStatus gives the presented codes, and the
// Retry-After of the code that decided it; ok is false when none has a status.
func (w *answerWriter) presentedStatus() (status int, retryAfter time.Duration, ok bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, s := range answerStatus {
		if d, ok := w.presented[s.code]; ok {
			return s.status, d, true
		}
	}
	return 0, 0, false
}

func (w *answerWriter) WriteHeader(status int) {
	if w.status != 0 {
		return
	}
	w.status = status
	if status >= http.StatusBadRequest {
		w.held = &bytes.Buffer{} // completed by finish
		return
	}
	if s, retry, ok := w.presentedStatus(); ok && status == http.StatusOK {
		w.status = s
		// Retry-After counts whole seconds; 0 would invite an immediate retry.
		w.Header().Set("Retry-After", strconv.Itoa(int(max((retry+time.Second-1)/time.Second, 1))))
	}
	w.ResponseWriter.WriteHeader(w.status)
}

func (w *answerWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.WriteHeader(http.StatusOK)
	}
	if w.held != nil {
		return w.held.Write(b)
	}
	return w.ResponseWriter.Write(b)
}

// finish writes a held error answer with a code and the request id on every error.
func (w *answerWriter) finish() {
	if w.held == nil {
		return
	}
	body := withCodes(w.ctx, w.status, w.held.Bytes())
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Del("Content-Length")
	w.ResponseWriter.WriteHeader(w.status)
	_, _ = w.ResponseWriter.Write(body)
}

// withCodes returns the error answer body with extensions.code (from the status when
// missing) and extensions.requestId on every error; a body that is not a GraphQL error
// answer is replaced by one.
func withCodes(ctx context.Context, status int, body []byte) []byte {
	var (
		answer map[string]any
		errs   []any
	)
	if json.Unmarshal(body, &answer) == nil {
		errs, _ = answer["errors"].([]any)
	}
	if len(errs) == 0 {
		answer = map[string]any{"errors": []any{map[string]any{"message": http.StatusText(status)}}}
		errs = answer["errors"].([]any)
	}
	for i, e := range errs {
		m, ok := e.(map[string]any)
		if !ok {
			m = map[string]any{"message": http.StatusText(status)}
			errs[i] = m
		}
		ext, _ := m["extensions"].(map[string]any)
		if ext == nil {
			ext = map[string]any{}
			m["extensions"] = ext
		}
		for k, v := range apperr.Extensions(ctx, codeForStatus(status)) {
			if _, ok := ext[k]; !ok {
				ext[k] = v
			}
		}
	}
	out, err := json.Marshal(answer)
	if err != nil {
		return body
	}
	return out
}

func codeForStatus(status int) apperr.Code {
	switch {
	case status == http.StatusRequestEntityTooLarge:
		return apperr.PayloadTooLarge
	case status == http.StatusMethodNotAllowed, status == http.StatusNotAcceptable:
		return apperr.MethodNotAllowed
	case status == http.StatusUnauthorized:
		return apperr.Unauthenticated
	case status >= http.StatusInternalServerError:
		return apperr.Internal
	}
	return apperr.BadRequest
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *answerWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
