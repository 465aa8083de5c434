package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// hasRight implements @hasRight. On a nullable field the FORBIDDEN error lands at the
// field's path and the field is null; the rest of the answer stays (docs/architecture.md,
// GraphQL conventions). Anonymous callers get UNAUTHENTICATED instead.
func hasRight(ctx context.Context, _ any, next graphql.Resolver, right model.Right) (any, error) {
	if _, err := viewer.Require(ctx, viewer.Right(right)); err != nil {
		return nil, err
	}
	return next(ctx)
}
