package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/reqid"
)

// presentError gives every error a stable extensions.code (UNAUTHENTICATED, FORBIDDEN,
// NOT_FOUND, BAD_REQUEST, FEATURE_NOT_ACTIVE, INTERNAL, plus the persisted-query
// protocol's own code) and never shows an internal error's text: that is logged with the
// request id instead. FEATURE_NOT_ACTIVE says the employer's products do not include
// the portal feature an employee asked for (R22).
func presentError(ctx context.Context, err error) *gqlerror.Error {
	gqlErr := graphql.DefaultErrorPresenter(ctx, err)
	code, msg := classify(err, gqlErr)
	if code == apperr.Internal {
		slog.ErrorContext(ctx, "graphql internal error", "err", err, "path", gqlErr.Path.String())
		msg = fmt.Sprintf("internal error; quote request id %s", reqid.FromContext(ctx))
	}
	out := &gqlerror.Error{Message: msg, Path: gqlErr.Path, Locations: gqlErr.Locations, Rule: gqlErr.Rule, Extensions: map[string]any{}}
	for k, v := range gqlErr.Extensions {
		out.Extensions[k] = v
	}
	out.Extensions["code"] = string(code)
	if id := reqid.FromContext(ctx); id != "" {
		out.Extensions["requestId"] = id
	}
	return out
}

func classify(err error, gqlErr *gqlerror.Error) (apperr.Code, string) {
	var ae *apperr.Error
	switch {
	case errors.As(err, &ae):
		return ae.Code, ae.Message
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
	// Argument coercion errors (wrong types in variables) come as plain gqlerrors
	// without a code and without a cause.
	if gqlErr.Err == nil && gqlErr.Message != "" {
		return apperr.BadRequest, gqlErr.Message
	}
	// An argument value that its scalar refused (a malformed cursor, say) comes as a
	// gqlerror that gqlgen put on the argument's path; resolver errors reach us bare.
	if ge, ok := err.(*gqlerror.Error); ok && ge.Err != nil && len(ge.Path) > 0 {
		return apperr.BadRequest, fmt.Sprintf("invalid value of %s: %v", ge.Path, ge.Err)
	}
	return apperr.Internal, ""
}

// recoverPanic turns a resolver panic into an INTERNAL error; the stack is logged.
func recoverPanic(ctx context.Context, p any) error {
	slog.ErrorContext(ctx, "graphql panic", "panic", fmt.Sprint(p))
	return apperr.E(apperr.Internal, "internal error")
}
