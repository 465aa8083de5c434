package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/werkportaal/werkportaal/server/viewer"
)

// persistedDocuments is a read-only graphql.Cache over a fixed set of documents (hash → text): the
// ones the SPA was built with (frontend.PersistedDocuments). Nobody registers new documents, so Add
// does nothing — a client that sends a query together with its hash gets it run (after gqlgen has
// checked the hash) but not remembered.
type persistedDocuments map[string]string

var _ graphql.Cache[string] = persistedDocuments(nil)

// Get returns the document with the given SHA-256 (hex).
func (d persistedDocuments) Get(_ context.Context, hash string) (string, bool) {
	doc, ok := d[hash]
	return doc, ok
}

// Add is a no-op: the set of persisted documents is fixed at build time.
func (d persistedDocuments) Add(context.Context, string, string) {}

// PersistedQueries serves persisted documents by hash: a request with
// extensions.persistedQuery.sha256Hash of a known document and no query runs that document; an
// unknown hash answers PERSISTED_QUERY_NOT_FOUND. Requests with a full query (integrators, GraphiQL)
// are not affected.
func PersistedQueries(docs map[string]string) *extension.AutomaticPersistedQuery {
	return &extension.AutomaticPersistedQuery{Cache: persistedDocuments(docs)}
}

// OnlyKnownDocuments lets staff users and employees run only the SPA's own documents:
// the web app never needs anything else, so any other query text from a browser session
// is refused before it runs. Integrators signed in with API credentials may send any
// query within the limits (docs/architecture.md, Persisted documents); in dev everyone may, for
// GraphiQL.
type OnlyKnownDocuments struct {
	Docs     map[string]string
	AllowAll bool
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = OnlyKnownDocuments{}

// ExtensionName implements graphql.HandlerExtension.
func (OnlyKnownDocuments) ExtensionName() string { return "WerkportaalOnlyKnownDocuments" }

// Validate implements graphql.HandlerExtension.
func (OnlyKnownDocuments) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (o OnlyKnownDocuments) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if o.AllowAll {
		return nil
	}
	if v := viewer.FromContext(ctx); v != nil && v.Kind == viewer.KindAPIClient {
		return nil
	}
	sum := sha256.Sum256([]byte(oc.RawQuery))
	if _, ok := o.Docs[hex.EncodeToString(sum[:])]; ok {
		return nil
	}
	return limitError("this query is not one of the web app's; integrators sign in with API credentials (POST /oauth/token) to send their own queries")
}
