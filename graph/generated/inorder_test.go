package generated

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// marshalSliceInOrder answers as graphql.MarshalSliceConcurrently does: every element
// in its place with its index in the field context, and an element that panics null
// and reported on its path while the others are still marshalled.
func TestMarshalSliceInOrderAnswersAsGqlgen(t *testing.T) {
	for _, marshal := range []struct {
		name string
		f    func(context.Context, int, int64, bool, func(context.Context, int) graphql.Marshaler) graphql.Array
	}{{"gqlgen", graphql.MarshalSliceConcurrently}, {"in order", marshalSliceInOrder}} {
		t.Run(marshal.name, func(t *testing.T) {
			ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter,
				func(_ context.Context, p any) error { return fmt.Errorf("panic: %v", p) })
			ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Field: graphql.CollectedField{}})
			got := marshal.f(ctx, 5, 0, false, func(ctx context.Context, i int) graphql.Marshaler {
				if idx := graphql.GetFieldContext(ctx).Index; idx == nil || *idx != i {
					t.Errorf("element %d: field context index %v", i, idx)
				}
				if i == 2 {
					panic("element 2")
				}
				return graphql.MarshalInt(i * 10)
			})
			var b bytes.Buffer
			got.MarshalGQL(&b)
			if want := `[0,10,null,30,40]`; b.String() != want {
				t.Errorf("answer %s, want %s", b.String(), want)
			}
			errs := graphql.GetErrors(ctx)
			if len(errs) != 1 || !strings.Contains(errs[0].Message, "element 2") || fmt.Sprint(errs[0].Path) != "[2]" {
				t.Errorf("errors %v, want one for the panic of element 2 at [2]", errs)
			}
			var ge *gqlerror.Error
			if len(errs) == 1 && !errors.As(errs[0], &ge) {
				t.Errorf("error %T is not a GraphQL error", errs[0])
			}
		})
	}
}
