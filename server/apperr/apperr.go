// Package apperr is the vocabulary of failures. Domain packages return these; the
// GraphQL layer turns a *UserError into a payload userError and a *Error into a
// top-level error with extensions.code. The codes are stable: the SPA translates
// them and integrators branch on them, so never rename one.
package apperr

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/werkportaal/werkportaal/server/reqid"
	"time"
)

// Code is a stable error code.
type Code string

// Top-level codes (request cannot be answered as asked).
const (
	Unauthenticated Code = "UNAUTHENTICATED"
	Forbidden       Code = "FORBIDDEN"
	NotFound        Code = "NOT_FOUND"
	BadRequest      Code = "BAD_REQUEST"
	Internal        Code = "INTERNAL"
	// FeatureNotActive: the employee asked for a portal feature that the employer's
	// products do not include (R22).
	FeatureNotActive Code = "FEATURE_NOT_ACTIVE"
	// ServiceUnavailable: the database cannot be reached; the same request may succeed
	// after Retry-After. The answer says nothing about the database itself.
	ServiceUnavailable Code = "SERVICE_UNAVAILABLE"
	// PayloadTooLarge: the request body is over the caller's limit (HTTP 413).
	PayloadTooLarge Code = "PAYLOAD_TOO_LARGE"
	// MethodNotAllowed: the HTTP method cannot carry this request, such as a mutation
	// over GET.
	MethodNotAllowed Code = "METHOD_NOT_ALLOWED"
	// TooManyRequests: a rate limit or the bound on concurrent password hashing
	// refused the request; RetryAfter says when to try again (HTTP 429).
	TooManyRequests Code = "TOO_MANY_REQUESTS"
)

// UnavailableMessage is the whole text of a SERVICE_UNAVAILABLE answer: nothing about
// the database (its host, name or user) reaches the caller.
const UnavailableMessage = "Werkportaal cannot reach its database; try again shortly"

// RetryAfterSeconds is the Retry-After of a SERVICE_UNAVAILABLE answer: long enough
// for a database restart or fail-over, short enough that users are not kept waiting.
const RetryAfterSeconds = 10

// Error is a top-level failure with a code.
type Error struct {
	Code    Code
	Message string
	Err     error // cause, logged but never shown
	// RetryAfter is set on TOO_MANY_REQUESTS: the earliest moment a retry can succeed.
	RetryAfter time.Duration
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message, e.Err)
	}
	return string(e.Code) + ": " + e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// E returns a top-level error.
func E(code Code, msg string) *Error { return &Error{Code: code, Message: msg} }

// Convenience constructors.
var (
	ErrUnauthenticated = E(Unauthenticated, "sign in first")
)

// NotFoundf says an object does not exist or is not visible to the caller; the two
// are never told apart, so another tenant's IDs reveal nothing.
func NotFoundf(format string, a ...any) *Error {
	return &Error{Code: NotFound, Message: fmt.Sprintf(format, a...)}
}

// Forbiddenf says the caller lacks a right.
func Forbiddenf(format string, a ...any) *Error {
	return &Error{Code: Forbidden, Message: fmt.Sprintf(format, a...)}
}

// BadRequestf says the input cannot be used.
func BadRequestf(format string, a ...any) *Error {
	return &Error{Code: BadRequest, Message: fmt.Sprintf(format, a...)}
}

// UserCode is the code of an expected failure. Each domain declares its own; every
// one must be a value of the GraphQL enum UserErrorCode, which graph's
// TestUserCodesAreInTheSchema checks for every UserCode constant in the code base.
type UserCode string

// UserError is an expected failure of a mutation (no e-mail, invitation already used,
// product needs addendum): reported in the payload's userErrors, nothing changed.
type UserError struct {
	Code    UserCode
	Field   []string
	Message string
}

func (e *UserError) Error() string { return string(e.Code) + ": " + e.Message }

// User returns a UserError for field path field.
func User(code UserCode, message string, field ...string) *UserError {
	return &UserError{Code: code, Message: message, Field: field}
}

// AsUser returns the UserError in err's chain, if any.
func AsUser(err error) (*UserError, bool) {
	var ue *UserError
	ok := errors.As(err, &ue)
	return ue, ok
}

// TooMany says a limit refused the request; retry after d.
func TooMany(msg string, d time.Duration) *Error {
	return &Error{Code: TooManyRequests, Message: msg, RetryAfter: d}
}

// RetryAfterOf returns the RetryAfter of a TOO_MANY_REQUESTS error in err's chain, and
// whether there is one.
func RetryAfterOf(err error) (time.Duration, bool) {
	var e *Error
	if errors.As(err, &e) && e.Code == TooManyRequests {
		return e.RetryAfter, true
	}
	return 0, false
}

// CodeOf returns the top-level code of err: its own for an *Error, INTERNAL otherwise.
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return Internal
}

// WriteHTTP answers a request that fails outside GraphQL execution (body limits, the
// transport, sign-in middleware) in the shape GraphQL errors have, so that clients
// read one shape everywhere: {"errors":[{"message","extensions":{"code","requestId"}}]}.
// SERVICE_UNAVAILABLE also gets Retry-After.
func WriteHTTP(ctx context.Context, w http.ResponseWriter, status int, code Code, msg string) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	if code == ServiceUnavailable {
		h.Set("Retry-After", strconv.Itoa(RetryAfterSeconds))
	}
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]any{{
		"message": msg, "extensions": Extensions(ctx, code),
	}}})
}

// Extensions is the extensions object of an error answer: its code and, when known,
// the request id to quote.
func Extensions(ctx context.Context, code Code) map[string]any {
	ext := map[string]any{"code": string(code)}
	if id := reqid.FromContext(ctx); id != "" {
		ext["requestId"] = id
	}
	return ext
}
