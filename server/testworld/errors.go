package testworld

import (
	"errors"
	"slices"
	"testing"

	"github.com/werkportaal/werkportaal/server/apperr"
)

// WantUserError fails the test unless err is the expected failure code, on the field
// path field when one is given, and returns its message for tests that check its words.
func WantUserError(t testing.TB, err error, code apperr.UserCode, field ...string) (message string) {
	t.Helper()
	ue, ok := apperr.AsUser(err)
	if !ok {
		t.Fatalf("want user error %s on %v, got %v", code, field, err)
	}
	if ue.Code != code || (field != nil && !slices.Equal(ue.Field, field)) {
		t.Fatalf("want user error %s on %v, got %s on %v (%s)", code, field, ue.Code, ue.Field, ue.Message)
	}
	return ue.Message
}

// WantCode fails the test unless err is a top-level error with code, and returns its
// message.
func WantCode(t testing.TB, err error, code apperr.Code) (message string) {
	t.Helper()
	var e *apperr.Error
	if !errors.As(err, &e) || e.Code != code {
		t.Fatalf("want %s, got %v", code, err)
	}
	return e.Message
}

// UserCode returns the code of the expected failure err, failing the test when err is
// anything else.
func UserCode(t testing.TB, err error) apperr.UserCode {
	t.Helper()
	ue, ok := apperr.AsUser(err)
	if !ok {
		t.Fatalf("want a user error, got %v", err)
	}
	return ue.Code
}
