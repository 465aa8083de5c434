package generated

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSliceInOrder is graphql.MarshalSliceConcurrently without the goroutines:
// graph/gqlgen points the generated code at it (why: its package comment). Each
// element is marshalled with its index in the field context; an element whose
// marshalling panics is reported and left null, as gqlgen does, unless the panic
// handler is off.
func marshalSliceInOrder(
	ctx context.Context,
	length int,
	_ int64, // gqlgen's worker limit: one element at a time is below any limit.
	omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler,
) graphql.Array {
	ret := make(graphql.Array, length)
	for i := range length {
		childCtx := graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &i})
		if omitPanicHandler {
			ret[i] = marshalElement(childCtx, i)
			continue
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					graphql.AddError(childCtx, graphql.Recover(childCtx, r))
					ret[i] = graphql.Null
				}
			}()
			ret[i] = marshalElement(childCtx, i)
		}()
	}
	return ret
}
