package auth

import "context"

type metaKey struct{}

// WithMeta records the client of the request in ctx. The HTTP layer sets it; domain
// code reads it through RequestMeta without knowing about HTTP.
func WithMeta(ctx context.Context, m Meta) context.Context {
	return context.WithValue(ctx, metaKey{}, m)
}

// RequestMeta returns the client description of the request in ctx.
func RequestMeta(ctx context.Context) Meta {
	m, _ := ctx.Value(metaKey{}).(Meta)
	return m
}
