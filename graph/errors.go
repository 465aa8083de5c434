package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/reqid"
	"github.com/werkportaal/werkportaal/server/store"
)

// presentError gives every error a stable extensions.code (UNAUTHENTICATED, FORBIDDEN,
// NOT_FOUND, BAD_REQUEST, FEATURE_NOT_ACTIVE, SERVICE_UNAVAILABLE, INTERNAL, plus the
// persisted-query protocol's own code) and never shows an internal error's text: that
// is logged at ERROR with the request id instead. FEATURE_NOT_ACTIVE says the
// employer's products do not include the portal feature an employee asked for (R22);
// SERVICE_UNAVAILABLE says the database is away. The HTTP status of the answer
// follows the presented codes (answerStatus).
func presentError(ctx context.Context, err error) *gqlerror.Error {
	gqlErr := graphql.DefaultErrorPresenter(ctx, err)
	code, msg := classify(ctx, err, gqlErr)
	out := &gqlerror.Error{Message: msg, Path: gqlErr.Path, Locations: gqlErr.Locations, Rule: gqlErr.Rule}
	switch code {
	case apperr.Internal:
		slog.ErrorContext(ctx, "graphql internal error", "err", err, "path", gqlErr.Path.String())
		out.Message = fmt.Sprintf("internal error; quote request id %s", reqid.FromContext(ctx))
	case apperr.ServiceUnavailable:
		slog.ErrorContext(ctx, "graphql: database unavailable", "err", err, "path", gqlErr.Path.String())
		out.Message = apperr.UnavailableMessage
	default:
		// Only expected errors keep what gqlgen or the validator attached.
		out.Extensions = gqlErr.Extensions
	}
	presented(ctx, code, err)
	ext := apperr.Extensions(ctx, code)
	for k, v := range out.Extensions {
		if _, ok := ext[k]; !ok {
			ext[k] = v
		}
	}
	out.Extensions = ext
	return out
}

// classify returns the code of err and, for expected errors, the message to show.
// gqlgen hands resolver errors over wrapped in a *gqlerror.Error with a path, so only
// the typed cause decides: a cause that is not recognised is INTERNAL.
func classify(ctx context.Context, err error, gqlErr *gqlerror.Error) (apperr.Code, string) {
	var ae *apperr.Error
	if errors.As(err, &ae) && ae.Code != apperr.Internal {
		return ae.Code, ae.Message
	}
	switch {
	case store.Unavailable(err):
		return apperr.ServiceUnavailable, ""
	case ae != nil:
		return apperr.Internal, ""
	case ent.IsNotFound(err):
		return apperr.NotFound, "not found"
	case errors.Is(err, privacy.Deny):
		return apperr.Forbidden, "not allowed"
	case ent.IsValidationError(err):
		return apperr.BadRequest, err.Error()
	case ent.IsConstraintError(err):
		return apperr.BadRequest, "the change conflicts with existing data"
	}
	if c, ok := gqlErr.Extensions["code"].(string); ok {
		switch c {
		case errcode.ValidationFailed, errcode.ParseFailed, "COMPLEXITY_LIMIT_EXCEEDED", string(apperr.BadRequest):
			return apperr.BadRequest, gqlErr.Message
		case string(apperr.NotFound):
			return apperr.NotFound, gqlErr.Message
		case "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED":
			return apperr.Code(c), gqlErr.Message
		}
	}
	fc := graphql.GetFieldContext(ctx)
	switch {
	case fc != nil && gqlErr.Err != nil && extendsPath(gqlErr.Path, fc.Path()):
		// An argument value that its scalar refused (a malformed cursor, say): gqlgen
		// reports it on the argument's path, below the field being resolved, where a
		// resolver's own error sits on the field's path itself.
		return apperr.BadRequest, fmt.Sprintf("invalid value of %s: %v", gqlErr.Path, gqlErr.Err)
	case fc == nil && gqlErr.Err == nil && gqlErr.Message != "":
		// The request itself could not be read (the transport, outside any field).
		return apperr.BadRequest, requestMessage(gqlErr.Message)
	}
	return apperr.Internal, ""
}

// extendsPath reports whether p lies strictly below field.
func extendsPath(p, field ast.Path) bool {
	if len(p) <= len(field) {
		return false
	}
	for i := range field {
		if p[i] != field[i] {
			return false
		}
	}
	return true
}

// requestMessage replaces the transport's messages that echo the body or name Go
// types with a fixed explanation.
func requestMessage(msg string) string {
	switch {
	case strings.HasPrefix(msg, "json request body could not be decoded"):
		return "the body must be one JSON object with query (or extensions.persistedQuery), variables and operationName; batches are not supported"
	case strings.HasPrefix(msg, "could not read request body"):
		return "the request body could not be read"
	}
	return msg
}

// recoverPanic turns a resolver panic into an INTERNAL error; the stack is logged.
func recoverPanic(ctx context.Context, p any) error {
	slog.ErrorContext(ctx, "graphql panic", "panic", fmt.Sprint(p))
	return apperr.E(apperr.Internal, "internal error")
}
