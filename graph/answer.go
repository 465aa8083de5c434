package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"sync/atomic"

	"github.com/werkportaal/werkportaal/server/apperr"
)

type answerKey struct{}

// answerWriter holds what the HTTP answer of a GraphQL request needs beyond gqlgen's
// own: a 503 with Retry-After once an error said the database is away, and a code and
// request id on every error of a 4xx or 5xx answer, including the ones gqlgen's
// transports write without the error presenter (a mutation over GET, a malformed
// multipart request).
type answerWriter struct {
	http.ResponseWriter
	ctx         context.Context
	unavailable atomic.Bool // set by presentError, possibly from concurrent resolvers
	status      int         // 0 until the header is written
	held        *bytes.Buffer
}

func newAnswerWriter(ctx context.Context, w http.ResponseWriter) (context.Context, *answerWriter) {
	aw := &answerWriter{ResponseWriter: w}
	ctx = context.WithValue(ctx, answerKey{}, aw)
	aw.ctx = ctx
	return ctx, aw
}

// markUnavailable makes the answer of the request in ctx a 503.
func markUnavailable(ctx context.Context) {
	if aw, ok := ctx.Value(answerKey{}).(*answerWriter); ok {
		aw.unavailable.Store(true)
	}
}

func (w *answerWriter) WriteHeader(status int) {
	if w.status != 0 {
		return
	}
	w.status = status
	switch {
	case status == http.StatusOK && w.unavailable.Load():
		w.status = http.StatusServiceUnavailable
		w.Header().Set("Retry-After", strconv.Itoa(apperr.RetryAfterSeconds))
	case status >= http.StatusBadRequest:
		w.held = &bytes.Buffer{} // completed by finish
		return
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
