package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// hasRight implements @hasRight. On a nullable field the FORBIDDEN error lands at the
// field's path and the field is null; the rest of the answer stays (docs/architecture.md,
// GraphQL conventions). Anonymous callers get UNAUTHENTICATED instead.
func hasRight(ctx context.Context, _ any, next graphql.Resolver, right model.Right) (any, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.ErrUnauthenticated
	}
	if !v.Has(viewer.Right(right)) {
		return nil, apperr.Forbiddenf("needs the right %s", right)
	}
	return next(ctx)
}
